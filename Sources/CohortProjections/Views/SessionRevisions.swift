import CohortLog

/// How often each session was changed and when the log last recorded a change: what a calendar needs
/// to tell a subscriber that an event moved (iCalendar's `SEQUENCE` and `DTSTAMP`).
///
/// Unlike the other folds, it also sees retracted records: a calendar that was told of a change has
/// to be told again when the change is taken back. So a rescheduling that was later retracted still
/// counts, and its retraction counts once more; the count never goes down as the log grows.
///
/// For example, `s2` scheduled (recorded 27 May), rescheduled (recorded 1 September) and cancelled
/// (recorded 20 September) has revision 2, last recorded on 20 September; if the cancellation is then
/// retracted (recorded 22 September), revision 3, last recorded on 22 September, and the session is no
/// longer cancelled in ``CohortState``.
public struct SessionRevisions: Sendable {
    /// One session's changes.
    public struct Entry: Sendable, Equatable {
        /// Changes after the scheduling: reschedulings, cancellations, and retractions of either.
        public var revision: Int
        /// The `recorded` of the latest record that scheduled or changed the session.
        public var lastRecorded: Timestamp
    }

    /// The cohort's id, from its `cohort.opened` whatever the window (an id does not change).
    public internal(set) var cohort: CohortID?
    /// The sessions scheduled in the window, by id.
    public internal(set) var sessions: [String: Entry] = [:]
    /// Every scheduling, rescheduling and cancellation read so far: record id → session id.
    var changes: [String: String] = [:]

    /// No sessions.
    public init() {}

    /// The entry of session `id`, if it was scheduled in the window.
    public func entry(_ id: SessionID) -> Entry? { sessions[id.rawValue] }

    /// Folds one record in, retracted or not, in log order; `inWindow` says whether it falls in the
    /// window looked at (records outside it are remembered as possible targets of a retraction only).
    public mutating func apply(_ record: Record, inWindow: Bool) {
        switch record.event {
        case .cohortOpened(let e):
            if cohort == nil { cohort = e.cohort }
        case .sessionScheduled(let e):
            changes[record.id.rawValue] = e.session.rawValue
            if inWindow, sessions[e.session.rawValue] == nil {
                sessions[e.session.rawValue] = Entry(revision: 0, lastRecorded: record.recorded)
            }
        case .sessionRescheduled(let e):
            changes[record.id.rawValue] = e.session.rawValue
            if inWindow { revise(e.session.rawValue, record.recorded) }
        case .sessionCancelled(let e):
            changes[record.id.rawValue] = e.session.rawValue
            if inWindow { revise(e.session.rawValue, record.recorded) }
        case .eventRetracted(let e):
            if inWindow, let session = changes[e.target.rawValue] { revise(session, record.recorded) }
        default:
            break
        }
    }

    mutating func revise(_ session: String, _ recorded: Timestamp) {
        guard var entry = sessions[session] else { return }
        entry.revision += 1
        if recorded > entry.lastRecorded { entry.lastRecorded = recorded }
        sessions[session] = entry
    }

    /// The bytes that every line this fold needs holds (and few others do).
    static let wanted: [[UInt8]] = [
        Array(#""type":"session."#.utf8), Array(#""type":"cohort.opened""#.utf8), Array(#""type":"event.retracted""#.utf8),
    ]

    /// The revisions of the sessions of `log`, for `window` (`--as-of`, `--known-at`).
    public static func read(_ log: VerifiedLog, window: RecordWindow = RecordWindow()) throws -> SessionRevisions {
        var revisions = SessionRevisions()
        try LogReader.forEachRecord(in: log, where: { line in wanted.contains { line.contains($0) } }) { record, _ in
            revisions.apply(record, inWindow: window.contains(record))
        }
        return revisions
    }
}
