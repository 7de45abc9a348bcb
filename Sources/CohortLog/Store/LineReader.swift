#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file line by line in large chunks, without holding the whole file: memory grows with the
/// longest line, not with the file.
public struct LineReader {
    /// The longest line accepted (64 MiB); a longer one is an error, not an unbounded allocation.
    public static let maximumLine = 64 << 20

    /// One line: its 1-based number, its bytes without the `\n`, whether it ended with `\n` (false only
    /// for a torn tail), and its offset in the file.
    public struct Line {
        public let number: Int
        public let bytes: UnsafeRawBufferPointer
        public let ended: Bool
        public let offset: Int
    }

    /// Calls `body` with each line of the open file `fd`, in order, from where `fd` stands; that place
    /// is `startOffset` in the file and the first line read is numbered `firstLine`. With `endOffset`,
    /// reading stops there (what was verified of a log that may have grown since). The bytes are valid
    /// only during the call.
    public static func forEachLine(
        fd: Int32, path: String, startOffset: Int = 0, endOffset: Int? = nil, firstLine: Int = 1, chunkSize: Int = 1 << 20,
        progress: ((_ bytesRead: Int, _ lines: Int) -> Void)? = nil,
        _ body: (Line) throws(FileError) -> Void
    ) throws(FileError) {
        var capacity = chunkSize
        var buffer = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 16)
        defer { buffer.deallocate() }
        var filled = 0
        var number = firstLine - 1
        var fileOffset = startOffset
        var atEnd = false
        while !atEnd {
            if filled == capacity {
                guard capacity < maximumLine else {
                    throw FileError(path, "cannot read line \(number + 1)", reason: "it is longer than \(maximumLine >> 20) MiB")
                }
                let larger = UnsafeMutableRawPointer.allocate(byteCount: capacity * 2, alignment: 16)
                larger.copyMemory(from: buffer, byteCount: filled)
                buffer.deallocate()
                buffer = larger
                capacity *= 2
            }
            var wanted = capacity - filled
            if let endOffset { wanted = max(0, min(wanted, endOffset - (fileOffset + filled))) }
            let count = wanted == 0 ? 0 : read(fd, buffer + filled, wanted)
            if count < 0 {
                if errno == EINTR { continue }
                throw FileError(path, "cannot read", errno: errno)
            }
            if count == 0 { atEnd = true }
            progress?(fileOffset + filled + count, number)
            let end = filled + count
            var start = 0
            var scan = filled
            while let newline = findNewline(buffer, from: scan, to: end) {
                number += 1
                try body(Line(
                    number: number, bytes: UnsafeRawBufferPointer(start: buffer + start, count: newline - start),
                    ended: true, offset: fileOffset))
                fileOffset += newline - start + 1
                start = newline + 1
                scan = start
            }
            if atEnd {
                if start < end {
                    number += 1
                    try body(Line(
                        number: number, bytes: UnsafeRawBufferPointer(start: buffer + start, count: end - start),
                        ended: false, offset: fileOffset))
                }
            } else {
                filled = end - start
                if start > 0 && filled > 0 { (buffer).copyMemory(from: buffer + start, byteCount: filled) }
                if start == 0 { filled = end }
            }
        }
    }

    /// Calls `body` with each line of a buffer in memory (numbered from 1; the last line, when not ended
    /// by `\n`, with `ended` false).
    public static func forEachLine(in bytes: UnsafeRawBufferPointer, _ body: (Line) -> Void) {
        guard let base = bytes.baseAddress else { return }
        let buffer = UnsafeMutableRawPointer(mutating: base)
        var start = 0
        var number = 0
        while start < bytes.count {
            number += 1
            let newline = findNewline(buffer, from: start, to: bytes.count)
            let end = newline ?? bytes.count
            body(Line(number: number, bytes: UnsafeRawBufferPointer(start: base + start, count: end - start),
                      ended: newline != nil, offset: start))
            start = end + 1
        }
    }

    @inline(__always)
    static func findNewline(_ buffer: UnsafeMutableRawPointer, from: Int, to: Int) -> Int? {
        guard from < to else { return nil }
        let found = memchr(buffer + from, 0x0A, to - from)
        guard let found else { return nil }
        return buffer.distance(to: found)
    }
}
