import CohortLog
import CohortReports

extension Command {
    /// `cohort verify LOG [--head HEX]`.
    static let verify = Command(
        name: "verify",
        summary: "check a log's format, rules and digest chain",
        usage: "cohort verify LOG [--head HEX] [--format text|json] [-o FILE]",
        details: """
        Checks every line: the record format of docs/FORMAT.md section 2, seq without gaps, each prev against
        the digest of the record before it, the writer's rules of section 5, and that erased records were
        erased by a data.redacted. With --head, also that a record with that digest exists (a head noted
        earlier, by an auditor or a claim, still stands). Text prints `ok: N records, head HEX`, or the
        problems as FILE:LINE: error: … and `not ok: …`; json prints {"ok","records","head","problems"}.
        Exit 0 when the log verifies, 1 when it does not.
        """,
        options: [.value("head", "HEX", "also check that a record has this digest"), .format(["text", "json"]), .output],
        positionals: 1...1, positionalNames: ["LOG"]
    ) { arguments, invocation in
        let log = arguments.positionals[0]
        var wanted: Digest?
        if let head = arguments.value("head") {
            guard let digest = Digest(hex: head) else {
                throw UsageError("--head must be 64 lowercase hex characters, not \"\(head)\"", command: "verify")
            }
            wanted = digest
        }
        let meter = ProgressMeter("verify", path: log, invocation: invocation)
        let verifier = try LogVerifier.verify(path: log, wantedHead: wanted, progress: meter.callback)
        meter.finish()
        let report = VerificationReport(file: log, verifier: verifier)
        return try invocation.withOutput(arguments.value("output"), protecting: [log]) { out in
            if arguments.value("format") == "json" {
                out.line(report.json.serialized)
            } else {
                for line in report.diagnostics { invocation.err.line(line) }
                if let note = report.headNote { invocation.err.line(note) }
                out.line(report.summary)
            }
            return report.ok ? 0 : 1
        }
    }
}
