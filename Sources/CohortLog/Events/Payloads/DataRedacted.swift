/// Personal fields of earlier records are erased (the right to erasure); their digests stay.
public struct DataRedacted: EventPayload {
    /// The records whose personal fields are erased.
    public var targets: [RecordID]
    /// Why (no personal data).
    public var reason: String

    public static let type = EventType.dataRedacted
    public static let fields: [FieldSpec] = [
        .required("targets", .ids(.record, .refers), "the ids of the records whose personal fields are erased"),
        .required("reason", .text, "why (no personal data)"),
    ]

    public init?(_ v: FieldValues) {
        guard let targets: [RecordID] = v.ids("targets"), let reason = v.text("reason") else { return nil }
        self.targets = targets
        self.reason = reason
    }

    public func visitIDs(_ visitor: inout some IDVisitor) {
        visitor.visit(targets, .refers, "data.targets")
    }
}
