import CohortLog
import CohortProjections
import CohortReports

extension Command {
    /// `cohort timeline LOG PARTICIPANT`.
    static let timeline = Command(
        name: "timeline",
        summary: "one participant's history told as threads: each wish with what fed it, the assignment, what they gave",
        details: """
        One thread per wish of theirs, in the order stated: its words and each revision, the support received
        on it, the reflections that name it (whoever wrote them), how it ended (fulfilled, dropped, or
        transformed into another wish, which then shows where it came from). Then their assignment (start,
        progress, result), what they gave (support to others, contributions to the harvest), the support and
        reflections that name no wish of theirs, and their taking part (registration, attendance per session,
        withdrawal). JSON keeps entries (everything in order of when it happened) and adds threads (per wish:
        wish, support with the ids of the support records naming it, reflections with the ids of the
        reflections naming it, outcome, into, from), assignments, gave, otherSupport, otherReflections and
        attendance.
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

/// The arguments of cohort timeline.
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
