import CohortLog
import CohortReports

extension Command {
    /// `cohort redact LOG (--participant ID | --id ID…) --reason TEXT --by FACILITATOR`.
    static let redact = Command(
        name: "redact",
        summary: "erase personal fields (the right to erasure) without breaking the chain",
        usage: "cohort redact LOG (--participant ID | --id ID [--id ID…]) --reason TEXT --by FACILITATOR [--format text|json]",
        details: """
        Appends a data.redacted event naming the targets, then replaces each target's personal member with
        {"redacted":"<SHA-256 of the original bytes>"} by writing a new file beside the log, syncing it
        and renaming it over the log (docs/FORMAT.md section 6). Every digest stays the same, so the chain still
        verifies; data (ids, numbers, dates) stays, so the audit still adds up. The record and the erasure
        land together or not at all: a folder or disk that cannot take the new file leaves LOG as it was.
        --participant ID erases the person's own data, never another's: for a participant, every record
        with personal values that is by them or names them, directly or through their wish or assignment;
        for a facilitator, their name (facilitator.joined) and their own reflections, not what they
        recorded about others. An ID that is neither a participant nor a facilitator is refused (exit 1).
        The reason is stored in the log: write no personal data in it.
        """,
        options: [
            .value("participant", "ID", "erase the personal data of this participant or facilitator"),
            .value("id", "ID", repeatable: true, "erase the personal fields of this record (repeatable)"),
            .value("reason", "TEXT", "why (stored in the log; no personal data)"),
            .value("by", "FACILITATOR", "the facilitator who records the erasure"),
            .format(["text", "json"]),
        ],
        positionals: 1...1, positionalNames: ["LOG"]
    ) { arguments, invocation in
        let log = arguments.positionals[0]
        let participant = arguments.value("participant")
        let ids = arguments.values("id")
        guard (participant == nil) != ids.isEmpty else {
            throw UsageError("give either --participant ID or one or more --id ID", command: "redact")
        }
        guard let reason = arguments.value("reason") else { throw UsageError("--reason TEXT is required", command: "redact") }
        guard let by = arguments.value("by") else { throw UsageError("--by FACILITATOR is required", command: "redact") }
        let sealing = try invocation.sealing()
        var targets = ids
        if let participant {
            let verified = try invocation.logSource(log, command: "redact").log
            guard let person = verified.verifier.state.people[participant] else {
                invocation.err.line("cohort redact: \(participant) is neither a participant nor a facilitator of \(log); nothing was erased (--id ID erases one record)")
                return 1
            }
            var scope = ErasureScope(person: participant, role: person.role)
            try verified.forEachRecord { record, _ in
                if scope.covers(record) && record.personal == .values { targets.append(record.id.rawValue) }
            }
            guard !targets.isEmpty else {
                invocation.err.line("cohort redact: nothing to erase: no record of \(log) holds personal data of \(participant)")
                return 1
            }
        } else {
            guard FileSystem.exists(log) else { throw FileError(log, "cannot open", reason: "No such file or directory") }
        }
        var line: [UInt8] = []
        line += Array("{\"type\":\"data.redacted\",\"at\":".utf8)
        JSONEscapes.appendQuoted(sealing.now().description, to: &line)
        line += Array(",\"by\":".utf8)
        JSONEscapes.appendQuoted(by, to: &line)
        line += Array(",\"data\":{\"reason\":".utf8)
        JSONEscapes.appendQuoted(reason, to: &line)
        line += Array(",\"targets\":[".utf8)
        for (index, target) in targets.enumerated() {
            if index > 0 { line.append(UInt8(ascii: ",")) }
            JSONEscapes.appendQuoted(target, to: &line)
        }
        line += Array("]}}".utf8)
        return try appendEvents(
            SubmissionReader.read(line), submission: "cohort redact", to: log, sealing: sealing, arguments: arguments,
            invocation: invocation, command: "redact")
    }
}
