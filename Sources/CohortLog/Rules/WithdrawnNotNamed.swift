extension WriterRule {
    /// 5.4: after a participant's withdrawal, no learning event names them, directly or through their wish
    /// or assignment (`wish.*`, `assignment.*`, `reflection.recorded`, `support.given`,
    /// `harvest.contributed`). Attendance is not a learning event.
    public static let withdrawnNotNamed = WriterRule(
        code: "rule.withdrawn-not-named", section: "5.4",
        summary: "no learning event names a participant who withdrew"
    ) { candidate, state, report in
        var named: [(field: String, participant: String)] = []
        func wish(_ field: String, _ id: WishID?) {
            if let id, let owner = state.wishOwners[id.rawValue] { named.append((field, owner)) }
        }
        func assignment(_ field: String, _ id: AssignmentID) {
            if let owner = state.assignmentOwners[id.rawValue] { named.append((field, owner)) }
        }
        switch candidate.event {
        case .wishStated(let e): named.append(("data.participant", e.participant.rawValue))
        case .wishRevised(let e): wish("data.wish", e.wish)
        case .wishClosed(let e):
            wish("data.wish", e.wish)
            wish("data.into", e.into)
        case .assignmentStarted(let e): named.append(("data.participant", e.participant.rawValue))
        case .assignmentProgressed(let e): assignment("data.assignment", e.assignment)
        case .assignmentCompleted(let e): assignment("data.assignment", e.assignment)
        case .reflectionRecorded(let e):
            named.append(("data.participant", e.participant.rawValue))
            wish("data.wish", e.wish)
        case .supportGiven(let e):
            named.append(("data.from", e.from.rawValue))
            named.append(("data.to", e.to.rawValue))
            wish("data.wish", e.wish)
        case .harvestContributed(let e):
            for (index, contributor) in e.contributors.enumerated() {
                named.append(("data.contributors[\(index)]", contributor.rawValue))
            }
        default:
            return []
        }
        var problems: [Diagnostic] = []
        var reported = Set<String>()
        for (field, participant) in named {
            guard let withdrawn = state.withdrawal(of: participant), reported.insert(participant + field).inserted else { continue }
            let via = field.hasSuffix("participant") || field.hasPrefix("data.contributors") || field == "data.from" || field == "data.to"
                ? "" : " (through \(field))"
            problems.append(report.problem(
                field,
                "\(quoted(participant)) withdrew (seq \(withdrawn)); \(candidate.event.type.rawValue) may not name them after that\(via)",
                hint: "a withdrawn participant takes no further part; retract the withdrawal if it was a mistake"))
        }
        return problems
    }
}
