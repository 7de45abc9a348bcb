import CohortLog

/// One flag of `cohort add`: a field of the event type (or of the envelope) and the flag that gives it.
///
/// Derived from the type's ``FieldSpec`` list alone (README.md, `cohort add`): a field in camelCase as kebab-case
/// (`amountCents` → `--amount-cents`), a nested one joined with a dash (`fee.amountCents` →
/// `--fee-amount-cents`), a list in the singular, repeated (`themes` → `--theme a --theme b`).
///
///     reflection.recorded: --reflection ID  --participant ID  --session ID  --wish ID  --line ID
///                          --theme TEXT …   --visibility private|group|public  --text TEXT
struct FieldFlag: Sendable {
    /// The flag without dashes (`fee-amount-cents`).
    let name: String
    /// Where the value goes: `["fee", "amountCents"]`; `[]` for an envelope member.
    let path: [String]
    /// The envelope member (`by`, `at`, `id`) this flag gives, if any.
    let envelope: String?
    /// The field's description (for an envelope member, a spec made up for it).
    let spec: FieldSpec
    /// Whether the field must be given: required, and within an object that is required or given.
    let isRequired: Bool
    /// The optional object it belongs to (`subsidy`), whose required fields are required only when one
    /// of its fields is given.
    let optionalGroup: String?

    /// Whether the field is a list (given by repeating the flag).
    var isList: Bool {
        switch spec.kind {
        case .ids, .texts, .dates: true
        default: false
        }
    }

    /// The diagnostics' name of the field: `data.fee.amountCents`, `at`.
    var fieldPath: String { envelope ?? "data." + path.joined(separator: ".") }

    /// `--fee-amount-cents`.
    var flag: String { "--" + name }

    /// The placeholder in help: `ID`, `TEXT`, `DATE`, `N`, or the choices.
    var placeholder: String {
        switch spec.kind {
        case .id, .ids: "ID"
        case .text, .texts: "TEXT"
        case .date, .dates: "DATE"
        case .integer: "N"
        case .choice(let words): words.joined(separator: "|")
        case .digest: "HEX"
        case .currency: "CODE"
        case .object: "…"
        }
    }
}

extension FieldFlag {
    /// The flags of the envelope: who records it, when it happened, the record's id.
    static let envelopeFlags: [FieldFlag] = [
        FieldFlag(name: "by", path: [], envelope: "by",
                  spec: .required("by", .id(.person, .refers), "who records it: a facilitator or participant id"),
                  isRequired: true, optionalGroup: nil),
        FieldFlag(name: "at", path: [], envelope: "at",
                  spec: .required("at", .text, "when it happened: RFC 3339 with an offset"),
                  isRequired: true, optionalGroup: nil),
        FieldFlag(name: "id", path: [], envelope: "id",
                  spec: .optional("id", .id(.record, .introduces), "the record's id (derived from the content when left out)"),
                  isRequired: false, optionalGroup: nil),
    ]

    /// The flags of `type`'s fields, in the order of its field list, nested fields in place.
    static func fields(of type: EventType) -> [FieldFlag] {
        var flags: [FieldFlag] = []
        for spec in type.fields {
            if case .object(let nested) = spec.kind {
                for inner in nested {
                    flags.append(FieldFlag(
                        name: kebab(spec.name) + "-" + flagName(inner), path: [spec.name, inner.name], envelope: nil,
                        spec: inner, isRequired: inner.isRequired && spec.isRequired,
                        optionalGroup: spec.isRequired ? nil : spec.name))
                }
            } else {
                flags.append(FieldFlag(name: flagName(spec), path: [spec.name], envelope: nil, spec: spec,
                                       isRequired: spec.isRequired, optionalGroup: nil))
            }
        }
        return flags
    }

    /// Every flag of `type`: the envelope's, then the fields'.
    static func all(of type: EventType) -> [FieldFlag] { envelopeFlags + fields(of: type) }

    /// The flag's name of a field: kebab-case, a list in the singular.
    static func flagName(_ spec: FieldSpec) -> String {
        let name = kebab(spec.name)
        switch spec.kind {
        case .ids, .texts, .dates: return name.hasSuffix("s") ? String(name.dropLast()) : name
        default: return name
        }
    }

    /// `amountCents` → `amount-cents`.
    static func kebab(_ name: String) -> String {
        var out = ""
        for character in name {
            if character.isUppercase {
                out += "-" + character.lowercased()
            } else {
                out.append(character)
            }
        }
        return out
    }

    /// The flag of `type` that a diagnostic's field names (`data.themes[1]` → `--theme`,
    /// `personal.text` → `--text`), if any.
    static func flag(for field: FieldPath?, in flags: [FieldFlag]) -> FieldFlag? {
        guard let field, let member = field.member else { return nil }
        let path = field.field
        guard !path.isEmpty else { return flags.first { $0.envelope == member } }
        return flags.first { flag in flag.envelope == nil && flag.path == path }
            ?? flags.first { flag in flag.envelope == nil && flag.path.first == path.first }
    }
}
