/// A participant starts the assignment (*opdracht*) they carry out in their own organisation.
public struct AssignmentStarted: EventPayload {
    /// The assignment's id.
    public var assignment: AssignmentID
    /// Whose assignment it is.
    public var participant: ParticipantID
    /// Who may see it; `group` when not given.
    public var visibility: Visibility?
    /// Its title (personal).
    public var title: PersonalText
    /// What it is about (personal), when given.
    public var description: PersonalText?

    public static let type = EventType.assignmentStarted
    public static let fields: [FieldSpec] = [
        .required("assignment", .id(.assignment, .introduces), "the assignment's id"),
        .required("participant", .id(.participant, .refers), "whose assignment it is"),
        .optional("visibility", .choice(Visibility.self), "who may see it (default group)"),
        .personal("title", "the assignment's title"),
        .optionalPersonal("description", "what the assignment is about"),
    ]

    public init?(_ v: FieldValues) {
        guard let assignment: AssignmentID = v.id("assignment"), let participant: ParticipantID = v.id("participant"),
            let title = v.personal("title")
        else { return nil }
        self.assignment = assignment
        self.participant = participant
        visibility = v.choice("visibility")
        self.title = title
        description = v.personal("description")
    }

    public func visitIDs(_ visitor: inout some IDVisitor) {
        visitor.visit(assignment, .introduces, "data.assignment")
        visitor.visit(participant, .refers, "data.participant")
    }
}
