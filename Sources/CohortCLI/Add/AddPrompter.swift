import CohortLog
import CohortReports

/// Asks for the fields of an event one at a time on a terminal (hledger's `add`): what the field means,
/// its allowed values or the known ids, a proposal in `[ ]`; each answer is checked at once and asked
/// again when it is refused; at the end the finished record is shown and must be confirmed.
///
/// Questions go to standard error, so that standard output holds only what was appended.
struct AddPrompter {
    let invocation: Invocation
    let words: Words
    let knowledge: LogKnowledge
    let proposals: AddProposals

    /// The end of input: the person stopped (Ctrl-D).
    struct Cancelled: Error {}

    /// The flags to ask, in order: who and when, then the fields, a new thing's id after the participant
    /// it belongs to (its proposal carries their id).
    static func order(_ draft: AddDraft) -> [FieldFlag] {
        var fields = draft.flags.filter { $0.envelope == nil }
        if let participant = fields.firstIndex(where: { $0.name == "participant" }) {
            let introduced = fields[..<participant].filter { if case .id(_, .introduces) = $0.spec.kind { true } else { false } }
            if !introduced.isEmpty {
                fields.removeAll { flag in introduced.contains { $0.name == flag.name } }
                let at = (fields.firstIndex { $0.name == "participant" } ?? 0) + 1
                fields.insert(contentsOf: introduced, at: at)
            }
        }
        return draft.flags.filter { $0.envelope == "by" || $0.envelope == "at" } + fields
    }

    /// Asks every flag of `flags` that `draft` does not hold yet.
    func ask(_ flags: [FieldFlag], into draft: inout AddDraft) throws(Cancelled) {
        for flag in flags where !draft.has(flag) {
            try ask(flag, into: &draft)
        }
    }

    /// Asks one flag until its answer is accepted (or, when it may be left out, left out).
    func ask(_ flag: FieldFlag, into draft: inout AddDraft) throws(Cancelled) {
        let proposal = flag.envelope == "at" ? (try? LocalClock.now(invocation)) : proposals.proposal(for: flag, in: draft)
        let err = invocation.err
        err.line("")
        var about = flag.flag + ": " + (flag.envelope == nil ? words.add.doc(flag.spec.doc) : envelopeDoc(flag))
        about += " (" + (draft.needs(flag) ? words.add.required : proposal == nil ? words.add.optional : words.add.optionalWithDefault) + ")"
        err.line(about)
        switch flag.spec.kind {
        case .choice(let choices): err.line("  " + words.add.oneOf(choices))
        case .id(let kind, .refers), .ids(let kind, .refers):
            let known = knowledge.known(kind, redacted: words.redacted)
            if !known.isEmpty {
                let shown = known.prefix(12).map { $0.label.isEmpty ? $0.id : "\($0.id) \($0.label)" }
                err.line("  " + words.add.known(Array(shown), more: known.count - shown.count))
            }
            if flag.isList { err.line("  " + words.add.list) }
        case .id, .choice, .object: break
        case .texts, .ids, .dates: err.line("  " + words.add.list)
        default: err.line("  " + (flag.envelope == "at" ? words.add.atExpectation : words.add.expectation(flag.spec.kind)))
        }
        while true {
            err.write("  " + flag.name + (proposal.map { " [\($0)]" } ?? "") + ": ")
            guard let line = invocation.readLine() else {
                err.line("")
                throw Cancelled()
            }
            var answer = AddDraft.trimmed(line)
            if answer == "-" && !draft.needs(flag) { return }
            if answer.isEmpty {
                if let proposal {
                    answer = proposal
                } else if draft.needs(flag) {
                    err.line("  " + words.add.answerRequired)
                    continue
                } else {
                    return
                }
            }
            draft.values[flag.name] = flag.isList ? ListText.elements(answer) : [answer]
            if let refusal = check(flag, in: draft) {
                err.line("  " + words.add.notAccepted(refusal))
                draft.values[flag.name] = nil
                continue
            }
            return
        }
    }

    /// What is wrong with the value of `flag` in `draft`: its format, or an id the log does not hold (or
    /// already holds, for a new thing); nil when it is accepted.
    func check(_ flag: FieldFlag, in draft: AddDraft) -> String? {
        if let problem = draft.problems(of: flag).first {
            return AddRendering.message(problem, flags: draft.flags, type: draft.type)
                + (problem.hint.map { " (\($0))" } ?? "")
        }
        guard knowledge.exists else { return nil }
        if flag.envelope == "by" {
            let by = draft.value("by") ?? ""
            return knowledge.isActor(by) ? nil : words.add.notActor(by)
        }
        switch flag.spec.kind {
        case .id(let kind, .refers), .ids(let kind, .refers):
            for id in draft.elements(flag).isEmpty ? (draft.values[flag.name] ?? []) : draft.elements(flag)
            where !knowledge.holds(id, kind: kind) {
                return words.add.unknownID(id, kind)
            }
        case .id(let kind, .introduces):
            if let id = draft.value(flag.name), knowledge.taken(id, kind: kind) { return words.add.takenID(id) }
        default: break
        }
        return nil
    }

    func envelopeDoc(_ flag: FieldFlag) -> String {
        switch flag.envelope {
        case "by": words.add.byDoc
        case "at": words.add.atDoc
        default: words.add.doc(flag.spec.doc)
        }
    }

    /// Shows what will be recorded and asks to confirm: true to record, false not to.
    func confirm(_ lines: [String], command: String) throws(Cancelled) -> Bool {
        let err = invocation.err
        err.line("")
        err.line(words.add.summaryTitle)
        for line in lines { err.line("  " + line) }
        err.line("  " + words.add.withFlags(command))
        while true {
            err.write(words.add.confirm)
            guard let answer = invocation.readLine() else {
                err.line("")
                throw Cancelled()
            }
            if let yes = words.add.isYes(AddDraft.trimmed(answer)) { return yes }
            err.line("  " + words.add.yesOrNo)
        }
    }

    /// The draft as lines `--flag  value`, for the confirmation.
    static func summary(_ draft: AddDraft) -> [String] {
        let given = draft.flags.filter { draft.has($0) }
        let width = given.map(\.flag.count).max() ?? 0
        return [draft.type.rawValue] + given.map { flag in
            flag.flag.padding(to: width) + "  " + (draft.values[flag.name] ?? []).joined(separator: ", ")
        }
    }

    /// The draft as the `cohort add` command that records it without questions.
    static func command(_ draft: AddDraft, log: String) -> String {
        var parts = ["cohort", "add", shellQuoted(log), draft.type.rawValue]
        for flag in draft.flags where draft.has(flag) {
            for value in draft.values[flag.name] ?? [] { parts += [flag.flag, shellQuoted(value)] }
        }
        return parts.joined(separator: " ")
    }

    static func shellQuoted(_ text: String) -> String {
        let plain = !text.isEmpty && text.unicodeScalars.allSatisfy { scalar in
            scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-_.:/+=,@".unicodeScalars.contains(scalar)
        }
        return plain ? text : "'" + text.replacingAll("'", with: "'\\''") + "'"
    }
}

extension String {
    /// The string padded with spaces to `width` characters.
    func padding(to width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }

    /// Every `target` replaced by `replacement` (without Foundation).
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var result = ""
        var rest = Substring(self)
        while let range = rest.firstRange(of: target) {
            result += rest[..<range.lowerBound] + replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
