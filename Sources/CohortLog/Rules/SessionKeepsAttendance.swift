extension WriterRule {
    /// 5.6: a rescheduling may not make a session's `dagdelen` smaller than attendance already recorded
    /// for it (the latest standing record of each participant).
    public static let sessionKeepsAttendance = WriterRule(
        code: .ruleSessionKeepsAttendance, section: "5.6",
        summary: "a rescheduling keeps the session at least as large as its recorded attendance",
        types: [.sessionRescheduled]
    ) { candidate, state, report in
        guard case .sessionRescheduled(let e) = candidate.event, let dagdelen = e.dagdelen,
            let session = state.sessions[e.session.rawValue], let largest = session.largestAttendance, largest.dagdelen > dagdelen
        else { return [] }
        return [report.problem(
            "data.dagdelen",
            "data.dagdelen is \(dagdelen) but \(quoted(largest.participant)) has \(largest.dagdelen) dagdelen recorded for session \(quoted(e.session.rawValue)) (record \(quoted(largest.record)))",
            hint: "retract or correct that attendance first, or keep the session at \(largest.dagdelen) dagdelen or more")]
    }
}
