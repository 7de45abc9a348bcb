import CohortLog

/// `schedule.dagdelen-mismatch` (warning): the non-cancelled sessions' `dagdelen` do not add up to the
/// declared `dagdelen`.
public enum ScheduleDagdelenMismatch: AuditCheck {
    public static let code = AuditCode.scheduleDagdelenMismatch

    public static func findings(_ facts: AuditFacts) -> [AuditFinding] {
        guard let declared = facts.programme?.dagdelen else { return [] }
        let sessions = facts.heldSessions
        let scheduled = sessions.reduce(0) { $0 + $1.dagdelen }
        guard scheduled != declared else { return [] }
        return [AuditFinding(code: code, seq: 1, facts: .scheduleDagdelenMismatch(
            scheduled: scheduled, declared: declared, sessions: sessions.map { ($0.id, $0.dagdelen) }))]
    }
}
