import CohortLog

/// A value-creation story, of a participant or of a learning line: per cycle of Wenger-Trayner and De
/// Laat (immediate, potential, applied, realised, reframing) the harvest contributions labelled with
/// that cycle beside the indicators the log holds for it, named as indicators (they hint at value of
/// that cycle; they do not prove it).
///
/// For a participant: the contributions naming them as a contributor, and
/// - immediate: support they received and gave (record ids), sessions they attended (dagdelen > 0;
///   session ids);
/// - potential: their product and plan contributions (item ids), the revisions of their wishes (record ids);
/// - applied: the progress steps of their assignments that carry a note (record ids);
/// - realised: the results of their assignments (the completions' record ids);
/// - reframing: their wishes closed as transformed (the closings' record ids), with their notes.
///
/// For a line: the contributions whose `line` is it, and the indicators of what feeds it: support that
/// names one of its by-theme wishes (immediate), its product and plan contributions and the revisions of
/// its by-theme wishes (potential), the transformed closings of its by-theme wishes (reframing). The log
/// holds no indicator of applied or realised value of a line beyond labelled contributions: those
/// cycles have no indicators.
///
/// Built from a state already filtered for an audience.
public struct ValueCreation: Sendable, Equatable {
    /// What in the log hints at value of a cycle.
    public enum Indicator: String, Sendable, CaseIterable {
        /// Support the participant received.
        case supportReceived
        /// Support the participant gave.
        case supportGiven
        /// Sessions the participant attended (ids are session ids).
        case sessionsAttended
        /// Support that names a wish feeding the line.
        case supportOnWishes
        /// Harvest contributions of kind product or plan (ids are item ids).
        case productsAndPlans
        /// Revisions of wishes.
        case wishRevisions
        /// Assignment progress steps that carry a note.
        case progressNotes
        /// Assignment results (completions).
        case assignmentResults
        /// Wishes closed as transformed, with their notes.
        case transformedWishes
    }

    /// One indicator and the records that show it.
    public struct Evidence: Sendable, Equatable {
        /// What it indicates.
        public var indicator: Indicator
        /// The ids of the records (record ids; item ids for contributions, session ids for sessions).
        public var records: [String]
        /// The notes of these records, where they have one (the closings of transformed wishes).
        public var notes: [PersonalText]
    }

    /// One cycle of the story.
    public struct Cycle: Sendable, Equatable {
        /// The cycle.
        public var cycle: ValueCycle
        /// The harvest contributions labelled with this cycle, in log order.
        public var contributions: [Contribution]
        /// The indicators the log holds for this cycle, each with at least one record; empty when it holds none.
        public var indicators: [Evidence]
    }

    /// The cycles in their order (``ValueCycle/allCases``).
    public let cycles: [Cycle]

    /// The value-creation story of participant `id` in `state`.
    public init(participant id: PersonID, _ state: CohortState) {
        self.init(participant: id, state, index: PersonIndex(state, person: id.rawValue))
    }

    /// The value-creation story of participant `id` in `state`, read through `index` (of `state`).
    public init(participant id: PersonID, _ state: CohortState, index: PersonIndex) {
        let places = index[id.rawValue]
        let contributions = places.contributions.map { state.contributions[$0] }
        let wishes = places.wishes.map { state.wishes[$0] }
        let assignments = places.assignments.map { state.assignments[$0] }
        let attended = Set(places.attendance.map { state.attendance[$0] }.filter { $0.dagdelen > 0 }.map(\.session.rawValue))
        cycles = ValueCreation.cycles(contributions) { cycle in
            switch cycle {
            case .immediate:
                [Evidence(.supportReceived, places.received.map { state.supports[$0].record.rawValue }),
                 Evidence(.supportGiven, places.gave.map { state.supports[$0].record.rawValue }),
                 Evidence(.sessionsAttended, state.sessionsInOrder.map(\.id.rawValue).filter(attended.contains))]
            case .potential:
                [Evidence(.productsAndPlans, ValueCreation.productsAndPlans(contributions)),
                 Evidence(.wishRevisions, ValueCreation.revisions(wishes))]
            case .applied:
                [Evidence(.progressNotes, assignments.flatMap { $0.steps.filter { $0.note != nil }.map(\.record.rawValue) })]
            case .realised:
                [Evidence(.assignmentResults, assignments.compactMap { $0.completion?.record.rawValue })]
            case .reframing:
                [ValueCreation.transformed(wishes)]
            }
        }
    }

    /// The value-creation story of `line` in `state`.
    public init(line: LearningLines.Line, _ state: CohortState) {
        self.init(contributions: line.contributions, wishes: line.byThemeWishes, state)
    }

    /// The story of a line whose contributions (those naming it) and by-theme wishes are given.
    init(contributions: [Contribution], wishes: [Wish], _ state: CohortState) {
        let fed = Set(wishes.map(\.id.rawValue))
        cycles = ValueCreation.cycles(contributions) { cycle in
            switch cycle {
            case .immediate:
                [Evidence(.supportOnWishes, state.supports.filter { $0.wish.map { fed.contains($0.rawValue) } ?? false }.map(\.record.rawValue))]
            case .potential:
                [Evidence(.productsAndPlans, ValueCreation.productsAndPlans(contributions)),
                 Evidence(.wishRevisions, ValueCreation.revisions(wishes))]
            case .applied, .realised:
                []
            case .reframing:
                [ValueCreation.transformed(wishes)]
            }
        }
    }

    /// Every cycle with the contributions labelled with it and its indicators.
    static func cycles(_ contributions: [Contribution], indicators: (ValueCycle) -> [Evidence]) -> [Cycle] {
        ValueCycle.allCases.map { cycle in
            // An indicator without a record is left out: for an audience that may not see attendance, "0
            // sessions attended" would be untrue, and a missing indicator says no less.
            Cycle(cycle: cycle, contributions: contributions.filter { $0.cycle == cycle },
                  indicators: indicators(cycle).filter { !$0.records.isEmpty })
        }
    }

    /// The item ids of the product and plan contributions.
    static func productsAndPlans(_ contributions: [Contribution]) -> [String] {
        contributions.filter { $0.kind == .product || $0.kind == .plan }.map(\.id.rawValue)
    }

    /// The record ids of the revisions of `wishes`.
    static func revisions(_ wishes: [Wish]) -> [String] {
        wishes.flatMap { $0.versions.filter { !$0.isStatement }.map(\.record.rawValue) }
    }

    /// The closings of those of `wishes` that were transformed, with their notes.
    static func transformed(_ wishes: [Wish]) -> Evidence {
        let closings = wishes.compactMap(\.closing).filter { $0.outcome == .transformed }
        return Evidence(indicator: .transformedWishes, records: closings.map(\.record.rawValue), notes: closings.compactMap(\.note))
    }
}

extension ValueCreation.Evidence {
    /// Evidence without notes.
    init(_ indicator: ValueCreation.Indicator, _ records: [String]) {
        self.init(indicator: indicator, records: records, notes: [])
    }
}
