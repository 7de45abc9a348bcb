/// An assignment moves forward; `progress` is how far it is, in percent.
public struct AssignmentProgressed: EventPayload {
    /// The assignment.
    public var assignment: AssignmentID
    /// How far it is, from 0 to 100 percent.
    public var progress: Int
    /// A note (personal), when given.
    public var note: PersonalText?

    public static let type = EventType.assignmentProgressed
    public static let fields: [FieldSpec] = [
        .required("assignment", .id(.assignment, .refers), "the assignment"),
        .required("progress", .integer(0...100), "how far the assignment is, in percent"),
        .optionalPersonal("note", "a note on the progress"),
    ]

    public init?(_ v: FieldValues) {
        guard let assignment: AssignmentID = v.id("assignment"), let progress = v.integer("progress") else { return nil }
        self.assignment = assignment
        self.progress = progress
        note = v.personal("note")
    }

    public func visitIDs(_ visitor: inout some IDVisitor) {
        visitor.visit(assignment, .refers, "data.assignment")
    }
}
