import CohortLog
import CohortReports

/// One subcommand of `cohort`: its name, help, options and what it does.
public struct Command: Sendable {
    /// The name (`verify`).
    public let name: String
    /// One line on what it does.
    public let summary: String
    /// The synopsis (`cohort verify LOG [--head HEX] [--format text|json]`).
    public let usage: String
    /// More on what it does, its output and its exit statuses.
    public let details: String
    /// Its options.
    public let options: [OptionSpec]
    /// How many positional arguments it takes.
    public let positionals: ClosedRange<Int>
    /// Names of the positionals, for messages ("LOG").
    public let positionalNames: [String]
    /// Whether it also takes options it does not declare, each with a value (`cohort add`, whose flags
    /// are the fields of its event type): the command checks them itself.
    public var takesFieldFlags = false
    /// Runs it; returns the exit status.
    public let run: @Sendable (ParsedArguments, Invocation) throws -> Int32

    /// The help text of `cohort help NAME`.
    public var help: String {
        var text = "usage: \(usage)\n\n\(summary)\n"
        if !details.isEmpty { text += "\n" + details + "\n" }
        if !options.isEmpty {
            text += "\noptions:\n"
            let rows = options.map { option -> (String, String) in
                var left = "--" + option.name
                if let short = option.short { left = "-\(short), " + left }
                if let value = option.value { left += " " + value }
                if option.repeatable { left += " …" }
                return (left, option.help)
            } + [("-h, --help", "show this help")]
            let width = min(28, rows.map(\.0.count).max() ?? 0)
            for (left, right) in rows {
                text += "  " + left.padded(to: width) + "  " + right + "\n"
            }
        }
        return text
    }
}
