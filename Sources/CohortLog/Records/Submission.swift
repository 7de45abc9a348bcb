/// An event put together by a program rather than read from a JSON line: `cohort add`'s flags, a row of
/// a spreadsheet for `cohort import`, a test's values. The envelope as given and each field's value
/// keyed by its path (`data.text`, `data.fee.amountCents`; personal fields stand flat in `data`, as they
/// may in a submitted line).
///
/// ``read()`` checks it against the type's fields directly, with the same checks and the same messages
/// as a submitted line gets from ``SubmissionReader``, and gives the event to seal:
///
///     var submission = Submission(type: .wishStated, line: 1)
///     submission.at = "2014-06-12T11:05:00+02:00"
///     submission.by = "p03"
///     submission[field: "wish"] = .text("w-p03-1")
///     submission[field: "themes"] = .list(["vertrouwen"])
///     let event = try submission.read().get()
public struct Submission: Sendable {
    /// The event's type.
    public var type: EventType
    /// The line it stands for, for messages (a spreadsheet's row; 1 for `cohort add`).
    public var line: Int
    /// The id, when one is given (else the writer derives one).
    public var id: String?
    /// When it happened, RFC 3339 with its offset.
    public var at: String?
    /// Who records it.
    public var by: String?
    /// The values given, by path.
    public var values: [FieldPath: SubmittedValue] = [:]
    /// The text it was made from (a spreadsheet's row), shown in messages about it; its ``jsonLine``
    /// when nil.
    public var source: ArraySlice<UInt8>?

    /// A submission of `type` without values.
    public init(type: EventType, line: Int = 1) {
        self.type = type
        self.line = line
    }

    /// The value of the top-level field `name` (`data.name`).
    public subscript(field name: String) -> SubmittedValue? {
        get { values[FieldPath.data.appending(name)] }
        set { values[FieldPath.data.appending(name)] = newValue }
    }

    /// The submission as a line of JSON in the writer's canonical form (`{"type":…,"id":…,"at":…,"by":…,
    /// "data":{…}}`, data's members in lexicographic order): what it would be as a line of a file, shown
    /// in messages and hashed where an id is derived from a row's content. It is never read back.
    public var jsonLine: [UInt8] {
        var json: [UInt8] = Array(#"{"type":"#.utf8)
        JSONEscapes.appendQuoted(type.rawValue, to: &json)
        for (member, value) in [("id", id), ("at", at), ("by", by)] {
            guard let value else { continue }
            json += Array(",\"\(member)\":".utf8)
            JSONEscapes.appendQuoted(value, to: &json)
        }
        json += Array(#","data":"#.utf8)
        appendObject(at: .data, specs: type.fields, personal: true, to: &json)
        json.append(UInt8(ascii: "}"))
        return json
    }

    /// The names of the fields given under `path` (a value at the name itself or below it), in `specs`.
    func given(under path: FieldPath, in specs: [FieldSpec]) -> [FieldSpec] {
        specs.filter { spec in
            let field = path.appending(spec.name)
            return values.keys.contains { $0 == field || $0.components.starts(with: field.components) }
        }
    }

    /// Appends the object of the fields given under `path` canonically; personal fields only with
    /// `personal`.
    func appendObject(at path: FieldPath, specs: [FieldSpec], personal: Bool, to out: inout [UInt8]) {
        let fields = given(under: path, in: specs).filter { personal || !$0.isPersonal }
        CanonicalJSON.appendObject(fields.map(\.name), to: &out) { index, out in
            appendValue(at: path.appending(fields[index].name), spec: fields[index], to: &out)
        }
    }

    /// Appends the value at `path` canonically.
    func appendValue(at path: FieldPath, spec: FieldSpec, to out: inout [UInt8]) {
        if let value = values[path] {
            value.appendJSON(to: &out)
        } else if case .object(let nested) = spec.kind {
            appendObject(at: path, specs: nested, personal: true, to: &out)
        }
    }
}

/// A value as a program gives it: a text, a number as written (`12`, or `1.5`, which a whole-number field
/// refuses), or a list of texts.
public enum SubmittedValue: Sendable, Equatable {
    case text(String)
    case number(String)
    case list([String])

    /// The value in JSON, canonically (a number with a fraction as written).
    func appendJSON(to out: inout [UInt8]) {
        switch self {
        case .text(let text): JSONEscapes.appendQuoted(text, to: &out)
        case .number(let raw):
            if let integer = SubmittedValue.integer(raw) { out += Array(String(integer).utf8) } else { out += Array(raw.utf8) }
        case .list(let elements):
            out.append(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                JSONEscapes.appendQuoted(element, to: &out)
            }
            out.append(UInt8(ascii: "]"))
        }
    }

    /// A number as written, as a whole number when it is one of at most 15 digits (as ``JSONTape``
    /// reads one).
    static func integer(_ raw: String) -> Int? {
        var digits = Substring(raw)
        let negative = digits.hasPrefix("-")
        if negative { digits = digits.dropFirst() }
        guard !digits.isEmpty, digits.count <= 15, digits.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        guard let value = Int(digits) else { return nil }
        return negative ? -value : value
    }
}

extension Submission {
    /// Checks the submission as ``SubmissionReader`` checks a submitted line (the envelope, then every
    /// field), and gives the event to seal, or every problem, each with this submission's line.
    public func read() -> Result<SubmittedEvent, Diagnostics> {
        let line = source ?? jsonLine[...]
        var problems: [Diagnostic] = []
        func problem(_ check: DiagnosticCode, _ field: FieldPath?, _ message: String, hint: String? = nil) {
            problems.append(Diagnostic(
                line: self.line, check: check, field: field, message: message, hint: hint,
                excerpt: SubmittedEvent.excerpt(of: line)))
        }
        var givenID: RecordID?
        if let id {
            givenID = RecordID(id)
            if givenID == nil {
                problem(.formatID, "id", "id \(quoted(id)) is not a valid id",
                        hint: "an id matches \(IDPattern.text), or leave it out and the writer derives one")
            }
        }
        var when: Timestamp?
        if let at {
            // As written in JSON: a text that needs escaping is no timestamp.
            var written: [UInt8] = []
            JSONEscapes.appendQuoted(at, to: &written)
            let escaped = written.count != at.utf8.count + 2
            let parsed = written.dropFirst().dropLast().withUnsafeBytes { Timestamp.parse($0) }
            switch parsed {
            case .success(let value) where !escaped: when = value
            case .success: problem(.formatTimestamp, "at", "at \(quoted(at)) is not an RFC 3339 timestamp")
            case .failure(let error):
                problem(.formatTimestamp, "at", "at \(quoted(at)) \(error.message)", hint: "for example 2014-06-12T11:05:00+02:00")
            }
        } else {
            problem(.formatMissing, "at", "the event has no at", hint: SubmissionReader.hintFor("at"))
        }
        var recorder: ActorID?
        if let by {
            recorder = ActorID(by)
            if recorder == nil {
                problem(.formatID, "by", "by \(quoted(by)) is not a valid id",
                        hint: "by is the id of the facilitator, participant or organiser who records the event")
            }
        } else {
            problem(.formatMissing, "by", "the event has no by", hint: SubmissionReader.hintFor("by"))
        }
        var validator = SubmissionValidator(self)
        validator.validate()
        for found in validator.problems {
            problem(found.check, found.field, type.rawValue + ": " + found.message, hint: found.hint)
        }
        guard problems.isEmpty, let when, let at, let recorder else { return .failure(Diagnostics(problems)) }
        guard let event = Event.assemble(type, FieldValues(specs: type.fields, values: values, path: .data)) else {
            problem(.formatValue, nil, "\(type.rawValue): the fields could not be read")
            return .failure(Diagnostics(problems))
        }
        var data: [UInt8] = []
        appendObject(at: .data, specs: type.fields, personal: false, to: &data)
        let personal: [(name: String, json: [UInt8])] = given(under: .data, in: type.fields)
            .filter(\.isPersonal)
            .map { spec in
                var value: [UInt8] = []
                appendValue(at: FieldPath.data.appending(spec.name), spec: spec, to: &value)
                return (spec.name, value)
            }
            .sorted { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
        return .success(SubmittedEvent(
            line: self.line, givenID: givenID, at: when, atText: at, by: recorder, event: event, data: data,
            personalMembers: personal, source: line))
    }

    /// Reads several submissions as one: the events of those that are well-formed, in order, and every
    /// problem of the others.
    public static func read(_ submissions: [Submission]) -> SubmissionReader.Reading {
        var events: [SubmittedEvent] = []
        var problems: [Diagnostic] = []
        for submission in submissions {
            switch submission.read() {
            case .success(let event): events.append(event)
            case .failure(let found): problems += found.all
            }
        }
        return SubmissionReader.Reading(events: events, problems: Diagnostics(problems).all)
    }
}
