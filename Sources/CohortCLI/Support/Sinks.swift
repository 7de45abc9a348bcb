#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CohortLog

/// Where a command writes text: standard output, standard error, a file, or (in tests) a buffer.
public protocol TextSink: AnyObject {
    /// Writes `text` as it is (no newline added).
    func write(_ text: String)
    /// Writes out anything buffered.
    func flush()
}

extension TextSink {
    /// Writes `text` and a newline.
    public func line(_ text: String) { write(text + "\n") }
}

/// A sink onto an open file descriptor, buffered in 64 KiB chunks.
public final class DescriptorSink: TextSink {
    let fd: Int32
    let closes: Bool
    let unbuffered: Bool
    var buffer: [UInt8] = []

    /// A sink onto `fd`; with `closes`, the descriptor is closed when the sink goes; `unbuffered`
    /// writes at once (standard error, so that diagnostics and progress appear when they happen).
    public init(fd: Int32, closes: Bool = false, unbuffered: Bool = false) {
        self.fd = fd
        self.closes = closes
        self.unbuffered = unbuffered
        buffer.reserveCapacity(1 << 16)
    }

    public func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if unbuffered || buffer.count >= 1 << 16 { flush() }
    }

    public func flush() {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let count = Glibc.write(fd, raw.baseAddress.map { $0 + offset }, raw.count - offset)
                if count < 0 && errno == EINTR { continue }
                if count <= 0 { break }
                offset += count
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }

    deinit {
        flush()
        if closes { close(fd) }
    }
}

/// A sink that keeps what is written (for tests and for `-o`'s atomic write).
public final class BufferSink: TextSink {
    /// Everything written so far.
    public private(set) var text = ""

    public init() {}

    public func write(_ text: String) { self.text += text }
    public func flush() {}
}
