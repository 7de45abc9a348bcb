extension WriterRule {
    /// 5.4: after a participant's withdrawal, no learning event names them, directly or through their wish
    /// or assignment (`wish.*`, `assignment.*`, `reflection.recorded`, `support.given`,
    /// `harvest.contributed`). Attendance is not a learning event.
    public static let withdrawnNotNamed = WriterRule(
        code: .ruleWithdrawnNotNamed, section: "5.4",
        summary: "no learning event names a participant who withdrew",
        types: [.wishStated, .wishRevised, .wishClosed, .assignmentStarted, .assignmentProgressed, .assignmentCompleted,
                .reflectionRecorded, .supportGiven, .harvestContributed]
    ) { candidate, state, report in
        // Nothing to look up while no withdrawal stands (most logs, most of the time).
        guard state.withdrawals > 0 else { return [] }
        var problems: [Diagnostic] = []
        var reported: [String] = []
        /// Reports `participant`, named in `field` (directly, or through a wish or assignment), when they
        /// have withdrawn.
        func check(_ field: @autoclosure () -> String, _ participant: String?, through: Bool = false) {
            guard let participant, let withdrawn = state.withdrawal(of: participant), !reported.contains(participant) else {
                return
            }
            reported.append(participant)
            let via = through ? " (through \(field()))" : ""
            problems.append(report.problem(
                field(),
                "\(quoted(participant)) withdrew (seq \(withdrawn)); \(candidate.event.type.rawValue) may not name them after that\(via)",
                hint: "a withdrawn participant takes no further part; retract the withdrawal if it was a mistake"))
        }
        func wish(_ field: String, _ id: WishID?) {
            if let id { check(field, state.wishOwners[id.rawValue], through: true) }
        }
        func assignment(_ field: String, _ id: AssignmentID) {
            check(field, state.assignmentOwners[id.rawValue], through: true)
        }
        switch candidate.event {
        case .wishStated(let e): check("data.participant", e.participant.rawValue)
        case .wishRevised(let e): wish("data.wish", e.wish)
        case .wishClosed(let e):
            wish("data.wish", e.wish)
            wish("data.into", e.into)
        case .assignmentStarted(let e): check("data.participant", e.participant.rawValue)
        case .assignmentProgressed(let e): assignment("data.assignment", e.assignment)
        case .assignmentCompleted(let e): assignment("data.assignment", e.assignment)
        case .reflectionRecorded(let e):
            check("data.participant", e.participant.rawValue)
            wish("data.wish", e.wish)
        case .supportGiven(let e):
            check("data.from", e.from.rawValue)
            check("data.to", e.to.rawValue)
            wish("data.wish", e.wish)
        case .harvestContributed(let e):
            for (index, contributor) in e.contributors.enumerated() {
                check("data.contributors[\(index)]", contributor.rawValue)
            }
        default:
            break
        }
        return problems
    }
}
