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

    /// `--format text|json`: the output formats a command offers (the first is the default).
    public static func format(_ formats: [String]) -> OptionSpec {
        .value("format", "FORMAT", choices: formats, "output format: \(formats.joined(separator: ", ")) (default \(formats[0]))")
    }

    /// `-o FILE`.
    public static let output = OptionSpec.value("output", "FILE", short: "o", "write the output to FILE instead of standard output")
}
