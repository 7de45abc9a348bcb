import CohortLog
import CohortReports

extension Command {
    /// `cohort add LOG TYPE [--FIELD VALUE…]`: one event from flags, asking for what is missing on a
    /// terminal (hledger's `add`).
    static let add = Command(
        name: "add",
        summary: "record one event from flags named after its fields, asking for missing ones on a terminal",
        details: addDetails,
        options: AddOptions.self
    ) { arguments, invocation in
        try AddRun(arguments: arguments, invocation: invocation).run()
    }
}

/// The help of `cohort add`: how flags are named, when it asks, and every type's flags.
private let addDetails: String = {
    var text = """
    Records one event of TYPE through the same reader, rules and writer as `cohort append` (the same
    checks, lock and output; the record is the one `append` makes of the equivalent JSON line). TYPE is
    the event type (reflection.recorded) or its first word where only one type has it:
    \(AddType.aliases.map(\.alias).joined(separator: ", ")).
    (wish, session, participant and assignment name several types: give the whole name.)

    Flags: --by, --at, --id for the envelope; a field in camelCase as kebab-case (--amount-cents); a
    nested one joined with a dash (--period-from, --fee-amount-cents); a list in the singular, repeated
    or separated by commas or semicolons, as in an answer and a CSV cell (--theme a --theme b is
    --theme "a, b"; --target e1,e2). --at defaults to now, in the local time zone with its offset
    (COHORT_NOW when set); the id of a new thing (a wish, a reflection, …) left out is the next free one
    (w-p03-2), and said on standard error; --id left out is derived from the content, as `append`
    derives it. Recording what the log already holds adds nothing: the same content (a new thing's
    proposed id aside) is said to be there already, with its seq and id.

    On a terminal, a missing field is asked for: each field not given, in turn, with what it means, its
    allowed values or the ids the log knows, and a proposal in [ ] that Enter takes (the recorder's own
    id, the session held that day, the wish they last worked on, the next free id); - leaves an
    optional field out. Each answer is checked at once and asked again when refused; the finished
    record is shown with the flags that record it, and written only when confirmed. Ctrl-D or no
    cancels: nothing is written (exit 1). Questions go to standard error. When standard input is not a
    terminal, nothing is asked: a missing field is a usage error naming its flag (exit 2).

    Problems are named by flag instead of a line (--to: error: … [rule.references-known]); a refused
    event leaves LOG unchanged (exit 1).

    Attendance for a whole session: `cohort add LOG attendance --session s2 --present p01,p02 --absent
    p07 --partial p05=2` records one attendance.recorded per participant named, all or nothing (present:
    the session's dagdelen; absent: 0; partial: the number given). On a terminal without these flags it
    asks for each participant who has not withdrawn.

    The flags of each type (* required; a list repeats its flag):
    """
    for type in EventType.allCases {
        let flags = FieldFlag.fields(of: type).map { flag in
            flag.flag + " " + flag.placeholder + (flag.isList ? " …" : "") + (flag.isRequired ? "*" : "")
        }
        var line = "  " + type.rawValue + ":"
        var lines: [String] = []
        for flag in flags {
            if line.count + 1 + flag.count > 100 {
                lines.append(line)
                line = "      "
            }
            line += " " + flag
        }
        lines.append(line)
        if type == .attendanceRecorded { lines.append("       or for the whole session: --present ID,… --absent ID,… --partial ID=N …") }
        text += "\n" + lines.joined(separator: "\n")
    }
    return text
}()

/// The arguments of `cohort add`: besides its own options, the flags named after the event's fields.
struct AddOptions: CommandOptions, AppendingOptions {
    static let positionals = [Positional.log, Positional("TYPE")]
    static let language = OptionSpec.language.help("the language of questions and messages (default: the locale)")
    static let formats: [OutputFormat] = [.text, .json]
    static let options: [OptionSpec] = [language, .format(formats)]
    static let takesFieldFlags = true
    /// The envelope's flags and the fields' before the options; the help's details list every type's.
    static let synopsis: [SynopsisElement] = [
        .undeclared(.value("by", "ID", "")), .undeclared(.value("at", "TIME", "")), .undeclared(.value("id", "ID", "")),
        .undeclared(.value("FIELD", "VALUE", repeatable: true, "")),
    ] + SynopsisElement.each(options)

    let log: String
    /// The event type of TYPE (its name, or the first word where only one type has it).
    let type: EventType
    /// The language of questions and messages.
    let language: Language
    let format: OutputFormat
    /// The flags named after the fields (and the attendance sheet's), by name, as given: the command
    /// checks them against the type.
    let fieldFlags: ParsedArguments

    init(_ arguments: ParsedArguments, invocation: Invocation) throws(UsageError) {
        log = arguments.positionals[0]
        type = try AddType.resolve(arguments.positionals[1])
        language = Language(arguments, invocation: invocation)
        format = OutputFormat(arguments, offered: Self.formats)
        var flags = ParsedArguments(options: arguments.options)
        for option in Self.options { flags.options[option.name] = nil }
        fieldFlags = flags
    }
}

/// One run of `cohort add`.
struct AddRun {
    let arguments: AddOptions
    let invocation: Invocation
    let log: String
    let type: EventType
    let words: Words

    init(arguments: AddOptions, invocation: Invocation) {
        self.arguments = arguments
        self.invocation = invocation
        log = arguments.log
        type = arguments.type
        words = arguments.language.words
    }

    func run() throws -> Int32 {
        var draft = AddDraft(type: type)
        var sheetGiven = false
        for (name, values) in arguments.fieldFlags.options.sorted(by: { $0.key < $1.key }) {
            if type == .attendanceRecorded && AttendanceSheet.flagNames.contains(name) {
                sheetGiven = true
                continue
            }
            guard let flag = draft.flag(name) else {
                var names = draft.flags.map(\.flag)
                if type == .attendanceRecorded { names += AttendanceSheet.flagNames.map { "--" + $0 } }
                throw UsageError(words.add.notAFlag(name, type.rawValue, names), command: "add")
            }
            if !flag.isList && values.count > 1 { throw UsageError(words.add.givenTwice(flag.flag), command: "add") }
            draft.values[name] = values
        }
        let sealing = try invocation.sealing()
        let knowledge = try LogKnowledge(log: log)
        let proposals = AddProposals(knowledge: knowledge, defaultBy: invocation.environment["COHORT_BY"] ?? knowledge.lastBy)
        let prompter = AddPrompter(invocation: invocation, words: words, knowledge: knowledge, proposals: proposals)
        do {
            if type == .attendanceRecorded && (sheetGiven || !draft.has(named: "participant")) {
                return try recordSheet(draft, given: sheetGiven, knowledge: knowledge, prompter: prompter, sealing: sealing)
            }
            if !draft.missing.isEmpty && invocation.inputIsTerminal {
                invocation.err.line(words.add.opening(type.rawValue, log))
                try prompter.ask(AddPrompter.order(draft), into: &draft)
                guard try prompter.confirm(AddPrompter.summary(draft), command: AddPrompter.command(draft, log: log)) else {
                    invocation.err.line(words.add.declined(log))
                    return 1
                }
            } else {
                try fillIn(&draft, proposals: proposals, knowledge: knowledge)
            }
        } catch let cancelled as AddPrompter.Cancelled {
            _ = cancelled
            invocation.err.line(words.add.cancelled(log))
            return 1
        }
        let flags = draft.flags
        let type = type
        return try Command.appendEvents(
            draft.reading(), submission: type.rawValue, to: log, sealing: sealing, arguments: arguments,
            invocation: invocation, command: "add",
            render: { AddRendering.rendered($0, flags: flags, type: type, subject: "") })
    }

    /// Without questions: `--at` now, a new thing's id proposed (and said), anything else missing a
    /// usage error naming its flags. A new thing whose content the log already holds under an id of its
    /// own (the same event added before, its id proposed then) keeps that id, so that the writer finds it
    /// there and adds nothing, as `append` does with a file submitted again.
    func fillIn(_ draft: inout AddDraft, proposals: AddProposals, knowledge: LogKnowledge) throws(UsageError) {
        if let at = draft.flag("at"), !draft.has(at) { draft.values["at"] = [try LocalClock.now(invocation)] }
        var proposed: [(FieldFlag, String)] = []
        for flag in draft.missing {
            guard case .id(let kind, .introduces) = flag.spec.kind else { continue }
            if let recorded = AddRun.recordedAlready(draft, introducing: flag, kind: kind, knowledge: knowledge) {
                draft.values[flag.name] = [recorded]
                continue
            }
            guard let id = proposals.proposal(for: flag, in: draft) else { continue }
            draft.values[flag.name] = [id]
            proposed.append((flag, id))
        }
        let missing = draft.missing
        if !missing.isEmpty { throw UsageError(words.add.missing(missing.map { ($0.flag, $0.spec.doc) }), command: "add") }
        for (flag, id) in proposed { invocation.err.line(words.add.proposed(flag.flag, id)) }
    }

    /// The id of a new thing of `kind` under which the log already holds the very event of `draft` (its
    /// record id derived from the same content, as the writer derives it), if any: only when no `--id`
    /// was given and nothing else is missing.
    static func recordedAlready(_ draft: AddDraft, introducing flag: FieldFlag, kind: IDKind, knowledge: LogKnowledge) -> String? {
        guard knowledge.exists, !draft.has(named: "id"), draft.missing.allSatisfy({ $0.name == flag.name }) else { return nil }
        for id in knowledge.introduced(kind) {
            var candidate = draft
            candidate.values[flag.name] = [id]
            let reading = candidate.reading()
            guard reading.problems.isEmpty, let event = reading.events.first else { continue }
            if knowledge.rules.records[event.derivedID(ordinal: 1).rawValue] != nil { return id }
        }
        return nil
    }

    /// Attendance for a whole session: from `--present/--absent/--partial`, or asked per participant.
    func recordSheet(
        _ base: AddDraft, given: Bool, knowledge: LogKnowledge, prompter: AddPrompter, sealing: SealingEnvironment
    ) throws -> Int32 {
        var base = base
        if base.has(named: "participant") || base.has(named: "dagdelen") {
            throw UsageError(words.add.sheetConflict, command: "add")
        }
        let envelope = base.flags.filter { $0.envelope == "by" || $0.envelope == "at" || $0.name == "session" }
        let interactive = invocation.inputIsTerminal && !(given && envelope.allSatisfy { base.has($0) })
        if interactive {
            invocation.err.line(words.add.opening(type.rawValue, log))
            try prompter.ask(envelope, into: &base)
        } else {
            if !given { throw UsageError(words.add.sheetMissing, command: "add") }
            if !base.has(named: "at") { base.values["at"] = [try LocalClock.now(invocation)] }
            let missing = envelope.filter { !base.has($0) }
            if !missing.isEmpty { throw UsageError(words.add.missing(missing.map { ($0.flag, $0.spec.doc) }), command: "add") }
        }
        let session = base.value("session") ?? ""
        guard knowledge.holds(session, kind: .session), let size = knowledge.rules.sessions[session],
              size.cancelledAt == nil
        else {
            invocation.err.line("cohort add: " + words.add.unknownSession(session))
            return 1
        }
        let sheet = given
            ? try AttendanceSheet.fromFlags(arguments.fieldFlags, session: session, dagdelen: size.dagdelen, words: words)
            : try AttendanceSheet.ask(session: session, dagdelen: size.dagdelen, knowledge: knowledge, prompter: prompter)
        guard !sheet.entries.isEmpty else {
            invocation.err.line(words.add.nothingToRecord)
            return 1
        }
        if interactive {
            // The whole command, envelope included, so that pasting it records the same sheet.
            let envelope = ["by", "at", "note"].compactMap { name in base.value(name).map { "--\(name) " + AddPrompter.shellQuoted($0) } }
            let flags = (envelope + ["--session " + AddPrompter.shellQuoted(session)]
                + sheet.entries.map { "--partial " + AddPrompter.shellQuoted("\($0.participant)=\($0.dagdelen)") }).joined(separator: " ")
            guard try prompter.confirm(sheet.summary(knowledge, words: words), command: "cohort add \(AddPrompter.shellQuoted(log)) attendance \(flags)") else {
                invocation.err.line(words.add.declined(log))
                return 1
            }
        } else {
            // Who is still without attendance for the session: not named now, and none recorded before.
            let named = Set(sheet.entries.map(\.participant))
            let left = knowledge.known(.participant).map(\.id).filter { id in
                !named.contains(id) && knowledge.cohort.attendance(of: PersonID(unchecked: id), at: SessionID(unchecked: session)) == nil
            }
            if !left.isEmpty { invocation.err.line(words.add.notListed(left)) }
        }
        let drafts = sheet.drafts(from: base)
        let submissions = drafts.enumerated().map { $1.submission(line: $0 + 1) }
        let flags = base.flags
        let type = type
        let participants = sheet.entries.map(\.participant)
        return try Command.appendEvents(
            Submission.read(submissions), submission: "attendance at \(session)", to: log, sealing: sealing,
            arguments: arguments, invocation: invocation, command: "add",
            render: { problem in
                let subject = problem.line >= 1 && problem.line <= participants.count ? participants[problem.line - 1] : ""
                return AddRendering.rendered(problem, flags: flags, type: type, subject: subject)
            })
    }
}
