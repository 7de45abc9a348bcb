import CohortLog
import CohortProjections
import CohortReports

extension Command {
    /// `cohort lines LOG`.
    static let lines = Command(
        name: "lines",
        summary: "the group's learning lines tied to their evidence, how the themes move, and candidate lines",
        details: """
        Each learning line with the records that name it (its reflections and harvest contributions) kept
        apart from the wishes and reflections that share its themes; the participants it gathers (never
        one who withdrew before it emerged, never a facilitator); its activity per stretch between
        sessions from the stretch it emerged in on; and its value creation per cycle (immediate,
        potential, applied, realised, reframing): the contributions labelled with the cycle beside the
        indicators the log holds. Then the theme dynamics: mentions of each theme per stretch (wishes
        stated or revised, unless dropped, and reflections, of active participants), whether it is
        rising, fading, steady or new, and the themes that occur together; and candidate lines: themes
        no line holds, of open wishes or reflections of 3 or more active participants.
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
