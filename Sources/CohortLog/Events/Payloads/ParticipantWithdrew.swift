/// A participant leaves the programme; no learning event may name them afterwards (rule 4).
public struct ParticipantWithdrew: EventPayload {
    /// The participant who withdrew.
    public var participant: ParticipantID
    /// Why (personal), when given.
    public var reason: PersonalText?

    public static let type = EventType.participantWithdrew
    public static let fields: [FieldSpec] = [
        .required("participant", .id(.participant, .refers), "the participant who withdrew"),
        .optionalPersonal("reason", "why the participant withdrew"),
    ]

    public init?(_ v: FieldValues) {
        guard let participant: ParticipantID = v.id("participant") else { return nil }
        self.participant = participant
        reason = v.personal("reason")
    }

    public func visitIDs(_ visitor: inout some IDVisitor) {
        visitor.visit(participant, .refers, "data.participant")
    }
}
