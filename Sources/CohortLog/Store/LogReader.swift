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
    @discardableResult
    public static func forEachRecord(
        path: String, progress: ((_ bytesRead: Int, _ lines: Int) -> Void)? = nil,
        _ body: (Record, UnsafeRawBufferPointer) throws -> Void
    ) throws -> Summary {
        let fd = try FileSystem.openForReading(path)
        defer { close(fd) }
        var parser = RecordParser()
        var summary = Summary()
        var failure: Error?
        try LineReader.forEachLine(fd: fd, path: path, progress: progress) { line in
            guard failure == nil else { return }
            guard line.ended, case .record(let record) = parser.parse(line.bytes, number: line.number) else {
                summary.skipped += 1
                return
            }
            summary.records += 1
            summary.head = record.digest
            do { try body(record, line.bytes) } catch { failure = error }
        }
        if let failure { throw failure }
        return summary
    }
}
