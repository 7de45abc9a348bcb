import CohortLog

/// `invoice.amount-mismatch` (warning): an invoice differs from the programme fee.
public enum InvoiceAmountMismatch: AuditCheck {
    public static let code = AuditCode.invoiceAmountMismatch

    public static func findings(_ facts: AuditFacts) -> [AuditFinding] {
        guard let fee = facts.programme?.fee.amount else { return [] }
        return facts.invoices.filter { facts.stands($0.source) && $0.amount != fee }.map {
            AuditFinding(code: code, seq: $0.source.seq, facts: .invoiceAmountMismatch(
                invoice: $0.invoice, participant: $0.participant, amount: $0.amount, fee: fee))
        }
    }
}
