import CohortLog
import CohortProjections
import CohortReports

extension Command {
    /// `cohort show LOG [--type T] [--participant ID]`.
    static let show = Command(
        name: "show",
        summary: "list the records, filtered by type or participant",
        usage: "cohort show LOG [--type T…] [--participant ID] [--format text|json] [-o FILE]",
        details: """
        A facilitator's view of the log as it stands: one line per record (seq, at, type, by and the
        event's fields; erased texts shown as [redacted]), or with --format json the records themselves
        as a JSON array. --participant keeps the records by the participant or naming them, directly or
        through their wish or assignment. Lines that are not well-formed records are passed over; use
        `cohort verify` to judge a log.
        """,
        options: [
            .value("type", "TYPE", repeatable: true, "keep records of this type (repeatable)"),
            .value("participant", "ID", "keep records by or about this participant"),
            .format(["text", "json"]), .output,
        ],
        positionals: 1...1, positionalNames: ["LOG"]
    ) { arguments, invocation in
        let log = arguments.positionals[0]
        var types = Set<EventType>()
        for name in arguments.values("type") {
            guard let type = EventType(rawValue: name) else {
                throw UsageError("--type \"\(name)\" is not an event type (\(EventType.allCases.map(\.rawValue).joined(separator: ", ")))", command: "show")
            }
            types.insert(type)
        }
        var selection = RecordSelection(types: types, participant: arguments.value("participant"))
        let json = arguments.value("format") == "json"
        return try invocation.withOutput(arguments.value("output"), protecting: [log]) { out in
            var count = 0
            if json { out.write("[") }
            let meter = ProgressMeter("show", path: log, invocation: invocation)
            defer { meter.finish() }
            let summary = try LogReader.forEachRecord(path: log, progress: meter.callback) { record, line in
                guard selection.keeps(record) else { return }
                if json {
                    out.write((count == 0 ? "" : ",\n") + String(decoding: line, as: UTF8.self))
                } else {
                    out.line(RecordListReport.line(record))
                }
                count += 1
            }
            if json { out.line("]") }
            if summary.skipped > 0 {
                invocation.err.line("cohort show: \(summary.skipped) lines of \(log) are not well-formed records and were passed over; run `cohort verify \(log)`")
            }
            return 0
        }
    }
}
