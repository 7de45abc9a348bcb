/// A meeting (*bijeenkomst*) is put on the programme.
public struct SessionScheduled: EventPayload {
    /// The session's id.
    public var session: SessionID
    /// The session's title.
    public var title: String
    /// What the session is in the programme.
    public var kind: SessionKind
    /// The days it takes, earliest first, each once: a set, whatever the order `data.days` gives them in
    /// (its first day is the earliest, its last the latest).
    public var days: [Day]
    /// The days that `data.days` gives more than once (the writer refuses them:
    /// `rule.session-days-distinct`); empty in a log that verifies.
    public var repeatedDays: [Day]
    /// Its size in *dagdelen* (half-day parts).
    public var dagdelen: Int
    /// The participant whose municipality hosts it, when known.
    public var host: ParticipantID?
    /// Where it takes place, when known.
    public var location: String?

    public static let type = EventType.sessionScheduled
    public static let fields: [FieldSpec] = [
        .required("session", .id(.session, .introduces), "the session's id"),
        .required("title", .text, "the session's title"),
        .required("kind", .choice(SessionKind.self), "what the session is in the programme"),
        .required("days", .dates, "the days the session takes"),
        .required("dagdelen", .integer(0...100), "the session's size in dagdelen (half-day parts)"),
        .optional("host", .id(.participant, .refers), "the participant whose municipality hosts the session"),
        .optional("location", .text, "where the session takes place"),
    ]

    public init?(_ v: FieldValues) {
        guard let session: SessionID = v.id("session"), let title = v.text("title"), let kind: SessionKind = v.choice("kind"),
            let days = v.dates("days"), let dagdelen = v.integer("dagdelen")
        else { return nil }
        self.session = session
        self.title = title
        self.kind = kind
        (self.days, repeatedDays) = Day.set(of: days)
        self.dagdelen = dagdelen
        host = v.id("host")
        location = v.text("location")
    }

    public func visitIDs(_ visitor: inout some IDVisitor) {
        visitor.visit(session, .introduces, "data.session")
        visitor.visit(host, .refers, "data.host")
    }
}
