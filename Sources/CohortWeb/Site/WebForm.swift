import CohortLog
import CohortProjections

/// One form of a person's page: an event type and its fields, each with the input that fills it. The
/// inputs are named after the event's `data` fields (CLI.md); a hidden `type` names the type and a hidden
/// `csrf` carries the page's token.
struct WebForm: Sendable {
    /// How a field is filled in.
    enum Input: Sendable {
        /// Fixed by the page (the person's own id where a field names them).
        case hidden(String)
        /// A line of text; `list` when it takes several values, separated by commas.
        case text(list: Bool)
        /// Free text: what a person writes (a wish, a reflection, a note).
        case textarea
        /// A whole number in a range.
        case number(ClosedRange<Int>)
        /// One of some values (value and label); `optional` adds an empty choice.
        case select([(value: String, label: String)], optional: Bool)
    }

    /// A field of the form.
    struct Field: Sendable {
        let name: String
        let input: Input
        let required: Bool
    }

    let type: EventType
    let fields: [Field]

    /// The forms a person may fill in on their page, from the cohort as they may see it.
    static func forms(for person: Person, in visible: CohortState, words: WebWords) -> [WebForm] {
        let me = person.id.rawValue
        let visibility = Input.select(Visibility.allCases.map { ($0.rawValue, words.visibility[$0] ?? $0.rawValue) }, optional: true)
        let themes = Field(name: "themes", input: .text(list: true), required: false)
        let sessions = Input.select(
            visible.sessionsInOrder.filter { !$0.isCancelled }.map { ($0.id.rawValue, $0.title) }, optional: true)
        let lines = Input.select(visible.lines.map { ($0.id.rawValue, $0.title) }, optional: true)
        func wishChoice(_ wishes: [Wish], optional: Bool) -> Input {
            .select(wishes.map { wish in (wish.id.rawValue, label(of: wish, in: visible)) }, optional: optional)
        }
        let reflection = WebForm(type: .reflectionRecorded, fields: [
            Field(name: "participant", input: .hidden(me), required: true),
            Field(name: "text", input: .textarea, required: true),
            Field(name: "wish", input: wishChoice(visible.wishes.filter { $0.closing == nil }, optional: true), required: false),
            Field(name: "session", input: sessions, required: false),
            Field(name: "line", input: lines, required: false),
            themes,
            Field(name: "visibility", input: visibility, required: false),
        ])
        if person.role == .facilitator {
            return [reflection]
        }
        // Who withdrew reads their page; the rules refuse any event that names them (rule 5.5).
        guard person.withdrawal == nil else { return [] }
        let active = visible.participants.filter { $0.withdrawal == nil }
        let mine = visible.wishes.filter { $0.owner.rawValue == me && $0.closing == nil }
        let others = visible.wishes.filter { $0.owner.rawValue != me && $0.closing == nil }
        var forms = [
            WebForm(type: .wishStated, fields: [
                Field(name: "participant", input: .hidden(me), required: true),
                Field(name: "text", input: .textarea, required: true),
                themes,
                Field(name: "visibility", input: visibility, required: false),
            ]),
        ]
        if !mine.isEmpty {
            forms.append(WebForm(type: .wishRevised, fields: [
                Field(name: "wish", input: wishChoice(mine, optional: false), required: true),
                Field(name: "text", input: .textarea, required: true),
                themes,
                Field(name: "visibility", input: visibility, required: false),
            ]))
        }
        forms.append(reflection)
        forms.append(WebForm(type: .supportGiven, fields: [
            Field(name: "from", input: .hidden(me), required: true),
            Field(name: "to", input: .select(active.filter { $0.id.rawValue != me }.map { ($0.id.rawValue, $0.shownName) }, optional: false),
                  required: true),
            Field(name: "kind", input: .select(SupportKind.allCases.map { ($0.rawValue, $0.rawValue) }, optional: false), required: true),
            Field(name: "wish", input: wishChoice(others, optional: true), required: false),
            Field(name: "session", input: sessions, required: false),
            Field(name: "note", input: .textarea, required: false),
            Field(name: "visibility", input: visibility, required: false),
        ]))
        let assignments = visible.assignments.filter { $0.owner.rawValue == me && $0.completion == nil }
        if !visible.assignments.contains(where: { $0.owner.rawValue == me }) {
            forms.append(WebForm(type: .assignmentStarted, fields: [
                Field(name: "participant", input: .hidden(me), required: true),
                Field(name: "title", input: .text(list: false), required: true),
                Field(name: "description", input: .textarea, required: false),
                Field(name: "visibility", input: visibility, required: false),
            ]))
        }
        if !assignments.isEmpty {
            let choice = Input.select(assignments.map { ($0.id.rawValue, $0.title?.text ?? $0.id.rawValue) }, optional: false)
            forms.append(WebForm(type: .assignmentProgressed, fields: [
                Field(name: "assignment", input: choice, required: true),
                Field(name: "progress", input: .number(0...100), required: true),
                Field(name: "note", input: .textarea, required: false),
            ]))
            forms.append(WebForm(type: .assignmentCompleted, fields: [
                Field(name: "assignment", input: choice, required: true),
                Field(name: "result", input: .textarea, required: true),
                Field(name: "visibility", input: visibility, required: false),
            ]))
        }
        return forms
    }

    /// The types a person may post from their page: those of their `forms`, and for facilitators a
    /// session's attendance (a form of its own, ``PersonPage``).
    static func offered(_ forms: [WebForm], to person: Person) -> [EventType] {
        forms.map(\.type) + (person.role == .facilitator ? [.attendanceRecorded] : [])
    }

    /// A wish as a choice: its owner's name and the start of its words.
    static func label(of wish: Wish, in state: CohortState) -> String {
        let owner = state.person(wish.owner.rawValue)?.shownName ?? wish.owner.rawValue
        let text = wish.versions.last?.text.text ?? wish.id.rawValue
        return owner + ": " + (text.count > 60 ? String(text.prefix(60)) + "…" : text)
    }
}

extension Person {
    /// What this person may see on their page: a participant's own view, or the facilitators'.
    var ownAudience: Audience { role == .facilitator ? .facilitator : .participant(id) }
}
