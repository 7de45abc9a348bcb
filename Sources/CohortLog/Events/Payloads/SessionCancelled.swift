/// A session will not take place; it counts for nothing and takes no attendance.
public struct SessionCancelled: EventPayload {
    /// The session cancelled.
    public var session: SessionID
    /// Why (personal), when given.
    public var reason: PersonalText?

    public static let type = EventType.sessionCancelled
    public static let fields: [FieldSpec] = [
        .required("session", .id(.session, .refers), "the session cancelled"),
        .optionalPersonal("reason", "why the session is cancelled"),
    ]

    public init?(_ v: FieldValues) {
        guard let session: SessionID = v.id("session") else { return nil }
        self.session = session
        reason = v.personal("reason")
    }

    public func visitIDs(_ visitor: inout some IDVisitor) {
        visitor.visit(session, .refers, "data.session")
    }
}
