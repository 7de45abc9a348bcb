import CohortLog

/// What a certificate of participation states: the programme, the period, the dagdelen the participant
/// attended of those scheduled, the facilitators, and the participant's assignment.
public struct Certificate: Sendable {
    public let person: Person
    public let programme: CohortOpened?
    public let facilitators: [Person]
    /// Dagdelen attended that count (``CohortState/countedDagdelen(of:at:)``: sessions not cancelled,
    /// not begun after a withdrawal, at most their size).
    public let attended: Int
    /// Dagdelen scheduled: the sessions that were not cancelled.
    public let scheduled: Int
    /// The participant's assignment, if they started one.
    public let assignment: Assignment?
    /// The day the certificate is dated: the day of the latest record it rests on.
    public let day: Day?

    /// The certificate of `participant` in `state` (the full state: it is the participant's own, and
    /// attendance is theirs to see); nil when there is no such participant.
    public init?(_ state: CohortState, participant: String) {
        guard let person = state.person(participant), person.role == .participant else { return nil }
        self.person = person
        programme = state.programme
        facilitators = state.facilitators
        let sessions = state.sessions.filter { !$0.isCancelled }
        scheduled = sessions.reduce(0) { $0 + $1.dagdelen }
        attended = sessions.reduce(0) { $0 + state.countedDagdelen(of: person, at: $1) }
        assignment = state.assignments.first { $0.owner.rawValue == participant }
        day = state.lastAt?.localDay
    }

    /// Whether the attendance supports a certificate: at least `minimum` percent of the scheduled dagdelen.
    public func qualifies(minimum: Int) -> Bool {
        scheduled > 0 && attended * 100 >= minimum * scheduled
    }
}
