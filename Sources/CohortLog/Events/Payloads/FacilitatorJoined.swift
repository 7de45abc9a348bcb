/// A facilitator (*leerbegeleider*) joins the programme.
public struct FacilitatorJoined: EventPayload {
    /// The facilitator's id, new among people.
    public var facilitator: FacilitatorID
    /// The facilitator's name (personal).
    public var name: PersonalText

    public static let type = EventType.facilitatorJoined
    public static let fields: [FieldSpec] = [
        .required("facilitator", .id(.facilitator, .introduces), "the facilitator's id, new among participants and facilitators"),
        .personal("name", "the facilitator's name"),
    ]

    public init?(_ v: FieldValues) {
        guard let facilitator: FacilitatorID = v.id("facilitator"), let name = v.personal("name") else { return nil }
        self.facilitator = facilitator
        self.name = name
    }

    public func visitIDs(_ visitor: inout some IDVisitor) {
        visitor.visit(facilitator, .introduces, "data.facilitator")
    }
}
