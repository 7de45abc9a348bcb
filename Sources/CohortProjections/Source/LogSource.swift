import CohortLog

/// Where every projection reads a log: a log that verified (``VerifiedLog``), looked at through a window
/// (``RecordWindow``), each record with its standing. The command line opens and verifies the log
/// (``VerifiedLog/open(_:wantedHead:progress:threads:observe:)``) and gives it to a source; no projection opens a
/// file. A fold that reads the log once, as it is verified (the audit's, whose claims are judged by the
/// evidence that stood before them), observes the verifying pass instead and takes each retraction where
/// it stands.
///
/// A retraction makes its target as if never written, from the moment the retraction is in the window.
/// Retractions come after their targets; the verifying pass noted them all, so one more pass can tell
/// each record's standing as it is read: memory grows with the number of retractions, not with the log.
///
/// For example, with `--as-of 2014-10-01`: record 5 (`at` 12 June) retracted by record 9 (`at`
/// 20 June) is ``Standing/retracted``; record 6 retracted by record 40 (`at` 3 November) still
/// ``Standing/stands``, since that retraction is outside the window; record 40 itself is
/// ``Standing/outside``.
public final class LogSource {
    /// Where a record stands in the window.
    public enum Standing: Sendable, Equatable {
        /// In the window and not retracted there (a retraction in the window stands so too).
        case stands
        /// In the window, and retracted by a retraction in the window.
        case retracted
        /// Outside the window.
        case outside
    }

    /// What a pass read.
    public struct Summary: Sendable {
        /// Records in the window that stand and are not retractions: what ``replay(progress:_:)`` feeds.
        public var fed = 0
        /// Records in the window left out as retracted, and the retractions themselves.
        public var retracted = 0
        /// The head of the whole log as it stands.
        public var head = Digest.zero
        /// The digest of the last record fed (zero when none was).
        public var lastFed = Digest.zero
    }

    /// The log, as verified.
    public let log: VerifiedLog
    /// Which records are looked at.
    public let window: RecordWindow
    /// The ids of the records that a retraction in the window takes back.
    let retracted: Set<String>

    /// The log's path, for messages.
    public var path: String { log.path }

    /// `log` looked at through `window`.
    public init(_ log: VerifiedLog, window: RecordWindow = RecordWindow()) {
        self.log = log
        self.window = window
        var retracted = Set<String>()
        for retraction in log.retractions where window.contains(at: retraction.at, recorded: retraction.recorded) {
            retracted.insert(retraction.target.rawValue)
        }
        self.retracted = retracted
    }

    /// Calls `body` with every record of the log, in log order, with its standing and its line's bytes
    /// (valid during the call; ``Record/data(in:)`` and ``Record/personal(in:)`` read from them): for the
    /// folds that must say what was retracted instead of leaving it out, and for listings.
    @discardableResult
    public func forEach(
        progress: ((_ bytesRead: Int, _ lines: Int) -> Void)? = nil,
        _ body: (Record, Standing, UnsafeRawBufferPointer) throws -> Void
    ) throws -> Summary {
        var summary = Summary()
        var lastFed: Int?
        try log.forEachRecord(progress: progress) { record, line in
            if let last = lastFed, record.seq == last + 1 { summary.lastFed = record.prev }
            let standing = standing(of: record)
            switch standing {
            case .outside: break
            case .retracted: summary.retracted += 1
            case .stands:
                if record.type == .eventRetracted {
                    summary.retracted += 1
                } else {
                    summary.fed += 1
                    lastFed = record.seq
                }
            }
            try body(record, standing, line)
        }
        finish(&summary, lastFed: lastFed)
        return summary
    }

    /// Feeds every record of the window that stands to `fold`, in log order, as if retracted records had
    /// never been written (the retractions themselves are not fed either). Records outside the window are
    /// not parsed.
    @discardableResult
    public func replay(
        progress: ((_ bytesRead: Int, _ lines: Int) -> Void)? = nil, _ fold: (Record) -> Void
    ) throws -> Summary {
        var summary = Summary()
        var lastFed: Int?
        let window = window
        // A window that leaves records out is checked on each record's envelope before it is parsed.
        let peeking: ((RecordParser.Peek) -> Bool)? = window == RecordWindow() ? nil : { peek in
            if let last = lastFed, peek.seq == last + 1 { summary.lastFed = peek.prev }
            return window.contains(at: peek.at, recorded: peek.recorded)
        }
        try log.forEachRecord(progress: progress, parsing: peeking) { record, _ in
            if peeking == nil, let last = lastFed, record.seq == last + 1 { summary.lastFed = record.prev }
            if record.type == .eventRetracted || retracted.contains(record.id.rawValue) {
                summary.retracted += 1
                return
            }
            summary.fed += 1
            lastFed = record.seq
            fold(record)
        }
        finish(&summary, lastFed: lastFed)
        return summary
    }

    /// What ``open(_:window:folding:progress:)`` found: a source, with the cohort state folded as the log was
    /// verified when that is the state of the window; or a log that does not verify.
    public enum Opening {
        case verified(LogSource, folded: CohortState?)
        case doesNotVerify(LogVerifier)
    }

    /// Opens and verifies the log at `path`; with `folding`, folds the cohort state as it is verified
    /// when the window is the whole log: if the log then holds no retraction, that fold is what
    /// ``cohort(progress:)`` would replay, and the log is read once instead of twice. (A retraction takes
    /// back a record that came before it, which a fold in log order has already folded in: such a log is
    /// replayed.) The fold is kept only if the log verified.
    public static func open(
        _ path: String, window: RecordWindow = RecordWindow(), folding: Bool = true,
        progress: ((_ bytesRead: Int, _ lines: Int) -> Void)? = nil
    ) throws(FileError) -> Opening {
        let folding = folding && window == RecordWindow()
        var state = CohortState()
        var retracted = false
        let opening = try VerifiedLog.open(path, progress: progress, observe: folding ? { record, _ in
            if record.type == .eventRetracted { retracted = true }
            if !retracted { state.apply(record) }
        } : nil)
        switch opening {
        case .verified(let log):
            guard folding, !retracted else { return .verified(LogSource(log, window: window), folded: nil) }
            state.head = log.records > 0 ? log.head : .zero
            return .verified(LogSource(log, window: window), folded: state)
        case .doesNotVerify(let verifier):
            return .doesNotVerify(verifier)
        }
    }

    /// The cohort state of the window: ``replay(progress:_:)`` folded into a ``CohortState``, whose
    /// ``CohortState/head`` is the digest of the last record fed.
    public func cohort(progress: ((_ bytesRead: Int, _ lines: Int) -> Void)? = nil) throws -> CohortState {
        var state = CohortState()
        let summary = try replay(progress: progress) { state.apply($0) }
        state.head = summary.lastFed
        return state
    }

    /// Where `record` stands in the window.
    public func standing(of record: Record) -> Standing {
        guard window.contains(record) else { return .outside }
        return retracted.contains(record.id.rawValue) ? .retracted : .stands
    }

    /// The last record fed is the log's last when no record after it named its digest.
    func finish(_ summary: inout Summary, lastFed: Int?) {
        summary.head = log.head
        if lastFed == log.records { summary.lastFed = log.head }
    }
}
