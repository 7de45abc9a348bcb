/// A participant's fee is invoiced.
public struct FeeInvoiced: EventPayload {
    /// The invoice's id.
    public var invoice: InvoiceID
    /// Who is invoiced.
    public var participant: ParticipantID
    /// The amount in euro cents.
    public var amount: Cents
    /// The invoice's date, when given.
    public var date: Day?

    public static let type = EventType.feeInvoiced
    public static let fields: [FieldSpec] = [
        .required("invoice", .id(.invoice, .introduces), "the invoice's id"),
        .required("participant", .id(.participant, .refers), "the participant invoiced"),
        .required("amountCents", .cents, "the amount in euro cents"),
        .optional("date", .date, "the invoice's date"),
    ]

    public init?(_ v: FieldValues) {
        guard let invoice: InvoiceID = v.id("invoice"), let participant: ParticipantID = v.id("participant"),
            let amount = v.cents("amountCents")
        else { return nil }
        self.invoice = invoice
        self.participant = participant
        self.amount = amount
        date = v.date("date")
    }

    public func visitIDs(_ visitor: inout some IDVisitor) {
        visitor.visit(invoice, .introduces, "data.invoice")
        visitor.visit(participant, .refers, "data.participant")
    }
}
