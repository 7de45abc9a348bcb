/// Something for the harvest (*oogst*): an insight, a product, a story or a plan. Always public.
public struct HarvestContributed: EventPayload {
    /// The item's id.
    public var item: ItemID
    /// What kind of contribution.
    public var kind: HarvestKind
    /// The participants who contributed it.
    public var contributors: [ParticipantID]
    /// The learning line it belongs to, when given.
    public var line: LineID?
    /// Its value-creation cycle, when given.
    public var cycle: ValueCycle?
    /// Its title (personal).
    public var title: PersonalText
    /// The contribution (personal).
    public var text: PersonalText

    public static let type = EventType.harvestContributed
    public static let fields: [FieldSpec] = [
        .required("item", .id(.item, .introduces), "the harvest item's id"),
        .required("kind", .choice(HarvestKind.self), "what kind of contribution"),
        .required("contributors", .ids(.participant, .refers), "the participants who contributed it"),
        .optional("line", .id(.line, .refers), "the learning line it belongs to"),
        .optional("cycle", .choice(ValueCycle.self), "its value-creation cycle (Wenger, Trayner and De Laat)"),
        .personal("title", "the contribution's title"),
        .personal("text", "the contribution"),
    ]

    public init?(_ v: FieldValues) {
        guard let item: ItemID = v.id("item"), let kind: HarvestKind = v.choice("kind"),
            let contributors: [ParticipantID] = v.ids("contributors"), let title = v.personal("title"),
            let text = v.personal("text")
        else { return nil }
        self.item = item
        self.kind = kind
        self.contributors = contributors
        line = v.id("line")
        cycle = v.choice("cycle")
        self.title = title
        self.text = text
    }

    public func visitIDs(_ visitor: inout some IDVisitor) {
        visitor.visit(item, .introduces, "data.item")
        visitor.visit(contributors, .refers, "data.contributors")
        visitor.visit(line, .refers, "data.line")
    }
}
