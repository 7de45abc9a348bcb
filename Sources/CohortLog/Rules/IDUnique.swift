extension WriterRule {
    /// 5.7: a record's id is unique in the log. (The writer accepts the same id with identical content as
    /// an idempotent retry and adds nothing, before the rules run; what reaches this rule has other
    /// content.)
    public static let idUnique = WriterRule(
        code: .ruleIDUnique, section: "5.7",
        summary: "a record's id is unique in the log"
    ) { candidate, state, report in
        guard let existing = state.records[candidate.id.rawValue] else { return [] }
        return [report.problem(
            "id", "id \(quoted(candidate.id.rawValue)) is already in the log (seq \(existing.seq), \(existing.type.rawValue)) with other content",
            hint: "give this event a new id; to retry a submission, submit exactly the same content")]
    }
}
