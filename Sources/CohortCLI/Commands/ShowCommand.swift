import CohortLog
import CohortProjections
import CohortReports

extension Command {
    /// `cohort show LOG [--type T] [--participant ID]`.
    static let show = Command(
        name: "show",
        summary: "list the records, filtered by type or participant",
        details: """
        A facilitator's view of the log as it stands: one line per record (seq, id, at, type, by and the
        event's fields; erased texts shown as [redacted]), or with --format json the records themselves
        as a JSON array. The id is what `event.retracted` and `cohort redact --id` name. --participant
        keeps the records by the participant or naming them, directly or through their wish or
        assignment; --as-of and --known-at keep the records of that window (retractions are records
        too: both they and what they retract are listed). A log that does not verify is not shown
        (exit 1): `cohort verify` names its problems.
        """,
        options: ShowOptions.self
    ) { arguments, invocation in
        let log = arguments.log
        let window = arguments.window
        var selection = RecordSelection(types: arguments.types, participant: arguments.participant)
        let json = arguments.format == .json
        let source = try invocation.logSource(log, window: window, command: "show")
        return try invocation.withOutput(arguments.output, protecting: [log]) { out in
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

/// The arguments of `cohort show`.
struct ShowOptions: CommandOptions {
    static let positionals = [Positional.log]
    static let type = OptionSpec.value("type", "TYPE", repeatable: true, "keep records of this type (repeatable)").shown(.optional, value: "T")
    static let participant = OptionSpec.value("participant", "ID", "keep records by or about this participant")
    static let formats: [OutputFormat] = [.text, .json]
    static let options: [OptionSpec] = [
        type, participant,
        OptionSpec.asOf.help("the records of what had happened by T (a date YYYY-MM-DD or an RFC 3339 timestamp)"),
        OptionSpec.knownAt.help("the records the log held at T (by when they were written)"),
        .format(formats), .output,
    ]

    let log: String
    /// The types of `--type` (every type without it).
    let types: Set<EventType>
    /// Whose records `--participant` keeps, if anyone's.
    let participant: String?
    let window: RecordWindow
    let format: OutputFormat
    /// The file of `-o FILE`; nil for standard output.
    let output: String?

    init(_ arguments: ParsedArguments, invocation: Invocation) throws(UsageError) {
        log = arguments.positionals[0]
        var types = Set<EventType>()
        for name in arguments.values(Self.type) {
            guard let type = EventType(rawValue: name) else {
                throw UsageError("--type \"\(name)\" is not an event type (\(EventType.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            types.insert(type)
        }
        self.types = types
        window = try RecordWindow(arguments)
        participant = arguments.value(Self.participant)
        format = OutputFormat(arguments, offered: Self.formats)
        output = arguments.value(.output)
    }
}
