import CohortLog
import CohortProjections
import CohortReports

extension Command {
    /// `cohort export LOG --ics`: the sessions as an iCalendar file (RFC 5545), as the public may see them.
    ///
    /// `--as-of` and `--known-at` choose the window; `--lang` the words of the descriptions. The file
    /// depends on the log alone (``ICalendar``), so exporting again gives the same bytes until the
    /// sessions change.
    static func exportICalendar(log: String, options: ReportOptions, invocation: Invocation) throws -> Int32 {
        let source = try options.source(log, invocation: invocation, command: "export")
        let (_, visible) = try options.cohort(source, invocation: invocation, command: "export")
        let revisions = try SessionRevisions.read(source)
        let calendar = ICalendar(state: visible, revisions: revisions, words: options.language.words)
        return try invocation.withOutput(options.output, protecting: [log], readers: .anyone) { out in
            out.write(calendar.text)
            return 0
        }
    }
}
