/// A wish ends: fulfilled, dropped, or transformed into another wish.
public struct WishClosed: EventPayload {
    /// The wish closed.
    public var wish: WishID
    /// How it ended.
    public var outcome: WishOutcome
    /// The wish it turned into (for `transformed`).
    public var into: WishID?
    /// A note (personal), when given.
    public var note: PersonalText?

    public static let type = EventType.wishClosed
    public static let fields: [FieldSpec] = [
        .required("wish", .id(.wish, .refers), "the wish closed"),
        .required("outcome", .choice(WishOutcome.self), "how the wish ended"),
        .optional("into", .id(.wish, .refers), "the wish it turned into (with outcome transformed)"),
        .optionalPersonal("note", "a note on how the wish ended"),
    ]

    public init?(_ v: FieldValues) {
        guard let wish: WishID = v.id("wish"), let outcome: WishOutcome = v.choice("outcome") else { return nil }
        self.wish = wish
        self.outcome = outcome
        into = v.id("into")
        note = v.personal("note")
    }

    public func visitIDs(_ visitor: inout some IDVisitor) {
        visitor.visit(wish, .refers, "data.wish")
        visitor.visit(into, .refers, "data.into")
    }
}
