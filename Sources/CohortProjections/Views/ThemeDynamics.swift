import CohortLog

/// How the group's themes move: how often each is mentioned in each stretch between sessions, whether
/// it is rising or fading, and which themes occur together.
///
/// A *mention* of a theme is a wish statement or revision that carries it, of a wish that was not
/// dropped, or a reflection that carries it, by a participant who is active (who has no withdrawal in
/// the window). Facilitators' reflections, dropped wishes and the records of participants who withdrew
/// do not count. Themes are compared trimmed and in lower case (``LearningLines/normalized(_:)``); a
/// record that carries a theme twice mentions it once.
///
/// Built from a state already filtered for an audience: what the audience may not see is no mention.
///
///     // pa's wish [vertrouwen] in stretch 1, pb's reflection [vertrouwen, loslaten] in stretch 2,
///     // pc's reflection [loslaten, vertrouwen] in stretch 2:
///     // vertrouwen: [0, 1, 2], total 3, rising; loslaten: [0, 0, 2], total 2, new;
///     // together: (loslaten, vertrouwen) 2
public struct ThemeDynamics: Sendable {
    /// Which way a theme goes in the latest stretch in which any theme was mentioned, against the
    /// stretch before it.
    public enum Trend: String, Sendable, CaseIterable {
        /// More mentions than in the stretch before.
        case rising
        /// Fewer mentions than in the stretch before.
        case fading
        /// As many mentions as in the stretch before (also a theme with no mention at all).
        case steady
        /// First mentioned in that latest stretch.
        case new
    }

    /// One theme and its mentions.
    public struct Theme: Sendable, Equatable {
        /// The theme as first written (wishes in the order they were stated, then reflections in log order).
        public var theme: String
        /// The theme as compared (``LearningLines/normalized(_:)``).
        public var key: String
        /// Its mentions per stretch, aligned with ``ThemeDynamics/intervals``.
        public var mentions: [Int]
        /// All its mentions.
        public var total: Int
        /// The stretch of its first mention (an index into ``ThemeDynamics/intervals``); nil when it has none.
        public var first: Int?
        /// Which way it goes.
        public var trend: Trend
    }

    /// Two themes carried together by the same counted wish version or reflection.
    public struct Pair: Sendable, Equatable {
        /// The two themes as shown, in the order of their keys.
        public var themes: [String]
        /// Their keys (``LearningLines/normalized(_:)``), in order.
        public var keys: [String]
        /// How many counted records carry both.
        public var count: Int
    }

    /// The stretches the mentions are counted in.
    public let intervals: Intervals
    /// Every theme carried by a wish version or a reflection the state holds (also one that has no
    /// counted mention), most mentioned first, then by key.
    public let themes: [Theme]
    /// Pairs of themes carried together by 2 or more counted records, most first, then by keys.
    public let together: [Pair]
    /// The latest stretch in which any theme was mentioned (nil when none was): the one trends look at.
    public let latest: Int?

    /// The theme dynamics of `state`.
    public init(_ state: CohortState) {
        let intervals = Intervals(state)
        self.intervals = intervals
        var shown: [String: String] = [:]
        var order: [String] = []
        func see(_ theme: String) {
            let key = LearningLines.normalized(theme)
            if shown[key] == nil {
                shown[key] = theme
                order.append(key)
            }
        }
        for wish in state.wishes { for version in wish.versions { version.themes.forEach(see) } }
        for reflection in state.reflections { reflection.themes.forEach(see) }

        // The counted records, each a set of theme keys in a stretch, folded as they are read: mentions
        // per key and stretch, and pairs of keys carried together (by the keys' places in `order`).
        let place = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
        var mentions = [[Int]?](repeating: nil, count: order.count)
        var pairs: [Int: Int] = [:]
        var latest: Int?
        func count(_ themes: [String], in stretch: Int) {
            let keys = ThemeDynamics.keys(themes)
            guard !keys.isEmpty else { return }
            latest = max(latest ?? stretch, stretch)
            // Every key is in `order`: it holds the keys of every theme the state holds.
            let places = keys.compactMap { place[$0] }
            for key in places {
                if mentions[key] == nil { mentions[key] = [Int](repeating: 0, count: intervals.intervals.count) }
                mentions[key]![stretch] += 1
            }
            for (index, a) in places.enumerated() {
                for b in places[(index + 1)...] { pairs[a << 32 | b, default: 0] += 1 }
            }
        }
        for wish in state.wishes where wish.closing?.outcome != .dropped && state.isActiveParticipant(wish.owner.person) {
            for version in wish.versions { count(version.themes, in: intervals.index(of: version.at)) }
        }
        for reflection in state.reflections where state.isActiveParticipant(reflection.author) {
            count(reflection.themes, in: intervals.index(of: reflection.at))
        }
        self.latest = latest
        themes = order.enumerated().map { index, key in
            let counts = mentions[index] ?? [Int](repeating: 0, count: intervals.intervals.count)
            let first = counts.firstIndex { $0 > 0 }
            return Theme(theme: shown[key] ?? key, key: key, mentions: counts, total: counts.reduce(0, +), first: first,
                         trend: ThemeDynamics.trend(counts, first: first, latest: latest))
        }
        .sorted { ($1.total, $0.key) < ($0.total, $1.key) }
        together = pairs.filter { $0.value >= 2 }
            .map { pair, count in
                let keys = [order[pair >> 32], order[pair & 0xFFFF_FFFF]]
                return Pair(themes: keys.map { shown[$0] ?? $0 }, keys: keys, count: count)
            }
            .sorted { a, b in a.count != b.count ? a.count > b.count : a.keys.lexicographicallyPrecedes(b.keys) }
    }

    /// The theme with `key` (``LearningLines/normalized(_:)``), if any record carries it.
    public func theme(_ key: String) -> Theme? { themes.first { $0.key == key } }

    /// The themes `key` occurs together with (from ``together``), most often first.
    public func together(with key: String) -> [String] {
        together.compactMap { pair in
            guard let index = pair.keys.firstIndex(of: key) else { return nil }
            return pair.themes[1 - index]
        }
    }

    /// The distinct keys of `themes`, sorted.
    static func keys(_ themes: [String]) -> [String] {
        var keys = themes.map(LearningLines.normalized).filter { !$0.isEmpty }
        guard keys.count > 1 else { return keys }
        keys.sort()
        var distinct = keys
        distinct.removeAll(keepingCapacity: true)
        for key in keys where distinct.last != key { distinct.append(key) }
        return distinct
    }

    /// The trend of a theme with `counts` per stretch whose first mention is in `first`, when the latest
    /// stretch with any mention is `latest`.
    static func trend(_ counts: [Int], first: Int?, latest: Int?) -> Trend {
        guard let latest else { return .steady }
        if first == latest { return .new }
        let now = counts[latest], before = latest > 0 ? counts[latest - 1] : 0
        return now > before ? .rising : (now < before ? .fading : .steady)
    }
}

extension CohortState {
    /// Whether `id` is a participant with no withdrawal in the window (facilitators and unknown people are not).
    func isActiveParticipant(_ id: PersonID) -> Bool {
        guard let person = person(id.rawValue) else { return false }
        return person.role == .participant && person.withdrawal == nil
    }

    /// Whether `id` had withdrawn before `moment` (never a facilitator or an unknown person).
    func hadWithdrawn(_ id: PersonID, before moment: Timestamp) -> Bool {
        guard let withdrawal = person(id.rawValue)?.withdrawal else { return false }
        return withdrawal.at < moment
    }
}
