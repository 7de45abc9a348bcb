import CohortLog
import CohortReports

extension Command {
    /// `cohort repair LOG`.
    static let repair = Command(
        name: "repair",
        summary: "move a torn tail aside and finish an interrupted erasure",
        details: """
        A write that was interrupted can leave a torn tail: the last line without its newline. repair moves
        those bytes into LOG.torn-<UTC time> (nothing is lost) and keeps every whole record. It also
        finishes an erasure that a data.redacted asked for when a crash stopped it before its rename.
        Damage anywhere else (a changed, missing or moved record) is reported, not repaired, and nothing
        is touched (exit 1). A sound log: says so (exit 0).
        """,
        options: RepairOptions.self
    ) { arguments, invocation in
        let log = arguments.log
        switch try LogRepair.repair(path: log, now: try invocation.now()) {
        case .sound(let records, let head):
            invocation.out.line("ok: \(log) is sound, nothing to repair: \(Words.english.count(records, .record)), head \(head.hex)")
            return 0
        case .repaired(let records, let head, let tornFile, let tornBytes, let erased):
            if let tornFile {
                invocation.out.line("moved the torn tail (\(tornBytes) bytes) to \(tornFile)")
            }
            if !erased.isEmpty {
                invocation.out.line("finished erasing the personal fields of \(erased.map(\.rawValue).joined(separator: ", "))")
            }
            invocation.out.line("ok: \(Words.english.count(records, .record)), head \(head.hex)")
            return 0
        case .refused(let problems, let omitted):
            for problem in problems { invocation.err.line(problem.rendered(file: log)) }
            if omitted > 0 { invocation.err.line("\(log): and \(omitted) more problems") }
            invocation.err.line("cohort repair: \(log) has damage that repair does not touch; nothing was changed. Restore the log from a copy you trust")
            return 1
        }
    }
}

/// The arguments of `cohort repair`: the log alone.
struct RepairOptions: CommandOptions {
    static let positionals = [Positional.log]

    let log: String

    init(_ arguments: ParsedArguments, invocation: Invocation) {
        log = arguments.positionals[0]
    }
}
