import CohortLog

/// The replay engine: reads a log that verified and feeds each record of a window, in log order, to any
/// number of folds, as if retracted records had never been written.
///
/// A retraction comes after its target; the log's retractions were noted when it was verified
/// (``VerifiedLog/retractions``), so the records are read once more, in one pass. Memory grows with the
/// number of retractions, not with the log. The log verified, so the records are not hashed again: only
/// the last one fed, for the head of what was replayed.
public enum Replay {
    /// What a replay read.
    public struct Summary: Sendable {
        /// Records in the window that were fed to the folds.
        public var fed = 0
        /// Records in the window left out as retracted (and the retractions themselves).
        public var retracted = 0
        /// The head of the whole log as it stands.
        public var head = Digest.zero
        /// The digest of the last record fed (zero when none was).
        public var lastFed = Digest.zero
    }

    /// The ids of the records that a retraction in `window` takes back.
    static func retractedIDs(_ log: VerifiedLog, window: RecordWindow) -> Set<String> {
        var retracted = Set<String>()
        for retraction in log.retractions where window.contains(at: retraction.at, recorded: retraction.recorded) {
            retracted.insert(retraction.target.rawValue)
        }
        return retracted
    }

    /// Feeds every record of `window` that was not retracted to `fold`, in log order.
    @discardableResult
    public static func run(
        _ log: VerifiedLog, window: RecordWindow = RecordWindow(),
        progress: ((_ bytesRead: Int, _ lines: Int) -> Void)? = nil,
        _ fold: (Record) -> Void
    ) throws -> Summary {
        let retracted = retractedIDs(log, window: window)
        var summary = Summary()
        var lastFed: [UInt8] = []
        let read = try LogReader.forEachRecord(in: log, progress: progress) { record, line in
            guard window.contains(record) else { return }
            if record.type == .eventRetracted || retracted.contains(record.id.rawValue) {
                summary.retracted += 1
                return
            }
            summary.fed += 1
            lastFed.removeAll(keepingCapacity: true)
            lastFed.append(contentsOf: line)
            fold(record)
        }
        summary.head = read.head
        if !lastFed.isEmpty { summary.lastFed = RecordParser.digest(ofLine: lastFed) ?? .zero }
        return summary
    }

    /// Where a record stands in a replay that keeps what was retracted (``runKeepingRetractions``).
    public enum Standing: Sendable, Equatable {
        /// In the window and not retracted there (retractions in the window stand so too).
        case kept
        /// In the window, and retracted by a retraction in the window.
        case retracted
        /// Outside the window.
        case outside
    }

    /// Feeds every record of the log to `fold`, in log order, with where it stands: for the folds that must
    /// say what was retracted instead of leaving it out (the xAPI export voids it). A retraction counts only
    /// when it is in the window itself, as in ``run(_:window:progress:_:)``.
    @discardableResult
    public static func runKeepingRetractions(
        _ log: VerifiedLog, window: RecordWindow = RecordWindow(),
        progress: ((_ bytesRead: Int, _ lines: Int) -> Void)? = nil,
        _ fold: (Record, Standing) -> Void
    ) throws -> Summary {
        let retracted = retractedIDs(log, window: window)
        var summary = Summary()
        let read = try LogReader.forEachRecord(in: log, progress: progress) { record, _ in
            guard window.contains(record) else { return fold(record, .outside) }
            if retracted.contains(record.id.rawValue) {
                summary.retracted += 1
                fold(record, .retracted)
            } else {
                summary.fed += 1
                fold(record, .kept)
            }
        }
        summary.head = read.head
        return summary
    }

    /// The cohort state of the window.
    public static func cohort(_ log: VerifiedLog, window: RecordWindow = RecordWindow(),
                              progress: ((_ bytesRead: Int, _ lines: Int) -> Void)? = nil) throws -> CohortState {
        var state = CohortState()
        let summary = try run(log, window: window, progress: progress) { state.apply($0) }
        state.head = summary.lastFed
        return state
    }
}
