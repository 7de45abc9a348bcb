import Testing
import CohortLog
@testable import CohortProjections

/// ``Evaluation``, given/then: given these events, then these figures. The opening holds participants pa,
/// pb, pc, facilitator f1, session s1 (12 June 2014, 2 dagdelen) and s2 (23 September 2014).
@Suite struct EvaluationTests {
    static let twoDays = #"{"type":"session.rescheduled","at":"2014-05-20T09:00:00+02:00","by":"f1","data":{"session":"s2","days":["2014-09-24","2014-09-23"]}}"#
    static let extra = #"{"type":"session.scheduled","at":"2014-05-20T09:01:00+02:00","by":"f1","data":{"session":"s3","title":"Extra","kind":"meeting","days":["2014-10-15"],"dagdelen":2}}"#
    static let cancelExtra = #"{"type":"session.cancelled","at":"2014-05-20T09:02:00+02:00","by":"f1","data":{"session":"s3"}}"#

    static func support(at: String) -> String {
        #"{"type":"support.given","at":"\#(at)","by":"pa","data":{"from":"pa","to":"pb","kind":"coaching"}}"#
    }

    @Test func givenSupportOnEveryDayOfATwoDaySessionThenOnlySupportOnOtherDaysIsBetweenMeetings() {
        let evaluation = Evaluation(fold(given(opening + [
            Self.twoDays, Self.extra, Self.cancelExtra,
            Self.support(at: "2014-06-12T15:00:00+02:00"),   // s1's day
            Self.support(at: "2014-09-24T15:00:00+02:00"),   // s2's second day
            Self.support(at: "2014-09-23T23:30:00+02:00"),   // s2's first day in its own offset (the 23rd UTC too)
            Self.support(at: "2014-10-15T15:00:00+02:00"),   // the day of a cancelled session
            Self.support(at: "2014-09-24T23:30:00-02:00"),   // the 24th in its own offset, the 25th in UTC
            Self.support(at: "2014-07-01T10:00:00+02:00"),
        ])))
        #expect(evaluation.support == Evaluation.SupportFigures(total: 6, betweenMeetings: 2))
    }

    @Test func givenWishesRevisedAndClosedThenEachOutcomeIsCountedAndTheRestIsOpen() {
        func wish(_ id: String, _ owner: String) -> String {
            #"{"type":"wish.stated","at":"2014-06-12T11:00:00+02:00","by":"\#(owner)","data":{"wish":"\#(id)","participant":"\#(owner)","text":"t"}}"#
        }
        func close(_ id: String, _ outcome: String, into: String? = nil) -> String {
            let target = into.map { #","into":"\#($0)""# } ?? ""
            return #"{"type":"wish.closed","at":"2014-08-01T11:00:00+02:00","by":"f1","data":{"wish":"\#(id)","outcome":"\#(outcome)"\#(target)}}"#
        }
        let revise = #"{"type":"wish.revised","at":"2014-07-01T11:00:00+02:00","by":"pa","data":{"wish":"w1","text":"t2"}}"#
        let evaluation = Evaluation(fold(given(opening + [
            wish("w1", "pa"), wish("w2", "pa"), wish("w3", "pb"), wish("w4", "pb"), wish("w5", "pc"), wish("w6", "pc"),
            revise, revise.replacing("t2", with: "t3"), revise.replacing("w1", with: "w3"),
            close("w1", "fulfilled"), close("w2", "transformed", into: "w6"), close("w3", "dropped"), close("w4", "fulfilled"),
        ])))
        #expect(evaluation.wishes == Evaluation.Wishes(stated: 6, revisions: 3, fulfilled: 2, dropped: 1, transformed: 1, open: 2))
    }

    @Test func givenAWithdrawalAndAssignmentsThenRetentionAndCompletionAreCounted() {
        let evaluation = Evaluation(fold(given(opening + [
            #"{"type":"assignment.started","at":"2014-06-12T11:00:00+02:00","by":"pa","data":{"assignment":"a1","participant":"pa","title":"t"}}"#,
            #"{"type":"assignment.started","at":"2014-06-12T11:00:00+02:00","by":"pb","data":{"assignment":"a2","participant":"pb","title":"t"}}"#,
            #"{"type":"assignment.completed","at":"2014-09-12T11:00:00+02:00","by":"pa","data":{"assignment":"a1","result":"r"}}"#,
            #"{"type":"participant.withdrew","at":"2014-08-01T09:00:00+02:00","by":"f1","data":{"participant":"pc"}}"#,
        ])))
        #expect(evaluation.participants == Evaluation.Participants(registered: 3, withdrew: 1))
        #expect(evaluation.participants.active == 2)
        #expect(evaluation.assignments == Evaluation.Assignments(started: 2, completed: 1))
    }

    @Test func givenReflectionsByBothThenTheyAreSplitByWhoWroteThem() {
        func reflection(_ id: String, _ author: String) -> String {
            #"{"type":"reflection.recorded","at":"2014-06-12T18:00:00+02:00","by":"\#(author)","data":{"reflection":"\#(id)","participant":"\#(author)","text":"r"}}"#
        }
        let evaluation = Evaluation(fold(given(opening + [reflection("r1", "pa"), reflection("r2", "f1"), reflection("r3", "pb")])))
        #expect(evaluation.reflections == Evaluation.Reflections(byParticipants: 2, byFacilitators: 1))
        #expect(evaluation.reflections.total == 3)
    }

    @Test func givenNoAsOfDayThenSessionsHeldCountFromTheLatestRecordsDay() {
        let state = fold(given(opening + [Self.extra, Self.cancelExtra, Self.support(at: "2014-09-23T09:00:00+02:00")]))
        #expect(Evaluation(state).sessionsHeld == 2)
        #expect(Evaluation(state).day?.description == "2014-09-23")
        #expect(Evaluation(state, day: Day("2014-09-22")).sessionsHeld == 1)
        #expect(Evaluation(state, day: Day("2014-06-11")).sessionsHeld == 0)
        #expect(Evaluation(state).sessions.map(\.session.id.rawValue) == ["s1", "s2"])
    }

    @Test func givenLinesAndContributionsThenTheLinesAndTheRealisedValueAreListed() {
        let evaluation = Evaluation(fold(given(opening + [
            #"{"type":"line.emerged","at":"2014-06-12T17:00:00+02:00","by":"f1","data":{"line":"l1","title":"Lijn"}}"#,
            #"{"type":"harvest.contributed","at":"2014-09-23T17:00:00+02:00","by":"f1","data":{"item":"h1","kind":"story","contributors":["pa"],"cycle":"realised","title":"t","text":"x"}}"#,
            #"{"type":"harvest.contributed","at":"2014-09-23T17:01:00+02:00","by":"f1","data":{"item":"h2","kind":"story","contributors":["pb"],"cycle":"applied","title":"t","text":"x"}}"#,
        ])))
        #expect(evaluation.lines.map(\.id.rawValue) == ["l1"])
        #expect(evaluation.realisedContributions.map(\.id.rawValue) == ["h1"])
    }

    @Test func givenAnEmptyCohortThenEveryFigureIsZeroAndNothingFails() {
        let evaluation = Evaluation(CohortState())
        #expect(evaluation.day == nil && evaluation.sessionsHeld == 0)
        #expect(evaluation.participants == Evaluation.Participants() && evaluation.wishes == Evaluation.Wishes())
    }
}
