/// A command's arguments read into types: its positionals and options as values, checked, with their
/// defaults, in one place.
///
/// The type declares what the command takes: its positionals, its options in the order help lists them,
/// and how its synopsis shows them (from which `cohort help` and the usage in messages are made). Its
/// initialiser reads a parse (whose positionals are already counted) and throws a ``UsageError`` for a
/// value it refuses; the command's body gets the values, never the parse.
///
/// ```swift
/// struct VerifyOptions: CommandOptions {
///     static let positionals = [Positional.log]
///     static let head = OptionSpec.value("head", "HEX", "also check that a record has this digest")
///     static let options: [OptionSpec] = [head, .format([.text, .json]), .output]
///     let head: Digest?    // read from --head, checked
///     …
/// }
/// ```
protocol CommandOptions: SendableMetatype {
    /// The positional arguments, in order.
    static var positionals: [Positional] { get }
    /// The options, in the order help lists them.
    static var options: [OptionSpec] { get }
    /// How the synopsis shows the options (by default each in order, as its spec says).
    static var synopsis: [SynopsisElement] { get }
    /// Whether it also takes flags it does not declare, each with a value (`cohort add`, whose flags are
    /// the fields of its event type): the command checks them itself.
    static var takesFieldFlags: Bool { get }

    /// Reads the arguments; throws a ``UsageError`` for a value it refuses (a file that cannot be read
    /// may also be a ``FileError``).
    init(_ arguments: ParsedArguments, invocation: Invocation) throws
}

extension CommandOptions {
    static var options: [OptionSpec] { [] }
    static var synopsis: [SynopsisElement] { SynopsisElement.each(options) }
    static var takesFieldFlags: Bool { false }
}

/// The options of a report over one log and nothing more (`lines`, `replay`, `harvest`): the log, and the
/// report options of what it offers.
protocol LogReportOptions: CommandOptions {
    /// The formats and the default audience the report offers.
    static var offer: ReportOptions.Offer { get }
    var log: String { get }
    var report: ReportOptions { get }
    init(log: String, report: ReportOptions)
}

extension LogReportOptions {
    static var positionals: [Positional] { [.log] }
    static var options: [OptionSpec] { offer.specs }

    init(_ arguments: ParsedArguments, invocation: Invocation) throws {
        try self.init(log: arguments.positionals[0], report: ReportOptions(arguments, offer: Self.offer, invocation: invocation))
    }
}
