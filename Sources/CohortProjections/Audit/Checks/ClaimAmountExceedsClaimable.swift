import CohortLog

/// `claim.amount-exceeds-claimable` (error): a claim's `amountCents` is above the claimable amount before
/// it.
public enum ClaimAmountExceedsClaimable: AuditCheck {
    public static let code = AuditCode.claimAmountExceedsClaimable

    public static func findings(_ facts: AuditFacts) -> [AuditFinding] {
        facts.claims.filter { facts.stands($0.source) && $0.claim.amount > $0.evidence.claimable }.map {
            AuditFinding(code: code, seq: $0.source.seq, facts: .claimAmount(
                claim: $0.claim.claim, claimed: $0.claim.amount, claimable: $0.evidence.claimable))
        }
    }
}
