/// Reads one sealed line of a log into a ``Record``, by the fixed layout of docs/FORMAT.md section 2.
///
/// The envelope is matched member by member as literal bytes (`{"seq":`, `,"id":`, …), so a sound line
/// costs one pass; `data` and `personal` are parsed into a reusable ``JSONTape`` and checked against the
/// event type's fields. The digest is computed over the bytes as they stand, never re-serialized.
public struct RecordParser {
    var tape = JSONTape()
    /// The token of each field's value in the record being read (kept for its room).
    var slots: [Int32] = []
    /// Whether records get their digests.
    public var hashing: Hashing

    /// Whether a parser computes each record's digest.
    public enum Hashing: Sendable {
        /// Every record gets its digest: for the verifier, the writer and redaction.
        case computed
        /// Records get none (``Record/digest`` is nil): for the folds of a log that verified when it was
        /// opened, since hashing is most of the cost of reading.
        case skipped
    }

    /// Whether records get their personal texts and lists of texts.
    public var texts: Texts = .read

    /// Whether a parser copies each personal text into the event.
    public enum Texts: Sendable {
        /// Every personal text is read into the event.
        case read
        /// Personal texts and lists of texts (themes) are checked (present, non-empty strings) but not
        /// copied: each text reads as empty, each list as holding none. For the verifier when no one sees
        /// its records, since no rule reads a text.
        case unread
    }

    /// A parser with an empty tape.
    public init(hashing: Hashing = .computed) {
        self.hashing = hashing
    }

    /// What reading a line gave.
    public enum Outcome {
        /// A well-formed record.
        case record(Record)
        /// A line that is not a well-formed record; `digest` is its digest when its `personal` member
        /// could still be found (so that the chain can be followed past it), and `seq` and `id` are given
        /// when they could be read.
        case invalid(problems: [Diagnostic], digest: Digest?, seq: Int?, id: RecordID?)
    }

    /// The envelope's member names, in their order: read from the literals the scanner matches.
    static let members: [String] = (0..<9).map { index in
        String(EnvelopeScanner.literal(index).description.dropFirst(2).dropLast(2))
    }
    static let order = members.joined(separator: ", ")

    /// Reads `line` (without its newline), found on line `number` of the file.
    public mutating func parse(_ line: UnsafeRawBufferPointer, number: Int) -> Outcome {
        var scanner = EnvelopeScanner(line: line, number: number)
        var problems: [Diagnostic] = []
        let envelope = scanner.scan(tape: &tape, problems: &problems)
        guard let envelope else {
            if problems.isEmpty {
                problems.append(syntaxProblem(line, number: number) ?? scanner.layoutProblem())
            }
            return .invalid(problems: problems, digest: scanner.fallbackDigest(), seq: scanner.seq, id: scanner.id)
        }
        let personalSource: PersonalSource
        let personal: PersonalState
        let personalDigest: Digest
        let personalBytes = UnsafeRawBufferPointer(rebasing: line[envelope.personalStart..<(line.count - 1)])
        if let redacted = redactedDigest(envelope.personalToken, line: line) {
            personalSource = .redacted
            personal = .redacted(redacted)
            personalDigest = redacted
        } else {
            personalSource = .record(personal: envelope.personalToken)
            personal = tape[envelope.personalToken].count == 0 ? .none : .values
            personalDigest = hashing == .computed ? SHA256.hash(personalBytes) : .zero
        }
        let header = UnsafeRawBufferPointer(rebasing: line[0..<envelope.personalStart])
        let digest = hashing == .computed ? Chain.digest(header: header, personalDigest: personalDigest) : nil

        var validator = FieldValidator(tape: tape, bytes: line, type: envelope.type)
        validator.validate(data: envelope.dataToken, personal: personalSource, into: &slots)
        if !validator.problems.isEmpty {
            let problems = validator.problems.map { problem in
                var problem = problem
                problem.line = number
                problem.message = envelope.type.rawValue + ": " + problem.message
                return problem
            }
            return .invalid(problems: problems, digest: digest, seq: envelope.seq, id: envelope.id)
        }
        let values = FieldValues(specs: envelope.type.fields, table: envelope.type.fieldTable, slots: slots, tape: tape, bytes: line, readsTexts: texts == .read)
        guard let event = Event.assemble(envelope.type, values) else {
            let problem = Diagnostic(
                line: number, check: .formatValue, message: "\(envelope.type.rawValue): the fields could not be read")
            return .invalid(problems: [problem], digest: digest, seq: envelope.seq, id: envelope.id)
        }
        return .record(Record(
            line: number, seq: envelope.seq, id: envelope.id, at: envelope.at, recorded: envelope.recorded,
            by: envelope.by, prev: envelope.prev, event: event, personal: personal, digest: digest,
            dataBytes: envelope.data,
            personalBytes: envelope.personalStart..<(line.count - 1)))
    }

    /// The envelope members that say where and when a record stands, read without parsing `data` or
    /// `personal` (nor checking them): for a reader that skips records by their position, type or time.
    public struct Peek: Sendable, Equatable {
        public var seq: Int
        public var type: EventType
        public var at: Timestamp
        public var recorded: Timestamp
        /// The digest of the record before.
        public var prev: Digest
    }

    /// The `seq`, `type`, `at`, `recorded` and `prev` of a line in the record layout; nil when its
    /// envelope does not hold up to `prev` (``parse(_:number:)`` says why).
    public static func peek(_ line: UnsafeRawBufferPointer) -> Peek? {
        var scanner = EnvelopeScanner(line: line, number: 0)
        return scanner.peek()
    }

    /// The digest a redacted `personal` member holds, when it is `{"redacted":"<64 hex>"}`.
    func redactedDigest(_ token: Int, line: UnsafeRawBufferPointer) -> Digest? {
        guard tape[token].count == 1, tape.stringEquals(token + 1, "redacted", in: line),
            tape[token + 2].kind == .string
        else { return nil }
        return Digest(hexBytes: tape.raw(token + 2, in: line))
    }

    func syntaxProblem(_ line: UnsafeRawBufferPointer, number: Int) -> Diagnostic? {
        var scratch = JSONTape()
        do {
            try JSONParser.parse(line, into: &scratch)
            return nil
        } catch {
            return Diagnostic(
                line: number, check: .formatJSON,
                message: "not valid JSON at column \(error.offset + 1): \(error.message)",
                hint: "each line of a log is one JSON object; was the file edited by hand?")
        }
    }
}

/// The envelope members of a record line, read in their fixed order.
struct Envelope {
    var seq: Int
    var id: RecordID
    var type: EventType
    var at: Timestamp
    var recorded: Timestamp
    var by: ActorID
    var prev: Digest
    var dataToken: Int
    var data: Range<Int>
    var personalToken: Int
    var personalStart: Int
}

/// Matches the fixed layout of a record line.
struct EnvelopeScanner {
    let line: UnsafeRawBufferPointer
    let number: Int
    var position = 0
    var member = 0
    var seq: Int?
    var id: RecordID?

    init(line: UnsafeRawBufferPointer, number: Int) {
        self.line = line
        self.number = number
    }

    mutating func expect(_ index: Int) -> Bool {
        member = index
        let literal = EnvelopeScanner.literal(index)
        let count = literal.utf8CodeUnitCount
        guard line.count - position >= count, let base = line.baseAddress else { return false }
        let same = EnvelopeScanner.shortEquals(base + position, UnsafeRawPointer(literal.utf8Start), count)
        if same { position += count }
        return same
    }

    /// Whether `count` bytes (4 to 16: every literal of the envelope) at two addresses are equal: a load
    /// from each end of both, instead of a loop.
    @inline(__always)
    static func shortEquals(_ a: UnsafeRawPointer, _ b: UnsafeRawPointer, _ count: Int) -> Bool {
        assert((4...16).contains(count))
        if count >= 8 {
            return a.loadUnaligned(as: UInt64.self) == b.loadUnaligned(as: UInt64.self)
                && a.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self) == b.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
        }
        return a.loadUnaligned(as: UInt32.self) == b.loadUnaligned(as: UInt32.self)
            && a.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self) == b.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)
    }

    /// The bytes that start member `index` (``RecordParser/members``), as a literal that costs nothing to
    /// hold.
    static func literal(_ index: Int) -> StaticString {
        switch index {
        case 0: "{\"seq\":"
        case 1: ",\"id\":"
        case 2: ",\"type\":"
        case 3: ",\"at\":"
        case 4: ",\"recorded\":"
        case 5: ",\"by\":"
        case 6: ",\"prev\":"
        case 7: ",\"data\":"
        default: ",\"personal\":"
        }
    }

    /// The value of `seq` at the current position: 1 to 15 digits, without a leading zero.
    mutating func seqDigits() -> Int? {
        let start = position
        var value = 0
        while position < line.count, case let digit = line[position] &- UInt8(ascii: "0"), digit < 10 {
            guard position - start < 15 else { return nil }
            value = value * 10 + Int(digit)
            position += 1
        }
        guard position > start, line[start] != UInt8(ascii: "0") || position - start == 1 else { return nil }
        return value
    }

    /// A plain string value: no escapes, printable ASCII.
    mutating func plainString() -> UnsafeRawBufferPointer? {
        guard let base = line.baseAddress?.assumingMemoryBound(to: UInt8.self), position < line.count,
            base[position] == UInt8(ascii: "\"")
        else { return nil }
        let start = position + 1
        var end = start
        let count = line.count
        // Eight bytes at a time up to the first that ends the run (DEL, which JSON allows, is refused here).
        end = JSONParser.plainRunEnd(base, from: end, end: count, refusing: 0x7F)
        while end < count {
            let byte = base[end]
            if byte == UInt8(ascii: "\"") { break }
            if byte < 0x20 || byte >= 0x7F || byte == UInt8(ascii: "\\") { return nil }
            end += 1
        }
        guard end < count else { return nil }
        position = end + 1
        return UnsafeRawBufferPointer(start: base + start, count: end - start)
    }

    func problem(_ field: FieldPath, _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(line: number, check: .formatEnvelope, field: field, message: message, hint: hint)
    }

    func text(_ bytes: UnsafeRawBufferPointer) -> String { String(decoding: bytes, as: UTF8.self) }

    /// Reads the envelope and the `data` and `personal` objects into `tape`; nil when the layout does not
    /// hold (problems says why when it is more than a layout mismatch).
    mutating func scan(tape: inout JSONTape, problems: inout [Diagnostic]) -> Envelope? {
        guard expect(0), let seqValue = seqDigits() else { return nil }
        seq = seqValue

        guard expect(1), let idBytes = plainString() else { return nil }
        guard IDPattern.matches(idBytes) else {
            problems.append(problem("id", "id \(quoted(text(idBytes))) is not a valid id", hint: "an id matches \(IDPattern.text)"))
            return nil
        }
        let idValue = RecordID(unchecked: text(idBytes))
        id = idValue

        guard expect(2), let typeBytes = plainString() else { return nil }
        guard let type = EventType.named(typeBytes) else {
            problems.append(problem("type", "type \(quoted(text(typeBytes))) is not an event type",
                                    hint: "the types are " + EventType.allCases.map(\.rawValue).joined(separator: ", ")))
            return nil
        }

        guard expect(3), let atBytes = plainString() else { return nil }
        let at: Timestamp
        switch Timestamp.parse(atBytes) {
        case .success(let value): at = value
        case .failure(let error):
            problems.append(problem("at", "at \(quoted(text(atBytes))) \(error.message)"))
            return nil
        }

        guard expect(4), let recordedBytes = plainString() else { return nil }
        let recorded: Timestamp
        switch Timestamp.parse(recordedBytes) {
        case .success(let value) where value.offsetMinutes == 0: recorded = value
        case .success:
            problems.append(problem("recorded", "recorded \(quoted(text(recordedBytes))) is not in UTC (it must end in Z)"))
            return nil
        case .failure(let error):
            problems.append(problem("recorded", "recorded \(quoted(text(recordedBytes))) \(error.message)"))
            return nil
        }

        guard expect(5), let byBytes = plainString() else { return nil }
        guard IDPattern.matches(byBytes) else {
            problems.append(problem("by", "by \(quoted(text(byBytes))) is not a valid id"))
            return nil
        }

        guard expect(6), let prevBytes = plainString() else { return nil }
        guard let prev = Digest(hexBytes: prevBytes) else {
            problems.append(problem("prev", "prev \(quoted(text(prevBytes))) is not 64 lowercase hex characters"))
            return nil
        }

        guard expect(7) else { return nil }
        tape.tokens.removeAll(keepingCapacity: true)
        let dataToken = 0
        let dataStart = position
        guard object("data", tape: &tape, problems: &problems) else { return nil }
        let dataEnd = position
        guard expect(8) else { return nil }
        let personalStart = position
        let personalToken = tape.tokens.count
        guard object("personal", tape: &tape, problems: &problems) else { return nil }
        guard position == line.count - 1, line[position] == UInt8(ascii: "}") else {
            member = 9
            return nil
        }
        return Envelope(
            seq: seqValue, id: idValue, type: type, at: at, recorded: recorded,
            by: ActorID(unchecked: text(byBytes)), prev: prev, dataToken: dataToken, data: dataStart..<dataEnd,
            personalToken: personalToken, personalStart: personalStart)
    }

    /// The members up to `recorded`, matched as ``scan(tape:problems:)`` matches them, without diagnostics.
    mutating func peek() -> RecordParser.Peek? {
        guard expect(0), let seqValue = seqDigits(), expect(1), plainString() != nil, expect(2), let typeBytes = plainString(),
            let type = EventType.named(typeBytes), expect(3), let atBytes = plainString(),
            case .success(let at) = Timestamp.parse(atBytes), expect(4), let recordedBytes = plainString(),
            case .success(let recorded) = Timestamp.parse(recordedBytes), expect(5), plainString() != nil, expect(6),
            let prevBytes = plainString(), let prev = Digest(hexBytes: prevBytes)
        else { return nil }
        return RecordParser.Peek(seq: seqValue, type: type, at: at, recorded: recorded, prev: prev)
    }

    /// Parses the JSON object of the member `name` at the current position onto `tape`.
    mutating func object(_ name: String, tape: inout JSONTape, problems: inout [Diagnostic]) -> Bool {
        let token = tape.tokens.count
        do {
            position = try JSONParser.parseValue(line, at: position, end: line.count, into: &tape)
        } catch {
            problems.append(Diagnostic(
                line: number, check: .formatJSON, field: .member(name),
                message: "\(name) is not valid JSON at column \(error.offset + 1): \(error.message)"))
            return false
        }
        guard tape[token].kind == .object else {
            problems.append(problem(.member(name), "\(name) must be an object"))
            return false
        }
        return true
    }

    /// Why the layout did not hold, when the line is valid JSON.
    func layoutProblem() -> Diagnostic {
        if member >= RecordParser.members.count {
            return problem("personal", "the record must end after its personal member",
                           hint: "a record's members are \(RecordParser.order), in this order, and nothing else")
        }
        let name = RecordParser.members[member]
        let ordinal = ["1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th"][member]
        return problem(.member(name), "expected \"\(name)\" as the \(ordinal) member, written compactly",
                       hint: "a record's members are \(RecordParser.order), in this order, with no spaces")
    }

    /// The digest of the line when its `"personal":` member can still be found at the end.
    func fallbackDigest() -> Digest? {
        EnvelopeScanner.personalStart(in: line).map { Chain.digest(line: line, personalStart: $0) }
    }

    /// Where the value of the last `"personal":` member of a line starts (just after the colon), for a
    /// line that ends in `}`; nil when there is none. A well-formed record's personal member is its last,
    /// and the marker cannot stand unescaped inside a string, so this finds `P` without parsing.
    static func personalStart(in line: UnsafeRawBufferPointer) -> Int? {
        let marker = Array(",\"personal\":".utf8)
        guard line.count > marker.count + 1, line[line.count - 1] == UInt8(ascii: "}") else { return nil }
        var start = line.count - marker.count - 1
        while start >= 0 {
            if line[start] == marker[0], zip(marker, line[start..<(start + marker.count)]).allSatisfy({ $0 == $1 }) {
                return start + marker.count
            }
            start -= 1
        }
        return nil
    }

}

extension RecordParser {
    /// The content fingerprints of a sealed line (rule 7: is a resubmitted id the same event?), computed
    /// from its canonical form so that another writer's member order and escaping do not matter; nil when
    /// the line is not a well-formed record. `isRedacted` says that only the structure can be compared.
    public mutating func fingerprints(_ line: UnsafeRawBufferPointer) -> (content: Digest, structure: Digest, isRedacted: Bool)? {
        var scanner = EnvelopeScanner(line: line, number: 0)
        var problems: [Diagnostic] = []
        guard let envelope = scanner.scan(tape: &tape, problems: &problems) else { return nil }
        var data: [UInt8] = []
        CanonicalJSON.append(tape, envelope.dataToken, in: line, to: &data)
        let isRedacted = redactedDigest(envelope.personalToken, line: line) != nil
        var personal: [(name: String, json: [UInt8])] = []
        if !isRedacted {
            var member = envelope.personalToken + 1
            for _ in 0..<tape[envelope.personalToken].count {
                let name = tape.string(member, in: line)
                if name != "salt" {
                    var value: [UInt8] = []
                    CanonicalJSON.append(tape, member + 1, in: line, to: &value)
                    personal.append((name, value))
                }
                member = Int(tape[member + 1].next)
            }
            personal.sort { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
        }
        let prints = ContentFingerprint.of(
            type: envelope.type, at: envelope.at.description, by: envelope.by.rawValue, data: data, personal: personal)
        return (prints.content, prints.structure, isRedacted)
    }
}
