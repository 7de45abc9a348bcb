import CohortLog

/// `claim.below-evidence` (warning): any of a claim's three figures is below what the evidence before it
/// supports (one finding per claim, naming each figure below).
public enum ClaimBelowEvidence: AuditCheck {
    public static let code = AuditCode.claimBelowEvidence

    public static func findings(_ facts: AuditFacts) -> [AuditFinding] {
        facts.claims.compactMap { snapshot in
            guard facts.stands(snapshot.source) else { return nil }
            let figures = [
                AuditFinding.ClaimFigure(name: .participants, claimed: snapshot.claim.participants, evidence: snapshot.evidence.eligible.count),
                AuditFinding.ClaimFigure(name: .attendedDagdelen, claimed: snapshot.claim.attendedDagdelen, evidence: snapshot.evidence.attendedDagdelen),
                AuditFinding.ClaimFigure(name: .amountCents, claimed: snapshot.claim.amount.value, evidence: snapshot.evidence.claimable.value),
            ].filter { $0.claimed < $0.evidence }
            guard !figures.isEmpty else { return nil }
            return AuditFinding(code: code, seq: snapshot.source.seq, facts: .claimBelowEvidence(claim: snapshot.claim.claim, below: figures))
        }
    }
}
