import CohortLog

/// `invoice.missing` (warning): an active participant who attended without a non-retracted invoice.
public enum InvoiceMissing: AuditCheck {
    public static let code = AuditCode.invoiceMissing

    public static func findings(_ facts: AuditFacts) -> [AuditFinding] {
        facts.participants.compactMap { participant in
            let attended = facts.attended(participant)
            guard facts.isActive(participant), attended > 0, facts.invoices(of: participant).isEmpty else { return nil }
            return AuditFinding(code: code, seq: facts.registration(of: participant)?.source.seq,
                                facts: .invoiceMissing(participant: participant, attended: attended))
        }
    }
}
