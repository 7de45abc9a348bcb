/// Where an event's personal fields stand when its fields are read.
public enum PersonalSource: Sendable {
    /// A submission: personal fields may stand flat in `data` or in a `personal` object (its token, if
    /// any); a `salt` is refused.
    case submission(personal: Int?)
    /// A sealed record: `data` holds no personal field; the `personal` object (its token) holds them and a
    /// `salt`, or is `{}`.
    case record(personal: Int)
    /// A sealed record whose personal fields were erased (`{"redacted":"<hex>"}`).
    case redacted
}

/// The validated fields of one event, read from a ``JSONTape`` (a line of a log or a submission) or
/// given by path (a ``Submission``): what a payload's initialiser reads.
///
/// Each accessor returns nil when the field is absent (or, for personal fields of a redacted record,
/// ``PersonalText/redacted``); validation has already checked kinds, patterns and ranges, so a payload's
/// initialiser only assembles.
public struct FieldValues {
    let specs: [FieldSpec]
    /// Per spec: the token index of its value, -1 when absent, -2 when erased by redaction.
    let slots: [Int32]
    let tape: JSONTape
    let bytes: UnsafeRawBufferPointer
    /// The values of a submission, and the path of the object they are read from; nil for a tape.
    let given: (values: [FieldPath: SubmittedValue], path: FieldPath)?
    /// Whether personal texts and lists of texts are read (``RecordParser/Texts``); when not, each present
    /// text is empty and each present list of texts holds none.
    let readsTexts: Bool

    /// The top-level fields of a type as the reader matches them (nil for a nested object's).
    let table: FieldTable?

    init(
        specs: [FieldSpec], table: FieldTable? = nil, slots: [Int32], tape: JSONTape, bytes: UnsafeRawBufferPointer,
        readsTexts: Bool = true
    ) {
        self.specs = specs
        self.table = table
        self.slots = slots
        self.tape = tape
        self.bytes = bytes
        self.readsTexts = readsTexts
        given = nil
    }

    /// The fields of `specs` given under `path` in `values`.
    init(specs: [FieldSpec], values: [FieldPath: SubmittedValue], path: FieldPath) {
        self.specs = specs
        slots = []
        tape = JSONTape()
        bytes = UnsafeRawBufferPointer(start: nil, count: 0)
        readsTexts = true
        table = nil
        given = (values, path)
    }

    /// A submission's value of the field `name`.
    func value(_ name: StaticString) -> SubmittedValue? {
        given.flatMap { $0.values[$0.path.appending(name.description)] }
    }

    /// A submission's text of the field `name`.
    func givenText(_ name: StaticString) -> String? {
        if case .text(let text)? = value(name) { return text }
        return nil
    }

    /// A submission's list of the field `name`.
    func givenList(_ name: StaticString) -> [String]? {
        if case .list(let elements)? = value(name) { return elements }
        return nil
    }

    /// The place of the field `name` among the specs.
    @inline(__always)
    func field(_ name: StaticString) -> Int? {
        if let table { return table.index(of: name) }
        let text = name.description
        return specs.indices.first { specs[$0].name == text }
    }

    @inline(__always)
    func token(_ name: StaticString) -> Int? {
        guard let index = field(name) else { return nil }
        let slot = slots[index]
        return slot >= 0 ? Int(slot) : nil
    }

    /// An id field.
    public func id<Tag>(_ name: StaticString) -> Identifier<Tag>? {
        if given != nil { return givenText(name).map(Identifier.init(unchecked:)) }
        guard let token = token(name) else { return nil }
        return Identifier(unchecked: tape.string(token, in: bytes))
    }

    /// A list of ids.
    public func ids<Tag>(_ name: StaticString) -> [Identifier<Tag>]? {
        if given != nil { return givenList(name).map { $0.map(Identifier.init(unchecked:)) } }
        guard let token = token(name) else { return nil }
        return elements(of: token).map { Identifier(unchecked: tape.string($0, in: bytes)) }
    }

    /// A structural text field.
    public func text(_ name: StaticString) -> String? {
        if given != nil { return givenText(name) }
        guard let token = token(name) else { return nil }
        return tape.string(token, in: bytes)
    }

    /// A list of texts.
    public func texts(_ name: StaticString) -> [String]? {
        if given != nil { return givenList(name) }
        guard let token = token(name) else { return nil }
        // No rule reads a list of texts (themes): it is left unread with the personal texts.
        guard readsTexts else { return [] }
        return elements(of: token).map { tape.string($0, in: bytes) }
    }

    /// A date.
    public func date(_ name: StaticString) -> Day? {
        if given != nil { return givenText(name).flatMap(Day.init) }
        guard let token = token(name) else { return nil }
        return Day.parse(tape.raw(token, in: bytes))
    }

    /// A list of dates.
    public func dates(_ name: StaticString) -> [Day]? {
        if given != nil { return givenList(name).map { $0.compactMap(Day.init) } }
        guard let token = token(name) else { return nil }
        return elements(of: token).compactMap { Day.parse(tape.raw($0, in: bytes)) }
    }

    /// A whole number.
    public func integer(_ name: StaticString) -> Int? {
        if given != nil {
            if case .number(let raw)? = value(name) { return SubmittedValue.integer(raw) }
            return nil
        }
        guard let token = token(name) else { return nil }
        return tape.integer(token, in: bytes)
    }

    /// An amount of money in cents.
    public func cents(_ name: StaticString) -> Cents? {
        integer(name).map(Cents.init)
    }

    /// One of an enumeration's words.
    public func choice<E: FieldWord>(_ name: StaticString) -> E? {
        if given != nil { return givenText(name).flatMap(E.init(rawValue:)) }
        guard let token = token(name) else { return nil }
        // Found by its bytes among the words (validation checked it is one), without making a string.
        return E.words.first { tape.stringEquals(token, $0.rawValue, in: bytes) }
    }

    /// A digest.
    public func digest(_ name: StaticString) -> Digest? {
        if given != nil { return givenText(name).flatMap { Digest(hex: $0) } }
        guard let token = token(name) else { return nil }
        return Digest(hexBytes: tape.raw(token, in: bytes))
    }

    /// A personal text: as written, or ``PersonalText/redacted`` when the record's personal fields were
    /// erased (for an optional field only when it is the type's one personal field, so that a redacted
    /// record never claims a text it may not have had).
    public func personal(_ name: StaticString) -> PersonalText? {
        if given != nil { return givenText(name).map(PersonalText.text) }
        if let index = field(name) {
            let slot = slots[index]
            if slot >= 0 { return .text(readsTexts ? tape.string(Int(slot), in: bytes) : "") }
            if slot == -2 { return .redacted }
            return nil
        }
        return nil
    }

    /// A nested object's fields.
    public func object(_ name: StaticString) -> FieldValues? {
        if let given {
            guard let index = field(name), case .object(let nested) = specs[index].kind else { return nil }
            let path = given.path.appending(name.description)
            guard given.values.keys.contains(where: { $0.components.starts(with: path.components) && $0 != path }) else { return nil }
            return FieldValues(specs: nested, values: given.values, path: path)
        }
        guard let token = token(name), let index = field(name), case .object(let nested) = specs[index].kind
        else { return nil }
        var slots = [Int32](repeating: -1, count: nested.count)
        var member = token + 1
        for _ in 0..<tape[token].count {
            if let position = nested.firstIndex(where: { tape.stringEquals(member, $0.name, in: bytes) }) {
                slots[position] = Int32(member + 1)
            }
            member = Int(tape[member + 1].next)
        }
        return FieldValues(specs: nested, slots: slots, tape: tape, bytes: bytes, readsTexts: readsTexts)
    }

    func elements(of array: Int) -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(Int(tape[array].count))
        var element = array + 1
        for _ in 0..<tape[array].count {
            result.append(element)
            element = Int(tape[element].next)
        }
        return result
    }
}

extension JSONTape {
    /// Whether the string tokens at `a` and `b` hold the same text: byte for byte unless one has escapes.
    func stringEquals(_ a: Int, _ b: Int, in bytes: UnsafeRawBufferPointer) -> Bool {
        let (first, second) = (tokens[a], tokens[b])
        guard !first.flag, !second.flag else { return string(a, in: bytes) == string(b, in: bytes) }
        let count = Int(first.end - first.start)
        guard count == Int(second.end - second.start), let base = bytes.baseAddress else { return false }
        return memoryEquals(base + Int(first.start), base + Int(second.start), count)
    }

    /// Whether the string token at `index` equals `text`.
    func stringEquals(_ index: Int, _ text: String, in bytes: UnsafeRawBufferPointer) -> Bool {
        let token = tokens[index]
        guard token.kind == .string else { return false }
        if token.flag { return string(index, in: bytes) == text }
        guard text.utf8.count == Int(token.end - token.start) else { return false }
        var text = text
        return text.withUTF8 { utf8 in
            let count = Int(token.end - token.start)
            guard utf8.count == count else { return false }
            guard let base = bytes.baseAddress, let other = utf8.baseAddress else { return count == 0 }
            return memoryEquals(base + Int(token.start), other, count)
        }
    }
}
