import CohortLog
import CohortProjections
import CohortReports

extension Command {
    /// `cohort lines LOG`.
    static let lines = Command(
        name: "lines",
        summary: "the group's learning lines, what feeds each, its activity per session, and candidate lines",
        usage: "cohort lines LOG [--audience A] [--as-of T] [--known-at T] [--format text|md|json] [--lang en|nl] [-o FILE]",
        details: """
        Each learning line with what feeds it (records naming it, and wishes and reflections sharing its
        themes), the people it gathers, and its activity in each stretch between sessions; then candidate
        lines: themes held by the wishes or reflections of 3 or more participants that no line holds yet.
        """,
        options: ReportOptions.specs(formats: ["text", "md", "json"], audience: "group"),
        positionals: 1...1, positionalNames: ["LOG"]
    ) { arguments, invocation in
        let log = arguments.positionals[0]
        let options = try ReportOptions(arguments, invocation: invocation, defaultAudience: .group, command: "lines")
        let (_, visible) = try options.cohort(log, invocation: invocation, command: "lines")
        let report = LinesReport(LearningLines(visible), context: options.context(visible))
        return try options.output(report.document, json: report.json, log: log, arguments: arguments, invocation: invocation)
    }
}
