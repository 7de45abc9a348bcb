import CohortLog
import CohortProjections
import CohortReports

extension Command {
    /// `cohort export LOG --participant ID [--format json|md]`: everything the log holds about one person.
    static func exportParticipant(log: String, person: String, options: ReportOptions, invocation: Invocation) throws -> Int32 {
        var file = ParticipantFile(person: person)
        let source = try options.source(log, invocation: invocation, command: "export")
        let meter = ProgressMeter("export", path: log, invocation: invocation)
        let summary = try source.forEach(progress: meter.callback) { record, standing, line in
            guard standing != .outside else { return }
            file.apply(record, line: line)
        }
        meter.finish()
        guard file.known else {
            throw UsageError("--participant \(person): there is no participant or facilitator \(person) in \(log)"
                             + (options.window == RecordWindow() ? "" : " within the window"), command: "export")
        }
        let report = ParticipantFileReport(file, log: log, head: summary.head, window: options.window, language: options.language)
        return try invocation.withOutput(options.output, protecting: [log]) { out in
            if options.format == .md {
                out.write(report.document.markdown)
            } else {
                out.line(json: report.json)
            }
            return 0
        }
    }
}
