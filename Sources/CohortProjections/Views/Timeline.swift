import CohortLog

/// One participant's history, in order of `at`: what they stated, revised and closed; support given
/// and received; attendance; assignment progress; reflections; contributions; their withdrawal.
///
/// Built from a state already filtered for an audience, so it holds only what that audience may see.
/// `cohort timeline` tells the same history as ``Threads`` (one per wish); these entries are its JSON
/// `entries`.
public struct Timeline: Sendable {
    /// One moment of the history.
    public struct Entry: Sendable {
        public var at: Timestamp
        public var event: Event
    }

    /// What happened.
    public enum Event: Sendable {
        case registered(Person)
        case withdrew(Person.Withdrawal)
        case wishStated(Wish, Wish.Version)
        case wishRevised(Wish, Wish.Version)
        case wishClosed(Wish, Wish.Closing)
        case supportGiven(Support)
        case supportReceived(Support)
        case attended(Attendance, Session?)
        case assignmentStarted(Assignment)
        case assignmentProgressed(Assignment, Assignment.Step)
        case assignmentCompleted(Assignment, Assignment.Completion)
        case reflected(Reflection)
        case contributed(Contribution)
    }

    /// The person, when the audience may see them.
    public let person: Person?
    /// The entries in order of `at` (log order among equal times).
    public let entries: [Entry]

    /// The timeline of `participant` in `state`.
    public init(_ state: CohortState, participant: String) {
        person = state.person(participant)
        guard let person else {
            entries = []
            return
        }
        var entries: [Entry] = []
        if person.role == .participant, let joined = person.joinedAt { entries.append(Entry(at: joined, event: .registered(person))) }
        if let withdrawal = person.withdrawal { entries.append(Entry(at: withdrawal.at, event: .withdrew(withdrawal))) }
        for wish in state.wishes where wish.owner.rawValue == participant {
            for version in wish.versions {
                entries.append(Entry(at: version.at, event: version.isStatement ? .wishStated(wish, version) : .wishRevised(wish, version)))
            }
            if let closing = wish.closing { entries.append(Entry(at: closing.at, event: .wishClosed(wish, closing))) }
        }
        for support in state.supports {
            if support.from.rawValue == participant { entries.append(Entry(at: support.at, event: .supportGiven(support))) }
            if support.to.rawValue == participant { entries.append(Entry(at: support.at, event: .supportReceived(support))) }
        }
        for attendance in state.attendance where attendance.participant.rawValue == participant {
            entries.append(Entry(at: attendance.at, event: .attended(attendance, state.session(attendance.session.rawValue))))
        }
        for assignment in state.assignments where assignment.owner.rawValue == participant {
            if assignment.title != nil { entries.append(Entry(at: assignment.startedAt, event: .assignmentStarted(assignment))) }
            for step in assignment.steps { entries.append(Entry(at: step.at, event: .assignmentProgressed(assignment, step))) }
            if let completion = assignment.completion {
                entries.append(Entry(at: completion.at, event: .assignmentCompleted(assignment, completion)))
            }
        }
        for reflection in state.reflections where reflection.author.rawValue == participant {
            entries.append(Entry(at: reflection.at, event: .reflected(reflection)))
        }
        for contribution in state.contributions where contribution.contributors.contains(where: { $0.rawValue == participant }) {
            entries.append(Entry(at: contribution.at, event: .contributed(contribution)))
        }
        self.entries = entries.enumerated().sorted { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }.map(\.element)
    }
}
