#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A log that verified, open for reading: how every report reads a log, so that nothing is shown from a
/// log that does not verify as if it did.
///
/// ``open(_:wantedHead:progress:threads:observe:)`` verifies the whole log (format, seq, every digest, the
/// writer's rules, erasures) in one pass, noting the retractions as it goes; a log that does not verify
/// is not opened, and the caller gets the verifier with its problems instead. Later reads
/// (``forEachRecord(progress:_:)``) read the same open file, and only the bytes that were verified: a
/// record appended meanwhile is not read, and a log renamed over (an erasure) is still the file verified.
/// Projections read it through their `LogSource`, which adds the window and the retractions.
public final class VerifiedLog {
    /// A retraction in the log: its target, and where and when it happened and was written (for windows).
    public struct Retraction: Sendable {
        public var target: RecordID
        public var seq: Int
        public var at: Timestamp
        public var recorded: Timestamp
    }

    /// What opening a log found.
    public enum Opening {
        /// The log verified.
        case verified(VerifiedLog)
        /// The log does not verify: the verifier, with every problem.
        case doesNotVerify(LogVerifier)
    }

    /// The log's path, for messages.
    public let path: String
    /// The fold that verified it (sound).
    public let verifier: LogVerifier
    /// Every retraction in the log, in log order.
    public let retractions: [Retraction]
    let fd: Int32

    /// The number of records.
    public var records: Int { verifier.records }
    /// The digest of the last record.
    public var head: Digest { verifier.head }
    /// The bytes verified: whole records, newlines included.
    public var length: Int { verifier.soundLength }

    init(path: String, fd: Int32, verifier: LogVerifier, retractions: [Retraction]) {
        self.path = path
        self.fd = fd
        self.verifier = verifier
        self.retractions = retractions
    }

    deinit { _ = close(fd) }

    /// Opens and verifies the log at `path`; `wantedHead` is a digest some record must have (as
    /// `verify --head`); `threads` says whether lines are parsed ahead on a second thread; `observe` sees
    /// each well-formed record as it is verified (a fold that needs one pass, such as the audit's, folds
    /// there and keeps its result only if the log verified).
    public static func open(
        _ path: String, wantedHead: Digest? = nil, progress: ((_ bytesRead: Int, _ lines: Int) -> Void)? = nil,
        threads: LogVerifier.Threads = .two, observe: ((Record, UnsafeRawBufferPointer) -> Void)? = nil
    ) throws(FileError) -> Opening {
        let fd = try FileSystem.openForReading(path)
        var retractions: [Retraction] = []
        var verifier = LogVerifier(wantedHead: wantedHead) { record, line in
            if case .eventRetracted(let e) = record.event {
                retractions.append(Retraction(target: e.target, seq: record.seq, at: record.at, recorded: record.recorded))
            }
            observe?(record, line)
        }
        // The retractions need no personal text; only a caller who sees the records does.
        verifier.parser.texts = observe == nil ? .unread : .read
        if let size = try? FileSystem.size(fd: fd, path: path) { verifier.state.reserveCapacity(records: RuleState.expectedRecords(logBytes: size)) }
        do throws(FileError) {
            try verifier.feedLines(fd: fd, path: path, progress: progress, threads: threads)
        } catch {
            _ = close(fd)
            throw error
        }
        verifier.finish()
        guard verifier.isSound else {
            _ = close(fd)
            return .doesNotVerify(verifier)
        }
        return .verified(VerifiedLog(path: path, fd: fd, verifier: verifier, retractions: retractions))
    }

    /// Calls `body` with each record verified, in order, with its line's bytes (valid during the call).
    ///
    /// The records are not hashed again (their ``Record/digest`` is nil: the log verified when it was
    /// opened, and hashing is most of the cost of reading); ``Record/prev`` still names the digest of the
    /// record before, and ``head`` that of the last. With `parsing`, a record is read whole only when it
    /// accepts the record's envelope (``RecordParser/peek(_:)``): a cheap way past records a reader skips.
    public func forEachRecord(
        progress: ((_ bytesRead: Int, _ lines: Int) -> Void)? = nil,
        parsing wanted: ((RecordParser.Peek) -> Bool)? = nil,
        _ body: (Record, UnsafeRawBufferPointer) throws -> Void
    ) throws {
        var parser = RecordParser(hashing: .skipped)
        var failure: Error?
        try forEachLine(progress: progress) { line in
            guard failure == nil, line.ended else { return }
            if let wanted, let peek = RecordParser.peek(line.bytes), !wanted(peek) { return }
            guard case .record(let record) = parser.parse(line.bytes, number: line.number) else { return }
            do { try body(record, line.bytes) } catch { failure = error }
        }
        if let failure { throw failure }
    }

    /// Calls `body` with each line verified, in order.
    func forEachLine(
        progress: ((_ bytesRead: Int, _ lines: Int) -> Void)? = nil, _ body: (LineReader.Line) throws(FileError) -> Void
    ) throws(FileError) {
        guard lseek(fd, 0, SEEK_SET) == 0 else { throw FileError(path, "cannot seek", errno: errno) }
        try LineReader.forEachLine(fd: fd, path: path, endOffset: length, progress: progress, body)
    }
}
