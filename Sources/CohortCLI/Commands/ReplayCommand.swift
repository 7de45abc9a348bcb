import CohortLog
import CohortProjections
import CohortReports

extension Command {
    /// `cohort replay LOG`.
    static let replay = Command(
        name: "replay",
        summary: "the cohort's history session by session: what changed between one meeting and the next",
        usage: "cohort replay LOG [--as-of T] [--known-at T] [--audience A] [--format text|md|json] [--lang en|nl] [-o FILE]",
        details: """
        For each stretch of time (before the first session, between consecutive sessions, after the last):
        the wishes stated, revised and closed, the support given, assignment progress and results,
        reflections, learning lines, contributions, and (for those who may see it) attendance.
        """,
        options: ReportOptions.specs(formats: ["text", "md", "json"], audience: "group"),
        positionals: 1...1, positionalNames: ["LOG"]
    ) { arguments, invocation in
        let log = arguments.positionals[0]
        let options = try ReportOptions(arguments, invocation: invocation, defaultAudience: .group, command: "replay")
        let (_, visible) = try options.cohort(log, invocation: invocation, command: "replay")
        let report = HistoryReport(History(visible), context: options.context(visible))
        return try options.output(report.document, json: report.json, log: log, arguments: arguments, invocation: invocation)
    }
}
