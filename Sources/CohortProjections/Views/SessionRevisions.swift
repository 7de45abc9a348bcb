import CohortLog

/// What each session's calendar event says, how often that changed and when the log recorded the latest
/// change: what a calendar needs to take a newer copy of an event over the one it holds (iCalendar's
/// `SEQUENCE` and `DTSTAMP`).
///
/// An event says what the public may see of its session: its title, kind, days, size and place, whether it
/// is cancelled, and its host's name where the public may see it. Any change to that is a revision: a
/// move, a cancellation, a retraction of either, the host's name shown (the host made something public) or
/// no longer shown, the host's name erased. The fold replays the log as it grew (``GrowingCohort``: a
/// retraction counts from where it stands, not before) and compares what each event says after each record
/// that may change it, so the count never goes down as the log grows and an event that says the same keeps
/// its revision and moment. A session whose scheduling is retracted stays, cancelled, once it was shown.
///
/// For example, `s2` scheduled (recorded 27 May), rescheduled (recorded 1 September) and cancelled
/// (recorded 20 September) has revision 2, last recorded on 20 September; if the cancellation is then
/// retracted (recorded 22 September), revision 3, last recorded on 22 September, and the session is no
/// longer cancelled.
public struct SessionRevisions: Sendable {
    /// One session's event.
    public struct Entry: Sendable, Equatable {
        /// Changes to what the event says after it was first shown.
        public var revision: Int
        /// The `recorded` of the record that made the event say what it says now (its scheduling, or the
        /// latest change).
        public var lastRecorded: Timestamp
        /// The session as the event shows it: its days in order, its host only where the public may see
        /// who it is, cancelled also when its scheduling was retracted.
        public var session: Session
        /// The host's name, where the public may see who the host is.
        public var hostName: PersonalText?
    }

    /// What an event says, for comparison: the session as shown, and whether the host's name shown is
    /// erased by then (a name erased later was still there earlier, though the file no longer holds it).
    struct Said: Equatable {
        var session: Session
        var hostName: PersonalText?
        var hostNameErased: Bool
    }

    /// The cohort's id, from its `cohort.opened` whatever the window (an id does not change).
    public internal(set) var cohort: CohortID?
    /// The events shown in the window, by session id.
    public internal(set) var sessions: [String: Entry] = [:]
    /// The cohort as the log told it after the records so far.
    var growing = GrowingCohort()
    /// What each event said at the last comparison.
    var said: [String: Said] = [:]
    /// Each session as it last stood in the log, unfiltered (for one whose scheduling was retracted).
    var lastKnown: [String: Session] = [:]
    /// Each person's registration record: its id, and whether its personal values are erased in the file.
    var registrations: [String: (record: String, erasedInFile: Bool)] = [:]
    /// The records whose erasure counts so far (a `data.redacted` in the window named them).
    var erased: Set<String> = []
    /// When an erasure outside the window (after it) was recorded, by the record it erased.
    var erasedLater: [String: Timestamp] = [:]
    /// The latest `recorded` of the log, whatever the window.
    var latestRecorded: Timestamp?

    /// No sessions.
    public init() {}

    /// The entry of session `id`, if its event was shown in the window.
    public func entry(_ id: SessionID) -> Entry? { sessions[id.rawValue] }

    /// The events in calendar order: by first day, then by id.
    public var entriesInOrder: [Entry] {
        sessions.values.sorted { ($0.session.days.first ?? Day(daysSinceEpoch: 0), $0.session.id.rawValue)
            < ($1.session.days.first ?? Day(daysSinceEpoch: 0), $1.session.id.rawValue) }
    }

    /// Folds one record in, in log order, with where it stands in the window (records outside it are
    /// read for the cohort's id and for erasures recorded after the window only).
    public mutating func apply(_ record: Record, _ standing: LogSource.Standing) {
        if case .cohortOpened(let e) = record.event, cohort == nil { cohort = e.cohort }
        if latestRecorded.map({ record.recorded > $0 }) ?? true { latestRecorded = record.recorded }
        guard standing != .outside else {
            if case .dataRedacted(let e) = record.event {
                for target in e.targets where erasedLater[target.rawValue] == nil { erasedLater[target.rawValue] = record.recorded }
            }
            return
        }
        let compare: Bool
        switch record.event {
        case .eventRetracted(let e):
            growing.retract(e.target) { _, _ in }
            compare = true
        case .dataRedacted(let e):
            erased.formUnion(e.targets.map(\.rawValue))
            compare = true
        case .participantRegistered(let e):
            registrations[e.participant.rawValue] = (record.id.rawValue, record.isErased)
            compare = false
        case .facilitatorJoined(let e):
            registrations[e.facilitator.rawValue] = (record.id.rawValue, record.isErased)
            compare = false
        case .sessionScheduled, .sessionRescheduled, .sessionCancelled:
            compare = true
        default:
            compare = mayNameOrUnnameAHost(record)
        }
        growing.add(record, willBeRetracted: standing == .retracted)
        if compare { self.compare(at: record.recorded) }
    }

    /// Whether `record` may change whether the public may see who hosts a session: it is about a host
    /// (their wish, assignment, reflection, support given or received, or a contribution of theirs) and
    /// may name one not named yet, or changes the visibility of a host's wish or assignment.
    func mayNameOrUnnameAHost(_ record: Record) -> Bool {
        let unnamed = Set(said.values.filter { $0.session.host == nil }.compactMap { lastKnown[$0.session.id.rawValue]?.host?.rawValue })
        let hosts = Set(lastKnown.values.compactMap { $0.host?.rawValue })
        guard !hosts.isEmpty else { return false }
        let state = growing.state
        switch record.event {
        case .wishStated(let e):
            return unnamed.contains(e.participant.rawValue)
        case .assignmentStarted(let e):
            return unnamed.contains(e.participant.rawValue)
        case .assignmentProgressed(let e):
            return state.assignment(e.assignment.rawValue).map { unnamed.contains($0.owner.rawValue) } ?? false
        case .reflectionRecorded(let e):
            return unnamed.contains(e.participant.rawValue)
        case .supportGiven(let e):
            return unnamed.contains(e.from.rawValue) || unnamed.contains(e.to.rawValue)
        case .harvestContributed(let e):
            return e.contributors.contains { unnamed.contains($0.rawValue) }
        case .wishRevised(let e):
            guard let wish = state.wish(e.wish.rawValue), hosts.contains(wish.owner.rawValue) else { return false }
            return e.visibility.map { $0 != wish.visibility } ?? false
        case .assignmentCompleted(let e):
            guard let assignment = state.assignment(e.assignment.rawValue), hosts.contains(assignment.owner.rawValue) else { return false }
            return e.visibility.map { $0 != assignment.visibility } ?? false
        default:
            return false
        }
    }

    /// Compares what every event says now with what it said; a change is a revision at `recorded`.
    mutating func compare(at recorded: Timestamp, erasingInFile: Bool = false) {
        let state = growing.state
        let view = state.visible(to: .public)
        for session in state.sessions { lastKnown[session.id.rawValue] = session }
        for (id, known) in lastKnown {
            // A session no longer in the log (its scheduling retracted) stays, cancelled.
            var session = state.session(id) ?? known
            if state.session(id) == nil { session.isCancelled = true }
            session.days = session.days.sorted()
            let host = session.host.flatMap { view.person($0.rawValue) }
            if host == nil { session.host = nil }
            let registration = session.host.flatMap { registrations[$0.rawValue] }
            let erasedNow = registration.map { erased.contains($0.record) || (erasingInFile && $0.erasedInFile) } ?? false
            let now = Said(session: session, hostName: host?.name, hostNameErased: erasedNow)
            guard now != said[id] else { continue }
            if said[id] == nil, state.session(id) == nil { continue }
            let revision = said[id] == nil ? 0 : (sessions[id]?.revision ?? 0) + 1
            said[id] = now
            sessions[id] = Entry(revision: revision, lastRecorded: recorded, session: session, hostName: host?.name)
        }
    }

    /// After the window's records: a host's name erased in the file by no erasure in the window is
    /// erased from when the erasure after the window was recorded (or, in an evidence copy, which does
    /// not say, from the log's latest record).
    mutating func finish() {
        let pending = said.values.compactMap { $0.session.host.flatMap { registrations[$0.rawValue] } }
            .filter { $0.erasedInFile && !erased.contains($0.record) }
        guard !pending.isEmpty, let when = pending.compactMap({ erasedLater[$0.record] }).max() ?? latestRecorded else { return }
        compare(at: when, erasingInFile: true)
    }

    /// The revisions of the sessions of `log`, for `window` (`--as-of`, `--known-at`).
    public static func read(_ source: LogSource) throws -> SessionRevisions {
        var revisions = SessionRevisions()
        try source.forEach { record, standing, _ in revisions.apply(record, standing) }
        revisions.finish()
        return revisions
    }
}
