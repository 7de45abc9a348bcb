import CohortLog
import CohortProjections
import CohortReports

extension Command {
    /// `cohort evaluate LOG`.
    static let evaluate = Command(
        name: "evaluate",
        summary: "the programme against its promises, for the fund and the municipalities",
        details: """
        Retention (participants registered, withdrawn, active); the assignments started and completed; how
        the wishes evolved (stated, revised, fulfilled, transformed, dropped, still open); peer support and
        its share given between meetings (on a day that is no session's day); reflections by participants
        and facilitators; the sessions held (first day on or before the --as-of day, else the day of the
        latest record) with their hosts; the learning lines that emerged; the contributions of realised
        value. json keys: participants, wishes, assignments, support, reflections, lines, sessionsHeld, and
        more. A facilitators' view.
        """,
        options: EvaluateOptions.self
    ) { arguments, invocation in
        let log = arguments.log
        let options = arguments.report
        let (_, visible) = try options.cohort(log, invocation: invocation, command: "evaluate")
        let report = EvaluationReport(Evaluation(visible, day: options.window.asOfDay), context: options.context(visible))
        return try options.output(report.document, json: report.json, log: log, invocation: invocation)
    }
}

/// The arguments of `cohort evaluate`.
struct EvaluateOptions: LogReportOptions {
    static let offer = ReportOptions.Offer(formats: [.text, .md, .json], audience: nil)

    let log: String
    let report: ReportOptions
}
