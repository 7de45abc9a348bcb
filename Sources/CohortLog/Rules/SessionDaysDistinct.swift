extension WriterRule {
    /// 5.6: `session.scheduled` and `session.rescheduled` give no day twice (their order does not matter:
    /// a session's first day is the earliest).
    public static let sessionDaysDistinct = WriterRule(
        code: .ruleSessionDaysDistinct, section: "5.6",
        summary: "a session's days hold no day twice",
        types: [.sessionScheduled, .sessionRescheduled]
    ) { candidate, _, report in
        let repeated: [Day]
        switch candidate.event {
        case .sessionScheduled(let e): repeated = e.repeatedDays
        case .sessionRescheduled(let e): repeated = e.repeatedDays
        default: return []
        }
        guard !repeated.isEmpty else { return [] }
        let list = repeated.map(\.description).joined(separator: ", ")
        return [report.problem(
            "data.days", "data.days gives \(list) more than once; a session's days are a set",
            hint: "list each day once, in any order")]
    }
}
