import CohortLog

/// What the facilitators need before the next session (`cohort prepare`): the session to come, and what
/// asks for their attention, each item with the records behind it.
///
/// Built from a cohort already read through its window (records after T are not in it) and the day of T
/// (the `--as-of` day). Every moment is judged by its day: a timestamp's date in its own offset.
///
/// - The **next session**: the first session not cancelled whose first day is after T's day.
/// - The **last session held**: the latest session not cancelled whose first day is on or before T's day;
///   its first day is the day that "since" counts from (nil: no session held yet, counting from the start).
/// - **Active** participants: registered, and no withdrawal in the window.
/// - **Wishes without support**: wishes of active participants, not closed, that no support names, in the
///   order they were stated.
/// - **Quiet participants**: active participants (in the order they registered) named by no support (as
///   giver or receiver) and author of no reflection whose day is on or after the "since" day.
/// - **Stalled assignments**: assignments of active participants, not completed, whose latest record (the
///   start or a step of progress, by its moment) lies more than ``stalledAfterDays`` days before T's day.
/// - **Loose ends**: the open wishes, then the assignments not completed, of participants who withdrew.
/// - **Attendance gaps** at the last session held: active participants with no attendance recorded there
///   or fewer dagdelen than the session's.
/// - **Facilitators' reflections** whose day is on or after the "since" day.
///
///     let preparation = Preparation(state, day: window.asOfDay ?? now.localDay)
///     preparation.nextSession?.id            // s3
///     preparation.stalledAssignments.map(\.assignment.id)
public struct Preparation: Sendable {
    /// An assignment stalls when its latest record is more than this many days before T's day.
    public static let stalledAfterDays = 28

    /// An open wish that no support names.
    public struct UnsupportedWish: Sendable {
        /// The wish, with every version (the text to show is its latest).
        public var wish: Wish
        /// Days from the day it was stated to T's day.
        public var daysAgo: Int
    }

    /// An active participant who has been quiet since the last session held.
    public struct QuietParticipant: Sendable {
        /// The participant.
        public var person: Person
        /// The moment of their latest support (given or received) or reflection, nil when there is none.
        public var lastActivity: Timestamp?
        /// Days from the day of ``lastActivity`` to T's day.
        public var daysAgo: Int?
    }

    /// An open assignment that has not moved for more than ``Preparation/stalledAfterDays`` days.
    public struct StalledAssignment: Sendable {
        /// The assignment.
        public var assignment: Assignment
        /// Its latest step of progress, when that is its latest record (nil: nothing since its start).
        public var lastStep: Assignment.Step?
        /// The moment of its latest record: the start or the step.
        public var lastAt: Timestamp
        /// Days from the day of ``lastAt`` to T's day.
        public var daysSince: Int
    }

    /// Something left open by a participant who withdrew.
    public struct LooseEnd: Sendable {
        /// What was left open.
        public enum Item: Sendable {
            /// A wish not closed.
            case wish(Wish)
            /// An assignment not completed.
            case assignment(Assignment)
        }

        /// The participant who withdrew.
        public var person: Person
        /// Their withdrawal (its moment is the evidence).
        public var withdrawal: Person.Withdrawal
        /// What they left open.
        public var item: Item

        /// The id of the wish or assignment.
        public var id: String {
            switch item {
            case .wish(let wish): wish.id.rawValue
            case .assignment(let assignment): assignment.id.rawValue
            }
        }
    }

    /// An active participant who missed all or part of the last session held.
    public struct AttendanceGap: Sendable {
        /// The participant.
        public var person: Person
        /// What was recorded for them there (nil: nothing).
        public var attendance: Attendance?
        /// The session's dagdelen.
        public var of: Int
    }

    /// T's day.
    public let day: Day
    /// The next session (nil: none to come).
    public let nextSession: Session?
    /// The last session held (nil: none yet).
    public let lastSession: Session?
    /// The first day of the last session held: what "since" counts from (nil: from the beginning).
    public var since: Day? { lastSession?.firstDay }
    /// Open wishes of active participants that no support names, in the order they were stated.
    public let wishesWithoutSupport: [UnsupportedWish]
    /// Active participants without support or reflection since ``since``, in the order they registered.
    public let quietParticipants: [QuietParticipant]
    /// Open assignments of active participants that stood still too long, in the order they started.
    public let stalledAssignments: [StalledAssignment]
    /// What participants who withdrew left open: the open wishes first, then the open assignments.
    public let looseEnds: [LooseEnd]
    /// Who missed all or part of the last session held, in the order they registered (empty when no
    /// session was held).
    public let attendanceGaps: [AttendanceGap]
    /// The facilitators' reflections since ``since``, in log order.
    public let facilitatorReflections: [Reflection]

    /// The preparation of `state` (already read through the window) on `day`, T's day.
    public init(_ state: CohortState, day: Day) {
        self.day = day
        let sessions = state.sessionsInOrder.filter { !$0.isCancelled }
        nextSession = sessions.first { $0.firstDay > day }
        let lastSession = sessions.last { $0.firstDay <= day }
        self.lastSession = lastSession
        let since = lastSession?.firstDay
        func counts(_ at: Timestamp) -> Bool { since.map { at.localDay >= $0 } ?? true }
        func days(from at: Timestamp) -> Int { day.daysSinceEpoch - at.localDay.daysSinceEpoch }

        let active = state.participants.filter { $0.withdrawal == nil }
        let activeIDs = Set(active.map(\.id.rawValue))

        let named = Set(state.supports.compactMap { $0.wish?.rawValue })
        wishesWithoutSupport = state.wishes
            .filter { activeIDs.contains($0.owner.rawValue) && $0.closing == nil && !named.contains($0.id.rawValue) }
            .map { UnsupportedWish(wish: $0, daysAgo: days(from: $0.statedAt)) }

        var moments: [String: [Timestamp]] = [:]
        for support in state.supports {
            moments[support.from.rawValue, default: []].append(support.at)
            moments[support.to.rawValue, default: []].append(support.at)
        }
        for reflection in state.reflections { moments[reflection.author.rawValue, default: []].append(reflection.at) }
        quietParticipants = active.compactMap { person in
            let own = moments[person.id.rawValue] ?? []
            guard !own.contains(where: counts) else { return nil }
            let last = own.max()
            return QuietParticipant(person: person, lastActivity: last, daysAgo: last.map(days(from:)))
        }

        stalledAssignments = state.assignments.compactMap { assignment in
            guard activeIDs.contains(assignment.owner.rawValue), assignment.completion == nil else { return nil }
            let latestStep = assignment.steps.enumerated().max { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }?.element
            let lastStep = latestStep.flatMap { $0.at >= assignment.startedAt ? $0 : nil }
            let lastAt = lastStep?.at ?? assignment.startedAt
            let since = days(from: lastAt)
            guard since > Preparation.stalledAfterDays else { return nil }
            return StalledAssignment(assignment: assignment, lastStep: lastStep, lastAt: lastAt, daysSince: since)
        }

        var looseEnds: [LooseEnd] = []
        let withdrawn = state.participants.compactMap { person in person.withdrawal.map { (person, $0) } }
        for wish in state.wishes where wish.closing == nil {
            if let (person, withdrawal) = withdrawn.first(where: { $0.0.id.rawValue == wish.owner.rawValue }) {
                looseEnds.append(LooseEnd(person: person, withdrawal: withdrawal, item: .wish(wish)))
            }
        }
        for assignment in state.assignments where assignment.completion == nil {
            if let (person, withdrawal) = withdrawn.first(where: { $0.0.id.rawValue == assignment.owner.rawValue }) {
                looseEnds.append(LooseEnd(person: person, withdrawal: withdrawal, item: .assignment(assignment)))
            }
        }
        self.looseEnds = looseEnds

        if let lastSession {
            attendanceGaps = active.compactMap { person in
                let recorded = state.attendance.first { $0.session == lastSession.id && $0.participant.rawValue == person.id.rawValue }
                guard (recorded?.dagdelen ?? -1) < lastSession.dagdelen else { return nil }
                return AttendanceGap(person: person, attendance: recorded, of: lastSession.dagdelen)
            }
        } else {
            attendanceGaps = []
        }

        let facilitators = Set(state.facilitators.map(\.id.rawValue))
        facilitatorReflections = state.reflections.filter { facilitators.contains($0.author.rawValue) && counts($0.at) }
    }
}
