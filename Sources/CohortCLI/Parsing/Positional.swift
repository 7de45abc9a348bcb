/// A positional argument: its name in messages (`missing LOG`) and how the synopsis shows it.
public struct Positional: Sendable {
    /// The name (`LOG`).
    public let name: String
    /// How many of it a command takes.
    public let count: Count
    /// How the synopsis shows it, when not by its name: `FILE|-` for `cohort append`'s FILE.
    public let shown: String?

    /// How many of a positional a command takes.
    public enum Count: Sendable {
        /// Exactly one: `LOG`.
        case one
        /// None or one: `[FILE|-]`.
        case optional
        /// One or more (the last positional only): `LOG…`.
        case oneOrMore
    }

    public init(_ name: String, _ count: Count = .one, shown: String? = nil) {
        self.name = name
        self.count = count
        self.shown = shown
    }

    /// One log.
    static let log = Positional("LOG")
    /// One log or more.
    static let logs = Positional("LOG", .oneOrMore)

    /// As the synopsis shows it: `LOG`, `[FILE|-]`, `LOG…`.
    var synopsis: String {
        let text = shown ?? name
        switch count {
        case .one: return text
        case .optional: return "[" + text + "]"
        case .oneOrMore: return text + "…"
        }
    }
}
