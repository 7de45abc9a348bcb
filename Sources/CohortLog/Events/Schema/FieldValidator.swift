/// Checks an event's `data` (and `personal`) against its type's fields, collecting every problem.
///
/// Problems are ``Diagnostic``s with check names of the `format.` family and the field's path; the line
/// is filled in by the caller.
struct FieldValidator {
    let tape: JSONTape
    let bytes: UnsafeRawBufferPointer
    let type: EventType
    var problems: [Diagnostic] = []

    /// Validates the fields of `type` and returns one slot per top-level field (its value's token, -1 when
    /// absent, -2 when erased).
    mutating func validate(data: Int, personal source: PersonalSource) -> [Int32] {
        var slots: [Int32] = []
        validate(data: data, personal: source, into: &slots)
        return slots
    }

    /// ``validate(data:personal:)`` into `slots`, whose room a reader keeps from one record to the next.
    mutating func validate(data: Int, personal source: PersonalSource, into slots: inout [Int32]) {
        let specs = type.fields
        let table = type.fieldTable
        slots.removeAll(keepingCapacity: true)
        for _ in 0..<table.count { slots.append(-1) }
        guard tape[data].kind == .object else {
            problems.append(Diagnostic(check: .formatValue, field: "data", message: "data must be an object"))
            return
        }
        // data: structural fields, and in a submission personal ones too.
        var member = data + 1
        for _ in 0..<tape[data].count {
            if let index = field(named: member, in: table) {
                if table.isPersonal(index), case .record = source {
                    let name = specs[index].name
                    problems.append(Diagnostic(
                        check: .formatPersonal, field: FieldPath.data.appending(name),
                        message: "data.\(name) is a personal field of \(type.rawValue); in a record it stands in personal",
                        hint: "a sealed record keeps personal fields in its personal member (docs/FORMAT.md section 2)"))
                } else if slots[index] >= 0 {
                    problems.append(duplicate(FieldPath.data.appending(specs[index].name)))
                } else {
                    slots[index] = Int32(member + 1)
                    check(member + 1, table.kind(index), doc: specs[index].doc, path: FieldPath.data.appending(specs[index].name))
                }
            } else {
                problems.append(unknown(tape.string(member, in: bytes), in: "data", specs: specs))
            }
            member = Int(tape[member + 1].next)
        }
        // personal: the personal fields of a submission or a record.
        switch source {
        case .submission(let personal?):
            readPersonal(personal, specs: specs, slots: &slots, sealed: false)
        case .submission(nil):
            break
        case .record(let personal):
            readPersonal(personal, specs: specs, slots: &slots, sealed: true)
        case .redacted:
            for (index, spec) in specs.enumerated() where spec.isPersonal {
                if spec.isRequired || specs.filter(\.isPersonal).count == 1 { slots[index] = -2 }
            }
        }
        for index in 0..<table.count where table.isRequired(index) && slots[index] == -1 {
            let spec = specs[index]
            let place = spec.isPersonal ? (source.isSubmission ? "data" : "personal") : "data"
            problems.append(Diagnostic(
                check: .formatMissing, field: FieldPath.member(place).appending(spec.name),
                message: "\(place).\(spec.name) is missing: it must be \(spec.kind.expectation)",
                hint: "add \"\(spec.name)\": \(spec.doc)"))
        }
    }

    /// The field whose name the member name at token `member` is (only a personal one when `personalOnly`):
    /// found by its bytes, or, when the name is written with escapes, by its text.
    func field(named member: Int, in table: FieldTable, personalOnly: Bool = false) -> Int? {
        guard tape[member].kind == .string else { return nil }
        if !tape[member].flag { return table.index(of: tape.raw(member, in: bytes), personalOnly: personalOnly) }
        let name = tape.string(member, in: bytes)
        return type.fields.indices.first { (!personalOnly || table.isPersonal($0)) && type.fields[$0].name == name }
    }

    mutating func readPersonal(_ personal: Int, specs: [FieldSpec], slots: inout [Int32], sealed: Bool) {
        guard tape[personal].kind == .object else {
            problems.append(Diagnostic(check: .formatValue, field: "personal", message: "personal must be an object"))
            return
        }
        let table = type.fieldTable
        var member = personal + 1
        var salt: Int?
        var values = 0
        for _ in 0..<tape[personal].count {
            if tape.stringEquals(member, "salt" as StaticString, in: bytes) {
                if !sealed {
                    problems.append(Diagnostic(
                        check: .formatPersonal, field: "personal.salt",
                        message: "a submission may not carry a salt", hint: "leave the salt out: the writer makes it"))
                } else if salt != nil {
                    problems.append(duplicate("personal.salt"))
                } else {
                    salt = member + 1
                }
            } else if let index = field(named: member, in: table, personalOnly: true) {
                if slots[index] >= 0 {
                    let name = specs[index].name
                    problems.append(sealed ? duplicate(FieldPath.personal.appending(name)) : Diagnostic(
                        check: .formatDuplicate, field: FieldPath.personal.appending(name),
                        message: "\(name) is given both in data and in personal", hint: "give it once"))
                } else {
                    slots[index] = Int32(member + 1)
                    values += 1
                    check(member + 1, table.kind(index), doc: specs[index].doc, path: FieldPath.personal.appending(specs[index].name))
                }
            } else if case let name = tape.string(member, in: bytes), specs.contains(where: { $0.name == name }) {
                problems.append(Diagnostic(
                    check: .formatPersonal, field: FieldPath.personal.appending(name),
                    message: "personal.\(name) is not a personal field of \(type.rawValue); it stands in data",
                    hint: "personal holds only " + personalNames(specs)))
            } else {
                problems.append(unknown(tape.string(member, in: bytes), in: "personal", specs: specs.filter(\.isPersonal)))
            }
            member = Int(tape[member + 1].next)
        }
        guard sealed else { return }
        if values > 0 {
            if let salt {
                let raw = tape.raw(salt, in: bytes)
                if tape[salt].kind != .string || !isLowerHex32(raw) {
                    problems.append(Diagnostic(
                        check: .formatPersonal, field: "personal.salt",
                        message: "personal.salt must be 32 lowercase hex characters"))
                }
            } else {
                problems.append(Diagnostic(
                    check: .formatPersonal, field: "personal.salt",
                    message: "personal holds personal values but no salt",
                    hint: "a sealed record's personal member carries a salt of 32 random hex characters"))
            }
        } else if salt != nil {
            problems.append(Diagnostic(
                check: .formatPersonal, field: "personal.salt",
                message: "personal has a salt but no personal values (it must then be {})"))
        }
    }

    func personalNames(_ specs: [FieldSpec]) -> String {
        let names = specs.filter(\.isPersonal).map(\.name)
        return names.isEmpty ? "nothing for this type ({})" : names.joined(separator: ", ") + " and a salt"
    }

    func duplicate(_ path: FieldPath) -> Diagnostic {
        Diagnostic(check: .formatDuplicate, field: path, message: "\(path) is given twice", hint: "give each field once")
    }

    func unknown(_ name: String, in place: String, specs: [FieldSpec]) -> Diagnostic {
        let known = specs.map(\.name).joined(separator: ", ")
        return Diagnostic(
            check: .formatUnknown, field: FieldPath.member(place).appending(name),
            message: "\(place).\(Diagnostic.shorten(name, to: 40)) is not a field of \(type.rawValue)",
            hint: known.isEmpty ? "\(type.rawValue) has no such fields" : "the fields of \(type.rawValue) are: \(known)")
    }

    /// Checks one value against its field's kind.
    mutating func check(_ token: Int, _ spec: FieldSpec, path: @autoclosure () -> FieldPath) {
        check(token, spec.kind, doc: spec.doc, path: path())
    }

    /// Checks one value against `kind`; `doc` says what the field means, for messages (read only for one).
    /// (A list's elements are checked by their kind, with no spec made for them.)
    mutating func check(_ token: Int, _ kind: FieldKind, doc: @autoclosure () -> String, path: @autoclosure () -> FieldPath) {
        let value = tape[token]
        func wrong(_ what: String) {
            problems.append(Diagnostic(
                check: .formatValue, field: path(),
                message: "\(path()) \(what); it must be \(kind.expectation)", hint: doc()))
        }
        switch kind {
        case .id:
            guard value.kind == .string else { return wrong("is \(describe(token))") }
            if !IDPattern.matches(tape.raw(token, in: bytes)) || value.flag {
                problems.append(Diagnostic(
                    check: .formatID, field: path(),
                    message: "\(path()) \(quoted(tape.string(token, in: bytes))) is not a valid id",
                    hint: "an id matches \(IDPattern.text): a letter or digit, then up to 63 letters, digits or . _ : -"))
            }
        case .ids(let kind, let use):
            guard value.kind == .array else { return wrong("is \(describe(token))") }
            if value.count == 0 { return wrong("is an empty list") }
            // A short list is searched in place; a long one (a redaction's targets) keeps a set.
            let isLong = value.count > 16
            var seen = Set<String>()
            var element = token + 1
            for position in 0..<Int(value.count) {
                check(element, .id(kind, use), doc: doc(), path: path().appending(index: position))
                var earlier = token + 1
                while !isLong, earlier != element, !tape.stringEquals(earlier, element, in: bytes) { earlier = Int(tape[earlier].next) }
                if isLong ? !seen.insert(tape.string(element, in: bytes)).inserted : earlier != element {
                    let text = tape.string(element, in: bytes)
                    problems.append(Diagnostic(check: .formatDuplicate, field: path().appending(index: position), message: "\(path()) names \(quoted(text)) twice"))
                }
                element = Int(tape[element].next)
            }
        case .text:
            guard value.kind == .string else { return wrong("is \(describe(token))") }
            if value.start == value.end { wrong("is empty") }
        case .texts:
            guard value.kind == .array else { return wrong("is \(describe(token))") }
            var element = token + 1
            for position in 0..<Int(value.count) {
                check(element, .text, doc: doc(), path: path().appending(index: position))
                element = Int(tape[element].next)
            }
        case .date:
            guard value.kind == .string else { return wrong("is \(describe(token))") }
            if Day.parse(tape.raw(token, in: bytes)) == nil {
                problems.append(Diagnostic(
                    check: .formatDate, field: path(),
                    message: "\(path()) \(quoted(tape.string(token, in: bytes))) is not a date",
                    hint: "write a date as YYYY-MM-DD, such as 2014-06-12"))
            }
        case .dates:
            guard value.kind == .array else { return wrong("is \(describe(token))") }
            if value.count == 0 { return wrong("is an empty list") }
            var element = token + 1
            for position in 0..<Int(value.count) {
                check(element, .date, doc: doc(), path: path().appending(index: position))
                element = Int(tape[element].next)
            }
        case .integer(let range):
            guard value.kind == .number else { return wrong("is \(describe(token))") }
            guard let number = tape.integer(token, in: bytes) else {
                return wrong("is \(String(decoding: tape.raw(token, in: bytes), as: UTF8.self).prefix(40)), not a whole number")
            }
            if !range.contains(number) { wrong("is \(number)") }
        case .choice(let words):
            guard value.kind == .string else { return wrong("is \(describe(token))") }
            if !words.contains(where: { tape.stringEquals(token, $0, in: bytes) }) {
                wrong("is \(quoted(tape.string(token, in: bytes)))")
            }
        case .object(let nested):
            guard value.kind == .object else { return wrong("is \(describe(token))") }
            var seen = [Bool](repeating: false, count: nested.count)
            var member = token + 1
            for _ in 0..<value.count {
                let name = tape.string(member, in: bytes)
                if let index = nested.firstIndex(where: { $0.name == name }) {
                    if seen[index] {
                        problems.append(duplicate(path().appending(name)))
                    } else {
                        seen[index] = true
                        check(member + 1, nested[index], path: path().appending(name))
                    }
                } else {
                    problems.append(Diagnostic(
                        check: .formatUnknown, field: path().appending(name),
                        message: "\(path()).\(Diagnostic.shorten(name, to: 40)) is not a field of \(path())",
                        hint: "the fields of \(path()) are: " + nested.map(\.name).joined(separator: ", ")))
                }
                member = Int(tape[member + 1].next)
            }
            for (index, field) in nested.enumerated() where field.isRequired && !seen[index] {
                problems.append(Diagnostic(
                    check: .formatMissing, field: path().appending(field.name),
                    message: "\(path()).\(field.name) is missing: it must be \(field.kind.expectation)",
                    hint: "add \"\(field.name)\": \(field.doc)"))
            }
        case .digest:
            guard value.kind == .string else { return wrong("is \(describe(token))") }
            if Digest(hexBytes: tape.raw(token, in: bytes)) == nil { wrong("is \(quoted(tape.string(token, in: bytes)))") }
        case .currency:
            guard value.kind == .string else { return wrong("is \(describe(token))") }
            let raw = tape.raw(token, in: bytes)
            if raw.count != 3 || !raw.allSatisfy({ $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }) {
                wrong("is \(quoted(tape.string(token, in: bytes)))")
            }
        }
    }

    /// A value described for a message: `a string "x"`, `a number 12`, `an object`.
    func describe(_ token: Int) -> String {
        switch tape[token].kind {
        case .string: "the text \(quoted(tape.string(token, in: bytes)))"
        case .number: "the number \(String(decoding: tape.raw(token, in: bytes), as: UTF8.self).prefix(40))"
        case .object: "an object"
        case .array: "a list"
        case .true: "true"
        case .false: "false"
        case .null: "null"
        }
    }
}

extension PersonalSource {
    var isSubmission: Bool {
        if case .submission = self { return true }
        return false
    }
}

/// Whether `bytes` are 32 lowercase hex characters (a salt), checked eight at a time.
func isLowerHex32(_ bytes: UnsafeRawBufferPointer) -> Bool {
    guard bytes.count == 32, let base = bytes.baseAddress else { return false }
    var ok = true
    _ = Digest.parseHexWord(base, &ok)
    _ = Digest.parseHexWord(base + 16, &ok)
    return ok
}
