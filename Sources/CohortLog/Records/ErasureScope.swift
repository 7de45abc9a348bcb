/// Which records hold a person's own personal data, for an erasure by person (`cohort redact
/// --participant ID`): never another person's.
///
/// - A participant: every record by them or naming them in an id field, and the revisions, closings,
///   progress and results of their own wishes and assignments (``Involvement``). A record that names two
///   participants (support between them, a contribution of several) is both of theirs.
/// - A facilitator: their own `facilitator.joined` (their name) and the reflections they recorded as
///   their own (`participant` is them): what they wrote about themselves. What a facilitator recorded
///   about others (registrations, attendance, withdrawals, support they gave a participant) is those
///   others' data and is left as it is.
///
/// A fold: feed it every record in order.
public struct ErasureScope: Sendable {
    /// Whose data.
    public let person: String
    /// Whether a participant or a facilitator.
    public let role: RuleState.Role
    var involvement: Involvement

    /// The scope of `person`, of `role`.
    public init(person: String, role: RuleState.Role) {
        self.person = person
        self.role = role
        involvement = Involvement(person: person)
    }

    /// Whether `record` holds the person's own data (whether or not it has personal values).
    public mutating func covers(_ record: Record) -> Bool {
        switch role {
        case .participant:
            return involvement.involves(record)
        case .facilitator:
            switch record.event {
            case .facilitatorJoined(let e): return e.facilitator.rawValue == person
            case .reflectionRecorded(let e): return e.participant.rawValue == person
            default: return false
            }
        }
    }
}
