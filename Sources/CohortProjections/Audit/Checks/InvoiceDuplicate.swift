import CohortLog

/// `invoice.duplicate` (error): two non-retracted invoices for one participant (the finding is about
/// the second).
public enum InvoiceDuplicate: AuditCheck {
    public static let code = AuditCode.invoiceDuplicate

    public static func findings(_ facts: AuditFacts) -> [AuditFinding] {
        var seen = Set<String>()
        var findings: [AuditFinding] = []
        for invoice in facts.invoices where facts.stands(invoice.source) && seen.insert(invoice.participant.rawValue).inserted {
            let all = facts.invoices(of: invoice.participant)
            guard all.count > 1 else { continue }
            findings.append(AuditFinding(code: code, seq: all[1].source.seq, facts: .invoiceDuplicate(
                participant: invoice.participant, invoices: all.map(\.invoice))))
        }
        return findings
    }
}
