/// A learning line (*leerlijn*) emerges: a theme the group deepens together. Always public.
public struct LineEmerged: EventPayload {
    /// The line's id.
    public var line: LineID
    /// Its title.
    public var title: String
    /// The themes it holds.
    public var themes: [String]
    /// The session where it emerged, when given.
    public var session: SessionID?
    /// What it is about (personal), when given.
    public var description: PersonalText?

    public static let type = EventType.lineEmerged
    public static let fields: [FieldSpec] = [
        .required("line", .id(.line, .introduces), "the learning line's id"),
        .required("title", .text, "the line's title"),
        .optional("themes", .texts, "the themes the line holds"),
        .optional("session", .id(.session, .refers), "the session where it emerged"),
        .optionalPersonal("description", "what the line is about"),
    ]

    public init?(_ v: FieldValues) {
        guard let line: LineID = v.id("line"), let title = v.text("title") else { return nil }
        self.line = line
        self.title = title
        themes = v.texts("themes") ?? []
        session = v.id("session")
        description = v.personal("description")
    }

    public func visitIDs(_ visitor: inout some IDVisitor) {
        visitor.visit(line, .introduces, "data.line")
        visitor.visit(session, .refers, "data.session")
    }
}
