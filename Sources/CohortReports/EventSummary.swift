import CohortLog

/// One event in a line of words, for `cohort show`: its key fields, personal texts shortened and quoted
/// (an erased one shown as `[redacted]`, never as an empty text).
public enum EventSummary {
    /// The event's fields in one line.
    public static func line(_ event: Event) -> String {
        switch event {
        case .cohortOpened(let e):
            var text = "cohort \(e.cohort) \(q(e.title)), organiser \(e.organiser), \(e.period.from) to \(e.period.to), \(e.participants.min)–\(e.participants.max) participants, \(dagdelen(e.dagdelen)), fee \(e.fee.amount.value) cents \(e.fee.currency) (VAT \(e.fee.vat.rawValue))"
            if let subsidy = e.subsidy { text += ", subsidy \(subsidy.percent)% from \(q(subsidy.fund))" }
            if let deadline = e.registrationDeadline { text += ", register by \(deadline)" }
            return text
        case .facilitatorJoined(let e):
            return "facilitator \(e.facilitator) \(p(e.name))"
        case .participantRegistered(let e):
            var text = "participant \(e.participant) \(p(e.name)), \(q(e.municipality))"
            if let role = e.role { text += ", \(q(role))" }
            if let email = e.email { text += ", \(p(email))" }
            return text
        case .participantWithdrew(let e):
            return "participant \(e.participant) withdrew" + reason(e.reason)
        case .sessionScheduled(let e):
            var text = "session \(e.session) \(q(e.title)) (\(e.kind.rawValue)) on \(days(e.days)), \(dagdelen(e.dagdelen))"
            if let host = e.host { text += ", hosted by \(host)" }
            if let location = e.location { text += " at \(q(location))" }
            return text
        case .sessionRescheduled(let e):
            var text = "session \(e.session) moved to \(days(e.days))"
            if let size = e.dagdelen { text += ", \(dagdelen(size))" }
            return text + reason(e.reason)
        case .sessionCancelled(let e):
            return "session \(e.session) cancelled" + reason(e.reason)
        case .attendanceRecorded(let e):
            return "\(e.participant) attended \(dagdelen(e.dagdelen)) of \(e.session)" + note(e.note)
        case .wishStated(let e):
            return "wish \(e.wish) of \(e.participant)\(themes(e.themes))\(visibility(e.visibility)): \(p(e.text))"
        case .wishRevised(let e):
            return "wish \(e.wish) revised\(themes(e.themes ?? []))\(visibility(e.visibility)): \(p(e.text))"
        case .wishClosed(let e):
            var text = "wish \(e.wish) closed: \(e.outcome.rawValue)"
            if let into = e.into { text += " into \(into)" }
            return text + note(e.note)
        case .supportGiven(let e):
            var text = "\(e.from) gave \(e.kind.rawValue) to \(e.to)"
            if let wish = e.wish { text += " on \(wish)" }
            if let session = e.session { text += " at \(session)" }
            return text + visibility(e.visibility) + note(e.note)
        case .assignmentStarted(let e):
            var text = "assignment \(e.assignment) of \(e.participant)\(visibility(e.visibility)): \(p(e.title))"
            if let description = e.description { text += " — \(p(description))" }
            return text
        case .assignmentProgressed(let e):
            return "assignment \(e.assignment) at \(e.progress)%" + note(e.note)
        case .assignmentCompleted(let e):
            return "assignment \(e.assignment) completed\(visibility(e.visibility)): \(p(e.result))"
        case .reflectionRecorded(let e):
            var text = "reflection \(e.reflection) of \(e.participant)"
            if let session = e.session { text += " on \(session)" }
            if let wish = e.wish { text += " on \(wish)" }
            if let line = e.line { text += " for \(line)" }
            return text + themes(e.themes) + visibility(e.visibility) + ": " + p(e.text)
        case .lineEmerged(let e):
            var text = "learning line \(e.line) \(q(e.title))\(themes(e.themes))"
            if let session = e.session { text += " at \(session)" }
            if let description = e.description { text += ": \(p(description))" }
            return text
        case .harvestContributed(let e):
            var text = "\(e.kind.rawValue) \(e.item) by \(e.contributors.map(\.rawValue).joined(separator: ", "))"
            if let line = e.line { text += " for \(line)" }
            if let cycle = e.cycle { text += " (\(cycle.rawValue))" }
            return text + ": \(p(e.title)) — \(p(e.text))"
        case .feeInvoiced(let e):
            var text = "invoice \(e.invoice) to \(e.participant): \(e.amount.value) cents"
            if let date = e.date { text += " on \(date)" }
            return text
        case .subsidyClaimed(let e):
            var text = "claim \(e.claim): \(e.amount.value) cents for \(e.participants) participant\(e.participants == 1 ? "" : "s"), \(dagdelen(e.attendedDagdelen))"
            if let head = e.head { text += ", head \(head.hex.prefix(12))…" }
            return text + note(e.note)
        case .eventRetracted(let e):
            return "retracts \(e.target): \(q(e.reason))"
        case .dataRedacted(let e):
            return "erases the personal fields of \(e.targets.map(\.rawValue).joined(separator: ", ")): \(q(e.reason))"
        }
    }

    /// `1 dagdeel`, `2 dagdelen`: the programme's own word for a half-day, in the singular or plural.
    static func dagdelen(_ count: Int) -> String { "\(count) \(count == 1 ? "dagdeel" : "dagdelen")" }
    static func q(_ text: String) -> String { "\"" + Diagnostic.shorten(text, to: 80) + "\"" }
    static func p(_ text: PersonalText) -> String {
        switch text {
        case .text(let value): q(value)
        case .redacted: "[redacted]"
        }
    }
    static func reason(_ text: PersonalText?) -> String { text.map { ": " + p($0) } ?? "" }
    static func note(_ text: PersonalText?) -> String { text.map { " — " + p($0) } ?? "" }
    static func days(_ days: [Day]) -> String { days.map(\.description).joined(separator: ", ") }
    static func themes(_ themes: [String]) -> String {
        themes.isEmpty ? "" : " [" + themes.map { Diagnostic.shorten($0, to: 40) }.joined(separator: ", ") + "]"
    }
    static func visibility(_ visibility: Visibility?) -> String { visibility.map { " (\($0.rawValue))" } ?? "" }
}
