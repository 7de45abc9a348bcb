import CohortLog
import CohortReports

/// One subcommand of `cohort`: its name, help, options and what it does.
public struct Command: Sendable {
    /// The name (`verify`).
    public let name: String
    /// One line on what it does.
    public let summary: String
    /// More on what it does, its output and its exit statuses.
    public let details: String
    /// Its options, in the order help lists them.
    public let options: [OptionSpec]
    /// Its positional arguments, in order.
    public let positionalArguments: [Positional]
    /// How its synopsis shows the options.
    public let synopsis: [SynopsisElement]
    /// Whether it also takes options it does not declare, each with a value (`cohort add`, whose flags
    /// are the fields of its event type): the command checks them itself.
    public var takesFieldFlags = false
    /// Runs it; returns the exit status.
    public let run: @Sendable (ParsedArguments, Invocation) throws -> Int32

    /// A command that reads its arguments into `Options` (what it takes, its checks and defaults) and
    /// runs with them.
    init<Options: CommandOptions>(
        name: String, summary: String, details: String, options _: Options.Type,
        run: @escaping @Sendable (Options, Invocation) throws -> Int32
    ) {
        self.name = name
        self.summary = summary
        self.details = details
        options = Options.options
        positionalArguments = Options.positionals
        synopsis = Options.synopsis
        takesFieldFlags = Options.takesFieldFlags
        self.run = { arguments, invocation in try run(try Options(arguments, invocation: invocation), invocation) }
    }

    /// The synopsis (`cohort verify LOG [--head HEX] [--format text|json] [-o FILE]`), made from the
    /// positionals and the options' specs.
    public var usage: String {
        (["cohort", name] + positionalArguments.map(\.synopsis) + synopsis.map(\.text).filter { !$0.isEmpty })
            .joined(separator: " ")
    }

    /// How many positional arguments it takes.
    public var positionals: ClosedRange<Int> {
        let least = positionalArguments.filter { $0.count != .optional }.count
        return least...(positionalArguments.contains { $0.count == .oneOrMore } ? Int.max : positionalArguments.count)
    }

    /// Names of the positionals, for messages ("LOG").
    public var positionalNames: [String] { positionalArguments.map(\.name) }

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
