import CohortLog
import CohortProjections
import CohortReports

extension Command {
    /// `cohort stats LOG…`.
    static let stats = Command(
        name: "stats",
        summary: "count records per type, people, sessions, the span and the head, per log and in total",
        details: """
        Figures of each log as it stands (a retraction and its target both count: this is about the log, not
        the cohort), and their total when several are given. Each log is verified as it is counted; a log
        that does not verify gives no figures (exit 1; `cohort verify` names its problems). The head is the
        digest of the log's last record. A facilitators' view, like show: it counts
        records of every kind, private ones too, and takes no --audience. json prints one line per log
        (JSON Lines), then a line with "total" when several logs are given.
        """,
        options: StatsOptions.self
    ) { arguments, invocation in
        let options = arguments.report
        var total = LogStats()
        var results: [(String, LogStats)] = []
        for log in arguments.logs {
            var stats = LogStats()
            let meter = ProgressMeter("stats \(log)", path: log, invocation: invocation)
            let window = options.window
            let opening = try VerifiedLog.open(log, progress: meter.callback) { record, _ in
                if window.contains(record) { stats.apply(type: record.type, at: record.at) }
            }
            meter.finish()
            guard case .verified(let verified) = opening else {
                if case .doesNotVerify(let verifier) = opening { throw CommandFailure.unsound(log, verifier) }
                continue
            }
            stats.note(head: verified.head)
            results.append((log, stats))
            total.add(stats)
        }
        let words = options.language.words
        return try invocation.withOutput(options.output, protecting: arguments.logs) { out in
            if options.format == .json {
                for (log, stats) in results { out.line(StatsReport.json(log, stats).serialized) }
                if results.count > 1 { out.line(JSONValue.object([("total", StatsReport.json(nil, total))]).serialized) }
                return 0
            }
            var document = Document()
            for (log, stats) in results { StatsReport.add(log, stats, words: words, to: &document) }
            if results.count > 1 {
                StatsReport.add("\(words.total) \(results.count)", total, isTotal: true, words: words, to: &document)
            }
            out.write(options.format == .md ? document.markdown : document.text)
            return 0
        }
    }
}

/// The arguments of `cohort stats`.
struct StatsOptions: CommandOptions {
    static let positionals = [Positional.logs]
    static let offer = ReportOptions.Offer(formats: [.text, .md, .json], audience: nil)
    static let options = offer.specs

    /// The logs, in the order given.
    let logs: [String]
    let report: ReportOptions

    init(_ arguments: ParsedArguments, invocation: Invocation) throws(UsageError) {
        logs = arguments.positionals
        report = try ReportOptions(arguments, offer: Self.offer, invocation: invocation)
    }
}
