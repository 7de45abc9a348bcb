import CohortLog

/// Where each person's things stand in a state's lists, and what names each wish: made in one pass over
/// each list, so that a view of every participant (the harvest's stories, their threads and value
/// creation) reads each list once instead of once per participant.
///
///     let index = PersonIndex(state)
///     index["p03"].reflections.map { state.reflections[$0].text }   // what p03 wrote, in log order
///     index.supportOn["w-p03-1"]                                      // the support naming that wish
///
/// Every list of places is in the order of the state's list it points into.
public struct PersonIndex: Sendable {
    /// The places of what concerns one person in the state's lists.
    public struct Places: Sendable, Equatable {
        /// Their wishes (``CohortState/wishes``).
        public var wishes: [Int] = []
        /// Their assignments (``CohortState/assignments``).
        public var assignments: [Int] = []
        /// The reflections they wrote (``CohortState/reflections``).
        public var reflections: [Int] = []
        /// The support they gave (``CohortState/supports``, `from` them).
        public var gave: [Int] = []
        /// The support they received (``CohortState/supports``, `to` them).
        public var received: [Int] = []
        /// The harvest contributions naming them as a contributor (``CohortState/contributions``).
        public var contributions: [Int] = []
        /// Their attendance (``CohortState/attendance``).
        public var attendance: [Int] = []
    }

    /// The places of each person's things; a person with none has no entry.
    let people: [String: Places]
    /// The places of the support whose `wish` is each wish (``CohortState/supports``).
    public let supportOn: [String: [Int]]
    /// The places of the reflections whose `wish` is each wish (``CohortState/reflections``).
    public let reflectionsOn: [String: [Int]]
    /// For each wish another was transformed into, the first wish whose closing names it.
    public let origins: [WishID: WishID]

    /// The index of everyone in `state`; with `person`, of that person alone (their places, and what
    /// names their wishes), for a view of one person.
    public init(_ state: CohortState, person: String? = nil) {
        var people: [String: Places] = [:]
        func add(_ id: String, _ place: Int, to list: WritableKeyPath<Places, [Int]>) {
            guard person.map({ $0 == id }) ?? true else { return }
            people[id, default: Places()][keyPath: list].append(place)
        }
        var origins: [WishID: WishID] = [:]
        var wishes = Set<String>()
        for (place, wish) in state.wishes.enumerated() {
            if let into = wish.closing?.into, origins[into] == nil { origins[into] = wish.id }
            guard person.map({ $0 == wish.owner.rawValue }) ?? true else { continue }
            add(wish.owner.rawValue, place, to: \.wishes)
            wishes.insert(wish.id.rawValue)
        }
        for (place, assignment) in state.assignments.enumerated() { add(assignment.owner.rawValue, place, to: \.assignments) }
        var reflectionsOn: [String: [Int]] = [:]
        for (place, reflection) in state.reflections.enumerated() {
            add(reflection.author.rawValue, place, to: \.reflections)
            if let wish = reflection.wish?.rawValue, wishes.contains(wish) { reflectionsOn[wish, default: []].append(place) }
        }
        var supportOn: [String: [Int]] = [:]
        for (place, support) in state.supports.enumerated() {
            add(support.from.rawValue, place, to: \.gave)
            add(support.to.rawValue, place, to: \.received)
            if let wish = support.wish?.rawValue, wishes.contains(wish) { supportOn[wish, default: []].append(place) }
        }
        for (place, contribution) in state.contributions.enumerated() {
            // The format names a contributor once in a contribution (format.duplicate).
            for contributor in contribution.contributors { add(contributor.rawValue, place, to: \.contributions) }
        }
        for (place, attendance) in state.attendance.enumerated() { add(attendance.participant.rawValue, place, to: \.attendance) }
        self.people = people
        self.supportOn = supportOn
        self.reflectionsOn = reflectionsOn
        self.origins = origins
    }

    /// The places of `person`'s things (none when they have none, or are not indexed).
    public subscript(person: String) -> Places { people[person] ?? Places() }
}
