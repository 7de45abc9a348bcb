extension WriterRule {
    /// 5.2: the ids an event introduces are new (a participant, a session, a wish … of that id does not
    /// exist yet; participants and facilitators share one namespace).
    public static let idsNew = WriterRule(
        code: .ruleIDsNew, section: "5.2",
        summary: "the ids an event introduces are new"
    ) { candidate, state, report in
        var problems: [Diagnostic] = []
        for held in candidate.ids where held.use == .introduces && held.kind != .organiser && held.kind != .cohort {
            guard state.knows(held.id, kind: held.kind) else { continue }
            let what = held.kind.namespace == .person ? "a participant or facilitator" : "a \(held.kind.noun)"
            problems.append(report.problem(
                held.field, "\(held.field) \(quoted(held.id)) is already taken: \(what) of that id exists",
                hint: "choose a new id"))
        }
        return problems
    }
}
