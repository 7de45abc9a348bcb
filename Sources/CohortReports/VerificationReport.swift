import CohortLog

/// What `cohort verify` reports of a log.
public struct VerificationReport: Sendable {
    /// The log's path, as given.
    public var file: String
    /// Whether it verified (and, with `--head`, the head was found).
    public var ok: Bool
    /// Records read.
    public var records: Int
    /// The head: the digest of the last record.
    public var head: Digest
    /// The digest asked for with `--head`, if any.
    public var wantedHead: Digest?
    /// The problems found, sorted by line.
    public var problems: [Diagnostic]
    /// Problems beyond those listed.
    public var omitted: Int

    /// The report of a finished verification.
    public init(file: String, verifier: LogVerifier) {
        self.file = file
        ok = verifier.isSound
        records = verifier.records
        head = verifier.head
        wantedHead = verifier.wantedHead
        problems = verifier.problems
        omitted = verifier.omitted
    }

    /// The one-line verdict for standard output: `ok: 17 records, head …`.
    public var summary: String {
        let w = Words.english
        if ok { return "ok: \(w.count(records, .record)), head \(head.hex)" }
        return "not ok: \(w.count(records, .record)), \(w.count(problems.count + omitted, .problem)), head \(head.hex)"
    }

    /// With `--head` on a sound log, the confirmation for standard error: the noted head still stands.
    public var headNote: String? {
        guard ok, let wantedHead else { return nil }
        return "\(file): \(wantedHead.hex) is the digest of a record in the log: nothing up to it has changed"
    }

    /// Each problem as a compiler writes it (`FILE:LINE: error: …`), for standard error.
    public var diagnostics: [String] {
        var lines = problems.map { $0.rendered(file: file) }
        if omitted > 0 { lines.append("\(file): and \(omitted) more problems") }
        return lines
    }

    /// The JSON object of `verify --format json`: `ok`, `records`, `head`, `problems` (`line`, `message`, …).
    public var json: JSONValue {
        var members: [(String, JSONValue)] = [
            ("ok", .bool(ok)), ("records", .int(records)), ("head", .string(head.hex)),
            ("problems", .array(problems.map(\.json))),
        ]
        if omitted > 0 { members.append(("omitted", .int(omitted))) }
        members.insert(("file", .string(file)), at: 0)
        return .object(members)
    }
}
