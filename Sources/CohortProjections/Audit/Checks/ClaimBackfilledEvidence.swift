import CohortLog

/// `claim.backfilled-evidence` (warning): after a claim, a registration, attendance or invoice was
/// recorded (or retracted) whose `at` lies before the claim's `at`.
public enum ClaimBackfilledEvidence: AuditCheck {
    public static let code = AuditCode.claimBackfilledEvidence

    public static func findings(_ facts: AuditFacts) -> [AuditFinding] {
        facts.backfills.filter { !facts.retracted.contains($0.claimRecord.rawValue) }.map {
            AuditFinding(code: code, seq: $0.seq, facts: .claimBackfilled(
                claim: $0.claim, claimAt: $0.claimAt, record: $0.record, type: $0.type, at: $0.at, retracted: $0.retracted))
        }
    }
}
