import CohortLog
import CohortProjections
import CohortReports

extension Command {
    /// `cohort attendance LOG`.
    static let attendance = Command(
        name: "attendance",
        summary: "the attendance list (presentielijst): participants × sessions, totals and rates",
        usage: "cohort attendance LOG [--as-of T] [--known-at T] [--format text|csv] [--separator C] [--lang en|nl] [-o FILE]",
        details: """
        For each participant the dagdelen attended at each session that was not cancelled (empty where nothing
        was recorded), their total against the dagdelen of the sessions held while they were active, and
        their rate; for each session its total. csv follows RFC 4180 with a header row in the chosen
        language; --separator ';' suits spreadsheets set to Dutch conventions. A facilitators' view.
        """,
        options: ReportOptions.specs(formats: ["text", "csv"], audience: nil)
            + [.value("separator", "C", "the CSV separator, one character (default ,)")],
        positionals: 1...1, positionalNames: ["LOG"]
    ) { arguments, invocation in
        let log = arguments.positionals[0]
        let options = try ReportOptions(arguments, invocation: invocation, defaultAudience: .facilitator, command: "attendance")
        var separator: Character = ","
        if let text = arguments.value("separator") {
            guard text.count == 1, let character = text.first, character != "\"", character != "\n", character != "\r" else {
                throw UsageError("--separator must be one character other than a quote or a line break, not \"\(text)\"", command: "attendance")
            }
            separator = character
        }
        let (state, _) = try options.cohort(log, invocation: invocation, command: "attendance")
        var day: Day?
        switch options.window.asOf {
        case .day(let value)?: day = value
        case .instant(let instant)?: day = instant.localDay
        case nil: day = nil
        }
        let report = AttendanceReport(AttendanceList(state, day: day), words: options.language.words)
        return try invocation.withOutput(arguments.value("output"), protecting: [log]) { out in
            if options.format == "csv" {
                out.write(report.csv(separator: separator))
            } else {
                out.write(report.document(title: state.programme?.title ?? log).text)
            }
            return 0
        }
    }
}
