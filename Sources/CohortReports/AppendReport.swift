import CohortLog

/// What `cohort append` (and `add`, `redact`) report of an append.
public struct AppendReport: Sendable {
    /// The log's path.
    public var file: String
    /// What the append did.
    public var outcome: AppendOutcome

    public init(file: String, outcome: AppendOutcome) {
        self.file = file
        self.outcome = outcome
    }

    /// One line per appended record: `seq 7 id w1`.
    public var lines: [String] {
        outcome.appended.map { "seq \($0.seq) id \($0.id.rawValue)" }
    }

    /// The summary for standard error.
    public var summary: String {
        var parts: [String] = []
        let appended = outcome.appended.count
        if appended > 0 {
            let range = appended == 1 ? "seq \(outcome.appended[0].seq)"
                : "seq \(outcome.appended[0].seq)–\(outcome.appended[appended - 1].seq)"
            parts.append("appended \(appended) record\(appended == 1 ? "" : "s") (\(range))")
        } else {
            parts.append("appended nothing")
        }
        if !outcome.unchanged.isEmpty {
            parts.append("\(outcome.unchanged.count) already in the log with identical content")
        }
        if !outcome.erased.isEmpty {
            parts.append("erased the personal fields of \(outcome.erased.count) record\(outcome.erased.count == 1 ? "" : "s") (\(outcome.erased.map(\.rawValue).joined(separator: ", ")))")
        }
        return "\(file): " + parts.joined(separator: "; ") + "; \(outcome.records) records, head \(outcome.head.hex)"
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
