import CohortLog

/// Everything a log holds about one participant (or facilitator): the GDPR's right of access. A fold:
/// feed it every record of the window, in order.
///
/// A record is theirs when ``Involvement`` says so: they recorded it, it names them in an id field, or
/// it revises, closes, progresses or completes their own wish or assignment. Of each such record it
/// keeps the envelope (who recorded it, when it happened, when it was written) and the record's own
/// `data` and `personal` members as they stand in the log, without the salt. Another person's
/// reflection or support that merely refers to their wish is not theirs, and nothing of anyone else's
/// records is kept. A retraction or erasure of one of their records is told with that record.
public struct ParticipantFile: Sendable {
    /// What happened to a record later: retracted or erased, by whom, when and why.
    public struct Later: Sendable {
        public var seq: Int
        public var id: String
        public var at: String
        public var recorded: String
        public var by: String
        public var reason: String
    }

    /// One record about the person.
    public struct Entry: Sendable {
        public var seq: Int
        public var id: String
        public var type: EventType
        public var at: String
        public var recorded: String
        public var by: String
        /// The record's `data` member, as it stands in the log (JSON).
        public var data: [UInt8]
        /// The record's `personal` member without its salt (JSON), nil when it holds nothing; for an
        /// erased record, nil with ``erased`` set.
        public var personal: [UInt8]?
        /// The event, read.
        public var event: Event
        /// Set when the record was retracted (within the window).
        public var retracted: Later?
        /// Set when its personal data was erased (within the window).
        public var erased: Later?
    }

    /// The person.
    public let person: String
    /// Their records, in log order.
    public private(set) var entries: [Entry] = []
    /// Whether the person is known to the log (registered or joined) within the window.
    public private(set) var known = false
    var involvement: Involvement
    var index: [String: Int] = [:]

    /// The file of `person`, empty.
    public init(person: String) {
        self.person = person
        involvement = Involvement(person: person)
    }

    /// Folds in one record of the window and its line (``LogSource/forEach(progress:_:)``); a retraction
    /// or erasure is told with the record it names, so retracted records are folded in too.
    public mutating func apply(_ record: Record, line: UnsafeRawBufferPointer) {
        switch record.event {
        case .participantRegistered(let e) where e.participant.rawValue == person: known = true
        case .facilitatorJoined(let e) where e.facilitator.rawValue == person: known = true
        case .eventRetracted(let e):
            if let position = index[e.target.rawValue] { entries[position].retracted = later(record, reason: e.reason) }
        case .dataRedacted(let e):
            for target in e.targets {
                if let position = index[target.rawValue] { entries[position].erased = later(record, reason: e.reason) }
            }
        default: break
        }
        guard involvement.involves(record) else { return }
        // What they recorded about someone else (a facilitator's attendance, invoices, notes) is that
        // person's, not theirs.
        var names = Names(person: person)
        record.event.visitIDs(&names)
        if !names.named && names.others && !Self.ownContent(record.event, of: involvement) { return }
        let members = Self.members(of: record, in: line)
        index[record.id.rawValue] = entries.count
        entries.append(Entry(
            seq: record.seq, id: record.id.rawValue, type: record.type, at: record.at.description,
            recorded: record.recorded.description, by: record.by.rawValue, data: members.data,
            personal: members.personal, event: record.event, retracted: nil, erased: nil))
    }

    /// Whether the event revises, closes or progresses the person's own wish or assignment (theirs,
    /// whoever recorded it).
    static func ownContent(_ event: Event, of involvement: Involvement) -> Bool {
        switch event {
        case .wishRevised(let e): involvement.wishes.contains(e.wish.rawValue)
        case .wishClosed(let e): involvement.wishes.contains(e.wish.rawValue)
        case .assignmentProgressed(let e): involvement.assignments.contains(e.assignment.rawValue)
        case .assignmentCompleted(let e): involvement.assignments.contains(e.assignment.rawValue)
        default: false
        }
    }

    /// Which people an event names in its id fields.
    struct Names: IDVisitor {
        let person: String
        /// Whether it names the person.
        var named = false
        /// Whether it names anyone else.
        var others = false

        mutating func visit(_ id: String, kind: IDKind, use: IDUse, field: IDField) {
            guard kind.namespace == .person else { return }
            if id == person { named = true } else { others = true }
        }
    }

    func later(_ record: Record, reason: String) -> Later {
        Later(seq: record.seq, id: record.id.rawValue, at: record.at.description, recorded: record.recorded.description,
              by: record.by.rawValue, reason: reason)
    }

    /// A record's `data` member and its `personal` member without the salt (nil when it holds no values
    /// or was erased), as they stand in `line`, the line it was read from.
    static func members(of record: Record, in line: UnsafeRawBufferPointer) -> (data: [UInt8], personal: [UInt8]?) {
        let data = Array(record.data(in: line))
        var tape = JSONTape()
        let personalBytes = record.personal(in: line)
        guard (try? JSONParser.parse(personalBytes, into: &tape)) != nil, tape.tokens.first?.kind == .object else {
            return (data, nil)
        }
        // Members other than the salt (and an erasure's digest), written back as they stand.
        var kept: [UInt8] = [UInt8(ascii: "{")]
        var token = 1
        var members = 0
        for _ in 0..<Int(tape[0].count) {
            let key = tape.string(token, in: personalBytes)
            let value = token + 1
            let next = Int(tape[value].next)
            if key != "salt" && key != "redacted" {
                if members > 0 { kept.append(UInt8(ascii: ",")) }
                kept.append(contentsOf: personalBytes[(Int(tape[token].start) - 1)..<valueEnd(tape, value, personalBytes)])
                members += 1
            }
            token = next
        }
        kept.append(UInt8(ascii: "}"))
        return (data, members == 0 ? nil : kept)
    }

    /// One past the last byte of the value at `index` (a string's closing quote included).
    static func valueEnd(_ tape: JSONTape, _ index: Int, _ bytes: UnsafeRawBufferPointer) -> Int {
        let token = tape[index]
        switch token.kind {
        case .string: return Int(token.end) + 1
        case .object, .array: return Int(token.end)
        default: return Int(token.end)
        }
    }
}
