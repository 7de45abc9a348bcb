import Foundation
import CohortLog
import CohortProjections

/// A posted form as submissions for the writer: the link's person as `by`, the server's clock as `at`, the
/// form's inputs as the event's `data` fields (a list as repeated inputs or one comma-separated value),
/// the id of a new wish, reflection or assignment the next free one of the person. Inputs that are no
/// field of the type (a forged `by`, `at` or `id` among them) are not read.
enum FormSubmission {
    /// Why a form makes no submission.
    enum Refusal: Error, Equatable {
        /// The form names a type this page offers no form for.
        case notOffered(String)
        /// An attendance form without any participant's dagdelen.
        case empty
    }

    /// The submissions of `form`, posted by `person`, at `at`; `known` is the whole cohort (for free ids).
    static func submissions(
        _ form: FormData, person: Person, offered: [EventType], at: String, known: CohortState
    ) throws(Refusal) -> [Submission] {
        let typeName = form["type"] ?? ""
        guard let type = EventType(rawValue: typeName), offered.contains(type) else { throw .notOffered(typeName) }
        if type == .attendanceRecorded { return try attendance(form, person: person, at: at) }
        var submission = Submission(type: type)
        submission.by = person.id.rawValue
        submission.at = at
        for spec in type.fields {
            let values = form.all(spec.name).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
            switch spec.kind {
            case .id(let kind, .introduces) where values.isEmpty:
                submission[field: spec.name] = .text(freeID(kind, of: person.id.rawValue, in: known))
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

    /// The next id of a new thing of `kind` for `person` that the log does not hold: `w-p03-2`.
    static func freeID(_ kind: IDKind, of person: String, in state: CohortState) -> String {
        let (prefix, taken): (String, Set<String>) = switch kind {
        case .wish: ("w", Set(state.wishes.map(\.id.rawValue)))
        case .assignment: ("a", Set(state.assignments.map(\.id.rawValue)))
        case .reflection: ("r", Set(state.reflections.map(\.id.rawValue)))
        default: (String(describing: kind).prefix(1).lowercased(), [])
        }
        var number = 1
        while taken.contains("\(prefix)-\(person)-\(number)") { number += 1 }
        return "\(prefix)-\(person)-\(number)"
    }
}
