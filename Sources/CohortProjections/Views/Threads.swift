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
        public var support: [Support] { supportPlaces.map { lists.state.supports[$0] } }
        /// The reflections whose `wish` is this one, whoever wrote them, in order of `at`.
        public var reflections: [Reflection] { reflectionPlaces.map { lists.state.reflections[$0] } }

        /// The state the thread's support and reflections are in, and their places there: a long log's
        /// threads hold numbers, not copies, and make their lists when they are read.
        let lists: SharedState
        let supportPlaces: [Int]
        let reflectionPlaces: [Int]

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
    public var gave: [Support] { gavePlaces.map { lists.state.supports[$0] } }
    /// Harvest contributions naming them as a contributor, in order of `at`.
    public var contributions: [Contribution] { contributionPlaces.map { lists.state.contributions[$0] } }
    /// Support they received that names no wish of theirs the audience may see, in order of `at`.
    public var otherSupport: [Support] { otherSupportPlaces.map { lists.state.supports[$0] } }
    /// Reflections they wrote that name no wish of theirs the audience may see, in order of `at`.
    public var otherReflections: [Reflection] { otherReflectionPlaces.map { lists.state.reflections[$0] } }
    /// Their attendance, in session order.
    public let attendance: [Presence]

    /// The state the lists above are read from, and the places of their items in it, in order.
    let lists: SharedState
    let gavePlaces: [Int]
    let contributionPlaces: [Int]
    let otherSupportPlaces: [Int]
    let otherReflectionPlaces: [Int]

    /// The threads of `participant` (a participant or a facilitator) in `state`.
    public init(_ state: CohortState, participant: String) {
        self.init(state, participant: participant, index: PersonIndex(state, person: participant))
    }

    /// The threads of `participant` in `state`, read through `index` (of `state`: of everyone, or of
    /// them); `lists` is `state` shared (one for all the threads of a harvest).
    public init(_ state: CohortState, participant: String, index: PersonIndex, lists: SharedState? = nil) {
        let lists = lists ?? SharedState(state)
        self.lists = lists
        person = state.person(participant)
        guard person != nil else {
            (threads, assignments, attendance) = ([], [], [])
            (gavePlaces, contributionPlaces, otherSupportPlaces, otherReflectionPlaces) = ([], [], [], [])
            return
        }
        let places = index[participant]
        let wishes = places.wishes.map { state.wishes[$0] }
        let own = Set(wishes.map(\.id))
        let supportAt = { (place: Int) in state.supports[place].at }
        let reflectionAt = { (place: Int) in state.reflections[place].at }
        threads = wishes.enumerated().map { number, wish in
            WishThread(
                wish: wish, number: number + 1, from: index.origins[wish.id], lists: lists,
                supportPlaces: Threads.ordered(index.supportOn[wish.id.rawValue] ?? [], at: supportAt),
                reflectionPlaces: Threads.ordered(index.reflectionsOn[wish.id.rawValue] ?? [], at: reflectionAt))
        }
        assignments = places.assignments.map { state.assignments[$0] }
        gavePlaces = Threads.ordered(places.gave, at: supportAt)
        contributionPlaces = Threads.ordered(places.contributions) { state.contributions[$0].at }
        otherSupportPlaces = Threads.ordered(places.received.filter { place in
            !(state.supports[place].wish.map(own.contains) ?? false)
        }, at: supportAt)
        otherReflectionPlaces = Threads.ordered(places.reflections.filter { place in
            !(state.reflections[place].wish.map(own.contains) ?? false)
        }, at: reflectionAt)
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
