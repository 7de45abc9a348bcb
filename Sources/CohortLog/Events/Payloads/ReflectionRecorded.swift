/// A participant or facilitator reflects, perhaps on a session, a wish or a learning line.
public struct ReflectionRecorded: EventPayload {
    /// The reflection's id.
    public var reflection: ReflectionID
    /// Who reflects (a participant or a facilitator).
    public var participant: PersonID
    /// The session it is about, when given.
    public var session: SessionID?
    /// The wish it is about, when given.
    public var wish: WishID?
    /// The learning line it feeds, when given.
    public var line: LineID?
    /// Its themes.
    public var themes: [String]
    /// Who may see it; `group` when not given.
    public var visibility: Visibility?
    /// The reflection (personal).
    public var text: PersonalText

    public static let type = EventType.reflectionRecorded
    public static let fields: [FieldSpec] = [
        .required("reflection", .id(.reflection, .introduces), "the reflection's id"),
        .required("participant", .id(.person, .refers), "who reflects: a participant or a facilitator"),
        .optional("session", .id(.session, .refers), "the session it is about"),
        .optional("wish", .id(.wish, .refers), "the wish it is about"),
        .optional("line", .id(.line, .refers), "the learning line it feeds"),
        .optional("themes", .texts, "the reflection's themes"),
        .optional("visibility", .choice(Visibility.self), "who may see it (default group)"),
        .personal("text", "the reflection"),
    ]

    public init?(_ v: FieldValues) {
        guard let reflection: ReflectionID = v.id("reflection"), let participant: PersonID = v.id("participant"),
            let text = v.personal("text")
        else { return nil }
        self.reflection = reflection
        self.participant = participant
        session = v.id("session")
        wish = v.id("wish")
        line = v.id("line")
        themes = v.texts("themes") ?? []
        visibility = v.choice("visibility")
        self.text = text
    }

    public func visitIDs(_ visitor: inout some IDVisitor) {
        visitor.visit(reflection, .introduces, "data.reflection")
        visitor.visit(participant, .refers, "data.participant")
        visitor.visit(session, .refers, "data.session")
        visitor.visit(wish, .refers, "data.wish")
        visitor.visit(line, .refers, "data.line")
    }
}
