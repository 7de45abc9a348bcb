import CohortLog

/// The cohort as its records tell it: the fold every view starts from. It never fails: it trusts the
/// log (the writer checked it) and skips what it cannot place.
///
/// Feed it the records of a window in order (``LogSource/replay(progress:_:)`` leaves out retracted records and the
/// retractions themselves), then read it directly, filter it for an audience
/// (``CohortState/visible(to:)``), or build a view from it.
public struct CohortState: Sendable {
    /// The programme's facts.
    public internal(set) var programme: CohortOpened?
    /// People in the order they joined.
    public internal(set) var people: [Person] = []
    /// Sessions in the order they were scheduled (``sessionsInOrder`` sorts them by day).
    public internal(set) var sessions: [Session] = []
    /// Wishes in the order they were stated.
    public internal(set) var wishes: [Wish] = []
    /// Assignments in the order they were started.
    public internal(set) var assignments: [Assignment] = []
    /// Reflections in log order.
    public internal(set) var reflections: [Reflection] = []
    /// Support in log order.
    public internal(set) var supports: [Support] = []
    /// Attendance, one per session and participant (the latest record).
    public internal(set) var attendance: [Attendance] = []
    /// Learning lines in the order they emerged.
    public internal(set) var lines: [LearningLine] = []
    /// Harvest contributions in log order.
    public internal(set) var contributions: [Contribution] = []
    /// Invoices in log order.
    public internal(set) var invoices: [Invoice] = []
    /// Claims in log order.
    public internal(set) var claims: [Claim] = []
    /// Records folded in.
    public internal(set) var records = 0
    /// The digest of the last record folded in, as the ``LogSource`` that replayed it knows it (zero
    /// when none was; records read for folds are not hashed again).
    public internal(set) var head = Digest.zero
    /// The latest `at` folded in; in a view for an audience (``CohortState/visible(to:)``), the latest `at`
    /// of what that audience may see.
    public internal(set) var lastAt: Timestamp?
    /// The latest `at` of the records every audience may see: the programme, sessions, learning lines and
    /// harvest contributions.
    var lastPublicAt: Timestamp?

    var personIndex: [String: Int] = [:]
    var sessionIndex: [String: Int] = [:]
    var wishIndex: [String: Int] = [:]
    var assignmentIndex: [String: Int] = [:]
    var attendanceIndex: [String: Int] = [:]

    /// An empty cohort.
    public init() {}

    /// The person with `id`, if known.
    public func person(_ id: String) -> Person? { personIndex[id].map { people[$0] } }
    /// The session with `id`, if known.
    public func session(_ id: String) -> Session? { sessionIndex[id].map { sessions[$0] } }
    /// The wish with `id`, if known.
    public func wish(_ id: String) -> Wish? { wishIndex[id].map { wishes[$0] } }
    /// The participants, in the order they registered.
    public var participants: [Person] { people.filter { $0.role == .participant } }
    /// The facilitators, in the order they joined.
    public var facilitators: [Person] { people.filter { $0.role == .facilitator } }
    /// The sessions by first day (then by id).
    public var sessionsInOrder: [Session] {
        sessions.sorted { ($0.firstDay, $0.id.rawValue) < ($1.firstDay, $1.id.rawValue) }
    }

    /// Folds one record in.
    public mutating func apply(_ record: Record) {
        records += 1
        if lastAt.map({ record.at > $0 }) ?? true { lastAt = record.at }
        let at = record.at
        if CohortState.publicTypes.contains(record.type), lastPublicAt.map({ at > $0 }) ?? true { lastPublicAt = at }
        switch record.event {
        case .cohortOpened(let e):
            if programme == nil { programme = e }
        case .facilitatorJoined(let e):
            add(Person(id: e.facilitator.person, role: .facilitator, name: e.name, joinedAt: at))
        case .participantRegistered(let e):
            add(Person(id: e.participant.person, role: .participant, name: e.name, municipality: e.municipality,
                       jobTitle: e.role, email: e.email, joinedAt: at))
        case .participantWithdrew(let e):
            if let index = personIndex[e.participant.rawValue] {
                people[index].withdrawal = Person.Withdrawal(at: at, reason: e.reason)
            }
        case .sessionScheduled(let e):
            guard sessionIndex[e.session.rawValue] == nil else { break }
            sessionIndex[e.session.rawValue] = sessions.count
            sessions.append(Session(id: e.session, title: e.title, kind: e.kind, days: e.days, dagdelen: e.dagdelen,
                                    host: e.host, location: e.location, isCancelled: false, scheduledAt: at))
        case .sessionRescheduled(let e):
            if let index = sessionIndex[e.session.rawValue] {
                sessions[index].days = e.days
                if let dagdelen = e.dagdelen { sessions[index].dagdelen = dagdelen }
            }
        case .sessionCancelled(let e):
            if let index = sessionIndex[e.session.rawValue] { sessions[index].isCancelled = true }
        case .attendanceRecorded(let e):
            let key = e.session.rawValue + "\u{0}" + e.participant.rawValue
            let entry = Attendance(session: e.session, participant: e.participant, dagdelen: e.dagdelen, at: at, note: e.note)
            if let index = attendanceIndex[key] {
                attendance[index] = entry
            } else {
                attendanceIndex[key] = attendance.count
                attendance.append(entry)
            }
        case .wishStated(let e):
            guard wishIndex[e.wish.rawValue] == nil else { break }
            wishIndex[e.wish.rawValue] = wishes.count
            let version = Wish.Version(record: record.id, at: at, text: e.text, themes: e.themes, visibility: e.visibility ?? .group, isStatement: true)
            wishes.append(Wish(id: e.wish, owner: e.participant, versions: [version]))
        case .wishRevised(let e):
            guard let index = wishIndex[e.wish.rawValue] else { break }
            let current = wishes[index]
            wishes[index].versions.append(Wish.Version(
                record: record.id, at: at, text: e.text, themes: e.themes ?? current.themes, visibility: e.visibility ?? current.visibility,
                isStatement: false))
        case .wishClosed(let e):
            if let index = wishIndex[e.wish.rawValue] {
                wishes[index].closing = Wish.Closing(record: record.id, at: at, outcome: e.outcome, into: e.into, note: e.note)
            }
        case .supportGiven(let e):
            supports.append(Support(record: record.id, at: at, from: e.from, to: e.to, kind: e.kind, wish: e.wish,
                                    session: e.session, visibility: e.visibility ?? .group, note: e.note))
        case .assignmentStarted(let e):
            guard assignmentIndex[e.assignment.rawValue] == nil else { break }
            assignmentIndex[e.assignment.rawValue] = assignments.count
            assignments.append(Assignment(id: e.assignment, owner: e.participant, title: e.title, description: e.description,
                                          startVisibility: e.visibility ?? .group, startRecord: record.id, startedAt: at, steps: []))
        case .assignmentProgressed(let e):
            if let index = assignmentIndex[e.assignment.rawValue] {
                assignments[index].steps.append(Assignment.Step(record: record.id, at: at, progress: e.progress, note: e.note))
            }
        case .assignmentCompleted(let e):
            if let index = assignmentIndex[e.assignment.rawValue] {
                let visibility = e.visibility ?? assignments[index].visibility
                assignments[index].completion = Assignment.Completion(record: record.id, at: at, result: e.result, visibility: visibility)
            }
        case .reflectionRecorded(let e):
            reflections.append(Reflection(id: e.reflection, record: record.id, author: e.participant, at: at, session: e.session, wish: e.wish,
                                          line: e.line, themes: e.themes, visibility: e.visibility ?? .group, text: e.text))
        case .lineEmerged(let e):
            lines.append(LearningLine(id: e.line, title: e.title, themes: e.themes, session: e.session,
                                      description: e.description, at: at))
        case .harvestContributed(let e):
            contributions.append(Contribution(id: e.item, record: record.id, at: at, kind: e.kind, contributors: e.contributors, line: e.line,
                                              cycle: e.cycle, title: e.title, text: e.text))
        case .feeInvoiced(let e):
            invoices.append(Invoice(id: e.invoice, participant: e.participant, amount: e.amount, date: e.date, at: at))
        case .subsidyClaimed(let e):
            claims.append(Claim(id: e.claim, at: at, amount: e.amount, participants: e.participants,
                                attendedDagdelen: e.attendedDagdelen, head: e.head, note: e.note))
        case .eventRetracted, .dataRedacted:
            break
        }
    }

    /// The types of records every audience may see (docs/FORMAT.md: sessions, learning lines, harvest
    /// contributions and the cohort itself are public).
    static let publicTypes: Set<EventType> = [
        .cohortOpened, .sessionScheduled, .sessionRescheduled, .sessionCancelled, .lineEmerged, .harvestContributed,
    ]

    mutating func add(_ person: Person) {
        guard personIndex[person.id.rawValue] == nil else { return }
        personIndex[person.id.rawValue] = people.count
        people.append(person)
    }
}
