import CohortLog

/// `claim.head-unknown` (error): a claim's `head` is given and is not the digest of a record before it (a
/// claim without `head` is not a finding).
public enum ClaimHeadUnknown: AuditCheck {
    public static let code = AuditCode.claimHeadUnknown

    public static func findings(_ facts: AuditFacts) -> [AuditFinding] {
        facts.claims.compactMap { snapshot in
            guard facts.stands(snapshot.source), !snapshot.headKnown, let head = snapshot.claim.head else { return nil }
            return AuditFinding(code: code, seq: snapshot.source.seq, facts: .claimHeadUnknown(claim: snapshot.claim.claim, head: head))
        }
    }
}
