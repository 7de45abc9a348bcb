/// What every event payload provides: its type, its fields, how it is read from validated fields, and
/// which ids it introduces or refers to.
public protocol EventPayload: Sendable, Equatable {
    /// The event type this payload belongs to.
    static var type: EventType { get }
    /// The fields of this type (docs/FORMAT.md section 4), data and personal.
    static var fields: [FieldSpec] { get }
    /// Assembles the payload from fields that ``FieldValidator`` has checked; nil only when a required
    /// field is absent, which validation rules out.
    init?(_ values: FieldValues)
    /// Calls `visitor` with every id the payload holds, saying whether it introduces or refers to it.
    func visitIDs(_ visitor: inout some IDVisitor)
}

/// Receives the ids of a payload (for the reference rules, for redaction by participant).
public protocol IDVisitor {
    /// One id: its text, its namespace, whether it is new or refers back, and the field it stands in.
    mutating func visit(_ id: String, kind: IDKind, use: IDUse, field: IDField)
}

/// The field an id stands in: `data.session`, or an element of a list, `data.targets[1]`. Kept as its
/// parts, a literal path and a position, so that naming it costs nothing (not even a reference counted)
/// until a message is written.
public struct IDField: Sendable, Equatable, CustomStringConvertible {
    /// The field's path, as written in the payload's code.
    private let path: StaticString
    /// The position in the list, for an element of one.
    public let index: Int?

    /// The field `name`, or element `index` of it.
    public init(_ name: StaticString, index: Int? = nil) {
        path = name
        self.index = index
    }

    /// The field's path (`data.targets`).
    public var name: String { path.description }

    /// The path as diagnostics print it.
    public var description: String { index.map { "\(name)[\($0)]" } ?? name }

    public static func == (a: IDField, b: IDField) -> Bool { a.index == b.index && a.name == b.name }
}

extension IDVisitor {
    /// Visits a typed id.
    @inlinable
    public mutating func visit<Tag>(_ id: Identifier<Tag>, _ use: IDUse, _ field: StaticString) {
        visit(id.rawValue, kind: Tag.kind, use: use, field: IDField(field))
    }

    /// Visits an optional typed id.
    @inlinable
    public mutating func visit<Tag>(_ id: Identifier<Tag>?, _ use: IDUse, _ field: StaticString) {
        if let id { visit(id.rawValue, kind: Tag.kind, use: use, field: IDField(field)) }
    }

    /// Visits a list of typed ids, each with its position in the field's path.
    @inlinable
    public mutating func visit<Tag>(_ ids: [Identifier<Tag>], _ use: IDUse, _ field: StaticString) {
        for (index, id) in ids.enumerated() { visit(id.rawValue, kind: Tag.kind, use: use, field: IDField(field, index: index)) }
    }
}
