import CohortLog

/// `attendance.after-withdrawal` (error): more than 0 dagdelen for a session that began after the
/// participant withdrew.
public enum AttendanceAfterWithdrawal: AuditCheck {
    public static let code = AuditCode.attendanceAfterWithdrawal

    public static func findings(_ facts: AuditFacts) -> [AuditFinding] {
        var findings: [AuditFinding] = []
        for session in facts.heldSessions {
            guard let first = session.days.first else { continue }
            for participant in facts.participants {
                guard let withdrawal = facts.withdrawal(of: participant), first > withdrawal.source.at.localDay,
                    let record = facts.attendance(session.id, participant), record.dagdelen > 0
                else { continue }
                findings.append(AuditFinding(code: code, seq: record.source.seq, facts: .attendanceAfterWithdrawal(
                    participant: participant, session: session.id, dagdelen: record.dagdelen,
                    withdrew: withdrawal.source.at.localDay, firstDay: first)))
            }
        }
        return findings.sorted { ($0.seq ?? 0) < ($1.seq ?? 0) }
    }
}
