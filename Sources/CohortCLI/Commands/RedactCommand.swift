import CohortLog
import CohortReports

extension Command {
    /// `cohort redact LOG (--participant ID | --id ID…) --reason TEXT --by FACILITATOR`.
    static let redact = Command(
        name: "redact",
        summary: "erase personal fields (the right to erasure) without breaking the chain",
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
        options: RedactOptions.self
    ) { arguments, invocation in
        let log = arguments.log
        let reason = arguments.reason
        let by = arguments.by
        let sealing = try invocation.sealing()
        var targets: [String] = []
        switch arguments.erasing {
        case .person(let participant):
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
        case .records(let ids):
            targets = ids
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

/// The arguments of `cohort redact`.
struct RedactOptions: CommandOptions, AppendingOptions {
    static let positionals = [Positional.log]
    static let participant = OptionSpec.value("participant", "ID", "erase the personal data of this participant or facilitator")
    static let id = OptionSpec.value("id", "ID", repeatable: true, "erase the personal fields of this record (repeatable)")
    static let reason = OptionSpec.value("reason", "TEXT", "why (stored in the log; no personal data)").shown(.required)
    static let by = OptionSpec.value("by", "FACILITATOR", "the facilitator who records the erasure").shown(.required)
    static let formats: [OutputFormat] = [.text, .json]
    static let options: [OptionSpec] = [participant, id, reason, by, .format(formats)]
    static let synopsis: [SynopsisElement] = [.oneOf([[participant], [id]], required: true)] + SynopsisElement.each([reason, by, .format(formats)])

    /// What is erased: one of these.
    enum Erasure {
        /// `--participant ID`: a person's own data.
        case person(String)
        /// `--id ID…`: the personal fields of these records.
        case records([String])
    }

    let log: String
    let erasing: Erasure
    /// Why, as stored in the log.
    let reason: String
    /// The facilitator who records the erasure.
    let by: String
    let format: OutputFormat
    /// The locale's: `cohort redact` takes no `--lang`.
    let language: Language

    init(_ arguments: ParsedArguments, invocation: Invocation) throws(UsageError) {
        log = arguments.positionals[0]
        let ids = arguments.values(Self.id)
        switch (arguments.value(Self.participant), ids.isEmpty) {
        case (let participant?, true): erasing = .person(participant)
        case (nil, false): erasing = .records(ids)
        default: throw UsageError("give either --participant ID or one or more --id ID")
        }
        guard let reason = arguments.value(Self.reason) else { throw UsageError("--reason TEXT is required") }
        guard let by = arguments.value(Self.by) else { throw UsageError("--by FACILITATOR is required") }
        self.reason = reason
        self.by = by
        format = OutputFormat(arguments, offered: Self.formats)
        language = Language(arguments, invocation: invocation)
    }
}
