import CohortLog
import CohortProjections
import CohortReports

extension Command {
    /// `cohort show LOG [--type T] [--participant ID]`.
    static let show = Command(
        name: "show",
        summary: "list the records, filtered by type or participant",
        usage: "cohort show LOG [--type T…] [--participant ID] [--as-of T] [--known-at T] [--format text|json] [-o FILE]",
        details: """
        A facilitator's view of the log as it stands: one line per record (seq, id, at, type, by and the
        event's fields; erased texts shown as [redacted]), or with --format json the records themselves
        as a JSON array. The id is what `event.retracted` and `cohort redact --id` name. --participant
        keeps the records by the participant or naming them, directly or through their wish or
        assignment; --as-of and --known-at keep the records of that window (retractions are records
        too: both they and what they retract are listed). A log that does not verify is not shown
        (exit 1): `cohort verify` names its problems.
        """,
        options: [
            .value("type", "TYPE", repeatable: true, "keep records of this type (repeatable)"),
            .value("participant", "ID", "keep records by or about this participant"),
            .value("as-of", "T", "the records of what had happened by T (a date YYYY-MM-DD or an RFC 3339 timestamp)"),
            .value("known-at", "T", "the records the log held at T (by when they were written)"),
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
        let window = try RecordWindow(arguments, command: "show")
        var selection = RecordSelection(types: types, participant: arguments.value("participant"))
        let json = arguments.value("format") == "json"
        let source = try invocation.logSource(log, window: window, command: "show")
        return try invocation.withOutput(arguments.value("output"), protecting: [log]) { out in
            var count = 0
            if json { out.write("[") }
            let meter = ProgressMeter("show", path: log, invocation: invocation)
            defer { meter.finish() }
            try source.forEach(progress: meter.callback) { record, standing, line in
                guard standing != .outside, selection.keeps(record) else { return }
                if json {
                    out.write((count == 0 ? "" : ",\n") + String(decoding: line, as: UTF8.self))
                } else {
                    out.line(RecordListReport.line(record))
                }
                count += 1
            }
            if json { out.line("]") }
            return 0
        }
    }
}
