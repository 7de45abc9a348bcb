import Dispatch
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CohortLog
import CohortProjections
import CohortReports

extension Command {
    /// `cohort audit LOG…`.
    static let audit = Command(
        name: "audit",
        summary: "the subsidy audit: does the evidence in the log support the claim, and does the log verify",
        details: """
        Checks each log against the subsidy audit's rules: it verifies the log (a log that does not verify
        gets the one finding chain.invalid, the problems verify names and the number of lines read: no totals,
        evidence or claim comparison, as figures from such a log are not evidence), then checks
        registrations, the schedule, attendance, invoices and every claim against the evidence that stood
        before it, and finds evidence recorded or retracted after a claim. A log without records gets
        log.empty. --as-of and --known-at audit the records of that window (the whole log is verified).
        Text gives the findings of each log grouped by severity, then its totals and head, then a summary
        over all logs; json gives one line per log (file, ok, findings with code, severity, message and
        seq, totals: null for a log that does not verify). Logs are audited in parallel; the output keeps
        the order of the arguments. Exit 1 when any log has an error finding, else 0. A facilitators' view.
        """,
        options: AuditOptions.self
    ) { arguments, invocation in
        let logs = arguments.logs
        let words = arguments.language.words
        let window = arguments.window
        let results: [AuditResult]
        if logs.count == 1 {
            let meter = ProgressMeter("audit", path: logs[0], invocation: invocation)
            defer { meter.finish() }
            results = [try audit(logs[0], window: window, progress: meter.callback)]
        } else {
            let meter = ProgressMeter("audit", totalBytes: 0, invocation: invocation)
            defer { meter.finish() }
            results = try auditInParallel(logs, window: window) { done in meter.update(done: done, of: logs.count, unit: "logs") }
        }
        let report = AuditReport(results, words: words)
        return try invocation.withOutput(arguments.output, protecting: logs) { out in
            if arguments.format == .json {
                for line in report.jsonLines { out.line(json: line) }
            } else {
                out.write(report.document.text)
            }
            return results.allSatisfy(\.ok) ? 0 : 1
        }
    }

    /// Audits the log at `path` in one pass: the audit's facts are folded as the log is verified.
    static func audit(
        _ path: String, window: RecordWindow, progress: ((_ bytesRead: Int, _ lines: Int) -> Void)? = nil,
        threads: LogVerifier.Threads = .two
    ) throws -> AuditResult {
        var facts = AuditFacts()
        let opening = try VerifiedLog.open(path, progress: progress, threads: threads) { record, _ in
            facts.apply(record, inWindow: window.contains(record))
        }
        return Audit.result(of: opening, file: path, facts: facts)
    }

    /// Audits the logs on all cores, each log on one of them; results in the order of `logs`; `progress`
    /// hears how many are done.
    static func auditInParallel(_ logs: [String], window: RecordWindow, progress: @Sendable (Int) -> Void) throws -> [AuditResult] {
        let box = ResultBox(count: logs.count)
        let done = Atomic(0)
        DispatchQueue.concurrentPerform(iterations: logs.count) { index in
            do {
                box.set(index, .success(try audit(logs[index], window: window, threads: .one)))
            } catch {
                box.set(index, .failure(error))
            }
            progress(done.add(1, ordering: .relaxed).newValue)
        }
        return try box.results.map { try $0.get() }
    }
}

/// The arguments of `cohort audit`.
struct AuditOptions: CommandOptions {
    static let positionals = [Positional.logs]
    static let formats: [OutputFormat] = [.text, .json]
    static let options: [OptionSpec] = [
        OptionSpec.asOf.help("audit the cohort as it had happened by T (a date YYYY-MM-DD or an RFC 3339 timestamp)"),
        OptionSpec.knownAt.help("audit the cohort as the log knew it at T (by when records were written)"),
        .format(formats),
        OptionSpec.language.help("the report's language (default: from the locale; else en)"),
        .output,
    ]

    /// The logs, in the order given: each one can be read.
    let logs: [String]
    let window: RecordWindow
    let language: Language
    let format: OutputFormat
    /// The file of `-o FILE`; nil for standard output.
    let output: String?

    /// Opens (and closes) every log before it reads an option: a log that cannot be read is named first,
    /// as a ``FileError``.
    init(_ arguments: ParsedArguments, invocation: Invocation) throws {
        logs = arguments.positionals
        for log in logs {
            let fd = try FileSystem.openForReading(log)
            close(fd)
        }
        language = Language(arguments, invocation: invocation)
        window = try RecordWindow(arguments)
        format = OutputFormat(arguments, offered: Self.formats)
        output = arguments.value(.output)
    }
}

/// Results written by concurrent audits, each into its own slot.
final class ResultBox: @unchecked Sendable {
    private let slots: Mutex<[Result<AuditResult, Error>?]>

    init(count: Int) { slots = Mutex(Array(repeating: nil, count: count)) }

    func set(_ index: Int, _ result: Result<AuditResult, Error>) {
        slots.withLock { $0[index] = result }
    }

    var results: [Result<AuditResult, Error>] {
        slots.withLock { slots in
            slots.map { $0 ?? .failure(FileError("", "cannot audit", reason: "not audited")) }
        }
    }
}
