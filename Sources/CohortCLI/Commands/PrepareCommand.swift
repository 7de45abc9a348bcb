import CohortLog
import CohortProjections
import CohortReports

extension Command {
    /// `cohort prepare LOG`.
    static let prepare = Command(
        name: "prepare",
        summary: "what the facilitators need before the next session, with the evidence for each item",
        details: """
        The sheet a facilitator prints before the next session, as of T (--as-of; without it, now:
        COHORT_NOW when set, else the clock): the next session (not cancelled, first day after T's day) with
        its dates, host and location; open wishes of active participants that no support names; active
        participants who gave or received no support and recorded no reflection since the first day of the
        last session held; open assignments of active participants whose start or latest progress is more
        than 28 days before T's day; open wishes and assignments of participants who withdrew; who missed
        all or part of the last session held; the facilitators' reflections since it. Each item with the
        record behind it (its text, its date, how many days ago); an empty section says so. json lists the
        ids: session, wishesWithoutSupport, quietParticipants, stalledAssignments, looseEnds, and more. A
        facilitators' view.
        """,
        options: PrepareOptions.self
    ) { arguments, invocation in
        let log = arguments.log
        var options = arguments.report
        if options.window.asOf == nil { options.window.asOf = .instant(try invocation.now()) }
        let (_, visible) = try options.cohort(log, invocation: invocation, command: "prepare")
        // The window is as of T by now, so it has a day.
        let day = options.window.asOfDay ?? Day(daysSinceEpoch: 0)
        let report = PrepareReport(Preparation(visible, day: day), context: options.context(visible))
        return try options.output(report.document, json: report.json, log: log, invocation: invocation)
    }
}

/// The arguments of `cohort prepare`.
struct PrepareOptions: LogReportOptions {
    static let offer = ReportOptions.Offer(formats: [.text, .md, .json], audience: nil)

    let log: String
    let report: ReportOptions
}
