/// An assignment is finished, with its result.
public struct AssignmentCompleted: EventPayload {
    /// The assignment.
    public var assignment: AssignmentID
    /// Who may see the result; the assignment's own when not given.
    public var visibility: Visibility?
    /// The result (personal).
    public var result: PersonalText

    public static let type = EventType.assignmentCompleted
    public static let fields: [FieldSpec] = [
        .required("assignment", .id(.assignment, .refers), "the assignment"),
        .optional("visibility", .choice(Visibility.self), "who may see the result (the assignment's when left out)"),
        .personal("result", "what the assignment brought about"),
    ]

    public init?(_ v: FieldValues) {
        guard let assignment: AssignmentID = v.id("assignment"), let result = v.personal("result") else { return nil }
        self.assignment = assignment
        visibility = v.choice("visibility")
        self.result = result
    }

    public func visitIDs(_ visitor: inout some IDVisitor) {
        visitor.visit(assignment, .refers, "data.assignment")
    }
}
