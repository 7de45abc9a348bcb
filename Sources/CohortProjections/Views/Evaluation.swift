import CohortLog

/// The programme against its promises (`cohort evaluate`), for the fund and the municipalities: who
/// stayed, how the wishes evolved, what the assignments came to, how the group supported itself between
/// meetings, and which sessions, learning lines and realised value it produced.
///
/// Built from a cohort already read through its window. Every figure counts records or the things they
/// made, as the window holds them:
///
/// - participants: `registered` (registrations), `withdrew` (withdrawals), `active` (the difference);
/// - wishes: `stated` (statements), `revisions` (revisions), `fulfilled`, `dropped`, `transformed` (wishes
///   closed with that outcome), `open` (stated and not closed);
/// - assignments: `started`, `completed`;
/// - support: `total` (records), `betweenMeetings` (those whose day is none of the days of any session not
///   cancelled);
/// - reflections: every reflection, by participants and by facilitators;
/// - `sessionsHeld`: sessions not cancelled whose first day is on or before the day the report looks
///   from (the `--as-of` day, else the day of the latest record: the harvest's rule).
///
///     let evaluation = Evaluation(state, day: window.asOfDay)
///     evaluation.wishes.transformed    // 3
public struct Evaluation: Sendable {
    /// Who took part.
    public struct Participants: Sendable, Equatable {
        /// Registrations.
        public var registered = 0
        /// Withdrawals.
        public var withdrew = 0
        /// Registered and not withdrawn.
        public var active: Int { registered - withdrew }
    }

    /// How the wishes evolved.
    public struct Wishes: Sendable, Equatable {
        /// Wishes stated.
        public var stated = 0
        /// Revisions of them (a wish revised twice counts twice).
        public var revisions = 0
        /// Wishes closed as fulfilled.
        public var fulfilled = 0
        /// Wishes closed as dropped.
        public var dropped = 0
        /// Wishes closed as transformed (into another): participants learned something else than they
        /// first thought.
        public var transformed = 0
        /// Stated and not closed.
        public var open = 0
    }

    /// What became of the assignments.
    public struct Assignments: Sendable, Equatable {
        /// Assignments started.
        public var started = 0
        /// Assignments completed.
        public var completed = 0
    }

    /// How the group supported itself.
    public struct SupportFigures: Sendable, Equatable {
        /// Support records.
        public var total = 0
        /// Given on a day that is no day of any session not cancelled: in the practice between meetings.
        public var betweenMeetings = 0
    }

    /// Reflections by who wrote them.
    public struct Reflections: Sendable, Equatable {
        /// Reflections whose author is a participant.
        public var byParticipants = 0
        /// Reflections whose author is a facilitator.
        public var byFacilitators = 0
        /// Every reflection.
        public var total: Int { byParticipants + byFacilitators }
    }

    /// The day the report looks from (nil: an empty cohort).
    public let day: Day?
    /// Who took part and who stayed.
    public let participants: Participants
    /// How the wishes evolved.
    public let wishes: Wishes
    /// What became of the assignments.
    public let assignments: Assignments
    /// The support given, and how much of it between meetings.
    public let support: SupportFigures
    /// The reflections, by who wrote them.
    public let reflections: Reflections
    /// The sessions not cancelled, in order, and whether each was held by ``day``.
    public let sessions: [(session: Session, held: Bool)]
    /// The learning lines that emerged, in order.
    public let lines: [LearningLine]
    /// The harvest contributions of the cycle `realised` (the value-creation cycle's last step).
    public let realisedContributions: [Contribution]

    /// How many sessions were held by ``day``.
    public var sessionsHeld: Int { sessions.filter(\.held).count }

    /// The evaluation of `state` (already read through the window) as of `day`, the `--as-of` day (nil:
    /// the day of the latest record).
    public init(_ state: CohortState, day: Day? = nil) {
        let day = day ?? state.lastAt?.localDay
        self.day = day

        var participants = Participants()
        for person in state.participants {
            participants.registered += 1
            if person.withdrawal != nil { participants.withdrew += 1 }
        }
        self.participants = participants

        var wishes = Wishes()
        for wish in state.wishes {
            wishes.stated += 1
            wishes.revisions += wish.versions.filter { !$0.isStatement }.count
            switch wish.closing?.outcome {
            case .fulfilled?: wishes.fulfilled += 1
            case .dropped?: wishes.dropped += 1
            case .transformed?: wishes.transformed += 1
            case nil: wishes.open += 1
            }
        }
        self.wishes = wishes

        assignments = Assignments(started: state.assignments.count,
                                  completed: state.assignments.filter { $0.completion != nil }.count)

        let live = state.sessionsInOrder.filter { !$0.isCancelled }
        let sessionDays = Set(live.flatMap(\.days))
        support = SupportFigures(total: state.supports.count,
                                 betweenMeetings: state.supports.filter { !sessionDays.contains($0.at.localDay) }.count)

        let facilitators = Set(state.facilitators.map(\.id.rawValue))
        var reflections = Reflections()
        for reflection in state.reflections {
            if facilitators.contains(reflection.author.rawValue) {
                reflections.byFacilitators += 1
            } else {
                reflections.byParticipants += 1
            }
        }
        self.reflections = reflections

        sessions = live.map { session in (session, day.map { session.firstDay <= $0 } ?? false) }
        lines = state.lines
        realisedContributions = state.contributions.filter { $0.cycle == .realised }
    }
}
