import CohortLog

/// The group's learning lines: what feeds each (records naming it, and wishes and reflections sharing
/// its themes), who it gathers, and its activity between consecutive sessions; plus candidate lines:
/// themes held by the wishes or reflections of 3 or more participants that no line holds yet.
public struct LearningLines: Sendable {
    /// One line and what feeds it.
    public struct Line: Sendable {
        public var line: LearningLine
        /// Reflections that name the line or share one of its themes.
        public var reflections: [Reflection]
        /// Wishes whose themes (now) share one of the line's themes.
        public var wishes: [Wish]
        /// Harvest contributions that name the line.
        public var contributions: [Contribution]
        /// The participants it gathers: authors, owners and contributors of what feeds it, in order of id
        /// (facilitators' reflections feed a line, but facilitators are not its participants).
        public var participants: [PersonID]
        /// How many feeding items (reflections, wish statements and revisions that carry one of its themes,
        /// contributions) fall in each stretch between sessions (``Intervals``).
        public var activity: [Int]
    }

    /// A theme shared by 3 or more participants that no line holds yet.
    public struct Candidate: Sendable, Equatable {
        public var theme: String
        public var participants: [PersonID]
    }

    /// The lines in the order they emerged.
    public let lines: [Line]
    /// Candidate lines, most shared first, then by theme.
    public let candidates: [Candidate]
    /// The stretches the activity counts refer to.
    public let intervals: Intervals

    /// The lines of `state`.
    public init(_ state: CohortState) {
        let intervals = Intervals(state)
        self.intervals = intervals
        lines = state.lines.map { line in
            let themes = Set(line.themes.map(LearningLines.normalized))
            let reflections = state.reflections.filter { reflection in
                reflection.line == line.id || reflection.themes.contains { themes.contains(LearningLines.normalized($0)) }
            }
            let wishes = state.wishes.filter { wish in wish.themes.contains { themes.contains(LearningLines.normalized($0)) } }
            let contributions = state.contributions.filter { $0.line == line.id }
            let participants = Set(state.participants.map(\.id.rawValue))
            var people = Set<String>()
            reflections.forEach { people.insert($0.author.rawValue) }
            wishes.forEach { people.insert($0.owner.rawValue) }
            contributions.forEach { people.formUnion($0.contributors.map(\.rawValue)) }
            people.formIntersection(participants)
            var activity = [Int](repeating: 0, count: intervals.intervals.count)
            for reflection in reflections { activity[intervals.index(of: reflection.at)] += 1 }
            for wish in wishes {
                for version in wish.versions where version.themes.contains(where: { themes.contains(LearningLines.normalized($0)) }) {
                    activity[intervals.index(of: version.at)] += 1
                }
            }
            for contribution in contributions { activity[intervals.index(of: contribution.at)] += 1 }
            return Line(line: line, reflections: reflections, wishes: wishes, contributions: contributions,
                        participants: people.sorted().map { PersonID(unchecked: $0) }, activity: activity)
        }
        // Candidate lines: themes of 3 or more participants' wishes or reflections, held by no line.
        let held = Set(state.lines.flatMap(\.themes).map(LearningLines.normalized))
        let participants = Set(state.participants.map(\.id.rawValue))
        var holders: [String: (shown: String, people: Set<String>)] = [:]
        func note(_ theme: String, _ person: String) {
            let key = LearningLines.normalized(theme)
            guard !held.contains(key), participants.contains(person) else { return }
            holders[key, default: (theme, [])].people.insert(person)
        }
        for wish in state.wishes { for theme in wish.themes { note(theme, wish.owner.rawValue) } }
        for reflection in state.reflections { for theme in reflection.themes { note(theme, reflection.author.rawValue) } }
        candidates = holders.values.filter { $0.people.count >= 3 }
            .map { Candidate(theme: $0.shown, participants: $0.people.sorted().map { PersonID(unchecked: $0) }) }
            .sorted { ($1.participants.count, $0.theme) < ($0.participants.count, $1.theme) }
    }

    /// A theme as compared: trimmed and in lower case.
    static func normalized(_ theme: String) -> String {
        String(theme.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed()).lowercased()
    }
}
