/// A command's arguments after parsing: positionals in order, options by name.
///
/// The parser's raw output: a command reads it once, into its ``CommandOptions`` type, through the specs
/// it declares. An option is found by its spec's name, so a shared option that a command explains in
/// its own words (`OptionSpec.asOf.help(…)`) is read as the shared one.
public struct ParsedArguments: Sendable {
    /// The positional arguments, in order.
    public var positionals: [String] = []
    /// The values of each option given, in order (a switch has an empty string per use).
    public var options: [String: [String]] = [:]

    /// The last value of an option, or nil.
    public func value(_ option: OptionSpec) -> String? { options[option.name]?.last }

    /// Every value of a repeatable option.
    public func values(_ option: OptionSpec) -> [String] { options[option.name] ?? [] }

    /// Whether a switch (or any option) was given.
    public func has(_ option: OptionSpec) -> Bool { options[option.name] != nil }

    /// The whole number of an option, if given; a usage error when it is not one in `range`.
    func number(_ option: OptionSpec, in range: ClosedRange<Int>) throws(UsageError) -> Int? {
        guard let text = value(option) else { return nil }
        guard let number = Int(text), range.contains(number) else {
            throw UsageError("--\(option.name) must be a whole number from \(range.lowerBound) to \(range.upperBound), not \"\(text)\"")
        }
        return number
    }

    /// Every value of a flag that no spec declares, by its name without dashes: `cohort add`'s flags
    /// named after the event's fields, which the command checks itself.
    public func values(_ name: String) -> [String] { options[name] ?? [] }
}

/// A mistake in how a command was called: exit status 2, one line naming the problem and how to get help.
public struct UsageError: Error, Sendable, Equatable {
    /// What is wrong.
    public var message: String
    /// The command it concerns, for the help pointer.
    public var command: String?

    public init(_ message: String, command: String? = nil) {
        self.message = message
        self.command = command
    }

    /// `cohort verify: MESSAGE (see `cohort help verify`)`.
    public var line: String {
        if let command { return "cohort \(command): \(message) (see `cohort help \(command)`)" }
        return "cohort: \(message) (see `cohort --help`)"
    }
}

/// Parses a command's arguments against its options.
///
/// `--name value`, `--name=value`, `-o value`, switches, and `--` to end options. A lone `-` is a
/// positional (standard input). Unknown options, missing values, values outside a fixed list and a
/// repeated non-repeatable option are usage errors. With `open`, a long option that is not declared is
/// taken as a repeatable option with a value (the command checks it: `cohort add`'s field flags).
enum ArgumentParser {
    static func parse(
        _ arguments: [String], options specs: [OptionSpec], command: String, open: Bool = false
    ) throws(UsageError) -> ParsedArguments {
        var parsed = ParsedArguments()
        var index = 0
        var optionsEnded = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if optionsEnded || argument == "-" || !argument.hasPrefix("-") {
                parsed.positionals.append(argument)
                continue
            }
            if argument == "--" {
                optionsEnded = true
                continue
            }
            var name: String
            var inline: String?
            let spec: OptionSpec?
            if argument.hasPrefix("--") {
                name = String(argument.dropFirst(2))
                if let equals = name.firstIndex(of: "=") {
                    inline = String(name[name.index(after: equals)...])
                    name = String(name[..<equals])
                }
                spec = specs.first { $0.name == name }
                    ?? (open && !name.isEmpty ? .value(name, "VALUE", repeatable: true, "") : nil)
            } else {
                let letters = argument.dropFirst()
                guard letters.count == 1, let letter = letters.first else {
                    throw UsageError("unknown option \(argument)", command: command)
                }
                spec = specs.first { $0.short == letter }
                name = spec?.name ?? String(letter)
            }
            guard let spec else { throw UsageError("unknown option \(argument)", command: command) }
            if !spec.repeatable && parsed.options[spec.name] != nil {
                throw UsageError("--\(spec.name) is given twice", command: command)
            }
            if spec.value == nil {
                if inline != nil { throw UsageError("--\(spec.name) takes no value", command: command) }
                parsed.options[spec.name, default: []].append("")
                continue
            }
            let value: String
            if let inline {
                value = inline
            } else {
                guard index < arguments.count else {
                    throw UsageError("--\(spec.name) needs a value (\(spec.value ?? "VALUE"))", command: command)
                }
                value = arguments[index]
                index += 1
            }
            if let choices = spec.choices, !choices.contains(value) {
                throw UsageError("--\(spec.name) must be one of \(choices.joined(separator: ", ")), not \"\(value)\"", command: command)
            }
            parsed.options[spec.name, default: []].append(value)
        }
        return parsed
    }
}
