import CohortLog
import CohortProjections
import CohortReports

/// The options every report on a log shares: `--audience`, `--as-of`, `--known-at`, `--lang`, `--format`
/// and `-o` (what every report takes).
struct ReportOptions {
    var audience: Audience
    var window: RecordWindow
    var language: Language
    var format: String

    /// The option specs, with the command's formats and default audience.
    static func specs(formats: [String], audience: String?) -> [OptionSpec] {
        var specs: [OptionSpec] = []
        if let audience {
            specs.append(.value("audience", "A", "who the report is for: public, group, facilitator or participant:ID (default \(audience))"))
        }
        specs += [
            .value("as-of", "T", "the cohort as it had happened by T (a date YYYY-MM-DD or an RFC 3339 timestamp)"),
            .value("known-at", "T", "the cohort as the log knew it at T (by when records were written)"),
            .format(formats),
            .value("lang", "LANG", choices: ["en", "nl"], "the report's language (default: from LC_ALL, LC_MESSAGES or LANG; else en)"),
            .output,
        ]
        return specs
    }

    /// Reads the options of `arguments`.
    init(_ arguments: ParsedArguments, invocation: Invocation, defaultAudience: Audience, command: String) throws(UsageError) {
        if let text = arguments.value("audience") {
            guard let audience = Audience(text) else {
                throw UsageError("--audience must be public, group, facilitator or participant:ID, not \"\(text)\"", command: command)
            }
            self.audience = audience
        } else {
            audience = defaultAudience
        }
        window = try RecordWindow(arguments, command: command)
        language = Language.from(flag: arguments.value("lang"), environment: invocation.environment)
        format = arguments.value("format") ?? ""
    }

    /// Verifies the log, replays it for the window and filters it for the audience; a `participant:ID`
    /// audience must name someone in the log. A log that does not verify reports nothing.
    func cohort(_ path: String, invocation: Invocation, command: String) throws -> (all: CohortState, visible: CohortState) {
        try cohort(try source(path, invocation: invocation, command: command), invocation: invocation, command: command)
    }

    /// Opens and verifies the log at `path`, to be read through the window.
    func source(_ path: String, invocation: Invocation, command: String) throws -> LogSource {
        try invocation.logSource(path, window: window, command: command)
    }

    /// Replays a log for the source's window and filters it for the audience.
    func cohort(_ source: LogSource, invocation: Invocation, command: String) throws -> (all: CohortState, visible: CohortState) {
        let meter = ProgressMeter(command, path: source.path, invocation: invocation)
        let state = try source.cohort(progress: meter.callback)
        meter.finish()
        if case .participant(let id) = audience, state.person(id.rawValue) == nil {
            throw UsageError("--audience participant:\(id): there is no participant or facilitator \(id) in \(source.path)", command: command)
        }
        return (state, state.visible(to: audience))
    }

    /// Who may read a report of these options written to a file: anyone for the public's, else its owner.
    var readers: OutputReaders { audience == .public ? .anyone : .owner }

    /// The report context for a filtered state.
    func context(_ visible: CohortState) -> ReportContext {
        ReportContext(words: language.words, audience: audience, window: window, state: visible)
    }

    /// Writes a report to standard output or `-o FILE`, in the chosen format; exit status 0.
    func output(_ document: @autoclosure () -> Document, json: @autoclosure () -> JSONValue, log: String,
                arguments: ParsedArguments, invocation: Invocation) throws -> Int32 {
        try invocation.withOutput(arguments.value("output"), protecting: [log], readers: readers) { out in
            write(document(), json: json(), to: out)
            return 0
        }
    }

    /// Writes a document or JSON in the chosen format.
    func write(_ document: @autoclosure () -> Document, json: @autoclosure () -> JSONValue, to out: TextSink) {
        switch format {
        case "json": out.line(json().serialized)
        case "md": out.write(document().markdown)
        default: out.write(document().text)
        }
    }
}

extension RecordWindow {
    /// The window of `--as-of` and `--known-at` in `arguments` (the whole log without them).
    init(_ arguments: ParsedArguments, command: String) throws(UsageError) {
        func bound(_ name: String) throws(UsageError) -> TimeBound? {
            guard let text = arguments.value(name) else { return nil }
            guard let bound = TimeBound(text) else {
                throw UsageError("--\(name) must be a date YYYY-MM-DD or an RFC 3339 timestamp, not \"\(text)\"", command: command)
            }
            return bound
        }
        self.init(asOf: try bound("as-of"), knownAt: try bound("known-at"))
    }
}
