import CohortLog
import CohortReports

extension Command {
    /// `cohort append LOG [FILE|-]`.
    static let append = Command(
        name: "append",
        summary: "submit events (JSON Lines) and seal them onto LOG",
        details: """
        Reads a submission (docs/FORMAT.md section 7: one event per line, no seq, recorded or prev; id
        optional; personal fields may stand flat in data) from FILE or standard input, checks every
        event against the format and the writer's rules, and seals them onto LOG, creating it when it
        does not exist. All or nothing: a refused submission lists every problem with its line and
        leaves LOG byte-for-byte unchanged (exit 1). Submitting the same file again adds nothing.
        Prints the seq and id of each appended record.
        """,
        options: AppendOptions.self
    ) { arguments, invocation in
        let log = arguments.log
        let source = arguments.source
        let sealing = try invocation.sealing()
        let bytes: [UInt8]
        if source == "-" {
            if invocation.inputIsTerminal {
                invocation.err.line("cohort append: reading events from standard input; end with Ctrl-D")
            }
            bytes = try invocation.readInput()
        } else {
            bytes = try FileSystem.readAll(source)
        }
        let name = source == "-" ? "<stdin>" : source
        let reading = SubmissionReader.read(bytes)
        return try appendEvents(reading, submission: name, to: log, sealing: sealing, arguments: arguments, invocation: invocation)
    }

    /// Appends read events and reports the outcome the way every writing command does; `command` names
    /// the command in messages, and `render` writes a problem of a refused submission (by default
    /// ``Diagnostic/rendered(file:)`` with the submission's name).
    static func appendEvents(
        _ reading: SubmissionReader.Reading, submission: String, to log: String, sealing: SealingEnvironment,
        arguments: some AppendingOptions, invocation: Invocation, command: String = "append",
        render: ((Diagnostic) -> String)? = nil
    ) throws -> Int32 {
        do {
            let meter = ProgressMeter(command, path: log, invocation: invocation)
            let outcome: AppendOutcome
            do {
                defer { meter.finish() }
                outcome = try LogWriter.append(
                    reading.events, formatProblems: reading.problems, to: log, environment: sealing,
                    progress: meter.callback)
            }
            let words = arguments.language.words
            let report = AppendReport(file: log, outcome: outcome, words: words)
            if arguments.format == .json {
                invocation.out.line(report.json.serialized)
            } else {
                for line in report.lines { invocation.out.line(line) }
            }
            invocation.err.line(report.summary)
            return 0
        } catch {
            switch error {
            case .refused(let problems):
                return refuse(problems.all, submission: submission, log: log, invocation: invocation, command: command,
                              render: render, language: arguments.language)
            case .unsoundLog(let problems, let omitted, let torn):
                for line in CommandFailure.unsoundLines(
                    log, problems: problems, omitted: omitted, tornTail: torn, command: command,
                    consequence: "nothing was appended")
                { invocation.err.line(line) }
                return 1
            case .evidenceCopy(let withheld):
                invocation.err.line("cohort \(command): \(log) is an evidence copy (personal data withheld from \(Words.english.count(withheld, .record))): it is for reading and auditing, not for writing; nothing was appended. Record this in the log the copy was made from.")
                return 1
            case .file(let failure):
                throw failure
            case .writeFailed(let failure, let undone):
                invocation.err.line("cohort \(command): \(failure.description)")
                invocation.err.line(undone
                    ? "cohort \(command): writing to \(log) failed, and the log is as it was before: nothing was appended"
                    : "cohort \(command): writing to \(log) failed, and the log could not be cut back: it may end in a torn tail; run `cohort repair \(log)`, then submit again")
                return 1
            }
        }
    }

    /// Prints every problem of a refused submission and says that the log is unchanged, in `language`.
    static func refuse(
        _ problems: [Diagnostic], submission: String, log: String, invocation: Invocation, command: String = "append",
        render: ((Diagnostic) -> String)? = nil, language: Language
    ) -> Int32 {
        for problem in problems { invocation.err.line(render?(problem) ?? problem.rendered(file: submission)) }
        let words = language.words
        invocation.err.line("cohort \(command): " + words.refusedSummary(
            submission, words.count(problems.count, .problem), log, FileSystem.exists(log)))
        return 1
    }
}

/// The options of a command that appends (`append`, `add`, `import`, `redact`): how it tells what it
/// appended, or why not.
protocol AppendingOptions {
    /// `--format text|json`.
    var format: OutputFormat { get }
    /// The language of its messages: `--lang` where the command takes it, else the locale's.
    var language: Language { get }
}

/// The arguments of `cohort append`.
struct AppendOptions: CommandOptions, AppendingOptions {
    static let positionals = [Positional.log, Positional("FILE", .optional, shown: "FILE|-")]
    static let formats: [OutputFormat] = [.text, .json]
    static let options = [OptionSpec.format(formats)]

    let log: String
    /// The file of the submission; `-` (the default) for standard input.
    let source: String
    let format: OutputFormat
    /// The locale's: `cohort append` takes no `--lang`.
    let language: Language

    init(_ arguments: ParsedArguments, invocation: Invocation) {
        log = arguments.positionals[0]
        source = arguments.positionals.count > 1 ? arguments.positionals[1] : "-"
        format = OutputFormat(arguments, offered: Self.formats)
        language = Language(arguments, invocation: invocation)
    }
}
