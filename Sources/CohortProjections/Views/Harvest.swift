import CohortLog

/// The harvest for the manifestation: the programme and its sessions; per participant their wishes and
/// how they evolved, their assignment and its result, their reflections; the learning lines with their
/// stories; the contributions by kind and by value-creation cycle (a matrix of cycle by line); and the
/// group's figures.
///
/// Built from a state already filtered for an audience: its figures count only what that audience sees.
public struct Harvest: Sendable {
    /// What one participant brings to the harvest.
    public struct Story: Sendable {
        public var person: Person
        /// Their wishes, in the order they were stated.
        public var wishes: [Wish] { places.wishes.map { lists.state.wishes[$0] } }
        /// Their assignments, in the order they were started.
        public var assignments: [Assignment] { places.assignments.map { lists.state.assignments[$0] } }
        /// The reflections they wrote, in log order.
        public var reflections: [Reflection] { places.reflections.map { lists.state.reflections[$0] } }
        /// The contributions naming them, in log order.
        public var contributions: [Contribution] { places.contributions.map { lists.state.contributions[$0] } }
        /// Their story as threads: each wish with the support and reflections on it.
        public var threads: Threads
        /// Their harvest's labelled cycles beside the indicators the log holds.
        public var value: ValueCreation

        /// The state the lists above are read from, and their places in it: a story holds numbers, not
        /// copies, and makes its lists when they are read (a harvest writes one story at a time).
        let lists: SharedState
        let places: PersonIndex.Places
    }

    /// Attendance at one session, over the participants active on its first day.
    public struct SessionAttendance: Sendable, Equatable {
        public var session: SessionID
        /// Dagdelen those participants attended; nil when no attendance was recorded for any of them.
        public var attended: Int?
        /// Dagdelen that could have been attended: active participants × the session's dagdelen.
        public var possible: Int
    }

    /// The group's figures.
    public struct Figures: Sendable, Equatable {
        public var participants = 0
        public var wishesStated = 0
        public var wishesFulfilled = 0
        public var wishesTransformed = 0
        public var wishesDropped = 0
        public var supports = 0
        public var assignmentsStarted = 0
        public var assignmentsCompleted = 0
        public var reflections = 0
        public var contributions = 0
        /// Per session held, when the audience may see attendance (the facilitators).
        public var attendance: [SessionAttendance]?
    }

    /// The programme's facts.
    public let programme: CohortOpened?
    /// The facilitators the audience may see.
    public let facilitators: [Person]
    /// The sessions that were not cancelled, in order, and whether each had been held by the day the
    /// harvest looks from.
    public let sessions: [(session: Session, held: Bool)]
    /// The day the harvest looks from: the `--as-of` day, else the day of the latest record.
    public let day: Day?
    /// One story per participant the audience may see.
    public let stories: [Story]
    /// The learning lines and what feeds them.
    public let lines: LearningLines
    /// Contributions grouped by kind, in the order of ``HarvestKind``.
    public let byKind: [(kind: HarvestKind, contributions: [Contribution])]
    /// Contributions grouped by cycle, in the order of ``ValueCycle`` (those without a cycle last).
    public let byCycle: [(cycle: ValueCycle?, contributions: [Contribution])]
    /// How many contributions each cycle (rows, as ``byCycle``) has per line (columns: the lines in order,
    /// then "no line").
    public let matrix: [[Int]]
    /// Who supported whom.
    public let network: SupportNetwork
    /// The group's figures.
    public let figures: Figures

    /// The harvest of `state` as of `day` (nil: the latest record's day); with `attendance`, attendance
    /// rates per session (for the facilitators).
    public init(_ state: CohortState, day: Day? = nil, attendance: Bool) {
        programme = state.programme
        facilitators = state.facilitators
        let day = day ?? state.lastAt?.localDay
        self.day = day
        sessions = state.sessionsInOrder.filter { !$0.isCancelled }.map { session in
            (session, day.map { session.firstDay <= $0 } ?? false)
        }
        let index = PersonIndex(state)
        let lists = SharedState(state)
        stories = state.participants.map { person in
            let id = person.id.rawValue
            return Story(
                person: person, threads: Threads(state, participant: id, index: index, lists: lists),
                value: ValueCreation(participant: person.id, state, index: index), lists: lists, places: index[id])
        }
        lines = LearningLines(state)
        network = SupportNetwork(state)
        byKind = HarvestKind.allCases.compactMap { kind in
            let items = state.contributions.filter { $0.kind == kind }
            return items.isEmpty ? nil : (kind, items)
        }
        let cycles: [ValueCycle?] = ValueCycle.allCases.map { $0 } + [nil]
        byCycle = cycles.compactMap { cycle in
            let items = state.contributions.filter { $0.cycle == cycle }
            return items.isEmpty ? nil : (cycle, items)
        }
        let lineIDs: [LineID?] = state.lines.map(\.id) + [nil]
        matrix = byCycle.map { row in
            lineIDs.map { line in row.contributions.filter { $0.line == line }.count }
        }
        var figures = Figures()
        figures.participants = state.participants.count
        figures.wishesStated = state.wishes.count
        figures.wishesFulfilled = state.wishes.filter { $0.closing?.outcome == .fulfilled }.count
        figures.wishesTransformed = state.wishes.filter { $0.closing?.outcome == .transformed }.count
        figures.wishesDropped = state.wishes.filter { $0.closing?.outcome == .dropped }.count
        figures.supports = state.supports.count
        figures.assignmentsStarted = state.assignments.count
        figures.assignmentsCompleted = state.assignments.filter { $0.completion != nil }.count
        figures.reflections = state.reflections.count
        figures.contributions = state.contributions.count
        if attendance {
            figures.attendance = sessions.filter(\.held).map { entry in
                let session = entry.session
                let expected = state.participants.filter { state.wasExpected($0, at: session) }
                let recorded = expected.filter { state.attendance(of: $0.id, at: session.id) != nil }
                return SessionAttendance(
                    session: session.id,
                    attended: recorded.isEmpty ? nil : recorded.reduce(0) { $0 + state.countedDagdelen(of: $1, at: session) },
                    possible: expected.count * session.dagdelen)
            }
        }
        self.figures = figures
    }
}
