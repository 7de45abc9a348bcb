/// An amount of money in euro cents (integer; never a floating-point number).
public struct Cents: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The amount in cents.
    public let value: Int
    /// `value` cents.
    public init(_ value: Int) { self.value = value }
    public static func < (a: Cents, b: Cents) -> Bool { a.value < b.value }
    public static func + (a: Cents, b: Cents) -> Cents { Cents(a.value + b.value) }
    /// The amount as a plain number of cents.
    public var description: String { String(value) }
}

/// An enumeration of the words a field may hold (`.choice`): the reader finds the word by its bytes
/// among ``words``, without making a string of it.
public protocol FieldWord: RawRepresentable<String>, CaseIterable, Sendable {
    /// Every case, in the order of `allCases` (made once).
    static var words: [Self] { get }
}

/// Who may see an item: the person (and facilitators), the cohort, or everyone at the manifestation.
public enum Visibility: String, Sendable, CaseIterable, FieldWord, Comparable {
    public static let words = allCases
    /// The participant concerned and the facilitators.
    case `private`
    /// Everyone in the cohort.
    case group
    /// May be shown at the manifestation.
    case `public`

    public static func < (a: Visibility, b: Visibility) -> Bool { a.rank < b.rank }
    var rank: Int {
        switch self {
        case .private: 0
        case .group: 1
        case .public: 2
        }
    }
}

/// What a session is in the programme.
public enum SessionKind: String, Sendable, CaseIterable, FieldWord {
    public static let words = allCases
    case start, meeting, manifestation, closing
}

/// How a wish ended.
public enum WishOutcome: String, Sendable, CaseIterable, FieldWord {
    public static let words = allCases
    case fulfilled, dropped, transformed
}

/// The kind of support one person gave another.
public enum SupportKind: String, Sendable, CaseIterable, FieldWord {
    public static let words = allCases
    case feedback, coaching, intervisie, resource, other
}

/// The kind of a harvest contribution.
public enum HarvestKind: String, Sendable, CaseIterable, FieldWord {
    public static let words = allCases
    case insight, product, story, plan
}

/// The value-creation cycle of a contribution (Wenger, Trayner and De Laat).
public enum ValueCycle: String, Sendable, CaseIterable, FieldWord {
    public static let words = allCases
    case immediate, potential, applied, realised, reframing
}

/// Whether the programme fee includes VAT.
public enum VAT: String, Sendable, CaseIterable, FieldWord {
    public static let words = allCases
    case excluded, included
}

/// A personal text: as written, or erased by a redaction (docs/FORMAT.md section 6).
///
/// Reports show `.redacted` as redacted, never as an empty text.
public enum PersonalText: Hashable, Sendable {
    /// The text as written.
    case text(String)
    /// Erased by a `data.redacted` event.
    case redacted

    /// The text, or nil when it was erased.
    public var text: String? {
        if case .text(let value) = self { return value }
        return nil
    }
}
