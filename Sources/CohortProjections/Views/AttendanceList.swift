import CohortLog

/// The attendance list (*presentielijst*): participants × sessions with the dagdelen attended, each
/// participant's total and rate, each session's total. A facilitators' view: build it from the full state.
public struct AttendanceList: Sendable {
    /// One participant's row.
    public struct Row: Sendable {
        public var person: Person
        /// Per session (as ``sessions``): the dagdelen recorded, or nil when nothing was recorded.
        public var cells: [Int?]
        /// Per session: the dagdelen that count (``CohortState/countedDagdelen(of:at:)``): less than
        /// recorded for a session after the participant's withdrawal, or above the session's size.
        public var counted: [Int]
        /// Dagdelen that count, in all.
        public var total: Int
        /// Dagdelen that could have been attended: the sessions held while the participant was active,
        /// and any other where attendance counts; never less than ``total``.
        public var possible: Int
    }

    /// The sessions that were not cancelled, in order, and whether each had been held by ``day``.
    public let sessions: [(session: Session, held: Bool)]
    /// One row per participant, in the order they registered.
    public let rows: [Row]
    /// The day the list looks from.
    public let day: Day?

    /// Per session: the dagdelen that count, in all.
    public var sessionTotals: [Int] {
        sessions.indices.map { index in rows.reduce(0) { $0 + $1.counted[index] } }
    }

    /// The list of `state` as of `day` (nil: the latest record's day).
    public init(_ state: CohortState, day: Day? = nil) {
        let day = day ?? state.lastAt?.localDay
        self.day = day
        let sessions: [(session: Session, held: Bool)] = state.sessionsInOrder.filter { !$0.isCancelled }.map { session in
            (session, day.map { session.firstDay <= $0 } ?? false)
        }
        self.sessions = sessions
        var rows: [Row] = []
        for person in state.participants {
            var cells: [Int?] = []
            var counted: [Int] = []
            var possible = 0
            for entry in sessions {
                cells.append(state.attendance(of: person.id, at: entry.session.id)?.dagdelen)
                let count = state.countedDagdelen(of: person, at: entry.session)
                counted.append(count)
                if (entry.held && state.wasExpected(person, at: entry.session)) || count > 0 { possible += entry.session.dagdelen }
            }
            rows.append(Row(person: person, cells: cells, counted: counted, total: counted.reduce(0, +), possible: possible))
        }
        self.rows = rows
    }
}
