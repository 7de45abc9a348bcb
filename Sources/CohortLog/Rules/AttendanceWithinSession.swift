extension WriterRule {
    /// 5.6: `attendance.recorded`: `dagdelen` between 0 and the session's `dagdelen`; not for a cancelled
    /// session.
    public static let attendanceWithinSession = WriterRule(
        code: .ruleAttendanceWithinSession, section: "5.6",
        summary: "attendance fits its session, which is not cancelled",
        types: [.attendanceRecorded]
    ) { candidate, state, report in
        guard case .attendanceRecorded(let e) = candidate.event, let session = state.sessions[e.session.rawValue] else {
            return []
        }
        var problems: [Diagnostic] = []
        if let cancelled = session.cancelledAt {
            problems.append(report.problem(
                "data.session", "session \(quoted(e.session.rawValue)) was cancelled (seq \(cancelled)); it takes no attendance",
                hint: "retract the cancellation first if the session did take place"))
        }
        if e.dagdelen > session.dagdelen {
            problems.append(report.problem(
                "data.dagdelen", "data.dagdelen is \(e.dagdelen) but session \(quoted(e.session.rawValue)) has \(session.dagdelen) dagdelen",
                hint: "record at most \(session.dagdelen), or reschedule the session with its real size"))
        }
        return problems
    }
}
