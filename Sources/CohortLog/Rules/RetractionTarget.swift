extension WriterRule {
    /// 5.8: `event.retracted` cannot target `cohort.opened`, a retraction or an already retracted record.
    public static let retractionTarget = WriterRule(
        code: .ruleRetractionTarget, section: "5.8",
        summary: "a retraction targets a record that can be retracted",
        types: [.eventRetracted]
    ) { candidate, state, report in
        guard case .eventRetracted(let e) = candidate.event, let target = state.records[e.target.rawValue] else {
            return []
        }
        let shown = quoted(e.target.rawValue)
        if target.type == .cohortOpened {
            return [report.problem("data.target", "data.target \(shown) is cohort.opened, which cannot be retracted",
                                             hint: "start a new log if the cohort was opened wrongly")]
        }
        if target.type == .eventRetracted {
            return [report.problem("data.target", "data.target \(shown) is a retraction, which cannot be retracted",
                                             hint: "record the event again instead")]
        }
        if let retracted = target.retractedAt {
            return [report.problem("data.target", "data.target \(shown) was already retracted (seq \(retracted))")]
        }
        return []
    }
}
