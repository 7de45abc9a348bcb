/// The subsidy is claimed from the fund, with the figures it rests on.
public struct SubsidyClaimed: EventPayload {
    /// The claim's id.
    public var claim: ClaimID
    /// The amount claimed in euro cents.
    public var amount: Cents
    /// The number of participants claimed for.
    public var participants: Int
    /// The *dagdelen* attended that the claim counts.
    public var attendedDagdelen: Int
    /// The log's head the claim rests on, when given.
    public var head: Digest?
    /// A note (personal), when given.
    public var note: PersonalText?

    public static let type = EventType.subsidyClaimed
    public static let fields: [FieldSpec] = [
        .required("claim", .id(.claim, .introduces), "the claim's id"),
        .required("amountCents", .cents, "the amount claimed in euro cents"),
        .required("participants", .count, "the number of participants claimed for"),
        .required("attendedDagdelen", .count, "the attended dagdelen the claim counts"),
        .optional("head", .digest, "the digest of the log's last record the claim rests on"),
        .optionalPersonal("note", "a note on the claim"),
    ]

    public init?(_ v: FieldValues) {
        guard let claim: ClaimID = v.id("claim"), let amount = v.cents("amountCents"),
            let participants = v.integer("participants"), let attended = v.integer("attendedDagdelen")
        else { return nil }
        self.claim = claim
        self.amount = amount
        self.participants = participants
        attendedDagdelen = attended
        head = v.digest("head")
        note = v.personal("note")
    }

    public func visitIDs(_ visitor: inout some IDVisitor) {
        visitor.visit(claim, .introduces, "data.claim")
    }
}
