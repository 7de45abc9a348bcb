import CohortLog

/// An event being put together from flags and answers: the values given so far, by flag, and the
/// submission line (EVENTS.md section 7) they make, for the same reader and writer as `cohort append`.
struct AddDraft: Sendable {
    /// The event's type.
    let type: EventType
    /// Its flags: the envelope's and the fields'.
    let flags: [FieldFlag]
    /// The values given, by flag name (several for a list).
    var values: [String: [String]] = [:]

    init(type: EventType) {
        self.type = type
        flags = FieldFlag.all(of: type)
    }

    /// The flag named `name`, if the type has it.
    func flag(_ name: String) -> FieldFlag? { flags.first { $0.name == name } }

    /// The single value of `name`, if given.
    func value(_ name: String) -> String? { values[name]?.last }

    /// Whether `flag` has a value.
    func has(_ flag: FieldFlag) -> Bool { has(named: flag.name) }

    /// Whether the flag named `name` has a value.
    func has(named name: String) -> Bool { !(values[name] ?? []).isEmpty }

    /// Whether the field of `flag` must be given now: required, or required within an optional object
    /// (`--subsidy-fund`) of which another field is given.
    func needs(_ flag: FieldFlag) -> Bool {
        if flag.isRequired { return true }
        guard let group = flag.optionalGroup, flag.spec.isRequired else { return false }
        return flags.contains { $0.optionalGroup == group && has($0) }
    }

    /// The flags that must be given and are not, in order.
    var missing: [FieldFlag] { flags.filter { needs($0) && !has($0) } }

    /// The elements of a list flag's values: the flag repeated, and each value split as every list a
    /// person types is (``ListText``: at commas and semicolons), `--theme a --theme b` and `--theme "a, b"`
    /// alike.
    func elements(_ flag: FieldFlag) -> [String] {
        (values[flag.name] ?? []).flatMap(ListText.elements)
    }

    /// The submission line: `{"type":…,"id":…,"at":…,"by":…,"data":{…}}`, members of `data` in
    /// lexicographic order and strings escaped as the writer escapes them.
    func line() -> [UInt8] {
        var json: [UInt8] = Array(#"{"type":"#.utf8)
        JSONEscapes.appendQuoted(type.rawValue, to: &json)
        for member in ["id", "at", "by"] {
            guard let value = value(member) else { continue }
            json += Array(",\"\(member)\":".utf8)
            JSONEscapes.appendQuoted(value, to: &json)
        }
        json += Array(#","data":"#.utf8)
        let given = flags.filter { $0.envelope == nil && has($0) }
        var members: [String] = []
        for flag in given where !members.contains(flag.path[0]) { members.append(flag.path[0]) }
        CanonicalJSON.appendObject(members, to: &json) { index, out in
            let inner = given.filter { $0.path[0] == members[index] }
            if inner.count == 1 && inner[0].path.count == 1 {
                appendValue(inner[0], to: &out)
            } else {
                CanonicalJSON.appendObject(inner.map { $0.path[1] }, to: &out) { index, out in
                    appendValue(inner[index], to: &out)
                }
            }
        }
        json.append(UInt8(ascii: "}"))
        return json
    }

    /// A flag's value in JSON: a list as an array of strings, a whole number as a number (anything else
    /// as a string, for the reader to refuse with the field's expectation), the rest as strings.
    func appendValue(_ flag: FieldFlag, to out: inout [UInt8]) {
        if flag.isList {
            out.append(UInt8(ascii: "["))
            for (index, element) in elements(flag).enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                JSONEscapes.appendQuoted(element, to: &out)
            }
            out.append(UInt8(ascii: "]"))
            return
        }
        let text = value(flag.name) ?? ""
        if case .integer = flag.spec.kind, let number = Int(text) {
            out += Array(String(number).utf8)
        } else {
            JSONEscapes.appendQuoted(text, to: &out)
        }
    }

    /// The line read as `cohort append` reads it.
    func reading() -> SubmissionReader.Reading {
        var bytes = line()
        bytes.append(0x0A)
        return SubmissionReader.read(bytes)
    }

    /// The format problems of the value of `flag` (not those of other fields, nor its absence).
    func problems(of flag: FieldFlag) -> [Diagnostic] {
        reading().problems.filter { problem in
            problem.check != .formatMissing && FieldFlag.flag(for: problem.field, in: flags)?.name == flag.name
        }
    }

    /// `text` without white space at either end.
    static func trimmed<S: StringProtocol>(_ text: S) -> String {
        let characters = Array(text)
        var start = 0
        var end = characters.count
        while start < end && characters[start].isWhitespace { start += 1 }
        while end > start && characters[end - 1].isWhitespace { end -= 1 }
        return String(characters[start..<end])
    }
}
