import CohortLog
import CohortProjections
import CohortReports

extension Command {
    /// `cohort export LOG (--xapi | --ics | --participant ID | --evidence)`: the log for other tools and people.
    static let export = Command(
        name: "export",
        summary: "the log as xAPI statements, the sessions as a calendar, everything about one participant, or the fund's copy",
        details: """
        --xapi: xAPI 1.0.3 statements as one JSON array, for a learning record store (docs/XAPI.md has the
        mapping): statement ids derived from the records' ids, so the same record gives the same statement in
        every export; a statement that changed since an earlier export (an erasure, a change of visibility, a
        retraction of what it refers to) is voided and follows under a new id; actors as pseudonymous
        accounts, never names or e-mail addresses; one registration for the whole cohort; retractions as
        voiding statements; only what the audience may see (default group). Our own verbs, activities and
        extensions are IRIs under --iri-base, which should be one the organiser controls; without it they
        stand under https://cohort.example/xapi/, a placeholder (.example is reserved and is nobody's).
        --ics: the sessions as an iCalendar file (RFC 5545): one all-day event for each session, with its
        place and host; a session whose event says something new (moved, cancelled, its host's name shown
        or erased) keeps its UID with a higher SEQUENCE and a later DTSTAMP; a cancelled one, or one whose
        scheduling was retracted, is STATUS:CANCELLED. What the public may see.
        --participant ID: everything the log holds about one participant (the GDPR's right of access): each
        record by them or about them, with who recorded it and when, their own personal data included, and
        nothing about anyone else. json (default) or md.
        --evidence: the fund's copy (docs/FORMAT.md section 6): the log with the personal member of every
        record that holds personal values (names, e-mail addresses, wishes, reflections, notes) replaced by
        its redacted form {"redacted":"<SHA-256 of the original bytes>"}; records, order and every other
        byte as in the log, so every digest and the head are the log's own. `cohort verify COPY --head H`
        checks a head noted from the log or a claim, and `cohort audit COPY` gives the log's findings and
        totals. The log must verify first; the whole log is copied (no --as-of or --known-at). With -o the
        copy is written beside FILE and renamed into place (never over LOG); the summary goes to standard
        error.
        """,
        options: ExportOptions.self
    ) { arguments, invocation in
        let log = arguments.log
        let options = arguments.report
        switch arguments.mode {
        case .xapi(let vocabulary): return try exportXAPI(log: log, vocabulary: vocabulary, options: options, invocation: invocation)
        case .calendar: return try exportICalendar(log: log, options: options, invocation: invocation)
        case .participant(let person): return try exportParticipant(log: log, person: person, options: options, invocation: invocation)
        case .evidence: return try exportEvidence(log: log, output: options.output, invocation: invocation)
        }
    }
}

/// The arguments of `cohort export`: one mode, the options of that mode, and the window, language and
/// output that every mode reads.
struct ExportOptions: CommandOptions {
    static let positionals = [Positional.log]
    static let audience = OptionSpec.audience.help(
        "for --xapi: public, group, facilitator or participant:ID (default group); --ics is public")
    static let iriBase = OptionSpec.value(
        "iri-base", "IRI", "for --xapi: the base of our own IRIs, one you control (default https://cohort.example/xapi/, a placeholder)")
    static let formats: [OutputFormat] = [.json, .md]
    static let format = OptionSpec.format(formats)
    static let language = OptionSpec.language.help("the language of the words (default: from LC_ALL, LC_MESSAGES or LANG; else en)")
    static let options: [OptionSpec] = ExportMode.Kind.allCases.map(\.flag) + [audience, iriBase, .asOf, .knownAt, format, language, .output]
    /// The modes as alternatives, each with the options only it reads, then what every mode reads.
    static let synopsis: [SynopsisElement] = [.oneOf(ExportMode.Kind.allCases.map { [$0.flag] + $0.options }, required: true)]
        + SynopsisElement.each([.asOf, .knownAt, language, .output])

    let log: String
    let mode: ExportMode
    /// The window, language and output; the audience of the mode (`--audience` for --xapi, the public for
    /// --ics, the facilitators for --participant); the format of --participant.
    let report: ReportOptions

    init(_ arguments: ParsedArguments, invocation: Invocation) throws(UsageError) {
        log = arguments.positionals[0]
        let kinds = ExportMode.Kind.allCases.filter { arguments.has($0.flag) }
        guard kinds.count == 1, let kind = kinds.first else {
            throw UsageError(kinds.isEmpty ? "say what to export: --xapi, --ics, --participant ID or --evidence"
                                           : "export one thing at a time, not --\(kinds.map(\.flag.name).joined(separator: " and --"))")
        }
        try kind.refuseOtherModesOptions(arguments)
        report = try ReportOptions(arguments, offer: ReportOptions.Offer(formats: Self.formats, audience: kind.audience),
                                   invocation: invocation)
        switch kind {
        case .xapi:
            var vocabulary = XAPIVocabulary.placeholder
            if let base = arguments.value(Self.iriBase) {
                guard let given = XAPIVocabulary(base: base) else {
                    throw UsageError("--iri-base \(base): not an absolute http or https IRI with a host and without ? or # (e.g. https://leren.example.org/xapi/)")
                }
                vocabulary = given
            }
            mode = .xapi(vocabulary)
        case .ics:
            mode = .calendar
        case .participant:
            mode = .participant(arguments.value(kind.flag) ?? "")
        case .evidence:
            mode = .evidence
        }
    }
}

/// What `cohort export` writes: exactly one mode, chosen by its flag.
enum ExportMode {
    /// `--xapi`: xAPI 1.0.3 statements, as `--audience` may see them, with our IRIs under `--iri-base`.
    case xapi(XAPIVocabulary)
    /// `--ics`: the sessions as an iCalendar file, as the public may see them.
    case calendar
    /// `--participant ID`: everything the log holds about one person, in `--format` json or md.
    case participant(String)
    /// `--evidence`: the fund's copy, every personal member withheld.
    case evidence

    /// The modes by their flags, in the order help and messages name them. A mode has the options that
    /// only it reads; any other mode refuses them.
    enum Kind: CaseIterable {
        case xapi, ics, participant, evidence

        /// The flag that chooses it.
        var flag: OptionSpec {
            switch self {
            case .xapi: .flag("xapi", "xAPI 1.0.3 statements (a JSON array)")
            case .ics: .flag("ics", "the sessions as an iCalendar file")
            case .participant: .value("participant", "ID", "everything the log holds about participant ID")
            case .evidence: .flag("evidence", "the fund's copy: the log with every personal member withheld")
            }
        }

        /// The options that only this mode reads.
        var options: [OptionSpec] {
            switch self {
            case .xapi: [ExportOptions.audience, ExportOptions.iriBase]
            case .ics: []
            case .participant: [ExportOptions.format]
            case .evidence: []
            }
        }

        /// Who the export is for without `--audience`; nil: the facilitators.
        var audience: Audience? {
            switch self {
            case .xapi: .group
            case .ics: .public
            case .participant, .evidence: nil
            }
        }

        /// Refuses an option that only another mode reads.
        func refuseOtherModesOptions(_ arguments: ParsedArguments) throws(UsageError) {
            // The calendar is the public's view: saying so (`--audience public`) is accepted, asking for more is not.
            if self != .xapi && arguments.has(ExportOptions.audience)
                && !(self == .ics && arguments.value(ExportOptions.audience) == "public") {
                throw UsageError("--audience is for --xapi; --ics shows what the public may see, --participant that participant's own view")
            }
            if self != .xapi && arguments.has(ExportOptions.iriBase) {
                throw UsageError("--iri-base is for --xapi: the base of the statements' own IRIs")
            }
            if self != .participant && arguments.has(ExportOptions.format) {
                throw UsageError("--format is for --participant (json or md); --xapi is JSON, --ics iCalendar and --evidence a log")
            }
            if self == .evidence && (arguments.has(.asOf) || arguments.has(.knownAt)) {
                throw UsageError("--evidence copies the whole log: its head is the one a claim names, so there is no --as-of or --known-at")
            }
        }
    }
}
