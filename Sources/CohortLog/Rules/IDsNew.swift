extension WriterRule {
    /// 5.2: the ids an event introduces are new (a participant, a session, a wish … of that id does not
    /// exist yet; participants and facilitators share one namespace).
    public static let idsNew = WriterRule(
        code: .ruleIDsNew, section: "5.2",
        summary: "the ids an event introduces are new"
    ) { candidate, state, report in
        var visitor = IntroductionVisitor(state: state, report: report)
        candidate.event.visitIDs(&visitor)
        return visitor.problems
    }
}

/// Checks the ids an event introduces.
struct IntroductionVisitor: IDVisitor {
    let state: RuleState
    let report: RuleReport
    var problems: [Diagnostic] = []

    mutating func visit(_ id: String, kind: IDKind, use: IDUse, field: String) {
        guard use == .introduces, kind != .organiser, kind != .cohort else { return }
        if state.knows(id, kind: kind) {
            let what = kind.namespace == .person ? "a participant or facilitator" : "a \(kind.noun)"
            problems.append(report.problem(
                field, "\(field) \(quoted(id)) is already taken: \(what) of that id exists",
                hint: "choose a new id"))
        }
    }
}
