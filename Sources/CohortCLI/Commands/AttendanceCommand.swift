import CohortLog
import CohortProjections
import CohortReports

extension Command {
    /// `cohort attendance LOG`.
    static let attendance = Command(
        name: "attendance",
        summary: "the attendance list (presentielijst): participants × sessions, totals and rates",
        details: """
        For each participant the dagdelen attended at each session that was not cancelled (empty where nothing
        was recorded), their total against the dagdelen of the sessions held while they were active, and
        their rate; for each session its total. csv follows RFC 4180 with a header row in the chosen
        language; --separator ';' suits spreadsheets set to Dutch conventions. A facilitators' view.
        """,
        options: AttendanceOptions.self
    ) { arguments, invocation in
        let log = arguments.log
        let options = arguments.report
        let separator = arguments.separator
        let (state, _) = try options.cohort(log, invocation: invocation, command: "attendance")
        var day: Day?
        switch options.window.asOf {
        case .day(let value)?: day = value
        case .instant(let instant)?: day = instant.localDay
        case nil: day = nil
        }
        let report = AttendanceReport(AttendanceList(state, day: day), words: options.language.words)
        return try invocation.withOutput(options.output, protecting: [log]) { out in
            if options.format == .csv {
                out.write(report.csv(separator: separator))
            } else {
                out.write(report.document(title: state.programme?.title ?? log).text)
            }
            return 0
        }
    }
}

/// The arguments of `cohort attendance`.
struct AttendanceOptions: CommandOptions {
    static let positionals = [Positional.log]
    static let offer = ReportOptions.Offer(formats: [.text, .csv], audience: nil)
    static let separator = OptionSpec.value("separator", "C", "the CSV separator, one character (default ,)")
    static let options = offer.specs + [separator]
    /// The separator beside the format.
    static let synopsis = SynopsisElement.each([.asOf, .knownAt, .format(offer.formats), separator, .language, .output])

    let log: String
    let report: ReportOptions
    /// The separator of the CSV's cells: `--separator`, else a comma.
    let separator: Character

    init(_ arguments: ParsedArguments, invocation: Invocation) throws(UsageError) {
        log = arguments.positionals[0]
        report = try ReportOptions(arguments, offer: Self.offer, invocation: invocation)
        if let text = arguments.value(Self.separator) {
            guard text.count == 1, let character = text.first, character != "\"", character != "\n", character != "\r" else {
                throw UsageError("--separator must be one character other than a quote or a line break, not \"\(text)\"")
            }
            separator = character
        } else {
            separator = ","
        }
    }
}
