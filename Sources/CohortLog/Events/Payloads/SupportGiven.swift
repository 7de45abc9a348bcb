/// One person supports a participant (feedback, coaching, *intervisie*, a resource), perhaps on a wish.
public struct SupportGiven: EventPayload {
    /// Who gave the support (a participant, or a facilitator).
    public var from: PersonID
    /// The participant who received it.
    public var to: ParticipantID
    /// What kind of support.
    public var kind: SupportKind
    /// The wish of `to` it served, when given.
    public var wish: WishID?
    /// The session where it happened, when given.
    public var session: SessionID?
    /// Who may see it; `group` when not given. `private`: the giver, the receiver and the facilitators.
    public var visibility: Visibility?
    /// A note (personal), when given.
    public var note: PersonalText?

    public static let type = EventType.supportGiven
    public static let fields: [FieldSpec] = [
        .required("from", .id(.person, .refers), "who gave the support"),
        .required("to", .id(.participant, .refers), "the participant who received it"),
        .required("kind", .choice(SupportKind.self), "what kind of support"),
        .optional("wish", .id(.wish, .refers), "the wish of the receiver it served"),
        .optional("session", .id(.session, .refers), "the session where it happened"),
        .optional("visibility", .choice(Visibility.self), "who may see it (default group)"),
        .optionalPersonal("note", "a note on the support"),
    ]

    public init?(_ v: FieldValues) {
        guard let from: PersonID = v.id("from"), let to: ParticipantID = v.id("to"), let kind: SupportKind = v.choice("kind")
        else { return nil }
        self.from = from
        self.to = to
        self.kind = kind
        wish = v.id("wish")
        session = v.id("session")
        visibility = v.choice("visibility")
        note = v.personal("note")
    }

    public func visitIDs(_ visitor: inout some IDVisitor) {
        visitor.visit(from, .refers, "data.from")
        visitor.visit(to, .refers, "data.to")
        visitor.visit(wish, .refers, "data.wish")
        visitor.visit(session, .refers, "data.session")
    }
}
