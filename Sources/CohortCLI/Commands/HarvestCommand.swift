import CohortLog
import CohortProjections
import CohortReports

extension Command {
    /// `cohort harvest LOG`.
    static let harvest = Command(
        name: "harvest",
        summary: "the harvest for the manifestation",
        usage: "cohort harvest LOG [--as-of T] [--known-at T] [--audience A] [--format md|html|json|text] [--lang en|nl] [-o FILE]",
        details: """
        What the group presents at the manifestation: the programme and its sessions; per participant their
        wishes as they evolved, their assignment with its progress and result, their reflections; the
        learning lines with their stories; the contributions by kind and by value-creation cycle; the
        group's figures. The audience defaults to public: only what may be shown at the manifestation, and
        no count of anything else. `--as-of 2014-12-11` gives the harvest as it stood on that day. html is one
        self-contained page (inline style and SVG charts, nothing fetched) for a projector and for print (A4).
        """,
        options: ReportOptions.specs(formats: ["md", "html", "json", "text"], audience: "public"),
        positionals: 1...1, positionalNames: ["LOG"]
    ) { arguments, invocation in
        let log = arguments.positionals[0]
        var options = try ReportOptions(arguments, invocation: invocation, defaultAudience: .public, command: "harvest")
        if options.format.isEmpty { options.format = "md" }
        let (_, visible) = try options.cohort(log, invocation: invocation, command: "harvest")
        var day: Day?
        switch options.window.asOf {
        case .day(let value)?: day = value
        case .instant(let instant)?: day = instant.localDay
        case nil: day = nil
        }
        let harvest = Harvest(visible, day: day, attendance: options.audience == .facilitator)
        let context = options.context(visible)
        if options.format == "html" {
            return try invocation.withOutput(arguments.value("output"), protecting: [log], readers: options.readers) { out in
                out.write(HarvestPage(harvest, context: context).html)
                return 0
            }
        }
        let report = HarvestReport(harvest, context: context)
        return try options.output(report.document, json: report.json, log: log, arguments: arguments, invocation: invocation)
    }
}
