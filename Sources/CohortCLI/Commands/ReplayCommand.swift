import CohortLog
import CohortProjections
import CohortReports

extension Command {
    /// `cohort replay LOG`.
    static let replay = Command(
        name: "replay",
        summary: "the cohort's history session by session: each meeting, the practice between meetings, and where things stood",
        details: """
        One part before the first session, then one per session: what happened at the meeting (records whose
        `at` falls on one of its days) apart from the practice between meetings (the rest, until the next
        session): wishes stated, revised and closed, support with the wish it was for and its note,
        assignment progress with its notes and results, reflections, contributions, learning lines and
        withdrawals; attendance at the meeting for those who may see it; a summary of counts; and the state at
        the end: the wishes still open and how far each assignment had come. Sessions after the day the
        history looks from (--as-of, else the latest record) are marked as still to come. json: `stretches`,
        each with `atMeeting` and `between` (the record ids of the learning events: wishes, assignments,
        reflections, support, contributions), `summary`, `end` and `toCome`.
        """,
        options: ReplayOptions.self
    ) { arguments, invocation in
        let log = arguments.log
        let options = arguments.report
        let (_, visible) = try options.cohort(log, invocation: invocation, command: "replay")
        let report = HistoryReport(History(visible, day: options.window.asOfDay), context: options.context(visible))
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
