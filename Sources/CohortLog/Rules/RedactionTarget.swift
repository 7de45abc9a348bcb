extension WriterRule {
    /// Section 6: `data.redacted` targets records that hold personal values, and only facilitators'
    /// erasure of them (rule 5.3) rewrites a log.
    public static let redactionTarget = WriterRule(
        code: .ruleRedactionTarget, section: "6",
        summary: "a redaction targets records with personal values",
        types: [.dataRedacted]
    ) { candidate, state, report in
        guard case .dataRedacted(let e) = candidate.event else { return [] }
        var problems: [Diagnostic] = []
        for (index, target) in e.targets.enumerated() {
            guard let info = state.records[target.rawValue], !info.hasPersonalValues else { continue }
            problems.append(report.problem(
                "data.targets[\(index)]", "data.targets[\(index)] \(quoted(target.rawValue)) holds no personal values; there is nothing to erase",
                hint: "name only records with personal fields (names, e-mail addresses, texts)"))
        }
        return problems
    }
}
