import CohortLog

/// An event being put together from flags and answers: the values given so far, by flag, and the typed
/// ``Submission`` they make, for the same checks and writer as `cohort append`.
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

    /// The draft as a typed submission: the envelope's flags as the envelope, each field's flag as the
    /// value at its path (a list as its elements, a whole number as a number, anything else as a text,
    /// for the checks to refuse with the field's expectation).
    func submission(line: Int = 1) -> Submission {
        var submission = Submission(type: type, line: line)
        submission.id = value("id")
        submission.at = value("at")
        submission.by = value("by")
        for flag in flags where flag.envelope == nil && has(flag) {
            let path = flag.path.reduce(FieldPath.data) { $0.appending($1) }
            if flag.isList {
                submission.values[path] = .list(elements(flag))
            } else if case .integer = flag.spec.kind, let number = Int(value(flag.name) ?? "") {
                submission.values[path] = .number(String(number))
            } else {
                submission.values[path] = .text(value(flag.name) ?? "")
            }
        }
        return submission
    }

    /// The draft checked as `cohort append` checks a submission: the event, or every problem.
    func reading() -> SubmissionReader.Reading {
        Submission.read([submission()])
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
