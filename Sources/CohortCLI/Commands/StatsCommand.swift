import CohortLog
import CohortProjections
import CohortReports

extension Command {
    /// `cohort stats LOG…`.
    static let stats = Command(
        name: "stats",
        summary: "count records per type, people, sessions, the span and the head, per log and in total",
        usage: "cohort stats LOG… [--format text|json] [-o FILE]",
        details: """
        Figures of each log as it stands, and their total when several are given. json prints one line
        per log (JSON Lines), then a line with "total" when several logs are given.
        """,
        options: [.format(["text", "json"]), .output],
        positionals: 1...Int.max, positionalNames: ["LOG"]
    ) { arguments, invocation in
        let json = arguments.value("format") == "json"
        var total = LogStats()
        var results: [(String, LogStats, Int)] = []
        for log in arguments.positionals {
            var stats = LogStats()
            let meter = ProgressMeter("stats \(log)", path: log, invocation: invocation)
            let summary = try LogReader.forEachRecord(path: log, progress: meter.callback) { record, _ in stats.apply(record) }
            meter.finish()
            results.append((log, stats, summary.skipped))
            total.add(stats)
        }
        return try invocation.withOutput(arguments.value("output"), protecting: arguments.positionals) { out in
            for (log, stats, skipped) in results {
                out.write(json ? StatsReport.json(log, stats, skipped: skipped).serialized + "\n" : StatsReport.text(log, stats, skipped: skipped))
            }
            if results.count > 1 {
                if json {
                    out.line(JSONValue.object([("total", StatsReport.json(nil, total))]).serialized)
                } else {
                    out.write(StatsReport.text("total over \(results.count) logs", total, isTotal: true))
                }
            }
            return 0
        }
    }
}
