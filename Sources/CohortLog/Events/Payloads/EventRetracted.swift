/// An earlier record is withdrawn: projections treat it as if it had never been written (xAPI's voiding).
public struct EventRetracted: EventPayload {
    /// The record withdrawn.
    public var target: RecordID
    /// Why (no personal data).
    public var reason: String

    public static let type = EventType.eventRetracted
    public static let fields: [FieldSpec] = [
        .required("target", .id(.record, .refers), "the id of the record withdrawn"),
        .required("reason", .text, "why it is withdrawn (no personal data)"),
    ]

    public init?(_ v: FieldValues) {
        guard let target: RecordID = v.id("target"), let reason = v.text("reason") else { return nil }
        self.target = target
        self.reason = reason
    }

    public func visitIDs(_ visitor: inout some IDVisitor) {
        visitor.visit(target, .refers, "data.target")
    }
}
