import CohortLog
import CohortProjections
import CohortReports

/// Attendance for a whole session in one go (`cohort add LOG attendance --session s2 --present p01,p02
/// --absent p07 --partial p05=2`, or asked per participant on a terminal): one `attendance.recorded` per
/// participant, appended together, all or nothing. Present is the session's dagdelen, absent 0, partial
/// the number given.
struct AttendanceSheet {
    /// The flags of a sheet, beside those of `attendance.recorded` (`--session`, `--by`, `--at`, `--note`).
    static let flagNames = ["present", "absent", "partial"]

    /// The session and its size now.
    let session: String
    let dagdelen: Int
    /// Dagdelen attended, by participant, in the order given or asked.
    var entries: [(participant: String, dagdelen: Int)] = []

    /// The sheet the flags give; a usage error for a malformed `--partial` or a participant named twice.
    static func fromFlags(_ arguments: ParsedArguments, session: String, dagdelen: Int, words: Words) throws(UsageError) -> AttendanceSheet {
        var sheet = AttendanceSheet(session: session, dagdelen: dagdelen)
        func add(_ participant: String, _ count: Int) throws(UsageError) {
            if sheet.entries.contains(where: { $0.participant == participant }) {
                throw UsageError(words.add.listedTwice(participant), command: "add")
            }
            sheet.entries.append((participant, count))
        }
        func ids(_ name: String) -> [String] {
            arguments.values(name).flatMap(ListText.elements)
        }
        for id in ids("present") { try add(id, dagdelen) }
        for id in ids("absent") { try add(id, 0) }
        for pair in ids("partial") {
            let parts = pair.split(separator: "=", omittingEmptySubsequences: false).map(AddDraft.trimmed)
            guard parts.count == 2, !parts[0].isEmpty, let count = Int(parts[1]) else {
                throw UsageError(words.add.partialValue(pair), command: "add")
            }
            try add(parts[0], count)
        }
        return sheet
    }

    /// Asks, for each participant who has not withdrawn, how many dagdelen they attended (a recorded
    /// attendance, else present, as the proposal); `-` leaves a participant out.
    static func ask(session: String, dagdelen: Int, knowledge: LogKnowledge, prompter: AddPrompter) throws(AddPrompter.Cancelled) -> AttendanceSheet {
        var sheet = AttendanceSheet(session: session, dagdelen: dagdelen)
        let words = prompter.words
        let err = prompter.invocation.err
        let found = knowledge.cohort.session(session)
        err.line("")
        err.line(words.add.sessionHeader(session, found?.title ?? "", found.map { "\($0.firstDay)" } ?? "", words.count(dagdelen, .halfDay)))
        for (participant, name) in knowledge.known(.participant, redacted: words.redacted) {
            let recorded = knowledge.cohort.attendance.first { $0.session.rawValue == session && $0.participant.rawValue == participant }
            let proposal = recorded?.dagdelen ?? dagdelen
            while true {
                err.write("  \(participant) \(name) [\(proposal == dagdelen ? words.add.present : String(proposal))]: ")
                guard let line = prompter.invocation.readLine() else {
                    err.line("")
                    throw AddPrompter.Cancelled()
                }
                let answer = AddDraft.trimmed(line)
                guard let count = words.add.attendanceAnswer(answer, dagdelen: dagdelen) else {
                    err.line("  " + words.add.notAccepted(words.add.attendanceHelp(dagdelen)))
                    continue
                }
                if let count { sheet.entries.append((participant, answer.isEmpty ? proposal : count)) }
                break
            }
        }
        return sheet
    }

    /// One draft per participant: the envelope and note of `base`, the session, the participant and the
    /// dagdelen attended.
    func drafts(from base: AddDraft) -> [AddDraft] {
        entries.map { entry in
            var draft = base
            draft.values["session"] = [session]
            draft.values["participant"] = [entry.participant]
            draft.values["dagdelen"] = [String(entry.dagdelen)]
            return draft
        }
    }

    /// The sheet as lines for the confirmation: `p01  2`.
    func summary(_ knowledge: LogKnowledge, words: Words) -> [String] {
        let names = Dictionary(knowledge.known(.participant, redacted: words.redacted).map { ($0.id, $0.label) }, uniquingKeysWith: { first, _ in first })
        return ["attendance.recorded × \(entries.count), session \(session) (\(words.count(dagdelen, .halfDay)))"] + entries.map { entry in
            (entry.participant + " " + (names[entry.participant] ?? "")).padding(to: 28) + "  " + String(entry.dagdelen)
        }
    }
}
