import CohortLog
import CohortReports

/// The `cohort` command line: finds the subcommand, parses its arguments, runs it, and turns errors into
/// messages and exit statuses (0 success, 1 the data fails, 2 a usage error or an unreadable file).
public enum CohortTool {
    /// The version `cohort --version` prints.
    public static let version = "cohort 0.1.0 (log format 1)"

    /// Every subcommand, in the order help lists them.
    public static let commands: [Command] = [
        .append, .add, .import_, .invite, .serve, .verify, .repair, .redact, .show, .timeline, .lines, .harvest, .replay, .prepare, .evaluate, .audit, .attendance, .certificate, .stats, .export, .generate,
    ]

    /// Runs `cohort` with `arguments` (without the program name) and returns the exit status.
    ///
    /// Standard output is checked when the command is done: when a write to it (or closing it) failed,
    /// the output is not whole, which is said on standard error with the system's reason, and the status
    /// is 1 (or the command's own, when that was already a failure).
    public static func run(_ arguments: [String], _ invocation: Invocation) -> Int32 {
        var status = dispatch(arguments, invocation)
        invocation.out.flush()
        if let sink = invocation.out as? DescriptorSink { sink.close() }
        if let failure = invocation.out.failure {
            let name = arguments.first.flatMap { first in commands.first { $0.name == first }?.name }
            let command = name.map { "cohort \($0)" } ?? "cohort"
            invocation.err.line("\(command): \(failure.description); the output is not whole")
            if status == 0 { status = 1 }
        }
        invocation.err.flush()
        return status
    }

    static func dispatch(_ arguments: [String], _ invocation: Invocation) -> Int32 {
        guard let first = arguments.first else {
            invocation.err.write(overview)
            return 2
        }
        switch first {
        case "-h", "--help":
            invocation.out.write(overview)
            return 0
        case "--version", "-V":
            invocation.out.line(version)
            return 0
        case "help":
            guard arguments.count > 1 else {
                invocation.out.write(overview)
                return 0
            }
            guard let command = commands.first(where: { $0.name == arguments[1] }) else {
                invocation.err.line(UsageError("no command named \"\(arguments[1])\"").line)
                return 2
            }
            invocation.out.write(command.help)
            return 0
        default:
            break
        }
        guard let command = commands.first(where: { $0.name == first }) else {
            let message = first.hasPrefix("-") ? "unknown option \(first)" : "unknown command \"\(first)\""
            invocation.err.line(UsageError(message).line)
            return 2
        }
        let rest = Array(arguments.dropFirst())
        if rest.contains("--help") || rest.contains("-h") {
            invocation.out.write(command.help)
            return 0
        }
        do {
            let parsed = try ArgumentParser.parse(rest, options: command.options, command: command.name,
                                                  open: command.takesFieldFlags)
            guard command.positionals.contains(parsed.positionals.count) else {
                let names = command.positionalNames.joined(separator: " ")
                let message = parsed.positionals.count < command.positionals.lowerBound
                    ? "missing \(command.positionalNames.dropFirst(parsed.positionals.count).first ?? "argument") (usage: \(command.usage))"
                    : "too many arguments: expected \(names)"
                throw UsageError(message, command: command.name)
            }
            return try command.run(parsed, invocation)
        } catch let error as UsageError {
            var error = error
            if error.command == nil { error.command = command.name }
            invocation.err.line(error.line)
            return 2
        } catch let error as FileError {
            invocation.err.line("cohort \(command.name): \(error.description)")
            return 2
        } catch let failure as CommandFailure {
            for line in failure.lines(command: command.name) { invocation.err.line(line) }
            return 1
        } catch {
            invocation.err.line("cohort \(command.name): \(error)")
            return 2
        }
    }

    /// `cohort --help`.
    static var overview: String {
        var text = """
        cohort: the memory of a learning network group (leernetwerkgroep).

        Every action is an event in an append-only JSON Lines log, sealed into a tamper-evident
        SHA-256 chain; reports rebuild from the log.

        usage: cohort COMMAND [ARGUMENTS] [OPTIONS]

        commands:

        """
        let extras = [("help COMMAND", "show a command's usage and options"), ("--version", "print the version")]
        let width = (commands.map(\.name.count) + extras.map(\.0.count)).max() ?? 0
        for command in commands {
            text += "  " + command.name.padded(to: width) + "  " + command.summary + "\n"
        }
        text += "\n"
        for (name, summary) in extras {
            text += "  " + name.padded(to: width) + "  " + summary + "\n"
        }
        text += """

        exit status: 0 success, 1 the data fails (an append refused, a log that does not verify),
        2 a usage error (unknown command or option, missing argument, unreadable file).
        COHORT_NOW (an RFC 3339 timestamp) fixes the writer's clock for `recorded`.

        """
        return text
    }
}
