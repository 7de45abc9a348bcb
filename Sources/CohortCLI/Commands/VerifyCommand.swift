import CohortLog
import CohortReports

extension Command {
    /// `cohort verify LOG [--head HEX]`.
    static let verify = Command(
        name: "verify",
        summary: "check a log's format, rules and digest chain",
        details: """
        Checks every line: the record format of docs/FORMAT.md section 2, seq without gaps, each prev against
        the digest of the record before it, the writer's rules of section 5, and that erased records were
        erased by a data.redacted. An evidence copy (`cohort export --evidence`: every personal member
        withheld) verifies with the log's digests and head, and says so and from how many records; a log
        with only some members withheld and no data.redacted naming them does not. With --head, also that
        a record with that digest exists (a head noted earlier, by an auditor or a claim, still stands).
        Text prints `ok: N records, head HEX`, or the problems as FILE:LINE: error: … and `not ok: …`;
        json prints {"ok","records","head","problems","withheld","evidenceCopy"}. Exit 0 when the log
        verifies, 1 when it does not.
        """,
        options: VerifyOptions.self
    ) { arguments, invocation in
        let log = arguments.log
        let wanted = arguments.head
        let meter = ProgressMeter("verify", path: log, invocation: invocation)
        let verifier = try LogVerifier.verify(path: log, wantedHead: wanted, progress: meter.callback)
        meter.finish()
        let report = VerificationReport(file: log, verifier: verifier)
        return try invocation.withOutput(arguments.output, protecting: [log]) { out in
            if arguments.format == .json {
                out.line(json: report.json)
            } else {
                for line in report.diagnostics { invocation.err.line(line) }
                if let note = report.headNote { invocation.err.line(note) }
                out.line(report.summary)
            }
            return report.ok ? 0 : 1
        }
    }
}

/// The arguments of `cohort verify`.
struct VerifyOptions: CommandOptions {
    static let positionals = [Positional.log]
    static let head = OptionSpec.value("head", "HEX", "also check that a record has this digest")
    static let formats: [OutputFormat] = [.text, .json]
    static let options: [OptionSpec] = [head, .format(formats), .output]

    let log: String
    /// The digest a record must have (`--head`), if any.
    let head: Digest?
    let format: OutputFormat
    /// The file of `-o FILE`; nil for standard output.
    let output: String?

    init(_ arguments: ParsedArguments, invocation: Invocation) throws(UsageError) {
        log = arguments.positionals[0]
        if let text = arguments.value(Self.head) {
            guard let digest = Digest(hex: text) else {
                throw UsageError("--head must be 64 lowercase hex characters, not \"\(text)\"")
            }
            head = digest
        } else {
            head = nil
        }
        format = OutputFormat(arguments, offered: Self.formats)
        output = arguments.value(.output)
    }
}
