import CohortLog

/// The attendance list (*presentielijst*): participants × sessions with the dagdelen attended, each
/// participant's total and rate, each session's total. A facilitators' view: build it from the full state.
public struct AttendanceList: Sendable {
    /// One participant's row.
    public struct Row: Sendable {
        public var person: Person
        /// Per session (as ``sessions``): the dagdelen recorded, or nil when nothing was recorded.
        public var cells: [Int?]
        /// Dagdelen attended in all.
        public var total: Int
        /// Dagdelen that could have been attended: the sessions held while the participant was active.
        public var possible: Int
    }

    /// The sessions that were not cancelled, in order, and whether each had been held by ``day``.
    public let sessions: [(session: Session, held: Bool)]
    /// One row per participant, in the order they registered.
    public let rows: [Row]
    /// The day the list looks from.
    public let day: Day?

    /// Per session: the dagdelen attended in all.
    public var sessionTotals: [Int] {
        sessions.indices.map { index in rows.reduce(0) { $0 + ($1.cells[index] ?? 0) } }
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
            var possible = 0
            for entry in sessions {
                let record = state.attendance.first { $0.session == entry.session.id && $0.participant.rawValue == person.id.rawValue }
                cells.append(record?.dagdelen)
                let joined = person.joinedAt.map { $0.localDay <= entry.session.firstDay } ?? false
                let stayed = person.withdrawal.map { $0.at.localDay >= entry.session.firstDay } ?? true
                if entry.held && joined && stayed { possible += entry.session.dagdelen }
            }
            rows.append(Row(person: person, cells: cells, total: cells.reduce(0) { $0 + ($1 ?? 0) }, possible: possible))
        }
        self.rows = rows
    }
}
