import CohortLog

/// `attendance.before-session` (error): attendance recorded with an `at` before the session's first day.
public enum AttendanceBeforeSession: AuditCheck {
    public static let code = AuditCode.attendanceBeforeSession

    public static func findings(_ facts: AuditFacts) -> [AuditFinding] {
        facts.attendance.compactMap { record in
            guard facts.stands(record.source), let first = facts.session(record.session)?.days.first,
                record.source.at.localDay < first
            else { return nil }
            return AuditFinding(code: code, seq: record.source.seq, facts: .attendanceBeforeSession(
                participant: record.participant, session: record.session, at: record.source.at.localDay, firstDay: first))
        }
    }
}
