import CohortLog
import CohortProjections

/// `cohort export LOG --participant ID`: everything the log holds about one person (the GDPR's right of
/// access), as JSON (the records' own members, with who recorded them and when) or as Markdown for
/// reading.
public struct ParticipantFileReport: Sendable {
    public let file: ParticipantFile
    public let log: String
    public let head: Digest
    public let window: RecordWindow
    public let language: Language

    public init(_ file: ParticipantFile, log: String, head: Digest, window: RecordWindow, language: Language) {
        self.file = file
        self.log = log
        self.head = head
        self.window = window
        self.language = language
    }

    // MARK: JSON

    /// `{"participant","log","head","asOf","knownAt","records":[{seq,id,type,at,recorded,by,data,personal,retracted,erased}]}`.
    public var json: JSONValue {
        .object([
            ("participant", .string(file.person)),
            ("log", .string(log)),
            ("head", .string(head.hex)),
            ("asOf", window.asOf.map { .string($0.description) } ?? .null),
            ("knownAt", window.knownAt.map { .string($0.description) } ?? .null),
            ("records", .array(file.entries.map(Self.json))),
        ])
    }

    static func json(_ entry: ParticipantFile.Entry) -> JSONValue {
        .object([
            ("seq", .int(entry.seq)),
            ("id", .string(entry.id)),
            ("type", .string(entry.type.rawValue)),
            ("at", .string(entry.at)),
            ("recorded", .string(entry.recorded)),
            ("by", .string(entry.by)),
            ("data", JSONValue(parsing: entry.data) ?? .object([])),
            ("personal", entry.personal.flatMap { JSONValue(parsing: $0) } ?? .null),
            ("retracted", entry.retracted.map(json) ?? .null),
            ("erased", entry.erased.map(json) ?? .null),
        ])
    }

    static func json(_ later: ParticipantFile.Later) -> JSONValue {
        .object([
            ("seq", .int(later.seq)), ("id", .string(later.id)), ("at", .string(later.at)),
            ("recorded", .string(later.recorded)), ("by", .string(later.by)), ("reason", .string(later.reason)),
        ])
    }

    // MARK: Markdown

    public var document: Document {
        let labels = language.words.participantFile
        var document = Document()
        document.heading(1, labels.title(file.person))
        document.paragraph(Inline(stringLiteral: labels.intro))
        var facts: [Inline] = ["\(labels.log): \(user: log)", "\(labels.head): \(head.hex)"]
        if let asOf = window.asOf { facts.append("\(labels.asOf): \(asOf.description)") }
        if let knownAt = window.knownAt { facts.append("\(labels.knownAt): \(knownAt.description)") }
        document.list(facts)
        document.heading(2, "\(labels.records) (\(file.entries.count))")
        if file.entries.isEmpty { document.paragraph(Inline(stringLiteral: labels.none)) }
        for entry in file.entries {
            document.heading(3, "\(entry.seq). \(entry.type.rawValue) (\(user: entry.id))")
            var items: [Inline] = [
                "\(labels.happened): \(entry.at)", "\(labels.written): \(entry.recorded)", "\(labels.by): \(user: entry.by)",
            ]
            for source in [Optional(entry.data), entry.personal] {
                guard let source, let value = JSONValue(parsing: source) else { continue }
                items += Self.fields(value, prefix: "")
            }
            if let erased = entry.erased {
                items.append("\(strong: labels.erased): \(erased.at) (\(labels.by) \(user: erased.by): \(user: erased.reason))")
            }
            if let retracted = entry.retracted {
                items.append("\(strong: labels.retracted): \(retracted.at) (\(labels.by) \(user: retracted.by): \(user: retracted.reason))")
            }
            document.list(items)
        }
        return document
    }

    /// `name: value` for each member, nested members joined with a dot, lists with commas.
    static func fields(_ value: JSONValue, prefix: String) -> [Inline] {
        switch value {
        case .deferred(let make):
            return fields(make(), prefix: prefix)
        case .object(let members):
            return members.flatMap { fields($0.1, prefix: prefix.isEmpty ? $0.0 : prefix + "." + $0.0) }
        case .array(let elements):
            let scalars = elements.map(scalar)
            return ["\(prefix): " + Inline.joined(scalars.map { Inline.user($0) }, separator: ", ")]
        default:
            return ["\(prefix): \(user: scalar(value))"]
        }
    }

    static func scalar(_ value: JSONValue) -> String {
        switch value {
        case .string(let text): return text
        case .int(let number): return String(number)
        case .bool(let flag): return flag ? "true" : "false"
        case .null: return "null"
        default: return value.serialized
        }
    }
}

extension JSONValue {
    /// The value of a JSON text as the log holds it (numbers that are not integers kept as their text).
    public init?(parsing bytes: [UInt8]) {
        var tape = JSONTape()
        let value: JSONValue? = bytes.withUnsafeBytes { raw in
            guard (try? JSONParser.parse(raw, into: &tape)) != nil else { return nil }
            return JSONValue.from(tape, 0, raw)
        }
        guard let value else { return nil }
        self = value
    }

    static func from(_ tape: JSONTape, _ index: Int, _ bytes: UnsafeRawBufferPointer) -> JSONValue {
        let token = tape[index]
        switch token.kind {
        case .string: return .string(tape.string(index, in: bytes))
        case .number: return tape.integer(index, in: bytes).map { .int($0) } ?? .string(String(decoding: tape.raw(index, in: bytes), as: UTF8.self))
        case .true: return .bool(true)
        case .false: return .bool(false)
        case .null: return .null
        case .array:
            var elements: [JSONValue] = []
            var child = index + 1
            for _ in 0..<Int(token.count) {
                elements.append(from(tape, child, bytes))
                child = Int(tape[child].next)
            }
            return .array(elements)
        case .object:
            var members: [(String, JSONValue)] = []
            var key = index + 1
            for _ in 0..<Int(token.count) {
                members.append((tape.string(key, in: bytes), from(tape, key + 1, bytes)))
                key = Int(tape[key + 1].next)
            }
            return .object(members)
        }
    }
}
