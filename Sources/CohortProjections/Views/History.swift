import CohortLog

/// The cohort's history session by session: for each stretch (before the first session, then each
/// session and the practice after it until the next), what happened at the meeting (on the session's
/// days) apart from what happened in practice between meetings, a summary of counts, and the state at
/// its end: which wishes were open and how far each assignment had come.
///
/// Built from a state already filtered for an audience, so it holds only what that audience may see.
///
///     12 June 2014  Startbijeenkomst        stretch 1: at the meeting (12 June)
///     13 June – 22 September                stretch 1: between meetings
///     23–24 September  Tweedaagse           stretch 2: at the meeting …
public struct History: Sendable {
    /// What happened, as the history tells it.
    public enum Happening: Sendable {
        case wishStated(Wish, Wish.Version)
        case wishRevised(Wish, Wish.Version)
        case wishClosed(Wish, Wish.Closing)
        case support(Support)
        case assignmentStarted(Assignment)
        case assignmentProgressed(Assignment, Assignment.Step)
        case assignmentCompleted(Assignment, Assignment.Completion)
        case reflected(Reflection)
        case contributed(Contribution)
        /// Not a learning event: a learning line emerged.
        case lineEmerged(LearningLine)
        /// Not a learning event: a participant withdrew.
        case withdrew(Person, Person.Withdrawal)

        /// Whether this is a learning event (docs/FORMAT.md section 5, rule 4): a wish, assignment,
        /// reflection, support or contribution.
        public var isLearning: Bool {
            switch self {
            case .lineEmerged, .withdrew: false
            default: true
            }
        }
    }

    /// One thing that happened, with the record that tells it.
    public struct Entry: Sendable {
        /// The record's id (for a withdrawal or a line, the participant's or line's id).
        public var record: RecordID
        public var at: Timestamp
        public var happening: Happening
    }

    /// How many of each kind of learning event a stretch holds.
    public struct Summary: Sendable, Equatable {
        public var wishesStated = 0
        public var wishesRevised = 0
        public var wishesClosed = 0
        /// Support given at the meeting.
        public var supportAtMeeting = 0
        /// Support given between meetings.
        public var supportBetween = 0
        public var assignmentsStarted = 0
        public var progressSteps = 0
        public var assignmentsCompleted = 0
        public var reflections = 0
        public var contributions = 0
        public var linesEmerged = 0
        public var withdrawals = 0

        /// All support given in the stretch.
        public var support: Int { supportAtMeeting + supportBetween }
    }

    /// Where one assignment stood at the end of a stretch.
    public struct Standing: Sendable, Equatable {
        public var assignment: AssignmentID
        public var owner: ParticipantID
        /// Its progress in percent (100 once completed).
        public var progress: Int
        public var completed: Bool
        /// Whether its participant had withdrawn by the end of the stretch.
        public var ownerWithdrew: Bool
    }

    /// The state at the end of a stretch (so far, for the stretch the history looks from).
    public struct End: Sendable, Equatable {
        /// The wishes stated and not yet closed, in the order stated.
        public var openWishes: [WishID]
        /// Every assignment started by then, in the order started.
        public var assignments: [Standing]
    }

    /// One stretch.
    public struct Stretch: Sendable {
        public var interval: Intervals.Interval
        /// Whether its session had not yet begun on the day the history looks from.
        public var isToCome: Bool
        /// What happened on the session's days, in order of `at` (log order among equal times).
        public var atMeeting: [Entry] = []
        /// What happened in the rest of the stretch: practice between meetings.
        public var between: [Entry] = []
        /// Attendance recorded for the session the stretch starts with (for those who may see it).
        public var attendance: [Attendance] = []
        public var summary = Summary()
        /// The state at its end; nil for a stretch still to come.
        public var end: End?
    }

    /// The stretches in order.
    public let stretches: [Stretch]
    /// The day the history looks from.
    public let day: Day?

    /// The history of `state` as seen from `day` (nil: the day of the latest record the state holds).
    public init(_ state: CohortState, day: Day? = nil) {
        let intervals = Intervals(state)
        let day = day ?? state.lastAt?.localDay
        self.day = day
        var stretches = intervals.intervals.map { interval in
            Stretch(interval: interval, isToCome: interval.from.map { session in day.map { session.firstDay > $0 } ?? false } ?? false)
        }
        var entries: [[Entry]] = Array(repeating: [], count: stretches.count)
        func note(_ record: RecordID, _ at: Timestamp, _ happening: Happening) {
            entries[intervals.index(of: at)].append(Entry(record: record, at: at, happening: happening))
        }
        for wish in state.wishes {
            for version in wish.versions {
                note(version.record, version.at, version.isStatement ? .wishStated(wish, version) : .wishRevised(wish, version))
            }
            if let closing = wish.closing { note(closing.record, closing.at, .wishClosed(wish, closing)) }
        }
        for support in state.supports { note(support.record, support.at, .support(support)) }
        for assignment in state.assignments {
            if assignment.title != nil { note(assignment.startRecord, assignment.startedAt, .assignmentStarted(assignment)) }
            for step in assignment.steps { note(step.record, step.at, .assignmentProgressed(assignment, step)) }
            if let completion = assignment.completion {
                note(completion.record, completion.at, .assignmentCompleted(assignment, completion))
            }
        }
        for reflection in state.reflections { note(reflection.record, reflection.at, .reflected(reflection)) }
        for contribution in state.contributions { note(contribution.record, contribution.at, .contributed(contribution)) }
        for line in state.lines { note(RecordID(unchecked: line.id.rawValue), line.at, .lineEmerged(line)) }
        for person in state.participants {
            if let withdrawal = person.withdrawal { note(RecordID(unchecked: person.id.rawValue), withdrawal.at, .withdrew(person, withdrawal)) }
        }
        for index in stretches.indices {
            let interval = stretches[index].interval
            let ordered = entries[index].enumerated().sorted { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }.map(\.element)
            for entry in ordered {
                let atMeeting = interval.isAtMeeting(entry.at)
                if atMeeting { stretches[index].atMeeting.append(entry) } else { stretches[index].between.append(entry) }
                stretches[index].summary.count(entry.happening, atMeeting: atMeeting)
            }
            if let session = interval.from {
                stretches[index].attendance = state.attendance.filter { $0.session == session.id }
            }
            if !stretches[index].isToCome {
                stretches[index].end = History.end(of: state, upTo: index, intervals)
            }
        }
        self.stretches = stretches
    }

    /// The state at the end of stretch `index`: what had happened in it and before it.
    static func end(of state: CohortState, upTo index: Int, _ intervals: Intervals) -> End {
        func by(_ at: Timestamp) -> Bool { intervals.index(of: at) <= index }
        let open = state.wishes.filter { wish in
            guard let first = wish.versions.first, by(first.at) else { return false }
            return wish.closing.map { !by($0.at) } ?? true
        }
        let assignments = state.assignments.compactMap { assignment -> Standing? in
            let started = assignment.title != nil && by(assignment.startedAt)
            let steps = assignment.steps.filter { by($0.at) }
            let completed = assignment.completion.map { by($0.at) } ?? false
            guard started || !steps.isEmpty || completed else { return nil }
            let withdrawal = state.person(assignment.owner.rawValue)?.withdrawal
            return Standing(assignment: assignment.id, owner: assignment.owner,
                            progress: completed ? 100 : (steps.last?.progress ?? 0), completed: completed,
                            ownerWithdrew: withdrawal.map { by($0.at) } ?? false)
        }
        return End(openWishes: open.map(\.id), assignments: assignments)
    }
}

extension History.Summary {
    /// Counts one happening.
    mutating func count(_ happening: History.Happening, atMeeting: Bool) {
        switch happening {
        case .wishStated: wishesStated += 1
        case .wishRevised: wishesRevised += 1
        case .wishClosed: wishesClosed += 1
        case .support: if atMeeting { supportAtMeeting += 1 } else { supportBetween += 1 }
        case .assignmentStarted: assignmentsStarted += 1
        case .assignmentProgressed: progressSteps += 1
        case .assignmentCompleted: assignmentsCompleted += 1
        case .reflected: reflections += 1
        case .contributed: contributions += 1
        case .lineEmerged: linesEmerged += 1
        case .withdrew: withdrawals += 1
        }
    }
}
