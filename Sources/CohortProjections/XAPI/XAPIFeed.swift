import CohortLog

/// What the xAPI export says, record by record: for each record that is a learning experience, what it
/// tells as of the moment it was written (the session as it stood then, the wish's owner and themes then),
/// and for each retraction, which record it voids.
///
/// Unlike the other views it keeps retracted records: xAPI corrects a statement by voiding it, so a
/// retracted record gives its statement and its retraction a voiding statement. The fold never fails; it
/// skips what it cannot place. Which entries an audience may see is decided by
/// ``XAPIFeed/entries(visibleTo:)``, with the one audience filter of the reports
/// (``CohortState/visible(to:)``).
///
/// Records that give no entry: `cohort.opened` (the cohort is the registration and the grouping activity of
/// every statement), the sessions' scheduling, moving and cancelling (the sessions are activities), finance
/// (`fee.invoiced`, `subsidy.claimed`) and `data.redacted` (an erasure changes texts, it is no experience).
public struct XAPIFeed: Sendable {
    /// One record's statement.
    public struct Entry: Sendable {
        /// The record's id (the statement's id is derived from it).
        public var record: RecordID
        /// The record's position in the log.
        public var seq: Int
        /// When it happened (the statement's timestamp).
        public var at: Timestamp
        /// When it was written to the log.
        public var recorded: Timestamp
        /// What it tells.
        public var act: Act
        /// Whether a retraction in the window retracted it (its statement is voided later in the feed).
        public var isRetracted: Bool
    }

    /// What a record tells, as of when it was written.
    public enum Act: Sendable {
        /// A participant registered for the cohort.
        case registered(participant: PersonID)
        /// A facilitator joined the cohort.
        case joined(facilitator: PersonID)
        /// A participant withdrew; the reason only where the audience may see it.
        case withdrew(participant: PersonID, reason: PersonalText?)
        /// A participant attended `dagdelen` of a session (0: absent); `session` as it stood then, nil when
        /// the log no longer holds it.
        case attended(participant: PersonID, sessionID: SessionID, session: Session?, dagdelen: Int, note: PersonalText?)
        /// A participant stated a learning wish.
        case statedWish(participant: PersonID, wish: WishID, text: PersonalText, themes: [String])
        /// A participant revised a learning wish (themes as they stood after the revision).
        case revisedWish(participant: PersonID, wish: WishID, text: PersonalText, themes: [String])
        /// A participant's wish was closed; `into` only where the audience may see that wish.
        case closedWish(participant: PersonID, wish: WishID, outcome: WishOutcome, into: WishID?, note: PersonalText?)
        /// One person supported a participant; the support's `wish` only where the audience may see it.
        case supported(Support, session: Session?)
        /// A participant started an assignment.
        case startedAssignment(participant: PersonID, assignment: AssignmentID, title: PersonalText, description: PersonalText?)
        /// A participant's assignment progressed to `progress` percent.
        case progressed(participant: PersonID, assignment: AssignmentID, progress: Int, note: PersonalText?)
        /// A participant completed an assignment; `visibility` is the result's own.
        case completedAssignment(participant: PersonID, assignment: AssignmentID, result: PersonalText, visibility: Visibility)
        /// A participant or facilitator reflected; the reflection's `wish` only where the audience may see it.
        case reflected(Reflection, session: Session?, line: LearningLine?)
        /// A learning line emerged.
        case identifiedLine(LearningLine, session: Session?)
        /// Participants contributed to the harvest.
        case contributed(Contribution, line: LearningLine?)
        /// A retraction: `target`'s statement is void.
        case voided(target: RecordID)
    }

    /// The programme, from the log's first record whatever the window: the cohort's id is the registration
    /// of every statement.
    public private(set) var programme: CohortOpened?
    /// The entries in log order.
    public private(set) var entries: [Entry] = []

    /// The cohort as the reports see it: the window without retracted records.
    var kept = CohortState()
    /// The window with its retracted records (but no retractions): where a retracted record is judged, as
    /// if it had not been retracted.
    var all = CohortState()
    var hasRetracted = false

    /// The cohort of the window as the reports see it (retracted records left out), unfiltered.
    public var state: CohortState { kept }

    /// An empty feed.
    public init() {}

    /// Folds in one record, with where it stands in the window.
    public mutating func apply(_ record: Record, _ standing: Replay.Standing) {
        if case .cohortOpened(let e) = record.event, programme == nil { programme = e }
        guard standing != .outside else { return }
        let retracted = standing == .retracted
        hasRetracted = hasRetracted || retracted
        if let act = act(of: record, in: retracted ? all : kept) {
            entries.append(Entry(record: record.id, seq: record.seq, at: record.at, recorded: record.recorded, act: act,
                                 isRetracted: retracted))
        }
        all.apply(record)
        if !retracted { kept.apply(record) }
    }

    /// What `record` tells, read against `state` as it stood before it.
    func act(of record: Record, in state: CohortState) -> Act? {
        switch record.event {
        case .participantRegistered(let e):
            return .registered(participant: e.participant.person)
        case .facilitatorJoined(let e):
            return .joined(facilitator: e.facilitator.person)
        case .participantWithdrew(let e):
            return .withdrew(participant: e.participant.person, reason: e.reason)
        case .attendanceRecorded(let e):
            return .attended(participant: e.participant.person, sessionID: e.session, session: state.session(e.session.rawValue),
                             dagdelen: e.dagdelen, note: e.note)
        case .wishStated(let e):
            return .statedWish(participant: e.participant.person, wish: e.wish, text: e.text, themes: e.themes)
        case .wishRevised(let e):
            guard let wish = state.wish(e.wish.rawValue) else { return nil }
            return .revisedWish(participant: wish.owner.person, wish: e.wish, text: e.text, themes: e.themes ?? wish.themes)
        case .wishClosed(let e):
            guard let wish = state.wish(e.wish.rawValue) else { return nil }
            return .closedWish(participant: wish.owner.person, wish: e.wish, outcome: e.outcome, into: e.into, note: e.note)
        case .supportGiven(let e):
            let support = Support(record: record.id, at: record.at, from: e.from, to: e.to, kind: e.kind, wish: e.wish,
                                  session: e.session, visibility: e.visibility ?? .group, note: e.note)
            return .supported(support, session: e.session.flatMap { state.session($0.rawValue) })
        case .assignmentStarted(let e):
            return .startedAssignment(participant: e.participant.person, assignment: e.assignment, title: e.title,
                                      description: e.description)
        case .assignmentProgressed(let e):
            guard let assignment = state.assignment(e.assignment.rawValue) else { return nil }
            return .progressed(participant: assignment.owner.person, assignment: e.assignment, progress: e.progress, note: e.note)
        case .assignmentCompleted(let e):
            guard let assignment = state.assignment(e.assignment.rawValue) else { return nil }
            return .completedAssignment(participant: assignment.owner.person, assignment: e.assignment, result: e.result,
                                        visibility: e.visibility ?? assignment.visibility)
        case .reflectionRecorded(let e):
            let reflection = Reflection(id: e.reflection, author: e.participant, at: record.at, session: e.session, wish: e.wish,
                                        line: e.line, themes: e.themes, visibility: e.visibility ?? .group, text: e.text)
            return .reflected(reflection, session: e.session.flatMap { state.session($0.rawValue) },
                              line: e.line.flatMap { state.line($0.rawValue) })
        case .lineEmerged(let e):
            let line = LearningLine(id: e.line, title: e.title, themes: e.themes, session: e.session, description: e.description,
                                    at: record.at)
            return .identifiedLine(line, session: e.session.flatMap { state.session($0.rawValue) })
        case .harvestContributed(let e):
            let contribution = Contribution(id: e.item, at: record.at, kind: e.kind, contributors: e.contributors, line: e.line,
                                            cycle: e.cycle, title: e.title, text: e.text)
            return .contributed(contribution, line: e.line.flatMap { state.line($0.rawValue) })
        case .eventRetracted(let e):
            return .voided(target: e.target)
        case .cohortOpened, .sessionScheduled, .sessionRescheduled, .sessionCancelled, .feeInvoiced, .subsidyClaimed,
            .dataRedacted:
            return nil
        }
    }

    /// The feed of `log` for `window`.
    public static func read(_ log: VerifiedLog, window: RecordWindow = RecordWindow(),
                            progress: ((_ bytesRead: Int, _ lines: Int) -> Void)? = nil) throws -> XAPIFeed {
        var feed = XAPIFeed()
        try Replay.runKeepingRetractions(log, window: window, progress: progress) { feed.apply($0, $1) }
        return feed
    }
}
