import CohortLog
import CohortProjections

/// `cohort export LOG --xapi`: xAPI 1.0.3 statements, one per entry of the feed an audience may see, in
/// log order (docs/XAPI.md has the mapping).
///
/// Every statement has an `id` (a UUID derived from the cohort's and the record's ids), an `actor` (a
/// pseudonymous account: the person's id in the log, never a name or an e-mail address), a `verb`, an
/// `object`, a `context` (the cohort's registration, the cohort as grouping activity, the record's id and
/// when it was recorded) and a `timestamp` (the record's `at` as written); `result` where the record has a
/// text, progress, attendance or an outcome. No `stored`, `authority` or `version`: a learning record
/// store sets those.
public struct XAPIExport: Sendable {
    private let entries: [XAPIFeed.Entry]
    private let builder: Builder?

    /// The statements of `entries` (already filtered for an audience) of the cohort `programme` opened;
    /// none without a programme (there is no registration to give them).
    public init(_ entries: [XAPIFeed.Entry], programme: CohortOpened?) {
        self.entries = entries
        builder = programme.map { Builder(cohort: $0.cohort.rawValue, title: $0.title) }
    }

    /// The statements.
    public var statements: [JSONValue] {
        guard let builder else { return [] }
        return entries.map(builder.statement)
    }

    /// Writes one JSON array, a statement to a line (so that a diff shows statements), ended by a newline;
    /// statement by statement, so that a long log is not held twice in memory.
    public func write(_ emit: (String) -> Void) {
        guard let builder, !entries.isEmpty else { return emit("[]\n") }
        emit("[\n")
        for (index, entry) in entries.enumerated() {
            emit(builder.statement(entry).serialized + (index == entries.count - 1 ? "\n]\n" : ",\n"))
        }
    }

    /// The whole array as text (see ``write(_:)``).
    public var text: String {
        var text = ""
        write { text += $0 }
        return text
    }
}

/// Builds the statements of one cohort.
private struct Builder: Sendable {
    typealias V = XAPIVocabulary

    let cohort: String
    let title: String
    let registration: NameBasedUUID
    let cohortIRI: String

    init(cohort: String, title: String) {
        self.cohort = cohort
        self.title = title
        registration = V.registration(cohort: cohort)
        cohortIRI = V.base + "cohorts/" + cohort
    }

    // MARK: The parts

    /// Both languages of a name: the words are ours, titles are the cohort's own (names, not translated).
    func names(_ english: String, _ dutch: String) -> JSONValue {
        .object([("en-US", .string(english)), ("nl-NL", .string(dutch))])
    }

    func verb(_ verb: XAPIVocabulary.Verb) -> JSONValue {
        .object([("id", .string(verb.id)), ("display", names(verb.english, verb.dutch))])
    }

    /// A person as a pseudonymous account: their id in the log, on the cohort's home page.
    func agent(_ person: String) -> JSONValue {
        .object([
            ("objectType", .string("Agent")),
            ("account", .object([("homePage", .string(cohortIRI)), ("name", .string(person))])),
        ])
    }

    /// The cohort itself as an identified group (who identifies learning lines and voids statements).
    var cohortGroup: JSONValue {
        .object([
            ("objectType", .string("Group")),
            ("account", .object([("homePage", .string(V.base + "cohorts")), ("name", .string(cohort))])),
        ])
    }

    func activity(_ id: String, type: String, name: JSONValue, extensions: [(String, JSONValue)] = []) -> JSONValue {
        var definition: [(String, JSONValue)] = [("name", name), ("type", .string(type))]
        if !extensions.isEmpty { definition.append(("extensions", .object(extensions))) }
        return .object([("objectType", .string("Activity")), ("id", .string(id)), ("definition", .object(definition))])
    }

    var cohortActivity: JSONValue { activity(cohortIRI, type: V.cohortType, name: names(title, title)) }

    func session(_ id: SessionID, _ session: Session?) -> JSONValue {
        let iri = cohortIRI + "/sessions/" + id.rawValue
        guard let session else { return activity(iri, type: V.sessionType, name: names("Session \(id)", "Bijeenkomst \(id)")) }
        return activity(iri, type: V.sessionType, name: names(session.title, session.title), extensions: [
            (V.extensionIRI("kind"), .string(session.kind.rawValue)),
            (V.extensionIRI("days"), .array(session.days.map { .string($0.description) })),
            (V.extensionIRI("dagdelen"), .int(session.dagdelen)),
        ])
    }

    func wish(_ id: WishID) -> JSONValue {
        activity(cohortIRI + "/wishes/" + id.rawValue, type: V.wishType, name: names("Learning wish \(id)", "Leerwens \(id)"))
    }

    func assignment(_ id: AssignmentID) -> JSONValue {
        activity(cohortIRI + "/assignments/" + id.rawValue, type: V.assignmentType, name: names("Assignment \(id)", "Opdracht \(id)"))
    }

    func reflection(_ id: ReflectionID) -> JSONValue {
        activity(cohortIRI + "/reflections/" + id.rawValue, type: V.reflectionType, name: names("Reflection \(id)", "Reflectie \(id)"))
    }

    func line(_ line: LearningLine) -> JSONValue {
        activity(cohortIRI + "/lines/" + line.id.rawValue, type: V.lineType, name: names(line.title, line.title))
    }

    func line(_ id: LineID) -> JSONValue {
        activity(cohortIRI + "/lines/" + id.rawValue, type: V.lineType, name: names("Learning line \(id)", "Leerlijn \(id)"))
    }

    func item(_ contribution: Contribution) -> JSONValue {
        let id = contribution.id
        let name = contribution.title.text.map { names($0, $0) } ?? names("Harvest contribution \(id)", "Oogstbijdrage \(id)")
        return activity(cohortIRI + "/harvest/" + id.rawValue, type: V.itemType, name: name)
    }

    func statementRef(_ record: RecordID) -> JSONValue {
        .object([
            ("objectType", .string("StatementRef")),
            ("id", .string(V.statementID(registration: registration, record: record.rawValue).description)),
        ])
    }

    /// The record's `at` as written; `-00:00` (RFC 3339's unknown offset, which xAPI does not allow) as
    /// the same instant in UTC.
    func timestamp(_ at: Timestamp) -> String {
        let written = at.description
        return written.hasSuffix("-00:00") ? at.inUTC.description : written
    }

    // MARK: Results

    /// A result under construction: the record's main text as `response`, its other texts and facts as
    /// extensions, and the names of erased texts under `…/extensions/redacted`.
    struct Result {
        var members: [(String, JSONValue)] = []
        var extensions: [(String, JSONValue)] = []
        var redacted: [String] = []

        mutating func response(_ text: PersonalText?, field: String) {
            switch text {
            case .text(let value)?: members.append(("response", .string(value)))
            case .redacted?: redacted.append(field)
            case nil: break
            }
        }

        mutating func text(_ text: PersonalText?, field: String) {
            switch text {
            case .text(let value)?: extensions.append((XAPIVocabulary.extensionIRI(field), .string(value)))
            case .redacted?: redacted.append(field)
            case nil: break
            }
        }

        mutating func themes(_ themes: [String]) {
            if !themes.isEmpty { extensions.append((XAPIVocabulary.extensionIRI("themes"), .array(themes.map { .string($0) }))) }
        }

        mutating func fact(_ name: String, _ value: String) {
            extensions.append((XAPIVocabulary.extensionIRI(name), .string(value)))
        }

        var json: JSONValue? {
            var members = members
            var extensions = extensions
            if !redacted.isEmpty {
                extensions.append((XAPIVocabulary.extensionIRI("redacted"), .array(redacted.map { .string($0) })))
            }
            if !extensions.isEmpty { members.append(("extensions", .object(extensions))) }
            return members.isEmpty ? nil : .object(members)
        }
    }

    // MARK: The statement

    func statement(_ entry: XAPIFeed.Entry) -> JSONValue {
        var actor: JSONValue
        var verb: XAPIVocabulary.Verb
        var object: JSONValue
        var result = Result()
        var parents: [JSONValue] = []
        var others: [JSONValue] = []
        var grouped = true

        switch entry.act {
        case .registered(let person):
            (actor, verb, object, grouped) = (agent(person.rawValue), V.registered, cohortActivity, false)
        case .joined(let person):
            (actor, verb, object, grouped) = (agent(person.rawValue), V.joined, cohortActivity, false)
        case .withdrew(let person, let reason):
            (actor, verb, object, grouped) = (agent(person.rawValue), V.withdrew, cohortActivity, false)
            result.response(reason, field: "reason")
        case .attended(let person, let sessionID, let snapshot, let dagdelen, let note):
            (actor, verb, object) = (agent(person.rawValue), V.attended, session(sessionID, snapshot))
            var score: [(String, JSONValue)] = [("raw", .int(dagdelen)), ("min", .int(0))]
            if let snapshot, snapshot.dagdelen > 0 {
                score.append(("max", .int(snapshot.dagdelen)))
                result.members.append(("score", .object(score)))
                result.members.append(("completion", .bool(dagdelen >= snapshot.dagdelen)))
            } else {
                result.members.append(("score", .object(score)))
            }
            result.response(note, field: "note")
        case .statedWish(let person, let id, let text, let themes):
            (actor, verb, object) = (agent(person.rawValue), V.stated, wish(id))
            result.response(text, field: "text")
            result.themes(themes)
        case .revisedWish(let person, let id, let text, let themes):
            (actor, verb, object) = (agent(person.rawValue), V.revised, wish(id))
            result.response(text, field: "text")
            result.themes(themes)
        case .closedWish(let person, let id, let outcome, let into, let note):
            (actor, verb, object) = (agent(person.rawValue), V.closed, wish(id))
            result.members.append(("completion", .bool(true)))
            result.response(note, field: "note")
            result.fact("outcome", outcome.rawValue)
            if let into { others.append(wish(into)) }
        case .supported(let support, let snapshot):
            (actor, verb, object) = (agent(support.from.rawValue), V.supported, agent(support.to.rawValue))
            result.response(support.note, field: "note")
            result.fact("kind", support.kind.rawValue)
            if let id = support.session { parents.append(session(id, snapshot)) }
            if let id = support.wish { others.append(wish(id)) }
        case .startedAssignment(let person, let id, let title, let description):
            (actor, verb, object) = (agent(person.rawValue), V.started, assignment(id))
            result.response(title, field: "title")
            result.text(description, field: "description")
        case .progressed(let person, let id, let progress, let note):
            (actor, verb, object) = (agent(person.rawValue), V.progressed, assignment(id))
            result.response(note, field: "note")
            result.extensions.append((V.progress, .int(progress)))
        case .completedAssignment(let person, let id, let text, _):
            (actor, verb, object) = (agent(person.rawValue), V.completed, assignment(id))
            result.members.append(("completion", .bool(true)))
            result.response(text, field: "result")
            result.extensions.append((V.progress, .int(100)))
        case .reflected(let reflection, let snapshot, let lineSnapshot):
            (actor, verb, object) = (agent(reflection.author.rawValue), V.reflected, self.reflection(reflection.id))
            result.response(reflection.text, field: "text")
            result.themes(reflection.themes)
            if let id = reflection.session { parents.append(session(id, snapshot)) }
            if let id = reflection.wish { others.append(wish(id)) }
            if let id = reflection.line { others.append(lineSnapshot.map(line) ?? line(id)) }
        case .identifiedLine(let learningLine, let snapshot):
            (actor, verb, object) = (cohortGroup, V.identified, line(learningLine))
            result.response(learningLine.description, field: "description")
            result.themes(learningLine.themes)
            if let id = learningLine.session { parents.append(session(id, snapshot)) }
        case .contributed(let contribution, let lineSnapshot):
            let contributors = contribution.contributors.map { agent($0.rawValue) }
            switch contributors.count {
            case 0: actor = cohortGroup
            case 1: actor = contributors[0]
            default: actor = .object([("objectType", .string("Group")), ("member", .array(contributors))])
            }
            (verb, object) = (V.shared, item(contribution))
            result.response(contribution.text, field: "text")
            if contribution.title.text == nil { result.redacted.append("title") }
            result.fact("kind", contribution.kind.rawValue)
            if let cycle = contribution.cycle { result.fact("cycle", cycle.rawValue) }
            if let id = contribution.line { others.append(lineSnapshot.map(line) ?? line(id)) }
        case .voided(let target):
            (actor, verb, object) = (cohortGroup, V.voided, statementRef(target))
        }

        var activities: [(String, JSONValue)] = []
        if !parents.isEmpty { activities.append(("parent", .array(parents))) }
        if grouped { activities.append(("grouping", .array([cohortActivity]))) }
        if !others.isEmpty { activities.append(("other", .array(others))) }
        var context: [(String, JSONValue)] = [("registration", .string(registration.description))]
        if !activities.isEmpty { context.append(("contextActivities", .object(activities))) }
        context.append(("extensions", .object([
            (V.extensionIRI("record"), .string(entry.record.rawValue)),
            (V.extensionIRI("recorded"), .string(entry.recorded.description)),
        ])))

        var statement: [(String, JSONValue)] = [
            ("id", .string(V.statementID(registration: registration, record: entry.record.rawValue).description)),
            ("actor", actor),
            ("verb", self.verb(verb)),
            ("object", object),
        ]
        if let result = result.json { statement.append(("result", result)) }
        statement.append(("context", .object(context)))
        statement.append(("timestamp", .string(timestamp(entry.at))))
        return .object(statement)
    }
}
