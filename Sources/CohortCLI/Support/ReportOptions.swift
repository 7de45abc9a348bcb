import CohortLog
import CohortProjections
import CohortReports

/// The options every report on a log shares: `--audience`, `--as-of`, `--known-at`, `--lang`, `--format`
/// and `-o` (what every report takes).
struct ReportOptions {
    var audience: Audience
    var window: RecordWindow
    var language: Language
    var format: OutputFormat
    /// The file of `-o FILE`; nil for standard output.
    var output: String?

    /// What a report command offers: its formats (the first is the default) and who the report is for
    /// unless `--audience` says otherwise (nil: a facilitators' view, which takes no `--audience`).
    struct Offer: Sendable {
        let formats: [OutputFormat]
        let audience: Audience?

        /// The option specs, in the order help lists them: the audience first.
        var specs: [OptionSpec] { audienceSpec + [.asOf, .knownAt, .format(formats), .language, .output] }

        /// The synopsis of `cohort harvest` and `cohort replay`, which name the window before the audience.
        var synopsisWithAudienceAfterWindow: [SynopsisElement] {
            SynopsisElement.each([.asOf, .knownAt] + audienceSpec + [.format(formats), .language, .output])
        }

        /// `--audience` with its default, when the report takes one.
        private var audienceSpec: [OptionSpec] {
            guard let audience else { return [] }
            return [.audience.help("who the report is for: public, group, facilitator or participant:ID (default \(audience))")]
        }
    }

    /// Reads the options of `arguments`.
    init(_ arguments: ParsedArguments, offer: Offer, invocation: Invocation) throws(UsageError) {
        if let text = arguments.value(.audience) {
            guard let audience = Audience(text) else {
                throw UsageError("--audience must be public, group, facilitator or participant:ID, not \"\(text)\"")
            }
            self.audience = audience
        } else {
            audience = offer.audience ?? .facilitator
        }
        window = try RecordWindow(arguments)
        language = Language(arguments, invocation: invocation)
        format = OutputFormat(arguments, offered: offer.formats)
        output = arguments.value(.output)
    }

    /// Verifies the log, replays it for the window and filters it for the audience; a `participant:ID`
    /// audience must name someone in the log. A log that does not verify reports nothing.
    func cohort(_ path: String, invocation: Invocation, command: String) throws -> (all: CohortState, visible: CohortState) {
        let (source, folded) = try invocation.foldedLogSource(path, window: window, command: command)
        guard let folded else { return try cohort(source, invocation: invocation, command: command) }
        return try filtered(folded, path: source.path, command: command)
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
        return try filtered(state, path: source.path, command: command)
    }

    /// `state` and the state filtered for the audience; a `participant:ID` audience must name someone in it.
    func filtered(_ state: CohortState, path: String, command: String) throws -> (all: CohortState, visible: CohortState) {
        if case .participant(let id) = audience, state.person(id.rawValue) == nil {
            throw UsageError("--audience participant:\(id): there is no participant or facilitator \(id) in \(path)", command: command)
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
                invocation: Invocation) throws -> Int32 {
        try invocation.withOutput(output, protecting: [log], readers: readers) { out in
            write(document(), json: json(), to: out)
            return 0
        }
    }

    /// Writes a document or JSON in the chosen format.
    func write(_ document: @autoclosure () -> Document, json: @autoclosure () -> JSONValue, to out: TextSink) {
        switch format {
        case .json: out.line(json: json())
        case .md: out.write(document().markdown)
        // html and csv are written by the commands that offer them.
        case .text, .html, .csv: out.write(document().text)
        }
    }
}

extension OptionSpec {
    /// `--audience A`; a command says its default in its own help.
    static let audience = OptionSpec.value("audience", "A", "who the report is for: public, group, facilitator or participant:ID")
    /// `--as-of T`.
    static let asOf = OptionSpec.value("as-of", "T", "the cohort as it had happened by T (a date YYYY-MM-DD or an RFC 3339 timestamp)")
    /// `--known-at T`.
    static let knownAt = OptionSpec.value("known-at", "T", "the cohort as the log knew it at T (by when records were written)")
    /// `--lang en|nl`.
    static let language = OptionSpec.value("lang", "LANG", choices: Language.allCases.map(\.rawValue),
                                           "the report's language (default: from LC_ALL, LC_MESSAGES or LANG; else en)")
}

extension Language {
    /// The language of `--lang`, else of the locale.
    init(_ arguments: ParsedArguments, invocation: Invocation) {
        self = .from(flag: arguments.value(.language), environment: invocation.environment)
    }
}

extension RecordWindow {
    /// The window of `--as-of` and `--known-at` in `arguments` (the whole log without them).
    init(_ arguments: ParsedArguments) throws(UsageError) {
        func bound(_ option: OptionSpec) throws(UsageError) -> TimeBound? {
            guard let text = arguments.value(option) else { return nil }
            guard let bound = TimeBound(text) else {
                throw UsageError("--\(option.name) must be a date YYYY-MM-DD or an RFC 3339 timestamp, not \"\(text)\"")
            }
            return bound
        }
        self.init(asOf: try bound(.asOf), knownAt: try bound(.knownAt))
    }
}
