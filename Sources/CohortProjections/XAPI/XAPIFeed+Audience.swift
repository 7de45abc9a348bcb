import CohortLog

extension XAPIFeed {
    /// The entries `audience` may see, in log order, with what it may not see of them left out.
    ///
    /// An entry is shown when the cohort as `audience` sees it (``CohortState/visible(to:)``, the one place
    /// where "Who may see what" is applied) still holds what the record brought: the registration, the wish
    /// version, the support, the step of progress, the reflection, the attendance of that participant at that
    /// session, and so on. A retracted record is judged the same way against the window as if it had not
    /// been retracted; its retraction is shown exactly when it is. Within a shown entry, a reference to a
    /// wish the audience may not see and a withdrawal's reason it may not see are dropped. What is not shown
    /// leaves no trace: no voiding of it, no placeholder.
    public func entries(visibleTo audience: Audience) -> [Entry] {
        let keptView = Seen(kept.visible(to: audience), of: kept)
        let allView = hasRetracted ? Seen(all.visible(to: audience), of: all) : keptView
        var shown = Set<RecordID>()
        var result: [Entry] = []
        for entry in entries {
            if case .voided(let target) = entry.act {
                if shown.contains(target) { result.append(entry) }
                continue
            }
            let seen = entry.isRetracted ? allView : keptView
            guard let act = seen.show(entry.act, record: entry.record, audience: audience) else { continue }
            var entry = entry
            entry.act = act
            shown.insert(entry.record)
            result.append(entry)
        }
        return result
    }
}

/// A cohort as an audience sees it, indexed by the records that built it.
private struct Seen {
    let state: CohortState
    let versions: Set<RecordID>
    let steps: Set<RecordID>
    let supports: [RecordID: Support]
    let reflections: [ReflectionID: Reflection]
    let attendance: Set<String>
    let assignments: [AssignmentID: Assignment]
    let lines: Set<LineID>
    let contributions: Set<ItemID>
    /// The latest completion of each assignment in the unfiltered state (earlier ones were replaced).
    let latestCompletions: Set<RecordID>

    init(_ state: CohortState, of unfiltered: CohortState) {
        self.state = state
        latestCompletions = Set(unfiltered.assignments.compactMap { $0.completion?.record })
        versions = Set(state.wishes.flatMap { $0.versions.map(\.record) })
        steps = Set(state.assignments.flatMap { $0.steps.map(\.record) })
        supports = Dictionary(state.supports.map { ($0.record, $0) }, uniquingKeysWith: { first, _ in first })
        reflections = Dictionary(state.reflections.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        attendance = Set(state.attendance.map { Seen.pair($0.session, $0.participant.person) })
        assignments = Dictionary(state.assignments.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        lines = Set(state.lines.map(\.id))
        contributions = Set(state.contributions.map(\.id))
    }

    static func pair(_ session: SessionID, _ participant: PersonID) -> String {
        session.rawValue + "\u{0}" + participant.rawValue
    }

    /// Whether a wish is in this view.
    func has(wish: WishID?) -> WishID? {
        guard let wish, state.wish(wish.rawValue) != nil else { return nil }
        return wish
    }

    /// `act` as this view may show it, or nil when it may not.
    func show(_ act: XAPIFeed.Act, record: RecordID, audience: Audience) -> XAPIFeed.Act? {
        switch act {
        case .registered(let person), .joined(let person):
            return state.person(person.rawValue)?.joinedAt != nil ? act : nil
        case .withdrew(let person, let reason):
            // The view holds the latest withdrawal; a reason is the participant's and the facilitators'.
            guard state.person(person.rawValue)?.withdrawal != nil else { return nil }
            return .withdrew(participant: person, reason: audience.seesPrivate(of: person.rawValue) ? reason : nil)
        case .attended(let person, let session, _, _, _):
            return attendance.contains(Seen.pair(session, person)) ? act : nil
        case .statedWish, .revisedWish:
            return versions.contains(record) ? act : nil
        case .closedWish(let person, let wish, let outcome, let into, let note):
            guard state.wish(wish.rawValue)?.closing != nil else { return nil }
            return .closedWish(participant: person, wish: wish, outcome: outcome, into: has(wish: into), note: note)
        case .supported(var support, let session):
            guard let seen = supports[record] else { return nil }
            support.wish = seen.wish
            return .supported(support, session: session)
        case .startedAssignment(_, let assignment, _, _):
            return assignments[assignment]?.title != nil ? act : nil
        case .progressed:
            return steps.contains(record) ? act : nil
        case .completedAssignment(let person, let assignment, _, let visibility):
            // The latest completion is in the view or not; one that a later completion replaced (the state
            // keeps only the latest) is judged by its own visibility.
            if latestCompletions.contains(record) { return assignments[assignment]?.completion?.record == record ? act : nil }
            return audience.sees(visibility, owners: [person.rawValue]) ? act : nil
        case .reflected(var reflection, let session, let line):
            guard let seen = reflections[reflection.id] else { return nil }
            reflection.wish = seen.wish
            return .reflected(reflection, session: session, line: line)
        case .identifiedLine(let line, _):
            return lines.contains(line.id) ? act : nil
        case .contributed(let contribution, _):
            return contributions.contains(contribution.id) ? act : nil
        case .voided:
            return act
        }
    }
}
