#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads the well-formed records of a log in order, for the folds of projections and reports.
///
/// It trusts the log as far as folds do (they never fail): lines that are not well-formed records are
/// passed over and counted; `verify` is the command that judges a log.
public enum LogReader {
    /// What a read found besides the records.
    public struct Summary: Sendable {
        /// Lines that held a well-formed record.
        public var records = 0
        /// Lines passed over (malformed, blank, torn).
        public var skipped = 0
        /// The digest of the last well-formed record.
        public var head = Digest.zero
    }

    /// Calls `body` with each well-formed record of the log at `path`, in order, with its line's bytes.
    ///
    /// Without `digests`, the records' digests are zero (hashing is most of the cost of reading), and
    /// only the summary's head is computed, from the last record's line. With `where`, only lines that
    /// it accepts are read into records (a cheap test on the bytes that may let through more than
    /// wanted, never fewer); the others are not counted.
    @discardableResult
    public static func forEachRecord(
        path: String, digests: Bool = true, where wanted: ((UnsafeRawBufferPointer) -> Bool)? = nil,
        progress: ((_ bytesRead: Int, _ lines: Int) -> Void)? = nil,
        _ body: (Record, UnsafeRawBufferPointer) throws -> Void
    ) throws -> Summary {
        let fd = try FileSystem.openForReading(path)
        defer { close(fd) }
        var parser = RecordParser(computesDigests: digests)
        var summary = Summary()
        var failure: Error?
        var last: [UInt8] = []
        try LineReader.forEachLine(fd: fd, path: path, progress: progress) { line in
            guard failure == nil else { return }
            if let wanted, !wanted(line.bytes) { return }
            guard line.ended, case .record(let record) = parser.parse(line.bytes, number: line.number) else {
                summary.skipped += 1
                return
            }
            summary.records += 1
            if digests {
                summary.head = record.digest
            } else {
                last.removeAll(keepingCapacity: true)
                last.append(contentsOf: line.bytes)
            }
            do { try body(record, line.bytes) } catch { failure = error }
        }
        if let failure { throw failure }
        if !digests, !last.isEmpty { summary.head = RecordParser.digest(ofLine: last) ?? .zero }
        return summary
    }
}

extension RecordParser {
    /// The digest of a well-formed record's line (without its newline), or nil.
    public static func digest(ofLine line: [UInt8]) -> Digest? {
        var parser = RecordParser()
        return line.withUnsafeBytes { bytes in
            if case .record(let record) = parser.parse(bytes, number: 1) { return record.digest }
            return nil
        }
    }
}

extension UnsafeRawBufferPointer {
    /// Whether `pattern` occurs in these bytes.
    public func contains(_ pattern: [UInt8]) -> Bool {
        guard let first = pattern.first, pattern.count <= count else { return pattern.isEmpty }
        var index = 0
        let end = count - pattern.count
        while index <= end {
            if self[index] == first {
                var matched = 1
                while matched < pattern.count && self[index + matched] == pattern[matched] { matched += 1 }
                if matched == pattern.count { return true }
            }
            index += 1
        }
        return false
    }
}
