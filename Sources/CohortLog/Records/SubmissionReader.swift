/// Reads a submission (docs/FORMAT.md section 7): JSON Lines of events without `seq`, `recorded` and `prev`.
///
/// Read as JSON Lines commonly are: a line may end in `\r\n`, a UTF-8 byte order mark at the very start is
/// ignored, blank lines are skipped. Personal fields may stand flat in `data`; they are moved into
/// `personal`. Every problem of every line is collected, not only the first.
public enum SubmissionReader {
    /// The longest line of a submission (16 MiB), so that every sealed record stays well within what a
    /// reader of the log accepts (``LineReader/maximumLine``).
    public static let maximumLine = 16 << 20

    /// The members an event may have in a submission.
    static let envelope = ["id", "type", "at", "by", "data", "personal"]

    /// What reading a submission gave: the well-formed events, and every problem of the others.
    public struct Reading: Sendable {
        /// The events that are well-formed, in order.
        public var events: [SubmittedEvent]
        /// The format problems of the other lines (empty when the whole submission is well-formed).
        public var problems: [Diagnostic]

        package init(events: [SubmittedEvent], problems: [Diagnostic]) {
            self.events = events
            self.problems = problems
        }
    }

    /// Reads all events of `bytes`, and every format problem found in them.
    public static func read(_ bytes: [UInt8]) -> Reading {
        var events: [SubmittedEvent] = []
        var problems: [Diagnostic] = []
        var tape = JSONTape()
        bytes.withUnsafeBytes { all in
            let skip = all.count >= 3 && all[0] == 0xEF && all[1] == 0xBB && all[2] == 0xBF ? 3 : 0
            LineReader.forEachLine(in: UnsafeRawBufferPointer(rebasing: all[skip...])) { found in
                var line = found.bytes
                if let last = line.last, last == 0x0D { line = UnsafeRawBufferPointer(rebasing: line.dropLast()) }
                if line.count > maximumLine {
                    problems.append(Diagnostic(
                        line: found.number, check: .formatLine,
                        message: "the line is \(line.count) bytes long; a submitted event may be at most \(maximumLine >> 20) MiB",
                        hint: "keep texts to a readable length; put long documents elsewhere and refer to them"))
                    return
                }
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return }
                let source = bytes[(skip + found.offset)..<(skip + found.offset + line.count)]
                switch readLine(line, number: found.number, source: source, tape: &tape) {
                case .success(let event): events.append(event)
                case .failure(let found): problems += found.all
                }
            }
        }
        if bytes.isEmpty || (events.isEmpty && problems.isEmpty) {
            problems.append(Diagnostic(
                line: 0, check: .formatEmpty, message: "the submission holds no events",
                hint: "a submission is JSON Lines: one event object per line"))
        }
        return Reading(events: events, problems: Diagnostics(problems).all)
    }

    /// Reads one line of a submission; `source` is the same bytes in the submission's array, which the
    /// event keeps (without a copy) for messages about it.
    package static func readLine(
        _ line: UnsafeRawBufferPointer, number: Int, source: ArraySlice<UInt8>, tape: inout JSONTape
    ) -> Result<SubmittedEvent, Diagnostics> {
        var problems: [Diagnostic] = []
        func problem(_ check: DiagnosticCode, _ field: FieldPath?, _ message: String, hint: String? = nil) {
            problems.append(Diagnostic(
                line: number, check: check, field: field, message: message, hint: hint,
                excerpt: SubmittedEvent.excerpt(of: source)))
        }
        do {
            try JSONParser.parse(line, into: &tape)
        } catch {
            problem(.formatJSON, nil, "not valid JSON at column \(error.offset + 1): \(error.message)",
                    hint: "each line of a submission is one JSON object, such as {\"type\":\"wish.stated\",\"at\":…,\"by\":…,\"data\":{…}}")
            return .failure(Diagnostics(problems))
        }
        guard tape[0].kind == .object else {
            problem(.formatJSON, nil, "a submitted event must be a JSON object")
            return .failure(Diagnostics(problems))
        }
        // The token of each envelope member, by its place in `envelope` (0: absent).
        var tokens = (0, 0, 0, 0, 0, 0)
        func token(_ name: String) -> Int? {
            let found: Int
            switch name {
            case "id": found = tokens.0
            case "type": found = tokens.1
            case "at": found = tokens.2
            case "by": found = tokens.3
            case "data": found = tokens.4
            default: found = tokens.5
            }
            return found == 0 ? nil : found
        }
        var member = 1
        for _ in 0..<tape[0].count {
            let name = tape.string(member, in: line)
            let value = member + 1
            switch name {
            case _ where !envelope.contains(name):
                let hint: String
                switch name {
                case "seq", "recorded", "prev":
                    hint = "\(name) is assigned by the writer of the log; leave it out of a submission"
                default:
                    hint = "an event has " + envelope.joined(separator: ", ") + " (id and personal optional)"
                }
                problem(.formatUnknown, .member(Diagnostic.shorten(name, to: 40)), "\(Diagnostic.shorten(name, to: 40)) is not a member of a submitted event", hint: hint)
            case _ where token(name) != nil:
                problem(.formatDuplicate, .member(name), "\(name) is given twice", hint: "give each member once")
            case "id": tokens.0 = value
            case "type": tokens.1 = value
            case "at": tokens.2 = value
            case "by": tokens.3 = value
            case "data": tokens.4 = value
            default: tokens.5 = value
            }
            member = Int(tape[value].next)
        }
        func plain(_ name: String) -> String? {
            guard let token = token(name) else {
                if name != "id" { problem(.formatMissing, .member(name), "the event has no \(name)", hint: hintFor(name)) }
                return nil
            }
            guard tape[token].kind == .string else {
                problem(.formatValue, .member(name), "\(name) must be a text in quotes", hint: hintFor(name))
                return nil
            }
            return tape.string(token, in: line)
        }
        var type: EventType?
        if let name = plain("type") {
            type = EventType(rawValue: name)
            if type == nil {
                problem(.formatType, "type", "type \(quoted(name)) is not an event type",
                        hint: "the types are " + EventType.allCases.map(\.rawValue).joined(separator: ", "))
            }
        }
        var givenID: RecordID?
        if let id = plain("id") {
            givenID = RecordID(id)
            if givenID == nil {
                problem(.formatID, "id", "id \(quoted(id)) is not a valid id",
                        hint: "an id matches \(IDPattern.text), or leave it out and the writer derives one")
            }
        }
        var at: Timestamp?
        var atText = ""
        if let text = plain("at"), let token = token("at") {
            switch Timestamp.parse(tape.raw(token, in: line)) {
            case .success(let value) where !tape[token].flag:
                at = value
                atText = text
            case .success: problem(.formatTimestamp, "at", "at \(quoted(text)) is not an RFC 3339 timestamp")
            case .failure(let error):
                problem(.formatTimestamp, "at", "at \(quoted(text)) \(error.message)", hint: "for example 2014-06-12T11:05:00+02:00")
            }
        }
        var by: ActorID?
        if let text = plain("by") {
            by = ActorID(text)
            if by == nil {
                problem(.formatID, "by", "by \(quoted(text)) is not a valid id",
                        hint: "by is the id of the facilitator, participant or organiser who records the event")
            }
        }
        var personalToken: Int?
        if let token = token("personal") {
            if tape[token].kind == .object {
                personalToken = token
            } else {
                problem(.formatValue, "personal", "personal must be an object")
            }
        }
        guard let dataToken = token("data") else {
            problem(.formatMissing, "data", "the event has no data", hint: hintFor("data"))
            return .failure(Diagnostics(problems))
        }
        guard let type else { return .failure(Diagnostics(problems)) }
        var validator = FieldValidator(tape: tape, bytes: line, type: type)
        let slots = validator.validate(data: dataToken, personal: .submission(personal: personalToken))
        for found in validator.problems {
            problem(found.check, found.field, type.rawValue + ": " + found.message, hint: found.hint)
        }
        guard problems.isEmpty, let at, let by else { return .failure(Diagnostics(problems)) }
        let values = FieldValues(specs: type.fields, table: type.fieldTable, slots: slots, tape: tape, bytes: line)
        guard let event = Event.assemble(type, values) else {
            problem(.formatValue, nil, "\(type.rawValue): the fields could not be read")
            return .failure(Diagnostics(problems))
        }
        // The canonical data object and personal members.
        let given = type.fields.indices.filter { slots[$0] >= 0 }
        let structural = given.filter { !type.fields[$0].isPersonal }
        var data: [UInt8] = []
        CanonicalJSON.appendObject(structural.map { type.fields[$0].name }, to: &data) { position, out in
            CanonicalJSON.append(tape, Int(slots[structural[position]]), in: line, to: &out)
        }
        let personal: [(name: String, json: [UInt8])] = given.filter { type.fields[$0].isPersonal }
            .map { index in
                var value: [UInt8] = []
                CanonicalJSON.append(tape, Int(slots[index]), in: line, to: &value)
                return (type.fields[index].name, value)
            }
            .sorted { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
        return .success(SubmittedEvent(
            line: number, givenID: givenID, at: at, atText: atText, by: by, event: event, data: data, personalMembers: personal,
            source: source))
    }

    static func hintFor(_ member: String) -> String {
        switch member {
        case "type": "type is one of " + EventType.allCases.map(\.rawValue).joined(separator: ", ")
        case "at": "at is when it happened, in RFC 3339 with an offset, such as 2014-06-12T11:05:00+02:00"
        case "by": "by is the id of the facilitator, participant or organiser who records the event"
        case "data": "data is an object with the event's fields (docs/FORMAT.md section 4)"
        default: "see docs/FORMAT.md section 7"
        }
    }
}
