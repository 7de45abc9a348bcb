/// A session moves to other days (and perhaps changes size).
public struct SessionRescheduled: EventPayload {
    /// The session that moves.
    public var session: SessionID
    /// Its new days, earliest first, each once (a set, as ``SessionScheduled/days``).
    public var days: [Day]
    /// The days that `data.days` gives more than once (refused by `rule.session-days-distinct`).
    public var repeatedDays: [Day]
    /// Its new size in *dagdelen*, when it changes.
    public var dagdelen: Int?
    /// Why (personal), when given.
    public var reason: PersonalText?

    public static let type = EventType.sessionRescheduled
    public static let fields: [FieldSpec] = [
        .required("session", .id(.session, .refers), "the session that moves"),
        .required("days", .dates, "the session's new days"),
        .optional("dagdelen", .integer(0...100), "the session's new size in dagdelen"),
        .optionalPersonal("reason", "why the session moves"),
    ]

    public init?(_ v: FieldValues) {
        guard let session: SessionID = v.id("session"), let days = v.dates("days") else { return nil }
        self.session = session
        (self.days, repeatedDays) = Day.set(of: days)
        dagdelen = v.integer("dagdelen")
        reason = v.personal("reason")
    }

    public func visitIDs(_ visitor: inout some IDVisitor) {
        visitor.visit(session, .refers, "data.session")
    }
}
