/// Checks a ``Submission``'s values against its type's fields, collecting every problem: the checks and
/// the messages of ``FieldValidator`` (which reads JSON), for values a program gives by path.
///
/// The values are visited as the JSON reader visits a submitted line's `data`: members in the writer's
/// canonical order, each list element in turn, then what is missing, in the order of the type's fields;
/// so that a value given by a flag or a cell is refused in the very words a submitted line is.
struct SubmissionValidator {
    let submission: Submission
    var problems: [Diagnostic] = []

    init(_ submission: Submission) {
        self.submission = submission
    }

    /// Checks every value given.
    mutating func validate() {
        checkObject(at: .data, specs: submission.type.fields, place: "data")
    }

    /// Checks the fields given under `path`, then the required ones missing.
    mutating func checkObject(at path: FieldPath, specs: [FieldSpec], place: String) {
        let given = submission.given(under: path, in: specs)
        let order = given.indices.sorted { given[$0].name.utf8.lexicographicallyPrecedes(given[$1].name.utf8) }
        for index in order {
            let spec = given[index]
            let field = path.appending(spec.name)
            if let value = submission.values[field] {
                check(value, spec, path: field)
            } else if case .object(let nested) = spec.kind {
                checkObject(at: field, specs: nested, place: field.description)
            }
        }
        for spec in specs where spec.isRequired && !given.contains(where: { $0.name == spec.name }) {
            let missing = path.appending(spec.name)
            problems.append(Diagnostic(
                check: .formatMissing, field: missing,
                message: "\(place).\(spec.name) is missing: it must be \(spec.kind.expectation)",
                hint: "add \"\(spec.name)\": \(spec.doc)"))
        }
    }

    /// Checks one value against its field's kind.
    mutating func check(_ value: SubmittedValue, _ spec: FieldSpec, path: FieldPath) {
        func wrong(_ what: String) {
            problems.append(Diagnostic(
                check: .formatValue, field: path, message: "\(path) \(what); it must be \(spec.kind.expectation)", hint: spec.doc))
        }
        func element(_ kind: FieldKind) -> FieldSpec {
            FieldSpec(name: spec.name, kind: kind, isRequired: true, isPersonal: false, doc: spec.doc)
        }
        switch (spec.kind, value) {
        case (.id, .text(let text)):
            if !IDPattern.matches(text) {
                problems.append(Diagnostic(
                    check: .formatID, field: path, message: "\(path) \(quoted(text)) is not a valid id",
                    hint: "an id matches \(IDPattern.text): a letter or digit, then up to 63 letters, digits or . _ : -"))
            }
        case (.ids(let kind, let use), .list(let elements)):
            if elements.isEmpty { return wrong("is an empty list") }
            var seen = Set<String>()
            for (position, text) in elements.enumerated() {
                check(.text(text), element(.id(kind, use)), path: path.appending(index: position))
                if !seen.insert(text).inserted {
                    problems.append(Diagnostic(
                        check: .formatDuplicate, field: path.appending(index: position), message: "\(path) names \(quoted(text)) twice"))
                }
            }
        case (.text, .text(let text)):
            if text.isEmpty { wrong("is empty") }
        case (.texts, .list(let elements)):
            for (position, text) in elements.enumerated() {
                check(.text(text), element(.text), path: path.appending(index: position))
            }
        case (.date, .text(let text)):
            if Day(text) == nil {
                problems.append(Diagnostic(
                    check: .formatDate, field: path, message: "\(path) \(quoted(text)) is not a date",
                    hint: "write a date as YYYY-MM-DD, such as 2014-06-12"))
            }
        case (.dates, .list(let elements)):
            if elements.isEmpty { return wrong("is an empty list") }
            for (position, text) in elements.enumerated() {
                check(.text(text), element(.date), path: path.appending(index: position))
            }
        case (.integer(let range), .number(let raw)):
            guard let number = SubmittedValue.integer(raw) else { return wrong("is \(raw.prefix(40)), not a whole number") }
            if !range.contains(number) { wrong("is \(number)") }
        case (.choice(let words), .text(let text)):
            if !words.contains(text) { wrong("is \(quoted(text))") }
        case (.digest, .text(let text)):
            if Digest(hex: text) == nil { wrong("is \(quoted(text))") }
        case (.currency, .text(let text)):
            if text.utf8.count != 3 || !text.utf8.allSatisfy({ $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }) {
                wrong("is \(quoted(text))")
            }
        default:
            wrong("is \(describe(value))")
        }
    }

    /// A value described for a message, as ``FieldValidator`` describes one read from JSON.
    func describe(_ value: SubmittedValue) -> String {
        switch value {
        case .text(let text): "the text \(quoted(text))"
        case .number(let raw): "the number \(raw.prefix(40))"
        case .list: "a list"
        }
    }
}

extension IDPattern {
    /// Whether `text` matches the id pattern.
    static func matches(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { matches(UnsafeRawBufferPointer($0)) }
    }
}
