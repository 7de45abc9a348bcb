import CohortLog
import CohortProjections
import CohortReports

extension Command {
    /// `cohort harvest LOG`.
    static let harvest = Command(
        name: "harvest",
        summary: "the harvest for the manifestation",
        details: """
        What the group presents at the manifestation: the programme and its sessions; per participant their
        wishes as they evolved, their assignment with its progress and result, their reflections; the
        learning lines with their stories; the contributions by kind and by value-creation cycle; the
        group's figures. The audience defaults to public: only what may be shown at the manifestation, and
        no count of anything else. `--as-of 2014-12-11` gives the harvest as it stood on that day. html is one
        self-contained page (inline style and SVG charts, nothing fetched) for a projector and for print (A4).
        """,
        options: HarvestOptions.self
    ) { arguments, invocation in
        let log = arguments.log
        let options = arguments.report
        let (_, visible) = try options.cohort(log, invocation: invocation, command: "harvest")
        let harvest = Harvest(visible, day: options.window.asOfDay, attendance: options.audience == .facilitator)
        let context = options.context(visible)
        if options.format == .html {
            return try invocation.withOutput(options.output, protecting: [log], readers: options.readers) { out in
                out.write(HarvestPage(harvest, context: context).html)
                return 0
            }
        }
        let report = HarvestReport(harvest, context: context)
        return try options.output(report.document, json: report.json, log: log, invocation: invocation)
    }
}

/// The arguments of `cohort harvest`.
struct HarvestOptions: LogReportOptions {
    static let offer = ReportOptions.Offer(formats: [.md, .html, .json, .text], audience: .public)
    /// The window before the audience.
    static let synopsis = offer.synopsisWithAudienceAfterWindow

    let log: String
    let report: ReportOptions
}
