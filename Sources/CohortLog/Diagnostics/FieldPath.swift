/// Where in an event a problem is: an envelope member (`at`), a field (`data.to`, `personal.text`), a
/// nested field (`data.fee.amountCents`) or an element of a list (`data.themes[1]`).
///
/// Diagnostics carry it as a value, so that a command maps a problem back to the flag or the column
/// that gave the value by its parts (``member``, ``field``), not by reading its text again.
public struct FieldPath: Hashable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// One step of a path.
    public enum Component: Hashable, Sendable {
        /// A member of an object, by name.
        case member(String)
        /// An element of a list, from 0.
        case index(Int)
    }

    /// The steps, from the event's top level.
    public private(set) var components: [Component]

    /// A path of `components`.
    public init(_ components: [Component]) {
        self.components = components
    }

    /// The path of dotted member names, as a literal: `"data.targets"`, `"at"`.
    public init(stringLiteral text: String) {
        components = text.split(separator: ".").map { .member(String($0)) }
    }

    /// The path written as `description` writes it: `data.themes[1]`.
    public init(parsing text: String) {
        var components: [Component] = []
        for part in text.split(separator: ".", omittingEmptySubsequences: false) {
            var name = Substring(part)
            var indices: [Int] = []
            while name.hasSuffix("]"), let open = name.lastIndex(of: "["),
                let index = Int(name[name.index(after: open)..<name.index(before: name.endIndex)]) {
                indices.insert(index, at: 0)
                name = name[..<open]
            }
            components.append(.member(String(name)))
            components += indices.map(Component.index)
        }
        self.components = components
    }

    /// The envelope member or top-level object `name` (`at`, `data`, `personal`).
    public static func member(_ name: String) -> FieldPath { FieldPath([.member(name)]) }
    /// `data`.
    public static let data = FieldPath.member("data")
    /// `personal`.
    public static let personal = FieldPath.member("personal")

    /// This path with the member `name` after it.
    public func appending(_ name: String) -> FieldPath { FieldPath(components + [.member(name)]) }
    /// This path with the element `index` after it.
    public func appending(index: Int) -> FieldPath { FieldPath(components + [.index(index)]) }

    /// The first member: `at`, `data`, `personal`.
    public var member: String? {
        if case .member(let name)? = components.first { return name }
        return nil
    }

    /// The field within `data` or `personal`, without list indices: `["fee", "amountCents"]` for
    /// `data.fee.amountCents`, `["themes"]` for `data.themes[1]`; empty for an envelope member.
    public var field: [String] {
        guard member == "data" || member == "personal" else { return [] }
        return components.dropFirst().compactMap { component in
            if case .member(let name) = component { return name }
            return nil
        }
    }

    /// `data.themes[1]`.
    public var description: String {
        var text = ""
        for component in components {
            switch component {
            case .member(let name): text += text.isEmpty ? name : "." + name
            case .index(let index): text += "[\(index)]"
            }
        }
        return text
    }
}
