import Testing
import CohortLog
@testable import CohortProjections

/// The audit's evidence fold, given/then.
@Suite struct AuditFactsTests {
    func facts(_ lines: [String]) -> AuditFacts {
        var facts = AuditFacts()
        for record in given(lines) { facts.apply(record) }
        return facts
    }

    static let programme = #"{"type":"cohort.opened","at":"2014-04-01T10:00:00+02:00","by":"org","data":{"cohort":"c","title":"T","organiser":"org","period":{"from":"2014-06-01","to":"2014-12-31"},"participants":{"min":1,"max":9},"dagdelen":4,"fee":{"amountCents":155000,"currency":"EUR","vat":"excluded"},"subsidy":{"fund":"F","scheme":"S","percent":40}}}"#

    static let base = [programme] + opening.dropFirst() + [
        #"{"id":"inv-pa","type":"fee.invoiced","at":"2014-06-02T09:00:00+02:00","by":"f1","data":{"invoice":"inv-pa","participant":"pa","amountCents":155000}}"#,
        #"{"id":"a1","type":"attendance.recorded","at":"2014-06-12T17:00:00+02:00","by":"f1","data":{"session":"s1","participant":"pa","dagdelen":2}}"#,
        #"{"id":"a2","type":"attendance.recorded","at":"2014-09-23T17:00:00+02:00","by":"f1","data":{"session":"s2","participant":"pa","dagdelen":2}}"#,
    ]

    @Test func claimableIsTheFloorOfTheInvoiceTimesTheFundsShare() {
        let evidence = facts(Self.base).currentEvidence()
        #expect(evidence.eligible.map(\.rawValue) == ["pa"])
        #expect(evidence.attendedDagdelen == 4)
        #expect(evidence.claimable == Cents(103_333))
    }

    @Test func aCancelledSessionAndOneAfterAWithdrawalCountForNothing() {
        let withdrawn = facts(Self.base + [
            #"{"type":"participant.withdrew","at":"2014-07-01T09:00:00+02:00","by":"f1","data":{"participant":"pa"}}"#,
        ])
        #expect(withdrawn.attended(ParticipantID(unchecked: "pa")) == 2)
        let cancelled = facts(Self.base + [
            #"{"type":"session.cancelled","at":"2014-07-01T09:00:00+02:00","by":"f1","data":{"session":"s2"}}"#,
        ])
        #expect(cancelled.attended(ParticipantID(unchecked: "pa")) == 2)
    }

    @Test func theLatestStandingInvoiceCountsAndARetractedOneDoesNot() {
        let state = facts(Self.base + [
            #"{"id":"inv-pa2","type":"fee.invoiced","at":"2014-06-03T09:00:00+02:00","by":"f1","data":{"invoice":"inv-pa2","participant":"pa","amountCents":100000}}"#,
            #"{"type":"event.retracted","at":"2014-06-04T09:00:00+02:00","by":"f1","data":{"target":"inv-pa2","reason":"fout bedrag"}}"#,
        ])
        #expect(state.invoices(of: ParticipantID(unchecked: "pa")).map(\.invoice.rawValue) == ["inv-pa"])
        #expect(state.currentEvidence().claimable == Cents(103_333))
    }

    @Test func aClaimKeepsTheEvidenceBeforeItAndLaterChangesAreBackfilled() {
        let state = facts(Self.base + [
            #"{"type":"subsidy.claimed","at":"2014-10-01T10:00:00+02:00","by":"f1","data":{"claim":"c1","amountCents":103333,"participants":1,"attendedDagdelen":4}}"#,
            #"{"type":"event.retracted","at":"2014-10-02T09:00:00+02:00","by":"f1","data":{"target":"a2","reason":"niet aanwezig geweest"}}"#,
            #"{"type":"attendance.recorded","at":"2014-11-01T17:00:00+01:00","by":"f1","data":{"session":"s2","participant":"pa","dagdelen":1}}"#,
        ])
        #expect(state.claims.first?.evidence.attendedDagdelen == 4)
        #expect(state.currentEvidence().attendedDagdelen == 3)
        #expect(state.backfills.map(\.retracted) == [true])
        #expect(state.backfills.first?.record.rawValue == "a2")
    }

    @Test func aClaimsHeadMustBeTheDigestOfAnEarlierRecord() {
        let records = given(Self.base)
        let head = records.last?.digest?.hex ?? ""
        let state = facts(Self.base + [
            #"{"type":"subsidy.claimed","at":"2014-10-01T10:00:00+02:00","by":"f1","data":{"claim":"c1","amountCents":1,"participants":1,"attendedDagdelen":1,"head":"\#(head)"}}"#,
            #"{"type":"subsidy.claimed","at":"2014-10-01T10:00:00+02:00","by":"f1","data":{"claim":"c2","amountCents":1,"participants":1,"attendedDagdelen":1,"head":"\#(String(repeating: "0", count: 64))"}}"#,
        ])
        #expect(state.claims.map(\.headKnown) == [true, false])
        #expect(ClaimHeadUnknown.findings(state).count == 1)
    }
}
