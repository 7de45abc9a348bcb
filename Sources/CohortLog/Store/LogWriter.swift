#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What an append did.
public struct AppendOutcome: Sendable {
    /// One event of the submission and where it stands in the log.
    public struct Entry: Sendable, Equatable {
        /// Its position.
        public var seq: Int
        /// Its record id.
        public var id: RecordID
        /// The submission's line it came from.
        public var line: Int
    }

    /// The events sealed onto the log by this append.
    public var appended: [Entry] = []
    /// The events that were already in the log with identical content (an idempotent retry).
    public var unchanged: [Entry] = []
    /// The records whose personal fields this append erased (for a `data.redacted`).
    public var erased: [RecordID] = []
    /// Whether the log was created.
    public var created = false
    /// The head of the log afterwards.
    public var head = Digest.zero
    /// The number of records afterwards.
    public var records = 0
}

/// Why an append was refused; the log is then byte-for-byte unchanged.
public enum AppendError: Error, Sendable {
    /// The submission breaks the format or the rules: every problem, with the submission's lines.
    case refused(Diagnostics)
    /// The log itself does not verify (a torn tail, a broken chain, …): nothing is appended to it.
    case unsoundLog(problems: [Diagnostic], omitted: Int, tornTail: Bool)
    /// The log is an evidence copy (every personal member withheld, `withheld` records): a copy to read
    /// and audit, never to write to, since a record with personal values would make it a log with
    /// erasures that no `data.redacted` asked for.
    case evidenceCopy(withheld: Int)
    /// A file could not be read or opened.
    case file(FileError)
    /// Writing the batch failed; `undone` says whether the log was left, or cut back to, what it held
    /// before (else it may end in a torn tail, which `repair` moves aside). A batch with a
    /// `data.redacted` is written with its erasure into a new file that replaces the log only once it is
    /// whole, so its failure always leaves the log as it was.
    case writeFailed(FileError, undone: Bool)
}

/// Appends submissions to a log: under an exclusive lock, it reads and verifies the log, checks every
/// event against the writer's rules, seals the batch and writes it in one `write`, then `fsync`s before
/// reporting success. All or nothing: a refused submission leaves the log byte-for-byte unchanged. A
/// batch with a `data.redacted` is written together with the erasure it asks for (``Redactor``).
public enum LogWriter {
    /// Appends `events` to the log at `path`, creating it when it does not exist.
    ///
    /// `formatProblems` are the problems of lines of the same submission that could not be read: when
    /// there are any, the events are still checked against the rules (so that every problem is listed),
    /// then the whole submission is refused with all of them.
    /// `progress` hears how far the reading of the log is (bytes read, lines), when it is read.
    public static func append(
        _ events: [SubmittedEvent], formatProblems: [Diagnostic] = [], to path: String,
        environment: SealingEnvironment = .system, progress: ((_ bytesRead: Int, _ lines: Int) -> Void)? = nil
    ) throws(AppendError) -> AppendOutcome {
        let lock: LogLock
        do { lock = try LogLock(logPath: path) } catch { throw .file(error) }
        var keepLockFile = true
        defer { lock.release(removingFile: !keepLockFile) }
        do {
            let existed = FileSystem.exists(path)
            let outcome = try appendLocked(
                events, formatProblems: formatProblems, to: path, existed: existed, environment: environment,
                progress: progress)
            keepLockFile = existed || outcome.created
            return outcome
        } catch {
            keepLockFile = FileSystem.exists(path)
            throw error
        }
    }

    /// The ids the events will be sealed under: given ones, or derived from content and ordinal.
    static func ids(of events: [SubmittedEvent]) -> [RecordID] {
        var ordinals: [Digest: Int] = [:]
        return events.map { event in
            if let id = event.givenID { return id }
            let ordinal = (ordinals[event.content] ?? 0) + 1
            ordinals[event.content] = ordinal
            return event.derivedID(ordinal: ordinal)
        }
    }

    static func appendLocked(
        _ events: [SubmittedEvent], formatProblems: [Diagnostic], to path: String, existed: Bool,
        environment: SealingEnvironment, progress: ((_ bytesRead: Int, _ lines: Int) -> Void)?
    ) throws(AppendError) -> AppendOutcome {
        let ids = ids(of: events)
        // Read and verify the log: from its cache and the records after it, or all of it.
        let log: LogState
        do throws(FileError) {
            log = existed ? try LogState.read(path, progress: progress) : LogState()
        } catch {
            throw .file(error)
        }
        defer { log.close() }
        let verifier = log.verifier
        guard verifier.isSound else {
            throw .unsoundLog(problems: verifier.problems, omitted: verifier.omitted, tornTail: verifier.tornTail)
        }
        guard !verifier.isEvidenceCopy else { throw .evidenceCopy(withheld: verifier.withheldRecords) }
        // The fingerprints of a record in the log whose id the submission uses.
        var parser = RecordParser()
        func existing(_ id: RecordID) -> (seq: Int, content: Digest, structure: Digest, isRedacted: Bool)? {
            guard let info = verifier.state.records[id.rawValue], let line = log.line(seq: info.seq),
                let prints = line.withUnsafeBytes({ parser.fingerprints($0) })
            else { return nil }
            return (info.seq, prints.content, prints.structure, prints.isRedacted)
        }
        // Check each event against the rules, in order, as if the ones before it were appended.
        var state = verifier.state
        if events.count > 1000 { state.reserveCapacity(records: verifier.records + events.count) }
        var outcome = AppendOutcome()
        var accepted: [(event: Int, id: RecordID)] = []
        // The first accepted event of each id in this submission, by its place in `events`.
        var pending: [String: (seq: Int, event: Int)] = [:]
        pending.reserveCapacity(events.count)
        accepted.reserveCapacity(events.count)
        var problems = formatProblems
        var seq = verifier.records
        // One clock reading for the whole batch: every record's `recorded`, which no `at` may pass.
        let recorded = environment.now().inUTC
        for (index, id) in ids.enumerated() {
            let event = events[index]
            if let record = existing(id),
                record.isRedacted ? record.structure == event.structure : record.content == event.content
            {
                outcome.unchanged.append(.init(seq: record.seq, id: id, line: event.line))
                continue
            }
            if let earlier = pending[id.rawValue], events[earlier.event].content == event.content {
                outcome.unchanged.append(.init(seq: earlier.seq, id: id, line: event.line))
                continue
            }
            seq += 1
            let candidate = Candidate(
                id: id, seq: seq, at: event.at, recorded: recorded, by: event.by, event: event.event,
                hasPersonalValues: !event.personalMembers.isEmpty)
            for var problem in WriterRule.check(candidate, against: state) {
                problem.line = event.line
                problem.message = event.type.rawValue + ": " + problem.message
                problem.excerpt = event.excerpt
                problems.append(problem)
            }
            state.apply(candidate)
            if pending[id.rawValue] == nil { pending[id.rawValue] = (seq, index) }
            accepted.append((index, id))
        }
        guard problems.isEmpty else {
            if log.wantsNewCache(records: verifier.records) { log.saveCache(for: path) }
            throw .refused(Diagnostics(problems))
        }
        outcome.head = verifier.head
        outcome.records = verifier.records
        guard !accepted.isEmpty else {
            if log.wantsNewCache(records: verifier.records) { log.saveCache(for: path) }
            return outcome
        }

        // Seal the batch and write it in one go.
        var sealer = Sealer(after: verifier.records, head: verifier.head, recorded: recorded, environment: environment)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(accepted.reduce(0) { $0 + events[$1.event].data.count + 320 })
        for (index, id) in accepted {
            let event = events[index]
            outcome.appended.append(.init(seq: sealer.nextSeq, id: id, line: event.line))
            sealer.seal(event, id: id, to: &bytes)
        }
        outcome.created = !existed
        outcome.head = sealer.head
        outcome.records = sealer.nextSeq - 1

        // A redaction is written with the erasure it asks for, into a new file renamed over the log.
        var targets = Set<String>()
        for (index, _) in accepted {
            if case .dataRedacted(let e) = events[index].event { targets.formUnion(e.targets.map(\.rawValue)) }
        }
        if existed && !targets.isEmpty {
            do throws(FileError) {
                let fd = try FileSystem.openForReading(path)
                defer { close(fd) }
                try expectUnchanged(fd: fd, path: path, since: log.stamp)
                outcome.erased = try Redactor.rewrite(path, erasing: targets, appending: bytes).erased
            } catch {
                throw .writeFailed(error, undone: true)
            }
            // The erasure rewrote the log: a cache of it no longer matches.
            StateCache.remove(for: path)
            return outcome
        }
        if !targets.isEmpty {
            // A new log whose first batch erases some of its own records: erased before it is written.
            (bytes, outcome.erased) = Redactor.erasing(targets, in: bytes)
        }
        let stamp = try write(bytes, to: path, existed: existed, expecting: log.stamp)
        // (The cache keeps no record of erasures made in the batch: the next append reads the log.)
        if let stamp, targets.isEmpty {
            if log.wantsNewCache(records: outcome.records) {
                log.cacheAfter(appending: bytes, state: state, head: sealer.head, file: stamp).save(for: path, stamp: stamp)
            } else {
                StateCache.restamp(for: path, stamp: stamp)
            }
        }
        return outcome
    }

    /// Refuses to write when the stamp of the log open as `fd` is no longer `expected` (what it was when
    /// read under the lock): something that does not take the lock changed it meanwhile, and what was
    /// checked is not what is there.
    static func expectUnchanged(fd: Int32, path: String, since expected: FileStamp?) throws(FileError) {
        guard let expected, FileStamp(fd: fd) != expected else { return }
        throw FileError(path, "cannot append", reason:
            "the log changed after cohort read it, by something that does not take its lock; nothing was written, try again")
    }

    /// Writes a sealed batch at the end of the log (or as a new log) and syncs it. When a write or the
    /// sync fails (a full disk, a file size limit, an I/O error), the log is cut back to the length it
    /// had, so that a failed append leaves it as it was. An existing log whose stamp is no longer
    /// `expected` is not written to.
    /// Returns the log's stamp after the write (for its cache), when it could be had.
    @discardableResult
    static func write(_ bytes: [UInt8], to path: String, existed: Bool, expecting expected: FileStamp? = nil) throws(AppendError) -> FileStamp? {
        let fd: Int32
        do throws(FileError) {
            if existed {
                fd = open(path, O_WRONLY | O_APPEND | O_CLOEXEC)
                guard fd >= 0 else { throw FileError(path, "cannot open for appending", errno: errno) }
                do throws(FileError) {
                    try expectUnchanged(fd: fd, path: path, since: expected)
                } catch {
                    close(fd)
                    throw error
                }
            } else {
                fd = try FileSystem.createNew(path)
            }
        } catch {
            throw .file(error)
        }
        defer { close(fd) }
        var original = 0
        do throws(FileError) {
            original = try FileSystem.size(fd: fd, path: path)
            try FileSystem.writeAll(fd: fd, bytes, path: path)
            try FileSystem.sync(fd: fd, path: path)
            if !existed { try FileSystem.syncDirectory(of: path) }
            return FileStamp(fd: fd)
        } catch {
            if !existed {
                FileSystem.remove(path)
                throw .writeFailed(error, undone: true)
            }
            let undone = (try? FileSystem.truncate(fd: fd, to: original, path: path)) != nil
                && (try? FileSystem.sync(fd: fd, path: path)) != nil
            throw .writeFailed(error, undone: undone)
        }
    }
}
