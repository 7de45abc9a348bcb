import CohortLog
import CohortProjections
import CohortReports

extension Command {
    /// `cohort stats LOG…`.
    static let stats = Command(
        name: "stats",
        summary: "count records per type, people, sessions, the span and the head, per log and in total",
        usage: "cohort stats LOG… [--as-of T] [--known-at T] [--format text|md|json] [--lang en|nl] [-o FILE]",
        details: """
        Figures of each log as it stands (a retraction and its target both count: this is about the log, not
        the cohort), and their total when several are given. stats reads only the start of each record (seq,
        id, type, at, recorded) and trusts the rest: `cohort verify` judges a log. The head is the digest of
        the log's last record. A facilitators' view, like show: it counts
        records of every kind, private ones too, and takes no --audience. json prints one line per log
        (JSON Lines), then a line with "total" when several logs are given.
        """,
        options: ReportOptions.specs(formats: ["text", "md", "json"], audience: nil),
        positionals: 1...Int.max, positionalNames: ["LOG"]
    ) { arguments, invocation in
        let options = try ReportOptions(arguments, invocation: invocation, defaultAudience: .facilitator, command: "stats")
        var total = LogStats()
        var results: [(String, LogStats, Int)] = []
        for log in arguments.positionals {
            var stats = LogStats()
            let meter = ProgressMeter("stats \(log)", path: log, invocation: invocation)
            let summary = try LogScan.run(path: log, progress: meter.callback) { entry in
                if options.window.contains(at: entry.at, recorded: entry.recorded) { stats.apply(type: entry.type, at: entry.at) }
            }
            stats.note(head: summary.head)
            meter.finish()
            results.append((log, stats, summary.skipped))
            total.add(stats)
        }
        let words = options.language.words
        return try invocation.withOutput(arguments.value("output"), protecting: arguments.positionals) { out in
            if options.format == "json" {
                for (log, stats, skipped) in results { out.line(StatsReport.json(log, stats, skipped: skipped).serialized) }
                if results.count > 1 { out.line(JSONValue.object([("total", StatsReport.json(nil, total))]).serialized) }
                return 0
            }
            var document = Document()
            for (log, stats, skipped) in results { StatsReport.add(log, stats, skipped: skipped, words: words, to: &document) }
            if results.count > 1 {
                StatsReport.add("\(words.total) \(results.count)", total, isTotal: true, words: words, to: &document)
            }
            out.write(options.format == "md" ? document.markdown : document.text)
            return 0
        }
    }
}
