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
    /// Records whose personal values are withheld (in their redacted form).
    public var withheld: Int
    /// Whether the log is an evidence copy: every personal member withheld.
    public var isEvidenceCopy: Bool

    /// The report of a finished verification.
    public init(file: String, verifier: LogVerifier) {
        self.file = file
        ok = verifier.isSound
        records = verifier.records
        head = verifier.head
        wantedHead = verifier.wantedHead
        problems = verifier.problems
        omitted = verifier.omitted
        withheld = verifier.withheldRecords
        isEvidenceCopy = verifier.isEvidenceCopy
    }

    /// The verdict for standard output: `ok: 17 records, head …`; for an evidence copy that verifies, a
    /// second line says that personal data is withheld, and from how many records.
    public var summary: String {
        let w = Words.english
        if ok && isEvidenceCopy {
            return "ok: \(w.count(records, .record)), head \(head.hex)\n"
                + "an evidence copy: personal data withheld from \(w.count(withheld, .record)) (names, e-mail addresses and texts); every digest and the head are the log's own"
        }
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

    /// The JSON object of `verify --format json`: `ok`, `records`, `head`, `problems` (`line`, `message`, …),
    /// `withheld` (records whose personal values are withheld) and `evidenceCopy`.
    public var json: JSONValue {
        var members: [(String, JSONValue)] = [
            ("ok", .bool(ok)), ("records", .int(records)), ("head", .string(head.hex)),
            ("problems", .array(problems.map(\.json))),
            ("withheld", .int(withheld)), ("evidenceCopy", .bool(isEvidenceCopy)),
        ]
        if omitted > 0 { members.append(("omitted", .int(omitted))) }
        members.insert(("file", .string(file)), at: 0)
        return .object(members)
    }
}
