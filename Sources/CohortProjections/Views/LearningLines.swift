import CohortLog

/// The group's learning lines, each tied to its evidence: the records that name it kept apart from
/// what shares its themes, the participants it gathers, its activity from the stretch it emerged in on,
/// and its value-creation story; then how the themes move (``ThemeDynamics``) and candidate lines.
///
/// For a line (themes compared as ``normalized(_:)`` gives them; all from a state already filtered for
/// an audience):
/// - ``Line/explicit``: the reflections and harvest contributions whose `line` is this line, in order of
///   `at` (reflections before contributions at the same moment, each in log order).
/// - ``Line/byThemeReflections``: reflections that do not name the line but share one of its themes, by
///   a facilitator or by a participant who had not withdrawn before the line emerged.
/// - ``Line/byThemeWishes``: wishes whose current themes share one of its themes, that were not
///   dropped, whose owner had not withdrawn before the line emerged.
/// - ``Line/participants``: the participants (never facilitators), in id order, who wrote an explicit
///   or by-theme reflection, are contributors of an explicit contribution or own a by-theme wish; never
///   one who withdrew before the line emerged.
/// - ``Line/activity``: per stretch (``Intervals``) from the one it emerged in on, the explicit records,
///   the by-theme reflections and the versions (statements and revisions) of its by-theme wishes that
///   carry one of its themes, that fall in that stretch.
///
/// A candidate line is a theme no line holds, carried by open wishes or reflections of 3 or more active
/// participants (participants with no withdrawal in the window).
public struct LearningLines: Sendable {
    /// A record that names a line: a reflection or a harvest contribution whose `line` is it.
    public enum Naming: Sendable, Equatable {
        /// A reflection whose `line` is the line.
        case reflection(Reflection)
        /// A harvest contribution whose `line` is the line.
        case contribution(Contribution)

        /// The reflection's id (`data.reflection`) or the contribution's item id.
        public var id: String {
            switch self {
            case .reflection(let reflection): reflection.id.rawValue
            case .contribution(let contribution): contribution.id.rawValue
            }
        }

        /// When it happened.
        public var at: Timestamp {
            switch self {
            case .reflection(let reflection): reflection.at
            case .contribution(let contribution): contribution.at
            }
        }
    }

    /// One line and its evidence.
    public struct Line: Sendable {
        /// The line as it emerged.
        public var line: LearningLine
        /// The records that name it, in order of `at`.
        public var explicit: [Naming]
        /// Reflections that do not name it but share one of its themes, in log order (those of
        /// ``reflections`` that do not name it: kept once, not twice, as a long log holds many).
        public var byThemeReflections: [Reflection] { reflections.filter { $0.line != line.id } }
        /// Wishes that share one of its themes now, in the order they were stated.
        public var byThemeWishes: [Wish] { wishPlaces.map { lists.state.wishes[$0] } }
        /// The reflections that feed it: those that name it and those that share its themes, in log order.
        public var reflections: [Reflection] { reflectionPlaces.map { lists.state.reflections[$0] } }
        /// The wishes that feed it (``byThemeWishes``).
        public var wishes: [Wish] { byThemeWishes }
        /// The harvest contributions that name it, in log order.
        public var contributions: [Contribution]
        /// The participants it gathers, in id order.
        public var participants: [PersonID]
        /// The stretch it emerged in (an index into ``LearningLines/intervals``).
        public var emergedIn: Int
        /// Its activity per stretch, aligned with ``LearningLines/intervals``; the stretches before the one
        /// it emerged in hold 0 (nothing before its emergence counts).
        public var activity: [Int]
        /// Its value-creation story.
        public var valueCreation: ValueCreation

        /// The state its wishes and reflections are in, and their places there: a line of a long log
        /// holds numbers, not copies, and makes its lists when they are read.
        let lists: SharedState
        let wishPlaces: [Int]
        let reflectionPlaces: [Int]

        /// The stretches from the one it emerged in on, each with its activity.
        public func stretches(_ intervals: Intervals) -> [(interval: Intervals.Interval, count: Int)] {
            Array(zip(intervals.intervals, activity).dropFirst(emergedIn)).map { ($0, $1) }
        }
    }

    /// A theme no line holds yet, carried by open wishes or reflections of 3 or more active participants.
    public struct Candidate: Sendable, Equatable {
        /// The theme as first written.
        public var theme: String
        /// The active participants whose open wishes or reflections carry it, in id order.
        public var participants: [PersonID]
        /// The themes it occurs together with (``ThemeDynamics/together``), most often first.
        public var together: [String]
        /// Which way it goes (``ThemeDynamics/Trend``).
        public var trend: ThemeDynamics.Trend
    }

    /// The lines in the order they emerged.
    public let lines: [Line]
    /// Candidate lines, most shared first, then by theme.
    public let candidates: [Candidate]
    /// How the themes move.
    public let dynamics: ThemeDynamics
    /// The stretches the activity counts refer to.
    public var intervals: Intervals { dynamics.intervals }

    /// The lines of `state`.
    public init(_ state: CohortState) {
        let dynamics = ThemeDynamics(state)
        self.dynamics = dynamics
        let intervals = dynamics.intervals
        let lists = SharedState(state)
        lines = state.lines.map { LearningLines.line($0, in: state, lists: lists, intervals: intervals) }

        let held = Set(state.lines.flatMap(\.themes).map(LearningLines.normalized))
        var holders: [String: Set<String>] = [:]
        func note(_ theme: String, _ person: PersonID) {
            let key = LearningLines.normalized(theme)
            guard !key.isEmpty, !held.contains(key), state.isActiveParticipant(person) else { return }
            holders[key, default: []].insert(person.rawValue)
        }
        for wish in state.wishes where wish.closing == nil { for theme in wish.themes { note(theme, wish.owner.person) } }
        for reflection in state.reflections { for theme in reflection.themes { note(theme, reflection.author) } }
        candidates = holders.filter { $0.value.count >= 3 }
            .map { key, people in
                let theme = dynamics.theme(key)
                return Candidate(theme: theme?.theme ?? key, participants: people.sorted().map { PersonID(unchecked: $0) },
                                 together: dynamics.together(with: key), trend: theme?.trend ?? .steady)
            }
            .sorted { ($1.participants.count, $0.theme) < ($0.participants.count, $1.theme) }
    }

    /// One line of `state` and its evidence.
    static func line(_ line: LearningLine, in state: CohortState, lists: SharedState, intervals: Intervals) -> Line {
        let themes = Set(line.themes.map(LearningLines.normalized))
        func shares(_ carried: [String]) -> Bool { carried.contains { themes.contains(LearningLines.normalized($0)) } }
        func stayed(_ person: PersonID) -> Bool { !state.hadWithdrawn(person, before: line.at) }

        // One pass over the reflections, noting places: those naming the line, those feeding it by theme,
        // and both together in log order (a reflection is one or the other).
        var namedPlaces: [Int] = []
        var byThemePlaces: [Int] = []
        var places: [Int] = []
        for (place, reflection) in state.reflections.enumerated() {
            if reflection.line == line.id {
                namedPlaces.append(place)
            } else if shares(reflection.themes) && stayed(reflection.author) {
                byThemePlaces.append(place)
            } else {
                continue
            }
            places.append(place)
        }
        let contributions = state.contributions.filter { $0.line == line.id }
        let explicit = LearningLines.merged(namedPlaces.map { .reflection(state.reflections[$0]) }, contributions.map(Naming.contribution))
        let wishPlaces = state.wishes.indices.filter { place in
            let wish = state.wishes[place]
            return shares(wish.themes) && wish.closing?.outcome != .dropped && stayed(wish.owner.person)
        }
        let byThemeWishes = wishPlaces.map { state.wishes[$0] }

        var people = Set<String>()
        for place in places { people.insert(state.reflections[place].author.rawValue) }
        for contribution in contributions { people.formUnion(contribution.contributors.map(\.rawValue)) }
        for wish in byThemeWishes { people.insert(wish.owner.rawValue) }
        let participants = state.participants
            .filter { people.contains($0.id.rawValue) && stayed($0.id) }
            .map(\.id).sorted()

        let emergedIn = intervals.index(of: line.at)
        var activity = [Int](repeating: 0, count: intervals.intervals.count)
        func count(_ at: Timestamp) {
            let stretch = intervals.index(of: at)
            if stretch >= emergedIn { activity[stretch] += 1 }
        }
        explicit.forEach { count($0.at) }
        byThemePlaces.forEach { count(state.reflections[$0].at) }
        for wish in byThemeWishes {
            for version in wish.versions where shares(version.themes) { count(version.at) }
        }

        return Line(line: line, explicit: explicit, contributions: contributions, participants: participants, emergedIn: emergedIn,
                    activity: activity, valueCreation: ValueCreation(contributions: contributions, wishes: byThemeWishes, state),
                    lists: lists, wishPlaces: wishPlaces, reflectionPlaces: places)
    }

    /// Reflections and contributions in order of `at`; at the same moment reflections first, each kind in
    /// the order given (log order: the state keeps no position across kinds).
    static func merged(_ reflections: [Naming], _ contributions: [Naming]) -> [Naming] {
        (reflections + contributions).enumerated()
            .sorted { a, b in a.element.at != b.element.at ? a.element.at < b.element.at : a.offset < b.offset }
            .map(\.element)
    }

    /// A theme as compared: trimmed and in lower case.
    public static func normalized(_ theme: String) -> String {
        // Most themes are already so (ASCII, lower case, no space at either end): those are returned as
        // they are, without building a new string.
        let bytes = theme.utf8
        if let first = bytes.first, let last = bytes.last, !isASCIISpace(first), !isASCIISpace(last),
            bytes.allSatisfy({ $0 < 0x80 && !(0x41...0x5A).contains($0) })
        {
            return theme
        }
        return String(theme.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed()).lowercased()
    }

    /// Whether `byte` is ASCII white space (tab, line feed, vertical tab, form feed, carriage return, space).
    static func isASCIISpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
}
