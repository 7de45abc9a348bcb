import CohortLog

/// A problem with an added event as `cohort add` shows it: named by its flag instead of a line
/// (`--to: error: "p13" is not a registered participant [rule.references-known]`), the field's paths in
/// the message written as flags.
enum AddRendering {
    /// The message with the type's name left out (every problem is about the one type) and the field's
    /// paths (`data.fee.amountCents`, `personal.text`) written as their flags.
    static func message(_ problem: Diagnostic, flags: [FieldFlag], type: EventType) -> String {
        var message = problem.message
        let prefix = type.rawValue + ": "
        if message.hasPrefix(prefix) { message.removeFirst(prefix.count) }
        // Longer paths first, so that data.fee.amountCents is not taken for data.fee.
        for flag in flags.filter({ $0.envelope == nil }).sorted(by: { $0.path.count > $1.path.count }) {
            let path = flag.path.joined(separator: ".")
            for place in ["data.", "personal."] {
                message = message.replacingAll(place + path, with: flag.flag)
            }
        }
        return message
    }

    /// The whole diagnostic: `FLAG: error: MESSAGE [CHECK]` and its hint; `subject` names what it is
    /// about when no flag does (the event, or a participant of an attendance sheet).
    static func rendered(_ problem: Diagnostic, flags: [FieldFlag], type: EventType, subject: String) -> String {
        let flag = FieldFlag.flag(for: problem.field, in: flags)?.flag
        var text = (flag.map { subject.isEmpty ? $0 : subject + ": " + $0 } ?? (subject.isEmpty ? type.rawValue : subject))
        text += ": error: " + message(problem, flags: flags, type: type) + " [\(problem.check)]"
        if let hint = problem.hint { text += "\n    hint: " + hint }
        return text
    }
}
