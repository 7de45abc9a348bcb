/// A participant states a personal learning wish (*leerwens*).
public struct WishStated: EventPayload {
    /// The wish's id.
    public var wish: WishID
    /// Whose wish it is.
    public var participant: ParticipantID
    /// The themes it touches.
    public var themes: [String]
    /// Who may see it; `group` when not given.
    public var visibility: Visibility?
    /// The wish in the participant's words (personal).
    public var text: PersonalText

    public static let type = EventType.wishStated
    public static let fields: [FieldSpec] = [
        .required("wish", .id(.wish, .introduces), "the wish's id"),
        .required("participant", .id(.participant, .refers), "whose wish it is"),
        .optional("themes", .texts, "the themes the wish touches"),
        .optional("visibility", .choice(Visibility.self), "who may see it (default group)"),
        .personal("text", "the wish in the participant's words"),
    ]

    public init?(_ v: FieldValues) {
        guard let wish: WishID = v.id("wish"), let participant: ParticipantID = v.id("participant"),
            let text = v.personal("text")
        else { return nil }
        self.wish = wish
        self.participant = participant
        themes = v.texts("themes") ?? []
        visibility = v.choice("visibility")
        self.text = text
    }

    public func visitIDs(_ visitor: inout some IDVisitor) {
        visitor.visit(wish, .introduces, "data.wish")
        visitor.visit(participant, .refers, "data.participant")
    }
}
