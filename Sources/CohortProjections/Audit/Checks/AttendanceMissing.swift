import CohortLog

/// `attendance.missing` (warning): a session that has ended (its last day is before the last record's
/// `at`) has no attendance for a participant who was active on its first day.
public enum AttendanceMissing: AuditCheck {
    public static let code = AuditCode.attendanceMissing

    public static func findings(_ facts: AuditFacts) -> [AuditFinding] {
        guard let now = facts.lastAt?.localDay else { return [] }
        var findings: [AuditFinding] = []
        for session in facts.heldSessions {
            guard let first = session.days.first, let last = session.days.last, last < now else { continue }
            for participant in facts.participants where facts.isActive(participant, on: first) {
                if facts.attendance(session.id, participant) == nil {
                    findings.append(AuditFinding(code: code, seq: session.source.seq, facts: .attendanceMissing(
                        participant: participant, session: session.id, firstDay: first)))
                }
            }
        }
        return findings
    }
}
