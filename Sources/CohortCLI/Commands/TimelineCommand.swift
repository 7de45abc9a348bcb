import CohortLog
import CohortProjections
import CohortReports

extension Command {
    /// `cohort timeline LOG PARTICIPANT`.
    static let timeline = Command(
        name: "timeline",
        summary: "one participant's history: what they stated, gave, received, attended, progressed, reflected",
        usage: "cohort timeline LOG PARTICIPANT [--audience A] [--as-of T] [--known-at T] [--format text|md|json] [--lang en|nl] [-o FILE]",
        details: """
        The participant's history in order of when it happened: wishes stated, revised and closed; support
        given and received; attendance; assignment progress; reflections; contributions to the harvest.
        Only what the audience may see (default group: group and public items); retracted records are left
        out, erased texts shown as redacted.
        """,
        options: ReportOptions.specs(formats: ["text", "md", "json"], audience: "group"),
        positionals: 2...2, positionalNames: ["LOG", "PARTICIPANT"]
    ) { arguments, invocation in
        let log = arguments.positionals[0]
        let participant = arguments.positionals[1]
        let options = try ReportOptions(arguments, invocation: invocation, defaultAudience: .group, command: "timeline")
        let (_, visible) = try options.cohort(log, invocation: invocation, command: "timeline")
        // Whether someone the audience may not see exists is not for that audience to learn.
        guard visible.person(participant) != nil else {
            throw UsageError("there is no participant \(participant) that audience \(options.audience) may see in \(log)", command: "timeline")
        }
        let report = TimelineReport(Timeline(visible, participant: participant), participant: participant, context: options.context(visible))
        return try options.output(report.document, json: report.json, log: log, arguments: arguments, invocation: invocation)
    }
}
