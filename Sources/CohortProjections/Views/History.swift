import CohortLog

/// The cohort's history session by session: for each stretch between meetings, what was stated, given,
/// progressed, reflected and contributed (``Intervals``).
public struct History: Sendable {
    /// What happened in one stretch.
    public struct Stretch: Sendable {
        public var interval: Intervals.Interval
        public var wishesStated: [Wish] = []
        public var wishesRevised: [(wish: Wish, version: Wish.Version)] = []
        public var wishesClosed: [(wish: Wish, closing: Wish.Closing)] = []
        public var supports: [Support] = []
        public var assignmentsStarted: [Assignment] = []
        public var progress: [(assignment: Assignment, step: Assignment.Step)] = []
        public var completions: [(assignment: Assignment, completion: Assignment.Completion)] = []
        public var reflections: [Reflection] = []
        public var lines: [LearningLine] = []
        public var contributions: [Contribution] = []
        public var attendance: [Attendance] = []
        public var withdrawals: [Person] = []

        /// Whether nothing happened in it.
        public var isEmpty: Bool {
            wishesStated.isEmpty && wishesRevised.isEmpty && wishesClosed.isEmpty && supports.isEmpty
                && assignmentsStarted.isEmpty && progress.isEmpty && completions.isEmpty && reflections.isEmpty
                && lines.isEmpty && contributions.isEmpty && attendance.isEmpty && withdrawals.isEmpty
        }
    }

    /// The stretches in order.
    public let stretches: [Stretch]

    /// The history of `state`.
    public init(_ state: CohortState) {
        let intervals = Intervals(state)
        var stretches = intervals.intervals.map { Stretch(interval: $0) }
        func at(_ time: Timestamp) -> Int { intervals.index(of: time) }
        for wish in state.wishes {
            for version in wish.versions {
                if version.isStatement {
                    stretches[at(version.at)].wishesStated.append(wish)
                } else {
                    stretches[at(version.at)].wishesRevised.append((wish, version))
                }
            }
            if let closing = wish.closing { stretches[at(closing.at)].wishesClosed.append((wish, closing)) }
        }
        for support in state.supports { stretches[at(support.at)].supports.append(support) }
        for assignment in state.assignments {
            if assignment.title != nil { stretches[at(assignment.startedAt)].assignmentsStarted.append(assignment) }
            for step in assignment.steps { stretches[at(step.at)].progress.append((assignment, step)) }
            if let completion = assignment.completion { stretches[at(completion.at)].completions.append((assignment, completion)) }
        }
        for reflection in state.reflections { stretches[at(reflection.at)].reflections.append(reflection) }
        for line in state.lines { stretches[at(line.at)].lines.append(line) }
        for contribution in state.contributions { stretches[at(contribution.at)].contributions.append(contribution) }
        for attendance in state.attendance { stretches[at(attendance.at)].attendance.append(attendance) }
        for person in state.participants {
            if let withdrawal = person.withdrawal { stretches[at(withdrawal.at)].withdrawals.append(person) }
        }
        self.stretches = stretches
    }
}
