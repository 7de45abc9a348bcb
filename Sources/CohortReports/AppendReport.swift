import CohortLog

/// What `cohort append` (and `add`, `redact`) report of an append.
public struct AppendReport: Sendable {
    /// The log's path.
    public var file: String
    /// What the append did.
    public var outcome: AppendOutcome
    /// The words of the summary.
    public var words: Words

    public init(file: String, outcome: AppendOutcome, words: Words = .english) {
        self.file = file
        self.outcome = outcome
        self.words = words
    }

    /// One line per appended record: `seq 7 id w1`.
    public var lines: [String] {
        outcome.appended.map { "seq \($0.seq) id \($0.id.rawValue)" }
    }

    /// The summary for standard error: `log.jsonl: appended 2 records (seq 3–4); 1 already in the log
    /// with identical content (seq 2); 4 records, head …`.
    public var summary: String {
        let w = words
        var parts: [String] = []
        let appended = outcome.appended.count
        if appended > 0 {
            let range = appended == 1 ? "seq \(outcome.appended[0].seq)"
                : "seq \(outcome.appended[0].seq)–\(outcome.appended[appended - 1].seq)"
            parts.append(w.appendedSummary(w.count(appended, .record), range))
        } else {
            parts.append(w.appendedNothing)
        }
        if !outcome.unchanged.isEmpty {
            let seqs = outcome.unchanged.prefix(5).map { "seq \($0.seq)" }.joined(separator: ", ")
                + (outcome.unchanged.count > 5 ? ", …" : "")
            parts.append(w.alreadyThere(outcome.unchanged.count, seqs))
        }
        if !outcome.erased.isEmpty {
            parts.append(w.erasedSummary(w.count(outcome.erased.count, .record), outcome.erased.map(\.rawValue).joined(separator: ", ")))
        }
        return "\(file): " + parts.joined(separator: "; ") + "; \(w.count(outcome.records, .record)), \(w.head) \(outcome.head.hex)"
    }

    /// `{"file":…,"appended":[{"seq":…,"id":…,"line":…}],"unchanged":[…],"erased":[…],"records":…,"head":…}`.
    public var json: JSONValue {
        func entries(_ list: [AppendOutcome.Entry]) -> JSONValue {
            .array(list.map { .object([("seq", .int($0.seq)), ("id", .string($0.id.rawValue)), ("line", .int($0.line))]) })
        }
        return .object([
            ("file", .string(file)), ("appended", entries(outcome.appended)), ("unchanged", entries(outcome.unchanged)),
            ("erased", .array(outcome.erased.map { .string($0.rawValue) })), ("records", .int(outcome.records)),
            ("head", .string(outcome.head.hex)),
        ])
    }
}
