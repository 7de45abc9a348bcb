#if canImport(Glibc)
import Glibc
/// The system's `write` and `close`, which the sinks' own methods of those names hide.
private let systemWrite = Glibc.write
private let systemClose = Glibc.close
#elseif canImport(Darwin)
import Darwin
private let systemWrite = Darwin.write
private let systemClose = Darwin.close
#endif
import CohortLog
import CohortReports

/// Where a command writes text: standard output, standard error, a file, or (in tests) a buffer.
public protocol TextSink: AnyObject {
    /// Writes `text` as it is (no newline added).
    func write(_ text: String)
    /// Writes `bytes` as they are: UTF-8 text, such as a log's lines.
    func write(bytes: [UInt8])
    /// Writes out anything buffered.
    func flush()
    /// The first write that failed, if one did: the output is then not whole, and the command fails.
    var failure: FileError? { get }
}

extension TextSink {
    /// Writes `text` and a newline.
    public func line(_ text: String) { write(text + "\n") }

    /// Writes `value` compactly and a newline, a chunk at a time (never the whole text at once).
    public func line(json value: JSONValue) {
        value.write { write(bytes: $0) }
        write("\n")
    }
}

/// A sink onto an open file descriptor, buffered in 64 KiB chunks.
///
/// A write that fails (a full disk, a closed pipe's `EPIPE`, an I/O error) is kept as ``failure`` and
/// everything after it is dropped: the command that wrote checks it when it is done and fails with the
/// system's reason, rather than reporting success over a cut-off output.
public final class DescriptorSink: TextSink {
    let fd: Int32
    let path: String
    let closes: Bool
    let unbuffered: Bool
    var buffer: [UInt8] = []
    public private(set) var failure: FileError?
    var closed = false

    /// A sink onto `fd` (named `path` in messages); with `closes`, the descriptor is closed when the sink
    /// is closed or goes; `unbuffered` writes at once (standard error, so that diagnostics and progress
    /// appear when they happen).
    public init(fd: Int32, path: String = "<stdout>", closes: Bool = false, unbuffered: Bool = false) {
        self.fd = fd
        self.path = path
        self.closes = closes
        self.unbuffered = unbuffered
        buffer.reserveCapacity(1 << 16)
    }

    public func write(_ text: String) {
        guard failure == nil else { return }
        buffer.append(contentsOf: text.utf8)
        if unbuffered || buffer.count >= 1 << 16 { flush() }
    }

    public func write(bytes: [UInt8]) {
        guard failure == nil else { return }
        buffer.append(contentsOf: bytes)
        if unbuffered || buffer.count >= 1 << 16 { flush() }
    }

    public func flush() {
        guard !buffer.isEmpty else { return }
        defer { buffer.removeAll(keepingCapacity: true) }
        guard failure == nil, !closed else { return }
        buffer.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let count = systemWrite(fd, raw.baseAddress.map { $0 + offset }, raw.count - offset)
                if count < 0 && errno == EINTR { continue }
                if count < 0 {
                    failure = FileError(path, "cannot write", errno: errno)
                    return
                }
                if count == 0 {
                    failure = FileError(path, "cannot write", errno: EIO)
                    return
                }
                offset += count
            }
        }
    }

    /// Flushes, and closes the descriptor when the sink owns it; the first failure of either, if any.
    @discardableResult
    public func close() -> FileError? {
        flush()
        if closes && !closed {
            closed = true
            if systemClose(fd) != 0 && failure == nil { failure = FileError(path, "cannot close", errno: errno) }
        }
        return failure
    }

    deinit {
        flush()
        if closes && !closed { _ = systemClose(fd) }
    }
}

/// A sink that keeps what is written (for tests).
public final class BufferSink: TextSink {
    /// Everything written so far.
    public private(set) var text = ""

    public init() {}

    public func write(_ text: String) { self.text += text }
    public func write(bytes: [UInt8]) { text += String(decoding: bytes, as: UTF8.self) }
    public func flush() {}
    public var failure: FileError? { nil }
}
