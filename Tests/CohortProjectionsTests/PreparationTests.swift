import Testing
import CohortLog
@testable import CohortProjections

/// ``Preparation``, given/then: given these events and T's day, then these items. The opening holds
/// participants pa, pb, pc, facilitator f1, session s1 (12 June 2014) and s2 (23 September 2014).
@Suite struct PreparationTests {
    static func preparation(_ events: [String], on day: String) -> Preparation {
        Preparation(fold(given(opening + events)), day: Day(day) ?? Day(daysSinceEpoch: 0))
    }

    static func wish(_ id: String, _ owner: String, at: String = "2014-06-12T11:00:00+02:00") -> String {
        #"{"type":"wish.stated","at":"\#(at)","by":"\#(owner)","data":{"wish":"\#(id)","participant":"\#(owner)","text":"tekst \#(id)"}}"#
    }

    static func support(_ from: String, _ to: String, at: String, wish: String? = nil) -> String {
        let named = wish.map { #","wish":"\#($0)""# } ?? ""
        return #"{"type":"support.given","at":"\#(at)","by":"\#(from)","data":{"from":"\#(from)","to":"\#(to)","kind":"feedback"\#(named)}}"#
    }

    static func reflection(_ id: String, _ author: String, at: String) -> String {
        #"{"type":"reflection.recorded","at":"\#(at)","by":"\#(author)","data":{"reflection":"\#(id)","participant":"\#(author)","text":"r"}}"#
    }

    static let withdrawPc = #"{"type":"participant.withdrew","at":"2014-08-01T09:00:00+02:00","by":"f1","data":{"participant":"pc"}}"#

    @Test func givenACancelledSessionThenTheNextIsTheFirstOneNotCancelledAfterTsDay() {
        let cancel = #"{"type":"session.cancelled","at":"2014-06-01T09:00:00+02:00","by":"f1","data":{"session":"s1"}}"#
        #expect(Self.preparation([], on: "2014-06-11").nextSession?.id.rawValue == "s1")
        #expect(Self.preparation([cancel], on: "2014-06-11").nextSession?.id.rawValue == "s2")
        #expect(Self.preparation([cancel], on: "2014-06-11").lastSession == nil)
    }

    @Test func givenTsDayIsASessionsFirstDayThenThatSessionHasBeenHeldAndTheNextIsLater() {
        let preparation = Self.preparation([], on: "2014-09-23")
        #expect(preparation.lastSession?.id.rawValue == "s2")
        #expect(preparation.nextSession == nil)
        #expect(preparation.since?.description == "2014-09-23")
        #expect(Self.preparation([], on: "2014-09-22").lastSession?.id.rawValue == "s1")
    }

    @Test func givenWishesNamedClosedOrOfAWithdrawnParticipantThenOnlyTheOpenUnsupportedOnesOfActiveParticipantsRemain() {
        let preparation = Self.preparation([
            Self.wish("w-a", "pa"), Self.wish("w-b", "pb", at: "2014-07-01T10:00:00+02:00"), Self.wish("w-b2", "pb"), Self.wish("w-c", "pc"),
            Self.support("pa", "pb", at: "2014-07-02T10:00:00+02:00", wish: "w-b2"),
            #"{"type":"wish.closed","at":"2014-07-03T10:00:00+02:00","by":"pa","data":{"wish":"w-a","outcome":"dropped"}}"#,
            Self.withdrawPc,
        ], on: "2014-07-11")
        #expect(preparation.wishesWithoutSupport.map(\.wish.id.rawValue) == ["w-b"])
        #expect(preparation.wishesWithoutSupport.map(\.daysAgo) == [10])
    }

    @Test func givenActivityOnTheFirstDayOfTheLastSessionThenTheParticipantIsNotQuietButActivityTheDayBeforeDoesNotCount() {
        let preparation = Self.preparation([
            Self.support("pa", "pb", at: "2014-09-23T10:00:00+02:00"),
            Self.reflection("r-c", "pc", at: "2014-09-22T23:30:00+02:00"),
        ], on: "2014-10-01")
        #expect(preparation.quietParticipants.map(\.person.id.rawValue) == ["pc"])
        #expect(preparation.quietParticipants.first?.lastActivity?.description == "2014-09-22T23:30:00+02:00")
        #expect(preparation.quietParticipants.first?.daysAgo == 9)
    }

    @Test func givenNoSessionHeldThenQuietMeansNothingSinceTheBeginning() {
        let preparation = Self.preparation([Self.reflection("r-a", "pa", at: "2014-05-20T10:00:00+02:00")], on: "2014-06-01")
        #expect(preparation.lastSession == nil)
        #expect(preparation.quietParticipants.map(\.person.id.rawValue) == ["pb", "pc"])
        #expect(preparation.quietParticipants.map(\.lastActivity) == [nil, nil])
    }

    @Test func givenAnAssignment28DaysStillThenItIsNotStalledAnd29DaysItIs() {
        let events = [
            #"{"type":"assignment.started","at":"2014-06-12T11:00:00+02:00","by":"pa","data":{"assignment":"a-a","participant":"pa","title":"A"}}"#,
            #"{"type":"assignment.progressed","at":"2014-07-01T11:00:00+02:00","by":"pa","data":{"assignment":"a-a","progress":30,"note":"n"}}"#,
            #"{"type":"assignment.started","at":"2014-06-12T11:00:00+02:00","by":"pb","data":{"assignment":"a-b","participant":"pb","title":"B"}}"#,
            #"{"type":"assignment.started","at":"2014-06-12T11:00:00+02:00","by":"pc","data":{"assignment":"a-c","participant":"pc","title":"C"}}"#,
            #"{"type":"assignment.completed","at":"2014-06-13T11:00:00+02:00","by":"pc","data":{"assignment":"a-c","result":"klaar"}}"#,
        ]
        let onTheEdge = Self.preparation(events, on: "2014-07-29")
        #expect(onTheEdge.stalledAssignments.map(\.assignment.id.rawValue) == ["a-b"])
        let stalled = Self.preparation(events, on: "2014-07-30")
        #expect(stalled.stalledAssignments.map(\.assignment.id.rawValue) == ["a-a", "a-b"])
        #expect(stalled.stalledAssignments.first?.lastStep?.progress == 30)
        #expect(stalled.stalledAssignments.first?.daysSince == 29)
        #expect(stalled.stalledAssignments.last?.lastStep == nil)
        #expect(stalled.stalledAssignments.last?.lastAt.description == "2014-06-12T11:00:00+02:00")
    }

    @Test func givenAWithdrawalThenItsOpenWishesComeFirstAndItsOpenAssignmentsAfter() {
        let preparation = Self.preparation([
            #"{"type":"assignment.started","at":"2014-06-12T11:00:00+02:00","by":"pc","data":{"assignment":"a-c","participant":"pc","title":"C"}}"#,
            Self.wish("w-c1", "pc"), Self.wish("w-c2", "pc"), Self.wish("w-c3", "pc"),
            #"{"type":"wish.closed","at":"2014-07-03T10:00:00+02:00","by":"pc","data":{"wish":"w-c2","outcome":"fulfilled"}}"#,
            Self.withdrawPc,
        ], on: "2014-08-02")
        #expect(preparation.looseEnds.map(\.id) == ["w-c1", "w-c3", "a-c"])
        #expect(preparation.looseEnds.allSatisfy { $0.withdrawal.at.description == "2014-08-01T09:00:00+02:00" })
        #expect(preparation.stalledAssignments.isEmpty && preparation.quietParticipants.map(\.person.id.rawValue) == ["pa", "pb"])
    }

    @Test func givenAttendanceAtTheLastSessionThenTheGapsAreTheMissingAndThePartial() {
        let preparation = Self.preparation([
            #"{"type":"attendance.recorded","at":"2014-06-12T17:00:00+02:00","by":"f1","data":{"session":"s1","participant":"pa","dagdelen":1}}"#,
            #"{"type":"attendance.recorded","at":"2014-06-13T17:00:00+02:00","by":"f1","data":{"session":"s1","participant":"pa","dagdelen":2}}"#,
            #"{"type":"attendance.recorded","at":"2014-06-12T17:00:00+02:00","by":"f1","data":{"session":"s1","participant":"pb","dagdelen":0,"note":"ziek"}}"#,
        ], on: "2014-06-20")
        #expect(preparation.attendanceGaps.map(\.person.id.rawValue) == ["pb", "pc"])
        #expect(preparation.attendanceGaps.map { $0.attendance?.dagdelen } == [0, nil])
        #expect(preparation.attendanceGaps.map(\.of) == [2, 2])
        #expect(preparation.attendanceGaps.first?.attendance?.note == .text("ziek"))
        #expect(Self.preparation([], on: "2014-06-01").attendanceGaps.isEmpty)
    }

    @Test func givenReflectionsThenTheFacilitatorsSinceTheLastSessionAreListed() {
        let preparation = Self.preparation([
            Self.reflection("r-f-old", "f1", at: "2014-06-11T10:00:00+02:00"),
            Self.reflection("r-f-new", "f1", at: "2014-06-12T18:00:00+02:00"),
            Self.reflection("r-a", "pa", at: "2014-06-13T10:00:00+02:00"),
        ], on: "2014-06-20")
        #expect(preparation.facilitatorReflections.map(\.id.rawValue) == ["r-f-new"])
    }

    @Test func givenAnEmptyCohortThenThePreparationIsEmptyAndDoesNotFail() {
        let preparation = Preparation(CohortState(), day: Day(daysSinceEpoch: 0))
        #expect(preparation.nextSession == nil && preparation.lastSession == nil)
        #expect(preparation.wishesWithoutSupport.isEmpty && preparation.quietParticipants.isEmpty && preparation.looseEnds.isEmpty)
    }
}
