/// Which records concern a participant: those they recorded, and those that name them in an id field,
/// directly or through their wish or assignment. A fold: feed it every record in order.
///
/// Used for erasure by participant (`cohort redact --participant`) and for `show --participant`.
public struct Involvement: Sendable {
    /// The participant (or facilitator) concerned.
    public let person: String
    var wishes: Set<String> = []
    var assignments: Set<String> = []

    /// Follows `person` through the log.
    public init(person: String) { self.person = person }

    /// Whether `record` concerns the person; folds in their wishes and assignments as it goes.
    public mutating func involves(_ record: Record) -> Bool {
        switch record.event {
        case .wishStated(let e) where e.participant.rawValue == person: wishes.insert(e.wish.rawValue)
        case .assignmentStarted(let e) where e.participant.rawValue == person: assignments.insert(e.assignment.rawValue)
        default: break
        }
        if record.by.rawValue == person { return true }
        var visitor = Visitor(person: person, wishes: wishes, assignments: assignments)
        record.event.visitIDs(&visitor)
        return visitor.found
    }

    struct Visitor: IDVisitor {
        let person: String
        let wishes: Set<String>
        let assignments: Set<String>
        var found = false

        mutating func visit(_ id: String, kind: IDKind, use: IDUse, field: String) {
            switch kind.namespace {
            case .person: if id == person { found = true }
            case .wish: if wishes.contains(id) { found = true }
            case .assignment: if assignments.contains(id) { found = true }
            default: break
            }
        }
    }
}
