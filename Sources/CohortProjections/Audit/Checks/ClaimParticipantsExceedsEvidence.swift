import CohortLog

/// `claim.participants-exceeds-evidence` (error): a claim's `participants` is above the number of
/// eligible participants before it.
public enum ClaimParticipantsExceedsEvidence: AuditCheck {
    public static let code = AuditCode.claimParticipantsExceedsEvidence

    public static func findings(_ facts: AuditFacts) -> [AuditFinding] {
        facts.claims.filter { facts.stands($0.source) && $0.claim.participants > $0.evidence.eligible.count }.map {
            AuditFinding(code: code, seq: $0.source.seq, facts: .claimParticipants(
                claim: $0.claim.claim, claimed: $0.claim.participants, evidence: $0.evidence.eligible))
        }
    }
}
