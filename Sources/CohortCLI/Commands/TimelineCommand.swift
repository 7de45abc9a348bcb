import CohortLog
import CohortProjections
import CohortReports

extension Command {
    /// `cohort timeline LOG PARTICIPANT`.
    static let timeline = Command(
        name: "timeline",
        summary: "one participant's history: what they stated, gave, received, attended, progressed, reflected",
        details: """
        The participant's history in order of when it happened: wishes stated, revised and closed; support
        given and received; attendance; assignment progress; reflections; contributions to the harvest.
        Only what the audience may see (default group: group and public items); retracted records are left
        out, erased texts shown as redacted.
        """,
        options: TimelineOptions.self
    ) { arguments, invocation in
        let log = arguments.log
        let participant = arguments.participant
        let options = arguments.report
        let (_, visible) = try options.cohort(log, invocation: invocation, command: "timeline")
        // Whether someone the audience may not see exists is not for that audience to learn.
        guard visible.person(participant) != nil else {
            throw UsageError("there is no participant \(participant) that audience \(options.audience) may see in \(log)", command: "timeline")
        }
        let report = TimelineReport(Timeline(visible, participant: participant), participant: participant, context: options.context(visible))
        return try options.output(report.document, json: report.json, log: log, invocation: invocation)
    }
}

/// The arguments of `cohort timeline`.
struct TimelineOptions: CommandOptions {
    static let positionals = [Positional.log, Positional("PARTICIPANT")]
    static let offer = ReportOptions.Offer(formats: [.text, .md, .json], audience: .group)
    static let options = offer.specs

    let log: String
    /// Whose timeline.
    let participant: String
    let report: ReportOptions

    init(_ arguments: ParsedArguments, invocation: Invocation) throws(UsageError) {
        log = arguments.positionals[0]
        participant = arguments.positionals[1]
        report = try ReportOptions(arguments, offer: Self.offer, invocation: invocation)
    }
}
