import CohortLog

extension XAPIFeed {
    /// The statements `audience` is shown, in log order: for each record, the voidings of the versions of
    /// its statement that no longer hold, then its statement as it stands now (if the audience may see
    /// it); for a retraction, the voiding of the version of its target's statement the audience held.
    ///
    /// The feed's moments are replayed for the audience: at the end of each stretch, the cohort as it
    /// then stood is filtered once (``CohortState/visible(to:)``, the one place where "Who may see what"
    /// is applied), and each record's statement is what that view still holds of what the record brought
    /// (the registration, the wish version, the support, the step, the reflection, the attendance of that
    /// participant at that session, …), less what it may not see (a reference to a wish it may not see, a
    /// withdrawal's reason). When that changes, the version the audience held is voided and, if there is
    /// still something to show, a new version follows; so every statement an export of an earlier state
    /// of the log showed is either in this one unchanged or voided here. A retracted record's statement
    /// stays as it was when the retraction came, voided by it (and is left out, its voiding kept, once its
    /// texts were erased after that). What the audience was never shown leaves no trace: no statement, no
    /// voiding of it.
    public func entries(visibleTo audience: Audience) -> [Entry] {
        var ends = stretches + [growing.state]
        // Texts erased in the file by no erasure in the window (one after it, or an evidence copy) are
        // erased from a last moment after the window's records.
        let erasedAfterWindow = items.contains { $0.isErasedInFile && $0.erasedFrom == nil }
        if erasedAfterWindow { ends.append(growing.state) }
        let last = ends.count - 1

        var tracks = [Track](repeating: Track(), count: items.count)
        for (stretch, state) in ends.enumerated() {
            let seen = Seen(state.visible(to: audience), of: state)
            for index in items.indices where items[index].firstStretch <= stretch {
                let item = items[index]
                if let from = item.retractedFrom, stretch >= from { continue }
                if case .voided(let target, _)? = item.currentAct {
                    // A retraction voids what the audience held of its target just before it, if anything.
                    if stretch == item.firstStretch, let retracted = item.retracts, tracks[retracted].current != nil,
                        let version = tracks[retracted].issued {
                        tracks[index].voids = (target, version)
                    }
                    continue
                }
                let erased = (item.erasedFrom ?? (item.isErasedInFile ? last : Int.max)) <= stretch
                let shown = item.act(in: stretch).flatMap { seen.show($0, record: item.record, audience: audience) }
                tracks[index].see(shown.map { Shape(act: $0, erased: erased && $0.holdsPersonalText) })
            }
        }

        var result: [Entry] = []
        for (index, item) in items.enumerated() {
            let track = tracks[index]
            func entry(_ act: Act, _ version: Int) -> Entry {
                Entry(record: item.record, seq: item.seq, at: item.at, recorded: item.recorded, act: act, version: version)
            }
            for version in track.voided { result.append(entry(.voidedVersion, version)) }
            if let voids = track.voids {
                result.append(entry(.voided(target: voids.target, version: voids.version), 0))
                continue
            }
            guard let current = track.current, let version = track.issued else { continue }
            // A retracted statement whose texts were erased after its retraction can no longer be shown as
            // it was: its voiding stands alone.
            if item.retractedFrom != nil, current.erased != (item.isErasedInFile && current.act.holdsPersonalText) { continue }
            result.append(entry(current.act, version))
        }
        return result
    }

    /// What an audience is shown of a record's statement at one moment: the act as it may see it, and
    /// whether the erasure of its texts counts by then (a text erased later was still there earlier,
    /// though the file no longer holds it).
    struct Shape: Equatable {
        var act: Act
        var erased: Bool
    }

    /// What an audience was shown of one record's statement so far.
    struct Track {
        /// The latest version shown, if any was.
        var issued: Int?
        /// What the audience holds now: the latest version, unless it was voided since.
        var current: Shape?
        /// The versions voided because a newer one followed or the audience lost sight of them.
        var voided: [Int] = []
        /// For a retraction shown: the statement and version it voids.
        var voids: (target: RecordID, version: Int)?

        /// The statement is now `shape` (nil: nothing to show): a change voids the version held and,
        /// where there is something to show, makes a new one.
        mutating func see(_ shape: Shape?) {
            guard shape != current else { return }
            if current != nil, let issued { voided.append(issued) }
            if shape != nil { issued = (issued ?? -1) + 1 }
            current = shape
        }
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
        case .voided, .voidedVersion:
            return act
        }
    }
}
