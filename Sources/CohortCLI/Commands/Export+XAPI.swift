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
    static func exportXAPI(log: String, arguments: ParsedArguments, invocation: Invocation) throws -> Int32 {
        let options = try ReportOptions(arguments, invocation: invocation, defaultAudience: .group, command: "export")
        var vocabulary = XAPIVocabulary.placeholder
        if let base = arguments.value("iri-base") {
            guard let given = XAPIVocabulary(base: base) else {
                throw UsageError("--iri-base \(base): not an absolute http or https IRI with a host and without ? or # (e.g. https://leren.example.org/xapi/)",
                                 command: "export")
            }
            vocabulary = given
        }
        let source = try options.source(log, invocation: invocation, command: "export")
        let meter = ProgressMeter("export", path: log, invocation: invocation)
        let feed = try XAPIFeed.read(source, progress: meter.callback)
        meter.finish()
        if case .participant(let id) = options.audience, feed.state.person(id.rawValue) == nil {
            throw UsageError("--audience participant:\(id): there is no participant or facilitator \(id) in \(log)", command: "export")
        }
        let export = XAPIExport(feed.entries(visibleTo: options.audience), programme: feed.programme, vocabulary: vocabulary)
        return try invocation.withOutput(arguments.value("output"), protecting: [log], readers: options.readers) { out in
            export.write { out.write($0) }
            return 0
        }
    }
}
