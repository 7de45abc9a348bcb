/// Which records concern a participant: those they recorded, those that name them in an id field
/// (participant, from, to, host, contributors, …), and the revisions, closings, progress and results of
/// their own wishes and assignments (their content, whoever recorded it). Another person's reflection
/// or support that merely refers to their wish is that other person's, and is not theirs. A fold: feed
/// it every record in order.
///
/// Used for erasure by participant (`cohort redact --participant`) and for `show --participant`.
public struct Involvement: Sendable {
    /// The participant (or facilitator) concerned.
    public let person: String
    /// The wishes of the person so far.
    public internal(set) var wishes: Set<String> = []
    /// The assignments of the person so far.
    public internal(set) var assignments: Set<String> = []

    /// Follows `person` through the log.
    public init(person: String) { self.person = person }

    /// Whether `record` concerns the person; folds in their wishes and assignments as it goes.
    public mutating func involves(_ record: Record) -> Bool {
        switch record.event {
        case .wishStated(let e) where e.participant.rawValue == person: wishes.insert(e.wish.rawValue)
        case .assignmentStarted(let e) where e.participant.rawValue == person: assignments.insert(e.assignment.rawValue)
        case .wishRevised(let e) where wishes.contains(e.wish.rawValue): return true
        case .wishClosed(let e) where wishes.contains(e.wish.rawValue): return true
        case .assignmentProgressed(let e) where assignments.contains(e.assignment.rawValue): return true
        case .assignmentCompleted(let e) where assignments.contains(e.assignment.rawValue): return true
        default: break
        }
        if record.by.rawValue == person { return true }
        var visitor = Visitor(person: person)
        record.event.visitIDs(&visitor)
        return visitor.found
    }

    struct Visitor: IDVisitor {
        let person: String
        var found = false

        mutating func visit(_ id: String, kind: IDKind, use: IDUse, field: IDField) {
            if kind.namespace == .person && id == person { found = true }
        }
    }
}
