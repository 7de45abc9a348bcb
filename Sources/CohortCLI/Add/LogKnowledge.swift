import CohortLog
import CohortProjections
import CohortReports

/// What `cohort add` knows of the log before it writes: who is who, the sessions, the wishes, the ids
/// taken, and who recorded last, for proposals, defaults and checking answers at once.
///
/// Only for proposals and early checks: the writer checks everything again under its lock.
struct LogKnowledge {
    /// The cohort as the log tells it (retracted records left out).
    var cohort = CohortState()
    /// The writer's rule state (ids taken, retracted ones included; roles; sessions' sizes).
    var rules = RuleState()
    /// Who recorded the log's last record.
    var lastBy: String?
    /// Whether the log exists (a first `cohort.opened` has none to know).
    var exists = false

    /// Reads the log at `path`, or knows nothing when there is none yet.
    init(log path: String) throws {
        guard FileSystem.exists(path) else { return }
        exists = true
        var last: String?
        switch try VerifiedLog.open(path, observe: { record, _ in last = record.by.rawValue }) {
        case .verified(let log):
            rules = log.verifier.state
            cohort = try LogSource(log).cohort()
        case .doesNotVerify(let verifier):
            // Nothing to propose from; the writer refuses the log and says why.
            rules = verifier.state
        }
        lastBy = last
    }

    init() {}

    /// Whether `id` of `kind` names a thing the log holds now (introduced and not retracted; a person of
    /// the right role).
    func holds(_ id: String, kind: IDKind) -> Bool {
        switch kind {
        case .participant, .facilitator:
            guard let person = rules.people[id], !person.registrationRetracted else { return false }
            return person.role == (kind == .participant ? .participant : .facilitator)
        case .organiser:
            return rules.organiser == id
        default:
            return rules.knows(id, kind: kind) && rules.retraction(of: id, kind: kind) == nil
        }
    }

    /// Whether `id` is taken in the namespace of `kind` (introduced, even if retracted since).
    func taken(_ id: String, kind: IDKind) -> Bool {
        rules.knows(id, kind: kind) || rules.retraction(of: id, kind: kind) != nil
            || (kind.namespace == .person && rules.organiser == id)
    }

    /// Whether `id` may record events: a known facilitator or participant, or the organiser.
    func isActor(_ id: String) -> Bool {
        holds(id, kind: .participant) || holds(id, kind: .facilitator) || rules.organiser == id
    }

    /// The ids of new things of `kind` that the log holds (not retracted), in log order.
    func introduced(_ kind: IDKind) -> [String] {
        switch kind {
        case .participant, .facilitator, .person:
            return cohort.people.filter { kind == .person || ($0.role == .participant) == (kind == .participant) }.map(\.id.rawValue)
        case .session: return cohort.sessions.map(\.id.rawValue)
        case .wish: return cohort.wishes.map(\.id.rawValue)
        case .assignment: return cohort.assignments.map(\.id.rawValue)
        case .reflection: return cohort.reflections.map(\.id.rawValue)
        case .line: return cohort.lines.map(\.id.rawValue)
        case .item: return cohort.contributions.map(\.id.rawValue)
        case .invoice: return cohort.invoices.map(\.id.rawValue)
        case .claim: return cohort.claims.map(\.id.rawValue)
        default: return []
        }
    }

    /// The ids of `kind` the log holds, with a word on each (a name, a title and day), for prompts; an
    /// erased name shows as `redacted` (the word of the prompts' language), never as nothing.
    func known(_ kind: IDKind, redacted: String = Words.english.redacted) -> [(id: String, label: String)] {
        switch kind {
        case .participant, .facilitator, .person:
            return cohort.people.filter { person in
                kind == .person || (person.role == .participant) == (kind == .participant)
            }.filter { $0.withdrawal == nil }.map { ($0.id.rawValue, $0.name.text ?? redacted) }
        case .session:
            return cohort.sessionsInOrder.filter { !$0.isCancelled }.map { ($0.id.rawValue, "\($0.title), \($0.firstDay)") }
        case .wish:
            return cohort.wishes.filter { $0.closing == nil }.map { ($0.id.rawValue, $0.owner.rawValue) }
        case .assignment:
            return cohort.assignments.filter { $0.completion == nil }.map { ($0.id.rawValue, $0.owner.rawValue) }
        case .line:
            return cohort.lines.map { ($0.id.rawValue, $0.title) }
        default:
            return []
        }
    }
}
