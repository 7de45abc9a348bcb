import CohortLog
import CohortProjections

/// The words of the subsidy audit (`cohort audit`): its report, and the message of each finding in plain
/// words, naming the participant, session, invoice or claim and the figures on both sides.
///
/// A finding's message is found by its facts (one case per code, ``AuditFinding/Facts``), so a new code
/// has no message until both languages give it one: ``Words/message(_:)``.
public struct AuditWords: Sendable {
    /// `Audit of events/eigen-regie-2014.jsonl`.
    public let auditOf: @Sendable (_ file: String) -> Inline
    /// Whether the log passed: `ok: no errors`, `not ok`.
    public let ok: String
    public let notOK: String
    /// The headings of the findings, before their count.
    public let errors: String
    public let warnings: String

    // A log that does not verify.
    public let problemsVerifyNames: String
    /// `line 12`.
    public let onLine: @Sendable (_ line: Int) -> String
    /// `and 3 more`.
    public let andMore: @Sendable (_ count: Int) -> String
    public let noFiguresFromAnUnsoundLog: @Sendable (_ lines: Int) -> String

    // Totals: each label is followed by its figure.
    public let totals: String
    public let activeParticipants: String
    public let eligibleParticipants: String
    public let scheduledDagdelen: String
    public let attendedDagdelen: String
    public let invoiced: String
    public let claimable: String
    public let claimed: String
    public let records: String
    public let headAudited: String

    // Several logs.
    public let summary: String
    /// `3 logs: 2 ok, 1 with errors; 4 warnings in all`.
    public let summaryOfLogs: @Sendable (_ logs: Int, _ ok: Int, _ withErrors: Int, _ warnings: Int) -> String

    // The working paper.
    public let evidence: String
    public let participant: String
    public let invoice: String
    public let dagdelen: String
    /// `, withdrew #14`, after a participant's registration.
    public let withdrewAt: @Sendable (_ seq: Int) -> String
    public let claim: String
    public let participants: String
    public let amount: String
    public let head: String
    public let perClaim: String

    /// The message of a finding, from its facts: a person reads it; the words of `words` give its dates
    /// and amounts.
    let message: @Sendable (_ facts: AuditFinding.Facts, _ words: Words) -> String
}

extension Words {
    /// The message of `finding` in this language.
    public func message(_ finding: AuditFinding) -> String { audit.message(finding.facts, self) }
}

extension AuditWords {
    /// English.
    public static let english = AuditWords(
        auditOf: { "Audit of \(user: $0)" }, ok: "ok: no errors", notOK: "not ok", errors: "Errors", warnings: "Warnings",
        problemsVerifyNames: "Problems that verify names", onLine: { "line \($0)" }, andMore: { "and \($0) more" },
        noFiguresFromAnUnsoundLog: { "lines read: \($0); no totals or evidence: figures read from a log that does not verify are not evidence" },
        totals: "Totals", activeParticipants: "active participants", eligibleParticipants: "eligible participants",
        scheduledDagdelen: "scheduled dagdelen", attendedDagdelen: "attended dagdelen", invoiced: "invoiced",
        claimable: "claimable", claimed: "claimed", records: "records", headAudited: "head of the log as audited",
        summary: "Summary",
        summaryOfLogs: { logs, ok, failed, warnings in "\(logs) logs: \(ok) ok, \(failed) with errors; \(warnings) warnings in all" },
        evidence: "Evidence (#: the record's seq)", participant: "participant", invoice: "invoice", dagdelen: "dagdelen",
        withdrewAt: { ", withdrew #\($0)" }, claim: "claim", participants: "participants", amount: "amount", head: "head",
        perClaim: "per claim: claimed / what the evidence before the claim supports",
        message: englishMessage)

    /// Nederlands.
    public static let dutch = AuditWords(
        auditOf: { "Controle van \(user: $0)" }, ok: "in orde: geen fouten", notOK: "niet in orde", errors: "Fouten",
        warnings: "Waarschuwingen",
        problemsVerifyNames: "Problemen die verify noemt", onLine: { "regel \($0)" }, andMore: { "en nog \($0)" },
        noFiguresFromAnUnsoundLog: { "regels gelezen: \($0); geen totalen of bewijsstukken: cijfers uit een logboek dat niet in orde is, bewijzen niets" },
        totals: "Totalen", activeParticipants: "actieve deelnemers", eligibleParticipants: "subsidiabele deelnemers",
        scheduledDagdelen: "geplande dagdelen", attendedDagdelen: "bijgewoonde dagdelen", invoiced: "gefactureerd",
        claimable: "subsidiabel", claimed: "aangevraagd", records: "gebeurtenissen", headAudited: "kop van het gecontroleerde logboek",
        summary: "Samenvatting",
        summaryOfLogs: { logs, ok, failed, warnings in "\(logs) logboeken: \(ok) in orde, \(failed) met fouten; \(warnings) waarschuwingen in totaal" },
        evidence: "Bewijsstukken (#: seq van het record)", participant: "deelnemer", invoice: "factuur", dagdelen: "dagdelen",
        withdrewAt: { ", weg #\($0)" }, claim: "aanvraag", participants: "deelnemers", amount: "bedrag", head: "kop",
        perClaim: "per aanvraag: gevraagd / wat de bewijsstukken vóór de aanvraag dragen",
        message: dutchMessage)

    /// `p01, p02`, or `none` for no ids.
    static func ids<T>(_ ids: [Identifier<T>], none: String) -> String {
        ids.isEmpty ? none : ids.map(\.rawValue).joined(separator: ", ")
    }

    /// `3 dagdelen`: the programme's own word, in both languages.
    static func dagdelen(_ count: Int) -> String { EventSummary.dagdelen(count) }

    static func englishMessage(_ facts: AuditFinding.Facts, _ w: Words) -> String {
        func ids<T>(_ list: [Identifier<T>]) -> String { AuditWords.ids(list, none: "none") }
        switch facts {
        case .chainInvalid(let line, let message, let problems):
            let place = line > 0 ? w.audit.onLine(line) + ": " : ""
            return "the log does not verify (\(problems) problem\(problems == 1 ? "" : "s")), first \(place)\(message); run `cohort verify`; nothing else was checked"
        case .logEmpty:
            return "the log holds no record (no cohort.opened): there is nothing to audit"
        case .participantsBelowMinimum(let active, let minimum, let day):
            return "on \(w.date(day)), the first day of the first session, \(active.count) participants were active; the programme needs at least \(minimum): \(ids(active))"
        case .registrationAfterDeadline(let participant, let registered, let deadline):
            return "\(participant) registered on \(w.date(registered)), after the deadline of \(w.date(deadline))"
        case .scheduleDagdelenMismatch(let scheduled, let declared, let sessions):
            let parts = sessions.map { "\($0.0) \($0.1)" }.joined(separator: ", ")
            return "the sessions add up to \(dagdelen(scheduled)) (\(parts)); the programme declares \(declared)"
        case .attendanceBeforeSession(let participant, let session, let at, let first):
            return "attendance of \(participant) at \(session) is dated \(w.date(at)), before the session's first day, \(w.date(first))"
        case .attendanceLate(let participant, let session, let recorded, let last, let days):
            return "attendance of \(participant) at \(session) was recorded on \(w.date(recorded)), \(days) days after the session's last day (\(w.date(last))); the limit is \(AttendanceLate.allowance)"
        case .attendanceMissing(let participant, let session, let first):
            return "no attendance recorded for \(participant) at \(session) (\(w.date(first))), although \(participant) was active that day"
        case .attendanceExceedsSession(let participant, let session, let dagdelen, let size):
            return "\(participant) is recorded with \(Self.dagdelen(dagdelen)) at \(session), which now has \(size); \(size) count as evidence"
        case .attendanceAfterWithdrawal(let participant, let session, let dagdelen, let withdrew, let first):
            return "\(participant) is recorded with \(Self.dagdelen(dagdelen)) at \(session) (\(w.date(first))), a session that began after \(participant) withdrew on \(w.date(withdrew))"
        case .invoiceMissing(let participant, let attended):
            return "\(participant) attended \(dagdelen(attended)) but has no invoice that stands"
        case .invoiceAmountMismatch(let invoice, let participant, let amount, let fee):
            return "invoice \(invoice) to \(participant) is \(w.euros(amount)); the programme fee is \(w.euros(fee))"
        case .invoiceDuplicate(let participant, let invoices):
            return "\(participant) has \(invoices.count) invoices that stand: \(ids(invoices))"
        case .claimParticipants(let claim, let claimed, let evidence):
            return "claim \(claim) asks for \(claimed) participants; the evidence supports \(evidence.count): \(ids(evidence))"
        case .claimDagdelen(let claim, let claimed, let evidence):
            return "claim \(claim) counts \(claimed) attended dagdelen; the evidence supports \(evidence)"
        case .claimAmount(let claim, let claimed, let claimable):
            return "claim \(claim) asks \(w.euros(claimed)); the evidence supports \(w.euros(claimable))"
        case .claimBelowEvidence(let claim, let below):
            let parts = below.map { figure -> String in
                switch figure.name {
                case .participants: "participants \(figure.claimed) of \(figure.evidence)"
                case .attendedDagdelen: "attended dagdelen \(figure.claimed) of \(figure.evidence)"
                case .amountCents: "amount \(w.euros(Cents(figure.claimed))) of \(w.euros(Cents(figure.evidence)))"
                }
            }.joined(separator: "; ")
            return "claim \(claim) is below what the evidence supports: \(parts)"
        case .claimTotalExceedsClaimable(let claim, let claims, let total, let claimable):
            return "the claims \(ids(claims)) together ask \(w.euros(total)); the evidence before \(claim) supports \(w.euros(claimable)): a trajectory is paid once"
        case .claimHeadUnknown(let claim, let head):
            return "claim \(claim) rests on head \(head.hex), which is not the digest of any record before it"
        case .claimBackfilled(let claim, let claimAt, let record, let type, let at, let retracted):
            return "after claim \(claim) (\(w.date(claimAt))), \(type.rawValue) \(record) dated \(w.date(at)) was \(retracted ? "retracted" : "recorded")"
        }
    }

    static func dutchMessage(_ facts: AuditFinding.Facts, _ w: Words) -> String {
        func ids<T>(_ list: [Identifier<T>]) -> String { AuditWords.ids(list, none: "geen") }
        switch facts {
        case .chainInvalid(let line, let message, let problems):
            let place = line > 0 ? w.audit.onLine(line) + ": " : ""
            return "het logboek is niet in orde (\(problems) \(problems == 1 ? "probleem" : "problemen")), eerst \(place)\(message); draai `cohort verify` en niets anders is gecontroleerd"
        case .logEmpty:
            return "het logboek bevat geen records (geen cohort.opened): er is niets te controleren"
        case .participantsBelowMinimum(let active, let minimum, let day):
            return "op \(w.date(day)), de eerste dag van de eerste bijeenkomst, waren \(active.count) deelnemers actief; het programma vraagt er ten minste \(minimum): \(ids(active))"
        case .registrationAfterDeadline(let participant, let registered, let deadline):
            return "\(participant) meldde zich aan op \(w.date(registered)), na de uiterste datum \(w.date(deadline))"
        case .scheduleDagdelenMismatch(let scheduled, let declared, let sessions):
            let parts = sessions.map { "\($0.0) \($0.1)" }.joined(separator: ", ")
            return "de bijeenkomsten tellen op tot \(dagdelen(scheduled)) (\(parts)); het programma noemt \(declared)"
        case .attendanceBeforeSession(let participant, let session, let at, let first):
            return "aanwezigheid van \(participant) bij \(session) is gedateerd \(w.date(at)), vóór de eerste dag van de bijeenkomst, \(w.date(first))"
        case .attendanceLate(let participant, let session, let recorded, let last, let days):
            return "aanwezigheid van \(participant) bij \(session) werd vastgelegd op \(w.date(recorded)), \(days) dagen na de laatste dag van de bijeenkomst (\(w.date(last))); de grens is \(AttendanceLate.allowance)"
        case .attendanceMissing(let participant, let session, let first):
            return "geen aanwezigheid vastgelegd voor \(participant) bij \(session) (\(w.date(first))), hoewel \(participant) die dag actief was"
        case .attendanceExceedsSession(let participant, let session, let dagdelen, let size):
            return "\(participant) staat met \(Self.dagdelen(dagdelen)) bij \(session), dat nu \(Self.dagdelen(size)) telt; als bewijs tellen er \(size)"
        case .attendanceAfterWithdrawal(let participant, let session, let dagdelen, let withdrew, let first):
            return "\(participant) staat met \(Self.dagdelen(dagdelen)) bij \(session) (\(w.date(first))), een bijeenkomst die begon nadat \(participant) zich op \(w.date(withdrew)) terugtrok"
        case .invoiceMissing(let participant, let attended):
            return "\(participant) was \(dagdelen(attended)) aanwezig maar heeft geen geldige factuur"
        case .invoiceAmountMismatch(let invoice, let participant, let amount, let fee):
            return "factuur \(invoice) aan \(participant) bedraagt \(w.euros(amount)); de deelnamekosten zijn \(w.euros(fee))"
        case .invoiceDuplicate(let participant, let invoices):
            return "\(participant) heeft \(invoices.count) geldige facturen: \(ids(invoices))"
        case .claimParticipants(let claim, let claimed, let evidence):
            return "aanvraag \(claim) vraagt om \(claimed) deelnemers; de bewijsstukken dragen er \(evidence.count): \(ids(evidence))"
        case .claimDagdelen(let claim, let claimed, let evidence):
            return "aanvraag \(claim) telt \(claimed) bijgewoonde dagdelen; de bewijsstukken dragen er \(evidence)"
        case .claimAmount(let claim, let claimed, let claimable):
            return "aanvraag \(claim) vraagt \(w.euros(claimed)); de bewijsstukken dragen \(w.euros(claimable))"
        case .claimBelowEvidence(let claim, let below):
            let parts = below.map { figure -> String in
                switch figure.name {
                case .participants: "deelnemers \(figure.claimed) van \(figure.evidence)"
                case .attendedDagdelen: "bijgewoonde dagdelen \(figure.claimed) van \(figure.evidence)"
                case .amountCents: "bedrag \(w.euros(Cents(figure.claimed))) van \(w.euros(Cents(figure.evidence)))"
                }
            }.joined(separator: "; ")
            return "aanvraag \(claim) blijft onder wat de bewijsstukken dragen: \(parts)"
        case .claimTotalExceedsClaimable(let claim, let claims, let total, let claimable):
            return "de aanvragen \(ids(claims)) vragen samen \(w.euros(total)); de bewijsstukken vóór \(claim) dragen \(w.euros(claimable)): een traject wordt één keer betaald"
        case .claimHeadUnknown(let claim, let head):
            return "aanvraag \(claim) steunt op kop \(head.hex), maar die is niet de digest van een eerder record"
        case .claimBackfilled(let claim, let claimAt, let record, let type, let at, let retracted):
            return "na aanvraag \(claim) (\(w.date(claimAt))) werd \(type.rawValue) \(record) van \(w.date(at)) \(retracted ? "ingetrokken" : "vastgelegd")"
        }
    }
}
