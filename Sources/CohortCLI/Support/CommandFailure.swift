import CohortLog
import CohortProjections

/// What makes a command fail with exit status 1 once it has started: an output that could not be written
/// whole, or a log that does not verify, from which nothing is reported. ``CohortTool`` says which on
/// standard error, naming the command.
public enum CommandFailure: Error {
    /// Writing standard output or `-o` failed: the output is not whole; `fileKept` says that it was a
    /// file, which was left as it was (the new one was not put in its place).
    case output(FileError, fileKept: Bool = false)
    /// The log does not verify: its problems (at most ``LogVerifier/problemLimit``, `omitted` more), and
    /// whether it ends in a torn tail.
    case logDoesNotVerify(log: String, problems: [Diagnostic], omitted: Int, tornTail: Bool)

    /// The failure of a log that did not verify.
    static func unsound(_ log: String, _ verifier: LogVerifier) -> CommandFailure {
        .logDoesNotVerify(log: log, problems: verifier.problems, omitted: verifier.omitted, tornTail: verifier.tornTail)
    }

    /// The lines that say what failed, for `cohort COMMAND`.
    func lines(command: String) -> [String] {
        switch self {
        case .output(let failure, let kept):
            return ["cohort \(command): \(failure.description); "
                    + (kept ? "nothing was written to \(failure.path)" : "the output is not whole")]
        case .logDoesNotVerify(let log, let problems, let omitted, let torn):
            return CommandFailure.unsoundLines(
                log, problems: problems, omitted: omitted, tornTail: torn, command: command,
                consequence: "nothing is reported from it")
        }
    }

    /// The problems of a log that does not verify (the first 20), then what it means for `command`.
    static func unsoundLines(
        _ log: String, problems: [Diagnostic], omitted: Int, tornTail: Bool, command: String, consequence: String
    ) -> [String] {
        var lines = problems.prefix(20).map { $0.rendered(file: log) }
        if problems.count + omitted > 20 { lines.append("\(log): and \(problems.count + omitted - 20) more problems") }
        let advice = tornTail
            ? "run `cohort repair \(log)` to move the torn tail aside"
            : "run `cohort verify \(log)` to see every problem; `cohort repair \(log)` moves a torn tail aside and finishes an interrupted erasure, and reports anything else"
        lines.append("cohort \(command): \(log) does not verify, so \(consequence); \(advice)")
        return lines
    }
}

extension Invocation {
    /// Opens and verifies the log at `path` for `command`, with progress, to be read through `window`; a
    /// log that does not verify is a ``CommandFailure/logDoesNotVerify(log:problems:omitted:tornTail:)``.
    func logSource(_ path: String, window: RecordWindow = RecordWindow(), command: String) throws -> LogSource {
        try foldedLogSource(path, window: window, command: command, folding: false).source
    }

    /// The same, with the log's cohort state when it was folded in the verifying pass (asked for with
    /// `folding`, and given when the window is the whole log and the log holds no retraction:
    /// ``LogSource/open(_:window:folding:progress:)``).
    func foldedLogSource(
        _ path: String, window: RecordWindow, command: String, folding: Bool = true
    ) throws -> (source: LogSource, folded: CohortState?) {
        let meter = ProgressMeter("\(command): verifying", path: path, invocation: self)
        defer { meter.finish() }
        switch try LogSource.open(path, window: window, folding: folding, progress: meter.callback) {
        case .verified(let source, let folded): return (source, folded)
        case .doesNotVerify(let verifier): throw CommandFailure.unsound(path, verifier)
        }
    }
}
