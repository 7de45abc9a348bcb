/// One field of an event's payload: its name, what it holds, whether it is required, and whether it is
/// personal (kept in the record's `personal` member, erasable by redaction).
///
/// The list of an event type's fields (``EventType/fields``) is the single description of that type that
/// the reader, the writer and the commands share: the reader validates against it, the writer moves
/// personal fields by it, and help texts list it.
///
/// A class, so that the reader, which walks these lists for every record, copies a reference and not
/// three strings and a kind.
public final class FieldSpec: Sendable {
    /// The member name in JSON (`amountCents`).
    public let name: String
    /// What the field holds.
    public let kind: FieldKind
    /// Whether the field must be given.
    public let isRequired: Bool
    /// Whether the field is personal (docs/FORMAT.md section 4, column `personal`).
    public let isPersonal: Bool
    /// What the field means, with its unit, for help texts and documentation.
    public let doc: String

    /// A field of all its parts.
    public init(name: String, kind: FieldKind, isRequired: Bool, isPersonal: Bool, doc: String) {
        self.name = name
        self.kind = kind
        self.isRequired = isRequired
        self.isPersonal = isPersonal
        self.doc = doc
    }

    /// A required structural field.
    public static func required(_ name: String, _ kind: FieldKind, _ doc: String) -> FieldSpec {
        FieldSpec(name: name, kind: kind, isRequired: true, isPersonal: false, doc: doc)
    }

    /// An optional structural field.
    public static func optional(_ name: String, _ kind: FieldKind, _ doc: String) -> FieldSpec {
        FieldSpec(name: name, kind: kind, isRequired: false, isPersonal: false, doc: doc)
    }

    /// A required personal text.
    public static func personal(_ name: String, _ doc: String) -> FieldSpec {
        FieldSpec(name: name, kind: .text, isRequired: true, isPersonal: true, doc: doc)
    }

    /// An optional personal text.
    public static func optionalPersonal(_ name: String, _ doc: String) -> FieldSpec {
        FieldSpec(name: name, kind: .text, isRequired: false, isPersonal: true, doc: doc)
    }
}

/// Whether an id field brings a new thing into the log or refers to one introduced earlier (rule 2).
public enum IDUse: Sendable {
    /// The event introduces this id: it must be new.
    case introduces
    /// The event refers to this id: it must have been introduced earlier.
    case refers
}

/// What a field holds.
public enum FieldKind: Sendable {
    /// An id of `IDKind`, matching the id pattern.
    case id(IDKind, IDUse)
    /// A non-empty list of ids.
    case ids(IDKind, IDUse)
    /// A non-empty text.
    case text
    /// A list of non-empty texts (themes).
    case texts
    /// A date `YYYY-MM-DD`.
    case date
    /// A non-empty list of dates.
    case dates
    /// A whole number within the range.
    case integer(ClosedRange<Int>)
    /// One of the listed words.
    case choice([String])
    /// A nested object with its own fields.
    case object([FieldSpec])
    /// A digest: 64 lowercase hex characters.
    case digest
    /// A currency code: three capital letters (`EUR`).
    case currency

    /// What a value of this kind looks like, for messages.
    public var expectation: String {
        switch self {
        case .id(let kind, _): "the id of a \(kind.noun)"
        case .ids(let kind, _): "a non-empty list of ids of \(kind.noun)s"
        case .text: "a non-empty text"
        case .texts: "a list of texts"
        case .date: "a date YYYY-MM-DD"
        case .dates: "a non-empty list of dates YYYY-MM-DD"
        case .integer(let range): "a whole number from \(range.lowerBound) to \(range.upperBound)"
        case .choice(let words): "one of " + words.joined(separator: ", ")
        case .object(let fields): "an object with " + fields.map(\.name).joined(separator: ", ")
        case .digest: "64 lowercase hex characters"
        case .currency: "a currency code of three capital letters such as EUR"
        }
    }
}

extension FieldKind {
    /// A choice of the raw values of a string enumeration.
    public static func choice<E: CaseIterable & RawRepresentable>(_: E.Type) -> FieldKind where E.RawValue == String {
        .choice(E.allCases.map(\.rawValue))
    }

    /// Any whole number of cents that is not negative.
    public static let cents = FieldKind.integer(0...999_999_999_999)
    /// A count that is not negative.
    public static let count = FieldKind.integer(0...1_000_000)
}
