import CohortLog

/// `claim.total-exceeds-claimable` (error): from the second live claim on, the claims up to and including
/// this one together ask more than the evidence before it supports: a fund pays a trajectory once.
public enum ClaimTotalExceedsClaimable: AuditCheck {
    public static let code = AuditCode.claimTotalExceedsClaimable

    public static func findings(_ facts: AuditFacts) -> [AuditFinding] {
        var findings: [AuditFinding] = []
        var total = Cents(0)
        var claims: [ClaimID] = []
        for snapshot in facts.claims where facts.stands(snapshot.source) {
            total = total + snapshot.claim.amount
            claims.append(snapshot.claim.claim)
            guard claims.count >= 2, total > snapshot.evidence.claimable else { continue }
            findings.append(AuditFinding(code: code, seq: snapshot.source.seq, facts: .claimTotalExceedsClaimable(
                claim: snapshot.claim.claim, claims: claims, total: total, claimable: snapshot.evidence.claimable)))
        }
        return findings
    }
}
