import CohortLog
import CohortProjections
import CohortReports

extension Command {
    /// `cohort replay LOG`.
    static let replay = Command(
        name: "replay",
        summary: "the cohort's history session by session: what changed between one meeting and the next",
        details: """
        For each stretch of time (before the first session, between consecutive sessions, after the last):
        the wishes stated, revised and closed, the support given, assignment progress and results,
        reflections, learning lines, contributions, and (for those who may see it) attendance.
        """,
        options: ReplayOptions.self
    ) { arguments, invocation in
        let log = arguments.log
        let options = arguments.report
        let (_, visible) = try options.cohort(log, invocation: invocation, command: "replay")
        let report = HistoryReport(History(visible), context: options.context(visible))
        return try options.output(report.document, json: report.json, log: log, invocation: invocation)
    }
}

/// The arguments of `cohort replay`.
struct ReplayOptions: LogReportOptions {
    static let offer = ReportOptions.Offer(formats: [.text, .md, .json], audience: .group)
    /// The window before the audience.
    static let synopsis = offer.synopsisWithAudienceAfterWindow

    let log: String
    let report: ReportOptions
}
