extension WriterRule {
    /// 5.1: record 1 is `cohort.opened`, and there is only one.
    public static let opensFirst = WriterRule(
        code: .ruleOpensFirst, section: "5.1",
        summary: "record 1 is cohort.opened, and there is only one"
    ) { candidate, state, report in
        let isOpening = candidate.event.type == .cohortOpened
        if state.count == 0 && !isOpening {
            return [report.problem(
                "type", "the log's first record must be cohort.opened, not \(candidate.event.type.rawValue)",
                hint: "open the cohort first: a cohort.opened event recorded by its organiser")]
        }
        if isOpening, let opened = state.openedAt {
            return [report.problem(
                "type", "the cohort was already opened (seq \(opened)); a log holds one cohort.opened",
                hint: "one cohort per log: start a new log for another cohort")]
        }
        return []
    }
}
