import CohortLog
import CohortProjections

/// The message of each audit finding in plain words, naming the participant, session, invoice or claim
/// and the figures on both sides, in English and Dutch.
public enum AuditMessages {
    /// The message of `finding` in the language of `words`.
    public static func message(_ finding: AuditFinding, _ w: Words) -> String {
        let nl = w.language == .nl
        func ids<T>(_ ids: [Identifier<T>]) -> String { ids.isEmpty ? (nl ? "geen" : "none") : ids.map(\.rawValue).joined(separator: ", ") }
        switch finding.facts {
        case .chainInvalid(let line, let message, let problems):
            let place = line > 0 ? (nl ? "regel \(line): " : "line \(line): ") : ""
            return nl
                ? "het logboek is niet in orde (\(problems) \(problems == 1 ? "probleem" : "problemen")), eerst \(place)\(message); draai `cohort verify` en niets anders is gecontroleerd"
                : "the log does not verify (\(problems) problem\(problems == 1 ? "" : "s")), first \(place)\(message); run `cohort verify`; nothing else was checked"
        case .logEmpty:
            return nl
                ? "het logboek bevat geen records (geen cohort.opened): er is niets te controleren"
                : "the log holds no record (no cohort.opened): there is nothing to audit"
        case .participantsBelowMinimum(let active, let minimum, let day):
            return nl
                ? "op \(w.date(day)), de eerste dag van de eerste bijeenkomst, waren \(active.count) deelnemers actief; het programma vraagt er ten minste \(minimum): \(ids(active))"
                : "on \(w.date(day)), the first day of the first session, \(active.count) participants were active; the programme needs at least \(minimum): \(ids(active))"
        case .registrationAfterDeadline(let participant, let registered, let deadline):
            return nl
                ? "\(participant) meldde zich aan op \(w.date(registered)), na de uiterste datum \(w.date(deadline))"
                : "\(participant) registered on \(w.date(registered)), after the deadline of \(w.date(deadline))"
        case .scheduleDagdelenMismatch(let scheduled, let declared, let sessions):
            let parts = sessions.map { "\($0.0) \($0.1)" }.joined(separator: ", ")
            return nl
                ? "de bijeenkomsten tellen op tot \(EventSummary.dagdelen(scheduled)) (\(parts)); het programma noemt \(declared)"
                : "the sessions add up to \(EventSummary.dagdelen(scheduled)) (\(parts)); the programme declares \(declared)"
        case .attendanceBeforeSession(let participant, let session, let at, let first):
            return nl
                ? "aanwezigheid van \(participant) bij \(session) is gedateerd \(w.date(at)), vóór de eerste dag van de bijeenkomst, \(w.date(first))"
                : "attendance of \(participant) at \(session) is dated \(w.date(at)), before the session's first day, \(w.date(first))"
        case .attendanceLate(let participant, let session, let recorded, let last, let days):
            return nl
                ? "aanwezigheid van \(participant) bij \(session) werd vastgelegd op \(w.date(recorded)), \(days) dagen na de laatste dag van de bijeenkomst (\(w.date(last))); de grens is \(AttendanceLate.allowance)"
                : "attendance of \(participant) at \(session) was recorded on \(w.date(recorded)), \(days) days after the session's last day (\(w.date(last))); the limit is \(AttendanceLate.allowance)"
        case .attendanceMissing(let participant, let session, let first):
            return nl
                ? "geen aanwezigheid vastgelegd voor \(participant) bij \(session) (\(w.date(first))), hoewel \(participant) die dag actief was"
                : "no attendance recorded for \(participant) at \(session) (\(w.date(first))), although \(participant) was active that day"
        case .attendanceExceedsSession(let participant, let session, let dagdelen, let size):
            return nl
                ? "\(participant) staat met \(EventSummary.dagdelen(dagdelen)) bij \(session), dat nu \(EventSummary.dagdelen(size)) telt; als bewijs tellen er \(size)"
                : "\(participant) is recorded with \(EventSummary.dagdelen(dagdelen)) at \(session), which now has \(size); \(size) count as evidence"
        case .attendanceAfterWithdrawal(let participant, let session, let dagdelen, let withdrew, let first):
            return nl
                ? "\(participant) staat met \(EventSummary.dagdelen(dagdelen)) bij \(session) (\(w.date(first))), een bijeenkomst die begon nadat \(participant) zich op \(w.date(withdrew)) terugtrok"
                : "\(participant) is recorded with \(EventSummary.dagdelen(dagdelen)) at \(session) (\(w.date(first))), a session that began after \(participant) withdrew on \(w.date(withdrew))"
        case .invoiceMissing(let participant, let attended):
            return nl
                ? "\(participant) was \(EventSummary.dagdelen(attended)) aanwezig maar heeft geen geldige factuur"
                : "\(participant) attended \(EventSummary.dagdelen(attended)) but has no invoice that stands"
        case .invoiceAmountMismatch(let invoice, let participant, let amount, let fee):
            return nl
                ? "factuur \(invoice) aan \(participant) bedraagt \(w.euros(amount)); de deelnamekosten zijn \(w.euros(fee))"
                : "invoice \(invoice) to \(participant) is \(w.euros(amount)); the programme fee is \(w.euros(fee))"
        case .invoiceDuplicate(let participant, let invoices):
            return nl
                ? "\(participant) heeft \(invoices.count) geldige facturen: \(ids(invoices))"
                : "\(participant) has \(invoices.count) invoices that stand: \(ids(invoices))"
        case .claimParticipants(let claim, let claimed, let evidence):
            return nl
                ? "aanvraag \(claim) vraagt om \(claimed) deelnemers; de bewijsstukken dragen er \(evidence.count): \(ids(evidence))"
                : "claim \(claim) asks for \(claimed) participants; the evidence supports \(evidence.count): \(ids(evidence))"
        case .claimDagdelen(let claim, let claimed, let evidence):
            return nl
                ? "aanvraag \(claim) telt \(claimed) bijgewoonde dagdelen; de bewijsstukken dragen er \(evidence)"
                : "claim \(claim) counts \(claimed) attended dagdelen; the evidence supports \(evidence)"
        case .claimAmount(let claim, let claimed, let claimable):
            return nl
                ? "aanvraag \(claim) vraagt \(w.euros(claimed)); de bewijsstukken dragen \(w.euros(claimable))"
                : "claim \(claim) asks \(w.euros(claimed)); the evidence supports \(w.euros(claimable))"
        case .claimBelowEvidence(let claim, let below):
            let parts = below.map { figure -> String in
                switch figure.name {
                case .participants: return nl ? "deelnemers \(figure.claimed) van \(figure.evidence)" : "participants \(figure.claimed) of \(figure.evidence)"
                case .attendedDagdelen: return nl ? "bijgewoonde dagdelen \(figure.claimed) van \(figure.evidence)" : "attended dagdelen \(figure.claimed) of \(figure.evidence)"
                case .amountCents: return nl ? "bedrag \(w.euros(Cents(figure.claimed))) van \(w.euros(Cents(figure.evidence)))" : "amount \(w.euros(Cents(figure.claimed))) of \(w.euros(Cents(figure.evidence)))"
                }
            }.joined(separator: "; ")
            return nl
                ? "aanvraag \(claim) blijft onder wat de bewijsstukken dragen: \(parts)"
                : "claim \(claim) is below what the evidence supports: \(parts)"
        case .claimTotalExceedsClaimable(let claim, let claims, let total, let claimable):
            return nl
                ? "de aanvragen \(ids(claims)) vragen samen \(w.euros(total)); de bewijsstukken vóór \(claim) dragen \(w.euros(claimable)): een traject wordt één keer betaald"
                : "the claims \(ids(claims)) together ask \(w.euros(total)); the evidence before \(claim) supports \(w.euros(claimable)): a trajectory is paid once"
        case .claimHeadUnknown(let claim, let head):
            return nl
                ? "aanvraag \(claim) steunt op kop \(head.hex), maar die is niet de digest van een eerder record"
                : "claim \(claim) rests on head \(head.hex), which is not the digest of any record before it"
        case .claimBackfilled(let claim, let claimAt, let record, let type, let at, let retracted):
            return nl
                ? "na aanvraag \(claim) (\(w.date(claimAt))) werd \(type.rawValue) \(record) van \(w.date(at)) \(retracted ? "ingetrokken" : "vastgelegd")"
                : "after claim \(claim) (\(w.date(claimAt))), \(type.rawValue) \(record) dated \(w.date(at)) was \(retracted ? "retracted" : "recorded")"
        }
    }
}
