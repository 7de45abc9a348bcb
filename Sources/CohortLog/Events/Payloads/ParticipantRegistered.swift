/// A participant registers for the programme.
public struct ParticipantRegistered: EventPayload {
    /// The participant's id, new among people.
    public var participant: ParticipantID
    /// The municipality the participant works for.
    public var municipality: String
    /// The participant's role ("HR-adviseur"), when given.
    public var role: String?
    /// The participant's name (personal).
    public var name: PersonalText
    /// The participant's e-mail address (personal), when given.
    public var email: PersonalText?

    public static let type = EventType.participantRegistered
    public static let fields: [FieldSpec] = [
        .required("participant", .id(.participant, .introduces), "the participant's id, new among participants and facilitators"),
        .required("municipality", .text, "the municipality the participant works for"),
        .optional("role", .text, "the participant's role, such as HR-adviseur"),
        .personal("name", "the participant's name"),
        .optionalPersonal("email", "the participant's e-mail address"),
    ]

    public init?(_ v: FieldValues) {
        guard let participant: ParticipantID = v.id("participant"), let municipality = v.text("municipality"),
            let name = v.personal("name")
        else { return nil }
        self.participant = participant
        self.municipality = municipality
        role = v.text("role")
        self.name = name
        email = v.personal("email")
    }

    public func visitIDs(_ visitor: inout some IDVisitor) {
        visitor.visit(participant, .introduces, "data.participant")
    }
}
