import CohortLog
import CohortProjections

/// `cohort export LOG --xapi`: xAPI 1.0.3 statements, one per entry of the feed an audience may see, in
/// log order (docs/XAPI.md has the mapping).
///
/// Every statement has an `id` (a UUID derived from the cohort's and the record's ids, and the version
/// of the record's statement), an `actor` (a pseudonymous account: the person's id in the log, never a
/// name or an e-mail address), a `verb`, an `object` and a `context` (the cohort's registration, the
/// cohort as grouping activity, the record's id and when it was recorded); a `timestamp` (the record's
/// `at` as written) but on the voiding of a version, which the learning record store dates when it
/// learns of it; `result` where the record has a text, progress, attendance or an outcome. No `stored`,
/// `authority` or `version`: a learning record store sets those.
public struct XAPIExport: Sendable {
    private let entries: [XAPIFeed.Entry]
    private let builder: Builder?

    /// The statements of `entries` (already filtered for an audience) of the cohort `programme` opened,
    /// with our own IRIs under `vocabulary`'s base; none without a programme (there is no registration to
    /// give them).
    public init(_ entries: [XAPIFeed.Entry], programme: CohortOpened?, vocabulary: XAPIVocabulary = .placeholder) {
        self.entries = entries
        builder = programme.map { Builder(cohort: $0.cohort.rawValue, title: $0.title, vocabulary: vocabulary) }
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
    let vocabulary: XAPIVocabulary
    let registration: NameBasedUUID
    let cohortIRI: String

    init(cohort: String, title: String, vocabulary: XAPIVocabulary) {
        self.cohort = cohort
        self.title = title
        self.vocabulary = vocabulary
        registration = V.registration(cohort: cohort)
        cohortIRI = vocabulary.base + "cohorts/" + cohort
    }

    // MARK: The parts

    /// A name in our own words, in both languages.
    func names(_ english: String, _ dutch: String) -> JSONValue {
        .object([("en-US", .string(english)), ("nl-NL", .string(dutch))])
    }

    /// A title people wrote (of the cohort, a session, a learning line, a contribution): the log does not
    /// say in which language, so it is tagged `und` (BCP 47: undetermined) rather than claimed to be
    /// English or Dutch.
    func written(_ text: String) -> JSONValue {
        .object([("und", .string(text))])
    }

    func verb(_ verb: XAPIVocabulary.Verb) -> JSONValue {
        .object([("id", .string(vocabulary.id(of: verb))), ("display", names(verb.english, verb.dutch))])
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
            ("account", .object([("homePage", .string(vocabulary.base + "cohorts")), ("name", .string(cohort))])),
        ])
    }

    func activity(_ id: String, type: String, name: JSONValue, extensions: [(String, JSONValue)] = []) -> JSONValue {
        var definition: [(String, JSONValue)] = [("name", name), ("type", .string(type))]
        if !extensions.isEmpty { definition.append(("extensions", .object(extensions))) }
        return .object([("objectType", .string("Activity")), ("id", .string(id)), ("definition", .object(definition))])
    }

    var cohortActivity: JSONValue { activity(cohortIRI, type: V.cohortType, name: written(title)) }

    func session(_ id: SessionID, _ session: Session?) -> JSONValue {
        let iri = cohortIRI + "/sessions/" + id.rawValue
        guard let session else { return activity(iri, type: V.sessionType, name: names("Session \(id)", "Bijeenkomst \(id)")) }
        return activity(iri, type: V.sessionType, name: written(session.title), extensions: [
            (vocabulary.extensionIRI("kind"), .string(session.kind.rawValue)),
            (vocabulary.extensionIRI("days"), .array(session.days.sorted().map { .string($0.description) })),
            (vocabulary.extensionIRI("dagdelen"), .int(session.dagdelen)),
        ])
    }

    func wish(_ id: WishID) -> JSONValue {
        activity(cohortIRI + "/wishes/" + id.rawValue, type: vocabulary.wishType, name: names("Learning wish \(id)", "Leerwens \(id)"))
    }

    func assignment(_ id: AssignmentID) -> JSONValue {
        activity(cohortIRI + "/assignments/" + id.rawValue, type: vocabulary.assignmentType, name: names("Assignment \(id)", "Opdracht \(id)"))
    }

    func reflection(_ id: ReflectionID) -> JSONValue {
        activity(cohortIRI + "/reflections/" + id.rawValue, type: vocabulary.reflectionType, name: names("Reflection \(id)", "Reflectie \(id)"))
    }

    func line(_ line: LearningLine) -> JSONValue {
        activity(cohortIRI + "/lines/" + line.id.rawValue, type: vocabulary.lineType, name: written(line.title))
    }

    func line(_ id: LineID) -> JSONValue {
        activity(cohortIRI + "/lines/" + id.rawValue, type: vocabulary.lineType, name: names("Learning line \(id)", "Leerlijn \(id)"))
    }

    func item(_ contribution: Contribution) -> JSONValue {
        let id = contribution.id
        let name = contribution.title.text.map(written) ?? names("Harvest contribution \(id)", "Oogstbijdrage \(id)")
        return activity(cohortIRI + "/harvest/" + id.rawValue, type: vocabulary.itemType, name: name)
    }

    func statementRef(_ record: RecordID, version: Int) -> JSONValue {
        .object([
            ("objectType", .string("StatementRef")),
            ("id", .string(V.statementID(registration: registration, record: record.rawValue, version: version).description)),
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
        let vocabulary: XAPIVocabulary
        var members: [(String, JSONValue)] = []
        var extensions: [(String, JSONValue)] = []
        var redacted: [String] = []

        init(_ vocabulary: XAPIVocabulary) {
            self.vocabulary = vocabulary
        }

        mutating func response(_ text: PersonalText?, field: String) {
            switch text {
            case .text(let value)?: members.append(("response", .string(value)))
            case .redacted?: redacted.append(field)
            case nil: break
            }
        }

        mutating func text(_ text: PersonalText?, field: String) {
            switch text {
            case .text(let value)?: extensions.append((vocabulary.extensionIRI(field), .string(value)))
            case .redacted?: redacted.append(field)
            case nil: break
            }
        }

        mutating func themes(_ themes: [String]) {
            if !themes.isEmpty { extensions.append((vocabulary.extensionIRI("themes"), .array(themes.map { .string($0) }))) }
        }

        mutating func fact(_ name: String, _ value: String) {
            extensions.append((vocabulary.extensionIRI(name), .string(value)))
        }

        /// Attendance as a score: `raw` dagdelen of `max` (nil when the session is unknown or has none),
        /// `min` 0, `scaled` raw / max (xAPI asks for `scaled` in [-1, 1]; without a maximum there is
        /// nothing to scale by, so none).
        mutating func score(raw: Int, max: Int?) {
            var score: [(String, JSONValue)] = []
            if let max { score.append(("scaled", .double(Double(raw) / Double(max)))) }
            score += [("raw", .int(raw)), ("min", .int(0))]
            if let max { score.append(("max", .int(max))) }
            members.append(("score", .object(score)))
        }

        var json: JSONValue? {
            var members = members
            var extensions = extensions
            if !redacted.isEmpty {
                extensions.append((vocabulary.extensionIRI("redacted"), .array(redacted.map { .string($0) })))
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
        var result = Result(vocabulary)
        var parents: [JSONValue] = []
        var others: [JSONValue] = []
        var grouped = true
        var dated = true
        var id = V.statementID(registration: registration, record: entry.record.rawValue, version: entry.version)
        let version = entry.version

        switch entry.act {
        case .registered(let person):
            (actor, verb, object, grouped) = (agent(person.rawValue), V.registered, cohortActivity, false)
        case .joined(let person):
            (actor, verb, object, grouped) = (agent(person.rawValue), V.joined, cohortActivity, false)
        case .withdrew(let person, let reason):
            (actor, verb, object, grouped) = (agent(person.rawValue), V.withdrew, cohortActivity, false)
            result.response(reason, field: "reason")
        case .attended(let person, let sessionID, let snapshot, let dagdelen, let note):
            // An absence (0 dagdelen) is not attending: `missed`, with the same score, so that a later
            // record for the same session and participant reads as a correction of the same kind.
            (actor, verb, object) = (agent(person.rawValue), dagdelen > 0 ? V.attended : V.missed, session(sessionID, snapshot))
            let max = snapshot.flatMap { $0.dagdelen > 0 ? $0.dagdelen : nil }
            result.score(raw: dagdelen, max: max)
            if let max { result.members.append(("completion", .bool(dagdelen >= max))) }
            result.response(note, field: "note")
        case .statedWish(let person, let wishID, let text, let themes):
            (actor, verb, object) = (agent(person.rawValue), V.stated, wish(wishID))
            result.response(text, field: "text")
            result.themes(themes)
        case .revisedWish(let person, let wishID, let text, let themes):
            (actor, verb, object) = (agent(person.rawValue), V.revised, wish(wishID))
            result.response(text, field: "text")
            result.themes(themes)
        case .closedWish(let person, let wishID, let outcome, let into, let note):
            (actor, verb, object) = (agent(person.rawValue), V.closed, wish(wishID))
            // Fulfilled: completed and successful; dropped: not completed; transformed: neither, its work
            // goes on in the wish it became.
            switch outcome {
            case .fulfilled: result.members += [("success", .bool(true)), ("completion", .bool(true))]
            case .dropped: result.members.append(("completion", .bool(false)))
            case .transformed: break
            }
            result.response(note, field: "note")
            result.fact("outcome", outcome.rawValue)
            if let into { others.append(wish(into)) }
        case .supported(let support, let snapshot):
            (actor, verb, object) = (agent(support.from.rawValue), V.supported, agent(support.to.rawValue))
            result.response(support.note, field: "note")
            result.fact("kind", support.kind.rawValue)
            if let sessionID = support.session { parents.append(session(sessionID, snapshot)) }
            if let wishID = support.wish { others.append(wish(wishID)) }
        case .startedAssignment(let person, let assignmentID, let title, let description):
            (actor, verb, object) = (agent(person.rawValue), V.started, assignment(assignmentID))
            result.response(title, field: "title")
            result.text(description, field: "description")
            // An erasure withholds the whole personal member: whether there was a description can no
            // longer be told, so it is named among the erased fields with the title.
            if title == .redacted, description == nil { result.redacted.append("description") }
        case .progressed(let person, let assignmentID, let progress, let note):
            (actor, verb, object) = (agent(person.rawValue), V.progressed, assignment(assignmentID))
            result.response(note, field: "note")
            result.extensions.append((V.progress, .int(progress)))
        case .completedAssignment(let person, let assignmentID, let text, _):
            (actor, verb, object) = (agent(person.rawValue), V.completed, assignment(assignmentID))
            result.members.append(("completion", .bool(true)))
            result.response(text, field: "result")
            result.extensions.append((V.progress, .int(100)))
        case .reflected(let reflection, let snapshot, let lineSnapshot):
            (actor, verb, object) = (agent(reflection.author.rawValue), V.reflected, self.reflection(reflection.id))
            result.response(reflection.text, field: "text")
            result.themes(reflection.themes)
            if let sessionID = reflection.session { parents.append(session(sessionID, snapshot)) }
            if let wishID = reflection.wish { others.append(wish(wishID)) }
            if let lineID = reflection.line { others.append(lineSnapshot.map(line) ?? line(lineID)) }
        case .identifiedLine(let learningLine, let snapshot):
            (actor, verb, object) = (cohortGroup, V.identified, line(learningLine))
            result.response(learningLine.description, field: "description")
            result.themes(learningLine.themes)
            if let sessionID = learningLine.session { parents.append(session(sessionID, snapshot)) }
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
            if let lineID = contribution.line { others.append(lineSnapshot.map(line) ?? line(lineID)) }
        case .voided(let target, let targetVersion):
            (actor, verb, object) = (cohortGroup, V.voided, statementRef(target, version: targetVersion))
        case .voidedVersion:
            // Says no more than which statement, shown to this audience before, no longer holds: not when
            // or why (the record that changed it may be one the audience may not see).
            (actor, verb, object) = (cohortGroup, V.voided, statementRef(entry.record, version: entry.version))
            id = V.voidingID(registration: registration, record: entry.record.rawValue, version: entry.version)
            dated = false
        }

        var activities: [(String, JSONValue)] = []
        if !parents.isEmpty { activities.append(("parent", .array(parents))) }
        if grouped { activities.append(("grouping", .array([cohortActivity]))) }
        if !others.isEmpty { activities.append(("other", .array(others))) }
        var context: [(String, JSONValue)] = [("registration", .string(registration.description))]
        if !activities.isEmpty { context.append(("contextActivities", .object(activities))) }
        var extensions: [(String, JSONValue)] = [(vocabulary.extensionIRI("record"), .string(entry.record.rawValue))]
        if dated { extensions.append((vocabulary.extensionIRI("recorded"), .string(entry.recorded.description))) }
        if version > 0 || !dated { extensions.append((vocabulary.extensionIRI("version"), .int(version))) }
        context.append(("extensions", .object(extensions)))

        var statement: [(String, JSONValue)] = [
            ("id", .string(id.description)),
            ("actor", actor),
            ("verb", self.verb(verb)),
            ("object", object),
        ]
        if let result = result.json { statement.append(("result", result)) }
        statement.append(("context", .object(context)))
        if dated { statement.append(("timestamp", .string(timestamp(entry.at)))) }
        return .object(statement)
    }
}
