import CohortLog
import CohortProjections
import CohortReports

extension Command {
    /// `cohort export LOG --xapi`: the log as xAPI 1.0.3 statements (one JSON array), as `--audience`
    /// (default group) may see it; docs/XAPI.md has the mapping.
    ///
    /// `--as-of` and `--known-at` choose the window; `--iri-base` the base of our own IRIs (a placeholder
    /// under `cohort.example` without it). Our own words carry both English and Dutch, so `--lang` changes
    /// nothing here. The statements depend on the log alone: exporting again gives the same statements,
    /// with the same ids, for the same records; one that changed is voided and follows under a new id.
    static func exportXAPI(log: String, vocabulary: XAPIVocabulary, options: ReportOptions, invocation: Invocation) throws -> Int32 {
        let source = try options.source(log, invocation: invocation, command: "export")
        let meter = ProgressMeter("export", path: log, invocation: invocation)
        let feed = try XAPIFeed.read(source, progress: meter.callback)
        meter.finish()
        if case .participant(let id) = options.audience, feed.state.person(id.rawValue) == nil {
            throw UsageError("--audience participant:\(id): there is no participant or facilitator \(id) in \(log)", command: "export")
        }
        let export = XAPIExport(feed.entries(visibleTo: options.audience), programme: feed.programme, vocabulary: vocabulary)
        return try invocation.withOutput(options.output, protecting: [log], readers: options.readers) { out in
            export.write { out.write($0) }
            return 0
        }
    }
}
