extension WriterRule {
    /// 5.3: `by` is a known facilitator or participant; `cohort.opened` is recorded by its organiser,
    /// `facilitator.joined` by the organiser or a facilitator; a participant records only their own
    /// wishes, assignments, reflections and support they gave; facilitators may record anything.
    public static let recorderAllowed = WriterRule(
        code: .ruleRecorderAllowed, section: "5.3",
        summary: "by may record this event"
    ) { candidate, state, report in
        let by = candidate.by.rawValue
                func refuse(_ message: String, hint: String? = nil) -> [Diagnostic] {
            [report.problem("by", message, hint: hint)]
        }
        switch candidate.event {
        case .cohortOpened(let e):
            return by == e.organiser.rawValue ? [] : refuse(
                "only the organiser \(quoted(e.organiser.rawValue)) may open the cohort, not \(quoted(by))",
                hint: "set by to the organiser's id")
        case .facilitatorJoined:
            if by == state.organiser || state.people[by]?.role == .facilitator { return [] }
            return refuse("only the organiser or a facilitator may let a facilitator join; \(quoted(by)) is neither")
        default:
            break
        }
        guard let person = state.people[by] else {
            let hint = by == state.organiser
                ? "the organiser records cohort.opened and facilitator.joined; let a facilitator record the rest"
                : "by is the id of a facilitator or a registered participant"
            return refuse("by \(quoted(by)) is not a known facilitator or participant", hint: hint)
        }
        if let retracted = state.retraction(of: by, kind: .person) {
            return refuse("by \(quoted(by)) was retracted (seq \(retracted)): as if never registered or joined",
                          hint: "by is the id of a facilitator or a registered participant")
        }
        if person.role == .facilitator { return [] }
        // A participant: only their own learning.
        let own: (String?, String)?
        switch candidate.event {
        case .wishStated(let e): own = (e.participant.rawValue, "wish")
        case .wishRevised(let e): own = (state.wishOwners[e.wish.rawValue], "wish")
        case .wishClosed(let e): own = (state.wishOwners[e.wish.rawValue], "wish")
        case .assignmentStarted(let e): own = (e.participant.rawValue, "assignment")
        case .assignmentProgressed(let e): own = (state.assignmentOwners[e.assignment.rawValue], "assignment")
        case .assignmentCompleted(let e): own = (state.assignmentOwners[e.assignment.rawValue], "assignment")
        case .reflectionRecorded(let e): own = (e.participant.rawValue, "reflection")
        case .supportGiven(let e): own = (e.from.rawValue, "support")
        default: own = nil
        }
        guard let (owner, noun) = own else {
            return refuse(
                "only a facilitator may record this; \(quoted(by)) is a participant",
                hint: "participants record their own wishes, assignments, reflections and the support they give")
        }
        guard let owner, owner != by else { return [] }
        if noun == "support" {
            return refuse("\(quoted(by)) may record only support they gave themselves, not support from \(quoted(owner))",
                          hint: "set data.from to \(by), or let \(owner) or a facilitator record it")
        }
        return refuse("\(quoted(by)) may not record the \(noun) of \(quoted(owner)): a participant records only their own",
                      hint: "let \(owner) or a facilitator record it")
    }
}
