import CohortLog
import CohortProjections
import CohortReports

extension Command {
    /// `cohort lines LOG`.
    static let lines = Command(
        name: "lines",
        summary: "the group's learning lines, what feeds each, its activity per session, and candidate lines",
        details: """
        Each learning line with what feeds it (records naming it, and wishes and reflections sharing its
        themes), the people it gathers, and its activity in each stretch between sessions; then candidate
        lines: themes held by the wishes or reflections of 3 or more participants that no line holds yet.
        """,
        options: LinesOptions.self
    ) { arguments, invocation in
        let log = arguments.log
        let options = arguments.report
        let (_, visible) = try options.cohort(log, invocation: invocation, command: "lines")
        let report = LinesReport(LearningLines(visible), context: options.context(visible))
        return try options.output(report.document, json: report.json, log: log, invocation: invocation)
    }
}

/// The arguments of `cohort lines`.
struct LinesOptions: LogReportOptions {
    static let offer = ReportOptions.Offer(formats: [.text, .md, .json], audience: .group)

    let log: String
    let report: ReportOptions
}
