import CohortLog

/// `attendance.late` (warning): attendance `recorded` more than 14 days after the session's last day.
public enum AttendanceLate: AuditCheck {
    public static let code = AuditCode.attendanceLate
    /// How many days after a session's last day attendance may still be recorded.
    public static let allowance = 14

    public static func findings(_ facts: AuditFacts) -> [AuditFinding] {
        facts.attendance.compactMap { record in
            guard facts.stands(record.source), let last = facts.session(record.session)?.days.last else { return nil }
            let recorded = record.source.recorded.utcDay
            let late = recorded.daysSinceEpoch - last.daysSinceEpoch
            guard late > allowance else { return nil }
            return AuditFinding(code: code, seq: record.source.seq, facts: .attendanceLate(
                participant: record.participant, session: record.session, recorded: recorded, lastDay: last, days: late))
        }
    }
}
