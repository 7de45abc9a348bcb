import CohortLog

/// `attendance.exceeds-session` (error): a pair's attendance is above the session's current `dagdelen`
/// (a session made smaller after attendance was recorded; the writer refuses a rescheduling that does
/// this, but not the retraction of a rescheduling that had made the session larger). The evidence counts
/// no more than the session's size for the pair.
public enum AttendanceExceedsSession: AuditCheck {
    public static let code = AuditCode.attendanceExceedsSession

    public static func findings(_ facts: AuditFacts) -> [AuditFinding] {
        var findings: [AuditFinding] = []
        for session in facts.heldSessions {
            for participant in facts.participants {
                guard let record = facts.attendance(session.id, participant), record.dagdelen > session.dagdelen else { continue }
                findings.append(AuditFinding(code: code, seq: record.source.seq, facts: .attendanceExceedsSession(
                    participant: participant, session: session.id, dagdelen: record.dagdelen, sessionDagdelen: session.dagdelen)))
            }
        }
        return findings.sorted { ($0.seq ?? 0) < ($1.seq ?? 0) }
    }
}
