/// A wish is put in other words as its participant learns.
public struct WishRevised: EventPayload {
    /// The wish revised.
    public var wish: WishID
    /// Its themes now, when they change.
    public var themes: [String]?
    /// Who may see it now; unchanged when not given.
    public var visibility: Visibility?
    /// The wish's new words (personal).
    public var text: PersonalText

    public static let type = EventType.wishRevised
    public static let fields: [FieldSpec] = [
        .required("wish", .id(.wish, .refers), "the wish revised"),
        .optional("themes", .texts, "the wish's themes now"),
        .optional("visibility", .choice(Visibility.self), "who may see it now (unchanged when left out)"),
        .personal("text", "the wish's new words"),
    ]

    public init?(_ v: FieldValues) {
        guard let wish: WishID = v.id("wish"), let text = v.personal("text") else { return nil }
        self.wish = wish
        themes = v.texts("themes")
        visibility = v.choice("visibility")
        self.text = text
    }

    public func visitIDs(_ visitor: inout some IDVisitor) {
        visitor.visit(wish, .refers, "data.wish")
    }
}
