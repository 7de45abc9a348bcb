#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A fast pass over a log that reads only the start of each record — `seq`, `id`, `type`, `at` and
/// `recorded`, which stand first in a fixed order — and skips the rest of the line. For counting (`cohort
/// stats`): it trusts the log, like a fold, and does not check digests or rules (`verify` does).
public enum LogScan {
    /// What the scan saw of one record.
    public struct Entry {
        public var type: EventType
        public var at: Timestamp
        public var recorded: Timestamp
    }

    /// What a scan found besides the entries.
    public struct Summary: Sendable {
        /// Lines read as records.
        public var records = 0
        /// Lines that do not start as a record does (blank, torn, malformed), passed over.
        public var skipped = 0
        /// The digest of the log's last record (the head), when it is well-formed.
        public var head = Digest.zero
    }

    static let seqPrefix = Array(#"{"seq":"#.utf8)
    static let idPrefix = Array(#","id":""#.utf8)
    static let typePrefix = Array(#"","type":""#.utf8)
    static let atPrefix = Array(#"","at":""#.utf8)
    static let recordedPrefix = Array(#"","recorded":""#.utf8)

    /// Calls `body` with each record's start, in order, and returns the summary (with the head).
    @discardableResult
    public static func run(
        path: String, progress: ((_ bytesRead: Int, _ lines: Int) -> Void)? = nil, _ body: (Entry) -> Void
    ) throws(FileError) -> Summary {
        let fd = try FileSystem.openForReading(path)
        defer { close(fd) }
        var summary = Summary()
        try LineReader.forEachLine(fd: fd, path: path, progress: progress) { line in
            guard line.ended, let entry = entry(line.bytes) else {
                summary.skipped += 1
                return
            }
            summary.records += 1
            body(entry)
        }
        summary.head = try lastRecordDigest(fd: fd, path: path) ?? .zero
        return summary
    }

    /// The start of a record line, or nil when the line does not start as a record does.
    @inline(__always)
    public static func entry(_ line: UnsafeRawBufferPointer) -> Entry? {
        guard let base = line.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return nil }
        let end = line.count
        var position = 0
        func expect(_ literal: [UInt8]) -> Bool {
            guard end - position >= literal.count else { return false }
            let same = literal.withUnsafeBufferPointer { literal in
                literal.baseAddress.map { memcmp(base + position, $0, literal.count) == 0 } ?? false
            }
            if same { position += literal.count }
            return same
        }
        func until(_ byte: UInt8) -> Int? {
            var cursor = position
            while cursor < end {
                if base[cursor] == byte { return cursor }
                cursor += 1
            }
            return nil
        }
        guard expect(seqPrefix), let comma = until(UInt8(ascii: ",")) else { return nil }
        position = comma
        guard expect(idPrefix), let idEnd = until(UInt8(ascii: "\"")) else { return nil }
        position = idEnd
        guard expect(typePrefix), let typeEnd = until(UInt8(ascii: "\"")) else { return nil }
        guard let type = EventType.named(UnsafeRawBufferPointer(start: base + position, count: typeEnd - position)) else { return nil }
        position = typeEnd
        guard expect(atPrefix), let atEnd = until(UInt8(ascii: "\"")),
            case .success(let at) = Timestamp.parse(UnsafeRawBufferPointer(start: base + position, count: atEnd - position))
        else { return nil }
        position = atEnd
        guard expect(recordedPrefix), let recordedEnd = until(UInt8(ascii: "\"")),
            case .success(let recorded) = Timestamp.parse(UnsafeRawBufferPointer(start: base + position, count: recordedEnd - position))
        else { return nil }
        return Entry(type: type, at: at, recorded: recorded)
    }

    /// The digest of the file's last complete line, read from its end.
    static func lastRecordDigest(fd: Int32, path: String) throws(FileError) -> Digest? {
        let size = try FileSystem.size(fd: fd, path: path)
        var window = min(size, 1 << 16)
        while window > 0 {
            let start = size - window
            guard lseek(fd, off_t(start), SEEK_SET) >= 0 else { throw FileError(path, "cannot seek", errno: errno) }
            let tail = try FileSystem.readAll(fd: fd, path: path)
            guard let last = tail.lastIndex(of: 0x0A) else { return nil }
            let before = tail[..<last].lastIndex(of: 0x0A)
            if before == nil && start > 0 {
                guard window < size, window < LineReader.maximumLine else { return nil }
                window = min(size, window * 4)
                continue
            }
            let lineStart = before.map { $0 + 1 } ?? 0
            var parser = RecordParser()
            return tail[lineStart..<last].withUnsafeBytes { bytes in
                if case .record(let record) = parser.parse(bytes, number: 0) { return record.digest }
                return nil
            }
        }
        return nil
    }
}
