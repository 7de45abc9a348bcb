/// One option a command takes: `--format json`, `--head HEX`, `--id ID` (repeatable), `--quiet`.
public struct OptionSpec: Sendable {
    /// The long name without dashes (`format`).
    public let name: String
    /// A one-letter alias (`o` for `-o`), if any.
    public let short: Character?
    /// The placeholder of its value (`FORMAT`), or nil for a switch that takes none.
    public let value: String?
    /// Whether it may be given more than once.
    public let repeatable: Bool
    /// The allowed values, when they are a fixed list.
    public let choices: [String]?
    /// What it does, for help.
    public let help: String
    /// How the synopsis shows it.
    public var synopsis: Synopsis = .optional
    /// How the synopsis shows its value, when not as its choices (`text|json`) or its placeholder:
    /// `--type T…` in the synopsis of `cohort show`, `--type TYPE …` in its help.
    public var shownValue: String?

    /// Whether and how an option stands in a command's synopsis.
    public enum Synopsis: Sendable {
        /// In brackets: `[--head HEX]`.
        case optional
        /// Bare, as it must be given: `--reason TEXT` (the command says so when it is missing).
        case required
        /// Left out: help lists it (`cohort certificate`'s `--known-at`).
        case hidden
    }

    /// An option that takes a value.
    public static func value(
        _ name: String, _ placeholder: String, short: Character? = nil, repeatable: Bool = false,
        choices: [String]? = nil, _ help: String
    ) -> OptionSpec {
        OptionSpec(name: name, short: short, value: placeholder, repeatable: repeatable, choices: choices, help: help)
    }

    /// A switch.
    public static func flag(_ name: String, short: Character? = nil, _ help: String) -> OptionSpec {
        OptionSpec(name: name, short: short, value: nil, repeatable: false, choices: nil, help: help)
    }

    /// `--format text|json`: the output formats a command offers (the first is the default, as
    /// ``OutputFormat/init(_:offered:)`` reads it).
    public static func format(_ formats: [OutputFormat]) -> OptionSpec {
        let names = formats.map(\.rawValue)
        return .value("format", "FORMAT", choices: names, "output format: \(names.joined(separator: ", ")) (default \(names[0]))")
    }

    /// `-o FILE`.
    public static let output = OptionSpec.value("output", "FILE", short: "o", "write the output to FILE instead of standard output")

    /// The same option with other help (`--as-of` as `cohort show` explains it): it is read by its name.
    public func help(_ text: String) -> OptionSpec {
        OptionSpec(name: name, short: short, value: value, repeatable: repeatable, choices: choices, help: text,
                   synopsis: synopsis, shownValue: shownValue)
    }

    /// The same option shown otherwise in the synopsis.
    public func shown(_ synopsis: Synopsis, value: String? = nil) -> OptionSpec {
        var spec = self
        spec.synopsis = synopsis
        if let value { spec.shownValue = value }
        return spec
    }
}
