import CohortLog
import CohortProjections

/// What `cohort add` proposes for a field left out: the next free id of a new thing (`w-p03-2`), the
/// recorder's own id, the session held on the event's day, the wish the participant last worked on.
///
/// A proposal is only a starting point: an interactive answer replaces it, and the writer checks it.
struct AddProposals {
    let knowledge: LogKnowledge
    /// The `by` when none is given: `COHORT_BY`, else who recorded the log's last record.
    let defaultBy: String?

    /// The proposal for `flag` given the values in `draft` so far, if one makes sense.
    func proposal(for flag: FieldFlag, in draft: AddDraft) -> String? {
        let by = draft.value("by")
        switch flag.envelope {
        case "by": return defaultBy
        case "at", "id": return nil
        default: break
        }
        switch flag.spec.kind {
        case .id(let kind, .introduces):
            return newID(kind, owner: owner(in: draft))
        case .id(let kind, .refers):
            switch kind {
            case .participant, .person:
                // The recorder's own id, where the field names the one who acts (not the receiver).
                guard flag.name != "to", flag.name != "host", let by, knowledge.holds(by, kind: kind) || (kind == .person && knowledge.isActor(by))
                else { return nil }
                if draft.type == .feeInvoiced || draft.type == .attendanceRecorded || draft.type == .participantWithdrew { return nil }
                return by
            case .session:
                return sessionOf(day: day(of: draft))
            case .wish where flag.name == "wish":
                return lastWish(of: wishOwner(in: draft))
            case .assignment:
                return lastAssignment(of: draft.value("participant") ?? by)
            default:
                return nil
            }
        case .integer where draft.type == .attendanceRecorded && flag.name == "dagdelen":
            // Present for the whole session.
            return draft.value("session").flatMap { knowledge.rules.sessions[$0]?.dagdelen }.map(String.init)
        case .integer where draft.type == .feeInvoiced && flag.name == "amount-cents":
            return knowledge.cohort.programme.map { String($0.fee.amount.value) }
        default:
            return nil
        }
    }

    /// Whose new thing it is: the draft's participant, else its recorder.
    func owner(in draft: AddDraft) -> String? {
        draft.value("participant") ?? draft.value("by")
    }

    /// Whose wish a field names: the receiver of support, else the participant, else the recorder.
    func wishOwner(in draft: AddDraft) -> String? {
        draft.value("to") ?? draft.value("participant") ?? draft.value("by")
    }

    /// The day the event happened: its `at` in its own offset.
    func day(of draft: AddDraft) -> Day? {
        draft.value("at").flatMap(Timestamp.init)?.localDay
    }

    /// The prefix of new ids of `kind`, and whether they carry their owner's id (`w-p03-2`).
    static func pattern(_ kind: IDKind) -> (prefix: String, owned: Bool)? {
        switch kind {
        case .wish: ("w-", true)
        case .reflection: ("ref-", true)
        case .assignment: ("as-", true)
        case .invoice: ("inv-", true)
        case .session: ("s", false)
        case .participant: ("p", false)
        case .facilitator: ("f", false)
        case .line: ("l-", false)
        case .item: ("h-", false)
        case .claim: ("claim-", false)
        default: nil
        }
    }

    /// The next free id of `kind`: one more than the highest number after its prefix (with the owner's
    /// id for owned kinds: `w-p03-` + 2), as wide as the widest taken (`p` + `11` after `p10`).
    func newID(_ kind: IDKind, owner: String?) -> String? {
        guard let (prefix, owned) = AddProposals.pattern(kind) else { return nil }
        var stem = prefix
        if owned {
            guard let owner else { return nil }
            stem += owner + "-"
        }
        var highest = 0
        var width = 1
        for id in takenIDs(kind) where id.hasPrefix(stem) {
            let digits = id.dropFirst(stem.count)
            guard !digits.isEmpty, digits.allSatisfy({ ("0"..."9").contains($0) }), let number = Int(digits) else { continue }
            highest = max(highest, number)
            width = max(width, digits.count)
        }
        // A bare owned id such as as-p03 counts as the first.
        if owned && taken(String(stem.dropLast()), kind) { highest = max(highest, 1) }
        var number = highest + 1
        while true {
            let digits = String(number)
            let candidate = stem + String(repeating: "0", count: max(0, width - digits.count)) + digits
            if !taken(candidate, kind) { return candidate }
            number += 1
        }
    }

    func taken(_ id: String, _ kind: IDKind) -> Bool { knowledge.taken(id, kind: kind) }

    /// The ids of `kind` known to the log (from the cohort's fold; retracted ones are checked with
    /// ``LogKnowledge/taken(_:kind:)``).
    func takenIDs(_ kind: IDKind) -> [String] {
        let cohort = knowledge.cohort
        switch kind {
        case .wish: return cohort.wishes.map(\.id.rawValue)
        case .reflection: return cohort.reflections.map(\.id.rawValue)
        case .assignment: return cohort.assignments.map(\.id.rawValue)
        case .invoice: return cohort.invoices.map(\.id.rawValue)
        case .session: return cohort.sessions.map(\.id.rawValue)
        case .participant, .facilitator: return cohort.people.map(\.id.rawValue)
        case .line: return cohort.lines.map(\.id.rawValue)
        case .item: return cohort.contributions.map(\.id.rawValue)
        case .claim: return cohort.claims.map(\.id.rawValue)
        default: return []
        }
    }

    /// The session held on `day`; else the last one begun before it (not cancelled).
    func sessionOf(day: Day?) -> String? {
        let sessions = knowledge.cohort.sessionsInOrder.filter { !$0.isCancelled }
        guard let day else { return nil }
        if let today = sessions.first(where: { $0.days.contains(day) }) { return today.id.rawValue }
        return sessions.last { $0.firstDay <= day }?.id.rawValue
    }

    /// The open wish of `owner` with the latest activity (stated, revised, reflected on, supported).
    func lastWish(of owner: String?) -> String? {
        guard let owner else { return nil }
        let cohort = knowledge.cohort
        var best: (id: String, at: Timestamp)?
        for wish in cohort.wishes where wish.owner.rawValue == owner && wish.closing == nil {
            var latest = wish.versions.last?.at ?? wish.statedAt
            for reflection in cohort.reflections where reflection.wish == wish.id { latest = max(latest, reflection.at) }
            for support in cohort.supports where support.wish == wish.id { latest = max(latest, support.at) }
            if let current = best, latest < current.at { continue }
            best = (wish.id.rawValue, latest)
        }
        return best?.id
    }

    /// The open assignment of `owner` started or progressed last.
    func lastAssignment(of owner: String?) -> String? {
        guard let owner else { return nil }
        return knowledge.cohort.assignments
            .filter { $0.owner.rawValue == owner && $0.completion == nil }
            .max { ($0.steps.last?.at ?? $0.startedAt) < ($1.steps.last?.at ?? $1.startedAt) }?.id.rawValue
    }
}
