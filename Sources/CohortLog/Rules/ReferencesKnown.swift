extension WriterRule {
    /// 5.2: every id that a field refers to was introduced earlier in the log, and names the right kind
    /// of thing (a participant where a participant is meant).
    public static let referencesKnown = WriterRule(
        code: .ruleReferencesKnown, section: "5.2",
        summary: "every id a field refers to was introduced earlier in the log"
    ) { candidate, state, report in
        var problems: [Diagnostic] = []
        for held in candidate.ids where held.use == .refers {
            if let problem = unknownReference(held, state: state, report: report) { problems.append(problem) }
        }
        return problems
    }

    /// What is wrong with the reference `held`, if anything.
    static func unknownReference(_ held: HeldID, state: RuleState, report: RuleReport) -> Diagnostic? {
        let (id, kind, field) = (held.id, held.kind, held.field)
        if kind != .record, let retracted = state.retraction(of: id, kind: kind) {
            return report.problem(
                field, "\(field) \(quoted(id)) was retracted (seq \(retracted)): it is as if it had never been recorded",
                hint: "introduce it again under a new id, or check the id")
        }
        var shown: String { quoted(id) }
        switch kind {
        case .participant, .facilitator:
            guard let person = state.people[id] else {
                return report.problem(
                    field, "\(field) \(shown) is not a registered \(kind.noun)",
                    hint: kind == .participant ? "register \(id) first, or check the id" : "let \(id) join as a facilitator first, or check the id")
            }
            let wanted: RuleState.Role = kind == .participant ? .participant : .facilitator
            if person.role != wanted {
                return report.problem(
                    field, "\(field) \(shown) is a \(person.role == .participant ? "participant" : "facilitator"), not a \(kind.noun)",
                    hint: "check the id")
            }
        case .record:
            if state.records[id] == nil {
                return report.problem(
                    field, "\(field) \(shown) is not the id of an earlier record",
                    hint: "use `cohort show LOG` to find the record's id")
            }
        default:
            if !state.knows(id, kind: kind) {
                return report.problem(
                    field, "\(field) \(shown) is not a known \(kind.noun)",
                    hint: "introduce the \(kind.noun) \(id) earlier in the log, or check the id")
            }
        }
        return nil
    }
}
