import CohortLog

/// What the xAPI export says, record by record, and how that changed as the log grew: for each record
/// that is a learning experience, what it tells as of the moment it was written (the session as it stood
/// then, the wish's owner and themes then), and for each retraction, which record it voids.
///
/// xAPI statements are immutable: a statement once sent may be voided, never changed. So the feed keeps,
/// besides what each record tells now, what it told at every earlier moment at which a record may have
/// changed what an earlier statement says: a retraction (of that record, or of what it was read against), an
/// erasure (`data.redacted`), and a change of a wish's or an assignment's visibility. Between two such
/// moments the log only adds statements. ``XAPIFeed/entries(visibleTo:)`` replays these moments for one
/// audience and voids each version of a statement that no longer holds (docs/XAPI.md).
///
/// Records that give no statement: `cohort.opened` (the cohort is the registration and the grouping
/// activity of every statement), the sessions' scheduling, moving and cancelling (the sessions are
/// activities), finance (`fee.invoiced`, `subsidy.claimed`) and `data.redacted` (an erasure changes texts,
/// it is no experience). The fold never fails; it skips what it cannot place.
public struct XAPIFeed: Sendable {
    /// One statement an audience is shown: a version of a record's statement, or a voiding.
    public struct Entry: Sendable {
        /// The record's id (the statement's id is derived from it and ``version``).
        public var record: RecordID
        /// The record's position in the log.
        public var seq: Int
        /// When it happened (the statement's timestamp).
        public var at: Timestamp
        /// When it was written to the log.
        public var recorded: Timestamp
        /// What it tells.
        public var act: Act
        /// Which version of the record's statement this is (0: the first this audience was shown; each
        /// change of what the audience is shown of it makes a new one); for ``Act/voidedVersion``, the
        /// version it voids.
        public var version: Int
    }

    /// What a record tells, as of when it was written.
    public enum Act: Sendable, Equatable {
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
        /// A retraction: version `version` of `target`'s statement (the one the audience held when the
        /// retraction came) is void.
        case voided(target: RecordID, version: Int)
        /// Version ``Entry/version`` of this record's statement no longer holds: a newer version follows,
        /// or the audience may no longer see it. Its voiding.
        case voidedVersion

        /// Whether it holds a personal text (what an erasure changes).
        var holdsPersonalText: Bool {
            switch self {
            case .registered, .joined, .voided, .voidedVersion: false
            case .withdrew(_, let reason): reason != nil
            case .attended(_, _, _, _, let note), .closedWish(_, _, _, _, let note), .progressed(_, _, _, let note): note != nil
            case .supported(let support, _): support.note != nil
            case .identifiedLine(let line, _): line.description != nil
            case .statedWish, .revisedWish, .startedAssignment, .completedAssignment, .reflected, .contributed: true
            }
        }
    }

    /// One record that may give a statement, and what it told through the log's history.
    struct Item: Sendable {
        var record: RecordID
        var seq: Int
        var at: Timestamp
        var recorded: Timestamp
        /// The stretch (see ``XAPIFeed/stretches``) it was written in.
        var firstStretch: Int
        /// What it tells from stretch `from` on (nil: no statement, e.g. once its wish was retracted),
        /// the first from ``firstStretch``.
        var acts: [(from: Int, act: Act?)]
        /// Whether its `personal` member is erased in the file.
        var isErasedInFile: Bool
        /// The stretch from which its erasure counts (its `data.redacted`); nil while none came.
        var erasedFrom: Int?
        /// The stretch from which it is retracted: its statement stays as it stood in the stretch before.
        var retractedFrom: Int?
        /// For a retraction: the item of the record it retracts (nil when that is outside the window).
        var retracts: Int?

        /// What it tells in stretch `stretch`.
        func act(in stretch: Int) -> Act? {
            acts.last { $0.from <= stretch }?.act
        }

        /// What it tells now.
        var currentAct: Act? { acts.last?.act }
    }

    /// The programme, from the log's first record whatever the window: the cohort's id is the registration
    /// of every statement.
    public private(set) var programme: CohortOpened?
    /// The records that may give a statement, in log order.
    var items: [Item] = []
    /// Item index by record id.
    var itemIndex: [String: Int] = [:]
    /// The cohort at the end of each stretch but the current one: a stretch ends just before a record that
    /// may change what an earlier statement says (a retraction, an erasure, a change of visibility).
    var stretches: [CohortState] = []
    /// The cohort as the log told it after the records so far.
    var growing = GrowingCohort()

    /// The cohort of the window as the reports see it (retracted records left out), unfiltered.
    public var state: CohortState { growing.state }

    /// An empty feed.
    public init() {}

    /// Folds in one record, with where it stands in the window.
    public mutating func apply(_ record: Record, _ standing: LogSource.Standing) {
        if case .cohortOpened(let e) = record.event, programme == nil { programme = e }
        guard standing != .outside else { return }
        switch record.event {
        case .eventRetracted(let e):
            endStretch()
            let target = itemIndex[e.target.rawValue]
            if let target { items[target].retractedFrom = stretches.count }
            add(record, act: .voided(target: e.target, version: 0), retracts: target)
            // What the records since the retracted one tell, read again without it.
            let stretch = stretches.count
            var growing = self.growing
            self.growing = GrowingCohort()
            growing.retract(e.target) { again, before in
                guard let index = itemIndex[again.id.rawValue], items[index].retractedFrom == nil else { return }
                let act = act(of: again, in: before)
                if act != items[index].currentAct { items[index].acts.append((from: stretch, act: act)) }
            }
            self.growing = growing
            return
        case .dataRedacted(let e):
            endStretch()
            for target in e.targets {
                guard let index = itemIndex[target.rawValue], items[index].isErasedInFile, items[index].erasedFrom == nil else { continue }
                items[index].erasedFrom = stretches.count
            }
        case .wishRevised(let e):
            if let wish = growing.state.wish(e.wish.rawValue), let visibility = e.visibility, visibility != wish.visibility {
                endStretch()
            }
        case .assignmentCompleted(let e):
            if let assignment = growing.state.assignment(e.assignment.rawValue), let visibility = e.visibility,
                visibility != assignment.visibility {
                endStretch()
            }
        default:
            break
        }
        if let act = act(of: record, in: growing.state) { add(record, act: act, retracts: nil) }
        growing.add(record, willBeRetracted: standing == .retracted)
    }

    /// Ends the current stretch: what the cohort was just before the record that may change earlier statements.
    mutating func endStretch() {
        stretches.append(growing.state)
    }

    mutating func add(_ record: Record, act: Act, retracts: Int?) {
        itemIndex[record.id.rawValue] = items.count
        items.append(Item(record: record.id, seq: record.seq, at: record.at, recorded: record.recorded,
                          firstStretch: stretches.count, acts: [(from: stretches.count, act: act)],
                          isErasedInFile: record.isErased, retracts: retracts))
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
            let reflection = Reflection(id: e.reflection, record: record.id, author: e.participant, at: record.at, session: e.session, wish: e.wish,
                                        line: e.line, themes: e.themes, visibility: e.visibility ?? .group, text: e.text)
            return .reflected(reflection, session: e.session.flatMap { state.session($0.rawValue) },
                              line: e.line.flatMap { state.line($0.rawValue) })
        case .lineEmerged(let e):
            let line = LearningLine(id: e.line, title: e.title, themes: e.themes, session: e.session, description: e.description,
                                    at: record.at)
            return .identifiedLine(line, session: e.session.flatMap { state.session($0.rawValue) })
        case .harvestContributed(let e):
            let contribution = Contribution(id: e.item, record: record.id, at: record.at, kind: e.kind, contributors: e.contributors, line: e.line,
                                            cycle: e.cycle, title: e.title, text: e.text)
            return .contributed(contribution, line: e.line.flatMap { state.line($0.rawValue) })
        case .eventRetracted, .cohortOpened, .sessionScheduled, .sessionRescheduled, .sessionCancelled, .feeInvoiced,
            .subsidyClaimed, .dataRedacted:
            return nil
        }
    }

    /// The feed of `log` for `window`.
    public static func read(_ source: LogSource,
                            progress: ((_ bytesRead: Int, _ lines: Int) -> Void)? = nil) throws -> XAPIFeed {
        var feed = XAPIFeed()
        try source.forEach(progress: progress) { record, standing, _ in feed.apply(record, standing) }
        return feed
    }
}
