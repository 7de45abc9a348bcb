#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads the records of a log that verified (``VerifiedLog``) in order, for the folds of projections and
/// reports.
public enum LogReader {
    /// What a read found besides the records.
    public struct Summary: Sendable {
        /// Records read.
        public var records = 0
        /// The head of the log (the digest of its last record), as verified.
        public var head = Digest.zero
    }

    /// Calls `body` with each record of `log`, in order, with its line's bytes.
    ///
    /// Without `digests`, the records' digests are zero (hashing is most of the cost of reading; the log
    /// was verified when it was opened). With `where`, only lines that it accepts are read into records (a
    /// cheap test on the bytes that may let through more than wanted, never fewer); the others are not
    /// counted.
    @discardableResult
    public static func forEachRecord(
        in log: VerifiedLog, digests: Bool = false, where wanted: ((UnsafeRawBufferPointer) -> Bool)? = nil,
        progress: ((_ bytesRead: Int, _ lines: Int) -> Void)? = nil,
        _ body: (Record, UnsafeRawBufferPointer) throws -> Void
    ) throws -> Summary {
        var parser = RecordParser(computesDigests: digests)
        var summary = Summary()
        summary.head = log.head
        var failure: Error?
        try log.forEachLine(progress: progress) { line in
            guard failure == nil else { return }
            if let wanted, !wanted(line.bytes) { return }
            guard line.ended, case .record(let record) = parser.parse(line.bytes, number: line.number) else { return }
            summary.records += 1
            do { try body(record, line.bytes) } catch { failure = error }
        }
        if let failure { throw failure }
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
