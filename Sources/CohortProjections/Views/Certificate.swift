import CohortLog

/// What a certificate of participation states: the programme and who organised it, the period, the
/// dagdelen the participant attended of those held, the facilitators, the participant's assignment and
/// the day it is issued on; or, when the attendance falls short, the figures of a refusal.
///
/// Attendance is measured against the sessions **held** by ``day``: sessions not cancelled whose first
/// day is on or before it (the harvest's rule). Sessions still to come are not counted against anyone:
/// their dagdelen are ``toCome``, apart. A participant who withdrew is measured against every session
/// held, and attendance after the withdrawal counts for nothing (``CohortState/countedDagdelen(of:at:)``).
///
///     let certificate = Certificate(state, participant: "p03", day: Day("2014-12-11"))
///     certificate?.attended          // 11
///     certificate?.held              // 12: start, two two-day meetings and a one-day meeting
///     certificate?.toCome            // 2: the closing session in January
///     certificate?.qualifies(minimum: 80)   // true: 11 of 12 is 91.7%
public struct Certificate: Sendable {
    /// The participant.
    public let person: Person
    /// The programme's facts, when the log opened one.
    public let programme: CohortOpened?
    /// The facilitators, in the order they joined.
    public let facilitators: [Person]
    /// Dagdelen attended that count, at the sessions held by ``day``.
    public let attended: Int
    /// Dagdelen of the sessions held by ``day``: what the attendance is measured against.
    public let held: Int
    /// Dagdelen of the sessions still to come after ``day``: not counted against anyone.
    public let toCome: Int
    /// The participant's assignment, if they started one.
    public let assignment: Assignment?
    /// The day the certificate looks from and is issued on: the `--as-of` day, else the day of the latest
    /// record (nil for an empty log).
    public let day: Day?

    /// The certificate of `participant` in `state` (the full state read through the window: it is the
    /// participant's own, and attendance is theirs to see) as of `day` (nil: the day of the latest
    /// record); nil when there is no such participant.
    public init?(_ state: CohortState, participant: String, day: Day? = nil) {
        guard let person = state.person(participant), person.role == .participant else { return nil }
        self.person = person
        programme = state.programme
        facilitators = state.facilitators
        let day = day ?? state.lastAt?.localDay
        self.day = day
        let sessions = state.sessions.filter { !$0.isCancelled }
        let held = sessions.filter { session in day.map { session.firstDay <= $0 } ?? false }
        self.held = held.reduce(0) { $0 + $1.dagdelen }
        toCome = sessions.reduce(0) { $0 + $1.dagdelen } - self.held
        attended = held.reduce(0) { $0 + state.countedDagdelen(of: person, at: $1) }
        assignment = state.assignments.first { $0.owner.rawValue == participant }
    }

    /// The organiser as the certificate names it: the organisation's name (`organiserName`), else its id.
    public var organiser: String? { programme.map { $0.organiserName ?? $0.organiser.rawValue } }

    /// Whether the attendance supports a certificate: at least `minimum` percent of the dagdelen held.
    public func qualifies(minimum: Int) -> Bool {
        held > 0 && attended * 100 >= minimum * held
    }

    /// The fewest dagdelen that would have qualified: `minimum` percent of those held, rounded up.
    public func required(minimum: Int) -> Int {
        (minimum * held + 99) / 100
    }
}
