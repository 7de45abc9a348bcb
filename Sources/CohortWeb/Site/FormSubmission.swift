import Foundation
import CohortLog
import CohortProjections

/// A posted form as submissions for the writer: the link's person as `by`, the server's clock as `at`, the
/// form's inputs as the event's `data` fields (a list as repeated inputs or one comma-separated value),
/// the id of a new wish, reflection or assignment the next free one of the person. Inputs that are no
/// field of the type (a forged `by`, `at` or `id` among them) are not read. A field that names who acts
/// (``selfFields``) is the person: given as anyone else, the form is refused, facilitators' forms too
/// (the writer's rules let a facilitator record for anyone; a link records for its person alone).
enum FormSubmission {
    /// Why a form makes no submission.
    enum Refusal: Error, Equatable {
        /// The form names a type this page offers no form for.
        case notOffered(String)
        /// An attendance form without any participant's dagdelen.
        case empty
        /// A field that names who acts names someone other than the link's person.
        case notYours(String)
        /// A field refers to something the person may not see (or that does not exist: the two are told
        /// alike, so that a form cannot probe for what is hidden).
        case unseen(field: String, id: String)
    }

    /// The fields that name who acts, by type: the link's person, always.
    static let selfFields: [EventType: String] = [
        .wishStated: "participant", .reflectionRecorded: "participant", .supportGiven: "from", .assignmentStarted: "participant",
    ]

    /// The submissions of `form`, posted by `person`, at `at`; `taken` is what the writer's rules know of
    /// the log (the ids taken, retracted ones among them).
    static func submissions(
        _ form: FormData, person: Person, offered: [EventType], at: String, taken: RuleState, visible: CohortState
    ) throws(Refusal) -> [Submission] {
        let typeName = form["type"] ?? ""
        guard let type = EventType(rawValue: typeName), offered.contains(type) else { throw .notOffered(typeName) }
        if type == .attendanceRecorded { return try attendance(form, person: person, at: at) }
        var submission = Submission(type: type)
        submission.by = person.id.rawValue
        submission.at = at
        for spec in type.fields {
            let values = form.all(spec.name).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
            if case .id(let kind, .refers) = spec.kind, let id = values.last, !sees(id, kind, in: visible) {
                throw .unseen(field: spec.name, id: id)
            }
            if spec.name == selfFields[type] {
                guard values.allSatisfy({ $0 == person.id.rawValue }) else { throw .notYours(spec.name) }
                submission[field: spec.name] = .text(person.id.rawValue)
                continue
            }
            switch spec.kind {
            case .id(let kind, .introduces) where values.isEmpty:
                submission[field: spec.name] = .text(freeID(kind, of: person.id.rawValue, in: taken))
            case .ids, .texts, .dates:
                let elements = values.flatMap(ListText.elements)
                if !elements.isEmpty { submission[field: spec.name] = .list(elements) }
            case .integer:
                if let value = values.last { submission[field: spec.name] = Int(value) != nil ? .number(value) : .text(value) }
            default:
                if let value = values.last { submission[field: spec.name] = .text(value) }
            }
        }
        return [submission]
    }

    /// Whether the person, who sees `visible`, may see the thing `id` of `kind`.
    static func sees(_ id: String, _ kind: IDKind, in visible: CohortState) -> Bool {
        switch kind {
        case .wish: visible.wish(id) != nil
        case .session: visible.session(id) != nil
        case .line: visible.lines.contains { $0.id.rawValue == id }
        case .assignment: visible.assignments.contains { $0.id.rawValue == id }
        case .person, .participant, .facilitator: visible.person(id) != nil
        default: true
        }
    }

    /// A session's attendance in one form: `session`, then `participant` and `dagdelen` repeated in
    /// pairs; a participant whose dagdelen is left empty is not recorded.
    static func attendance(_ form: FormData, person: Person, at: String) throws(Refusal) -> [Submission] {
        let session = form["session"] ?? ""
        let participants = form.all("participant")
        let dagdelen = form.all("dagdelen")
        var submissions: [Submission] = []
        for (index, participant) in participants.enumerated() where index < dagdelen.count {
            let value = dagdelen[index].trimmingCharacters(in: .whitespaces)
            guard !value.isEmpty else { continue }
            var submission = Submission(type: .attendanceRecorded, line: submissions.count + 1)
            submission.by = person.id.rawValue
            submission.at = at
            submission[field: "session"] = .text(session)
            submission[field: "participant"] = .text(participant)
            submission[field: "dagdelen"] = Int(value) != nil ? .number(value) : .text(value)
            submissions.append(submission)
        }
        guard !submissions.isEmpty else { throw .empty }
        return submissions
    }

    /// The next id of a new thing of `kind` for `person` that the log has never held (a retracted one
    /// stays taken): `w-p03-2`.
    static func freeID(_ kind: IDKind, of person: String, in taken: RuleState) -> String {
        let prefix = switch kind {
        case .wish: "w"
        case .assignment: "a"
        case .reflection: "r"
        default: String(String(describing: kind).prefix(1))
        }
        var number = 1
        while taken.knows("\(prefix)-\(person)-\(number)", kind: kind) || taken.retraction(of: "\(prefix)-\(person)-\(number)", kind: kind) != nil {
            number += 1
        }
        return "\(prefix)-\(person)-\(number)"
    }
}
