import CohortLog

/// `claim.dagdelen-exceeds-evidence` (error): a claim's `attendedDagdelen` is above the attended dagdelen
/// of the eligible participants before it.
public enum ClaimDagdelenExceedsEvidence: AuditCheck {
    public static let code = AuditCode.claimDagdelenExceedsEvidence

    public static func findings(_ facts: AuditFacts) -> [AuditFinding] {
        facts.claims.filter { facts.stands($0.source) && $0.claim.attendedDagdelen > $0.evidence.attendedDagdelen }.map {
            AuditFinding(code: code, seq: $0.source.seq, facts: .claimDagdelen(
                claim: $0.claim.claim, claimed: $0.claim.attendedDagdelen, evidence: $0.evidence.attendedDagdelen))
        }
    }
}
