/// The kinds of things that have ids in a log; each kind is its own namespace.
///
/// Participants and facilitators share one namespace (``IDKind/namespace`` is ``IDKind/person`` for
/// all three person kinds), because `by` and a reflection's `participant` may name either; a field of kind
/// ``IDKind/participant`` must name a participant, ``IDKind/person`` either.
public enum IDKind: String, Sendable, CaseIterable {
    case record, cohort, organiser, person, participant, facilitator, session, wish, assignment, reflection, line,
        item, invoice, claim

    /// The namespace ids of this kind live in.
    public var namespace: IDKind {
        switch self {
        case .participant, .facilitator: .person
        default: self
        }
    }

    /// The word for an id of this kind in messages ("a known session").
    public var noun: String {
        switch self {
        case .record: "record"
        case .cohort: "cohort"
        case .organiser: "organiser"
        case .person: "participant or facilitator"
        case .participant: "participant"
        case .facilitator: "facilitator"
        case .session: "session"
        case .wish: "wish"
        case .assignment: "assignment"
        case .reflection: "reflection"
        case .line: "learning line"
        case .item: "harvest item"
        case .invoice: "invoice"
        case .claim: "claim"
        }
    }
}

/// A type-level tag that says which kind of thing an ``Identifier`` names.
public protocol IdentifierTag: Sendable {
    /// The namespace of ids with this tag.
    static var kind: IDKind { get }
}

/// An id from a log: `[A-Za-z0-9][A-Za-z0-9._:-]{0,63}`, typed by what it names.
///
/// `Identifier<ParticipantTag>` (``ParticipantID``) cannot be passed where a ``SessionID`` is meant.
public struct Identifier<Tag: IdentifierTag>: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The id as written.
    public let rawValue: String

    /// Wraps an id that has been checked with ``Identifier/isValid(_:)``.
    public init(unchecked rawValue: String) { self.rawValue = rawValue }

    /// Wraps `rawValue` when it matches the id pattern, else nil.
    public init?(_ rawValue: String) {
        guard Self.isValid(rawValue) else { return nil }
        self.rawValue = rawValue
    }

    public var description: String { rawValue }

    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }

    /// Whether `text` matches `[A-Za-z0-9][A-Za-z0-9._:-]{0,63}`.
    public static func isValid(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { IDPattern.matches(UnsafeRawBufferPointer($0)) }
    }
}

/// The id pattern of docs/FORMAT.md section 2.
public enum IDPattern {
    /// The pattern as the spec writes it, for messages.
    public static let text = "[A-Za-z0-9][A-Za-z0-9._:-]{0,63}"

    /// Whether `bytes` match `[A-Za-z0-9][A-Za-z0-9._:-]{0,63}`.
    @inlinable
    public static func matches(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard bytes.count >= 1 && bytes.count <= 64, let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self),
            isAlphanumeric(base[0])
        else { return false }
        for index in 1..<bytes.count where !isIDByte(base[index]) { return false }
        return true
    }

    /// Whether `byte` is a letter or a digit: the bits of the byte values 0–63 and 64–127 that are.
    @inlinable @inline(__always)
    static func isAlphanumeric(_ byte: UInt8) -> Bool { holds(0x03FF_0000_0000_0000, 0x07FF_FFFE_07FF_FFFE, byte) }

    /// Whether `byte` is a letter, a digit, `.`, `_`, `:` or `-`.
    @inlinable @inline(__always)
    static func isIDByte(_ byte: UInt8) -> Bool { holds(0x07FF_6000_0000_0000, 0x07FF_FFFE_87FF_FFFE, byte) }

    @inlinable @inline(__always)
    static func holds(_ low: UInt64, _ high: UInt64, _ byte: UInt8) -> Bool {
        byte < 64 ? low >> byte & 1 == 1 : byte < 128 && high >> (byte - 64) & 1 == 1
    }
}

public enum RecordTag: IdentifierTag { public static let kind = IDKind.record }
public enum CohortTag: IdentifierTag { public static let kind = IDKind.cohort }
public enum OrganiserTag: IdentifierTag { public static let kind = IDKind.organiser }
public enum PersonTag: IdentifierTag { public static let kind = IDKind.person }
public enum ParticipantTag: IdentifierTag { public static let kind = IDKind.participant }
public enum FacilitatorTag: IdentifierTag { public static let kind = IDKind.facilitator }
public enum ActorTag: IdentifierTag { public static let kind = IDKind.person }
public enum SessionTag: IdentifierTag { public static let kind = IDKind.session }
public enum WishTag: IdentifierTag { public static let kind = IDKind.wish }
public enum AssignmentTag: IdentifierTag { public static let kind = IDKind.assignment }
public enum ReflectionTag: IdentifierTag { public static let kind = IDKind.reflection }
public enum LineTag: IdentifierTag { public static let kind = IDKind.line }
public enum ItemTag: IdentifierTag { public static let kind = IDKind.item }
public enum InvoiceTag: IdentifierTag { public static let kind = IDKind.invoice }
public enum ClaimTag: IdentifierTag { public static let kind = IDKind.claim }

/// A record's id, unique in its log.
public typealias RecordID = Identifier<RecordTag>
/// A cohort's id.
public typealias CohortID = Identifier<CohortTag>
/// The organiser's id (who opens the cohort).
public typealias OrganiserID = Identifier<OrganiserTag>
/// A participant or a facilitator: both are people with ids in one namespace.
public typealias PersonID = Identifier<PersonTag>
/// A participant's id (in the person namespace, naming a registered participant).
public typealias ParticipantID = Identifier<ParticipantTag>
/// A facilitator's id (in the person namespace, naming a facilitator).
public typealias FacilitatorID = Identifier<FacilitatorTag>
/// Who recorded a record (`by`): a facilitator, a participant, or the organiser.
public typealias ActorID = Identifier<ActorTag>
/// A session's id.
public typealias SessionID = Identifier<SessionTag>
/// A learning wish's id.
public typealias WishID = Identifier<WishTag>
/// An assignment's id.
public typealias AssignmentID = Identifier<AssignmentTag>
/// A reflection's id.
public typealias ReflectionID = Identifier<ReflectionTag>
/// A learning line's id.
public typealias LineID = Identifier<LineTag>
/// A harvest item's id.
public typealias ItemID = Identifier<ItemTag>
/// An invoice's id.
public typealias InvoiceID = Identifier<InvoiceTag>
/// A subsidy claim's id.
public typealias ClaimID = Identifier<ClaimTag>

extension Identifier where Tag == ParticipantTag {
    /// The same id seen as a person (participants and facilitators share the person namespace).
    public var person: PersonID { PersonID(unchecked: rawValue) }
}

extension Identifier where Tag == FacilitatorTag {
    /// The same id seen as a person (participants and facilitators share the person namespace).
    public var person: PersonID { PersonID(unchecked: rawValue) }
}
