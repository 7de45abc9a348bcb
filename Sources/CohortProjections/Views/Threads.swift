import CohortLog

/// One person's history told as threads: one per wish of theirs, with everything that names it, then
/// their assignment, what they gave, what names no wish of theirs, and their taking part.
///
/// Built from a state already filtered for an audience (``CohortState/visible(to:)``), so it holds only
/// what that audience may see, and what it may not see leaves no gap: a support on a wish the audience
/// may not see has lost its `wish` there and shows among the other support.
///
///     let threads = Threads(state.visible(to: .group), participant: "p03")
///     threads.threads.map(\.wish.id)          // [w-p03-1, w-p03-2]
///     threads.threads[0].closing?.into        // w-p03-2 (the wish it became)
///     threads.threads[1].from                 // w-p03-1 (the wish that became it)
///
/// - A wish's thread: its versions, the support whose `wish` is it (whoever gave it), the reflections
///   whose `wish` is it (whoever wrote them), its closing, and the wish transformed into it.
/// - Other support: support they received that names no wish of theirs (none, or one the audience may
///   not see). Other reflections: reflections they wrote that name no wish of theirs.
/// - What they gave: support with `from` = them, and harvest contributions naming them as a contributor.
/// - Attendance in session order (the audience sees it only where it may: the state already dropped the
///   rest), their registration and their withdrawal.
public struct Threads: Sendable {
    /// One wish and what happened to it.
    public struct WishThread: Sendable {
        /// The wish, with the versions the audience may see.
        public var wish: Wish
        /// Its place among the person's threads, from 1 (in the order the wishes were stated).
        public var number: Int
        /// The wish transformed into this one, when the audience may see it.
        public var from: WishID?
        /// The support whose `wish` is this one, in order of `at`.
        public var support: [Support]
        /// The reflections whose `wish` is this one, whoever wrote them, in order of `at`.
        public var reflections: [Reflection]

        /// How it ended, if it did.
        public var closing: Wish.Closing? { wish.closing }

        /// The thread as one story in order of `at`: versions, support and reflections, the closing last
        /// among moments at the same time.
        public var moments: [Moment] {
            var moments: [Moment] = wish.versions.map { $0.isStatement ? .stated($0) : .revised($0) }
            moments += support.map(Moment.received) + reflections.map(Moment.reflection)
            if let closing = wish.closing { moments.append(.closed(closing)) }
            return Threads.ordered(moments, at: \.at)
        }
    }

    /// A moment of a wish's thread.
    public enum Moment: Sendable {
        /// The wish as first stated.
        case stated(Wish.Version)
        /// A revision of its words.
        case revised(Wish.Version)
        /// Support received on it.
        case received(Support)
        /// A reflection naming it.
        case reflection(Reflection)
        /// How it ended.
        case closed(Wish.Closing)

        /// When it happened.
        public var at: Timestamp {
            switch self {
            case .stated(let version), .revised(let version): version.at
            case .received(let support): support.at
            case .reflection(let reflection): reflection.at
            case .closed(let closing): closing.at
            }
        }
    }

    /// Attendance at one session.
    public struct Presence: Sendable {
        /// What was recorded (the latest record for the session and the person).
        public var attendance: Attendance
        /// The session, when known.
        public var session: Session?
    }

    /// The person, when the audience may see them.
    public let person: Person?
    /// One thread per wish of theirs, in the order the wishes were stated.
    public let threads: [WishThread]
    /// Their assignments, in the order they were started (each with what the audience may see of it).
    public let assignments: [Assignment]
    /// Support they gave, in order of `at`.
    public let gave: [Support]
    /// Harvest contributions naming them as a contributor, in order of `at`.
    public let contributions: [Contribution]
    /// Support they received that names no wish of theirs the audience may see, in order of `at`.
    public let otherSupport: [Support]
    /// Reflections they wrote that name no wish of theirs the audience may see, in order of `at`.
    public let otherReflections: [Reflection]
    /// Their attendance, in session order.
    public let attendance: [Presence]

    /// The threads of `participant` (a participant or a facilitator) in `state`.
    public init(_ state: CohortState, participant: String) {
        self.init(state, participant: participant, index: PersonIndex(state, person: participant))
    }

    /// The threads of `participant` in `state`, read through `index` (of `state`: of everyone, or of them).
    public init(_ state: CohortState, participant: String, index: PersonIndex) {
        person = state.person(participant)
        guard person != nil else {
            (threads, assignments, gave, contributions, otherSupport, otherReflections, attendance) = ([], [], [], [], [], [], [])
            return
        }
        let places = index[participant]
        let wishes = places.wishes.map { state.wishes[$0] }
        let own = Set(wishes.map(\.id))
        threads = wishes.enumerated().map { number, wish in
            WishThread(
                wish: wish, number: number + 1, from: index.origins[wish.id],
                support: Threads.ordered((index.supportOn[wish.id.rawValue] ?? []).map { state.supports[$0] }, at: \.at),
                reflections: Threads.ordered((index.reflectionsOn[wish.id.rawValue] ?? []).map { state.reflections[$0] }, at: \.at))
        }
        assignments = places.assignments.map { state.assignments[$0] }
        gave = Threads.ordered(places.gave.map { state.supports[$0] }, at: \.at)
        contributions = Threads.ordered(places.contributions.map { state.contributions[$0] }, at: \.at)
        otherSupport = Threads.ordered(places.received.map { state.supports[$0] }.filter { support in
            !(support.wish.map(own.contains) ?? false)
        }, at: \.at)
        otherReflections = Threads.ordered(places.reflections.map { state.reflections[$0] }.filter { reflection in
            !(reflection.wish.map(own.contains) ?? false)
        }, at: \.at)
        let order = Dictionary(state.sessionsInOrder.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        attendance = places.attendance.map { state.attendance[$0] }
            .map { Presence(attendance: $0, session: state.session($0.session.rawValue)) }
            .enumerated()
            .sorted { (order[$0.element.attendance.session] ?? order.count, $0.offset) < (order[$1.element.attendance.session] ?? order.count, $1.offset) }
            .map(\.element)
    }

    /// `items` in order of `at`, keeping their order among equal times.
    static func ordered<Item>(_ items: [Item], at: (Item) -> Timestamp) -> [Item] {
        let times = items.map(at)
        // Items mostly come in order of `at` already; otherwise their places are sorted, not the items.
        if zip(times, times.dropFirst()).allSatisfy({ $0 <= $1 }) { return items }
        return times.indices.sorted { (times[$0], $0) < (times[$1], $1) }.map { items[$0] }
    }
}
