import Testing
import CohortLog
@testable import CohortProjections

/// ``Certificate``, given/then: given these events, then these figures. The opening holds participants pa,
/// pb, pc, facilitator f1, session s1 (12 June 2014, 2 dagdelen) and s2 (23 September 2014, 2 dagdelen).
@Suite struct CertificateTests {
    static let third = #"{"type":"session.scheduled","at":"2014-05-10T12:02:00+02:00","by":"f1","data":{"session":"s3","title":"Extra","kind":"meeting","days":["2014-11-06"],"dagdelen":2}}"#

    static func attended(_ participant: String, _ session: String, _ dagdelen: Int, at: String) -> String {
        #"{"type":"attendance.recorded","at":"\#(at)","by":"f1","data":{"session":"\#(session)","participant":"\#(participant)","dagdelen":\#(dagdelen)}}"#
    }

    static let attendance = [
        attended("pa", "s1", 2, at: "2014-06-12T17:00:00+02:00"),
        attended("pa", "s2", 2, at: "2014-09-23T17:00:00+02:00"),
        attended("pb", "s1", 1, at: "2014-06-12T17:00:00+02:00"),
    ]

    static func day(_ text: String) -> Day? { Day(text) }

    @Test func givenSessionsStillToComeThenTheyAreNotCountedAsMissed() throws {
        let state = fold(given(opening + [Self.third] + Self.attendance))
        // As of 1 October: s1 and s2 held, s3 (6 November) still to come.
        let certificate = try #require(Certificate(state, participant: "pa", day: Self.day("2014-10-01")))
        #expect(certificate.attended == 4)
        #expect(certificate.held == 4)
        #expect(certificate.toCome == 2)
        #expect(certificate.qualifies(minimum: 100))
        // Once s3 is held without pa, it counts against them.
        let later = try #require(Certificate(state, participant: "pa", day: Self.day("2014-11-06")))
        #expect((later.attended, later.held, later.toCome) == (4, 6, 0))
        #expect(!later.qualifies(minimum: 80))
    }

    @Test func givenAnAsOfDayOnASessionsFirstDayThenThatSessionIsHeld() throws {
        let state = fold(given(opening + Self.attendance))
        let eve = try #require(Certificate(state, participant: "pb", day: Self.day("2014-09-22")))
        #expect((eve.attended, eve.held, eve.toCome) == (1, 2, 2))
        let first = try #require(Certificate(state, participant: "pb", day: Self.day("2014-09-23")))
        #expect((first.attended, first.held, first.toCome) == (1, 4, 0))
    }

    @Test func givenNoDayThenTheDayOfTheLatestRecordDecidesAndIsTheDateOfIssue() throws {
        // The latest record is pa's attendance at s2 on 23 September; s3 on 6 November is still to come.
        let state = fold(given(opening + [Self.third] + Self.attendance))
        let certificate = try #require(Certificate(state, participant: "pa"))
        #expect(certificate.day == Self.day("2014-09-23"))
        #expect((certificate.held, certificate.toCome) == (4, 2))
    }

    @Test func givenNoSessionHeldYetThenNothingQualifies() throws {
        let state = fold(given(opening))
        let certificate = try #require(Certificate(state, participant: "pa", day: Self.day("2014-06-01")))
        #expect((certificate.attended, certificate.held, certificate.toCome) == (0, 0, 4))
        #expect(!certificate.qualifies(minimum: 0))
    }

    @Test func givenACancelledSessionThenItIsNeitherHeldNorToCome() throws {
        let cancel = #"{"type":"session.cancelled","at":"2014-05-20T09:00:00+02:00","by":"f1","data":{"session":"s3"}}"#
        let state = fold(given(opening + [Self.third, cancel] + Self.attendance))
        let certificate = try #require(Certificate(state, participant: "pa", day: Self.day("2014-10-01")))
        #expect((certificate.attended, certificate.held, certificate.toCome) == (4, 4, 0))
    }

    @Test func givenAWithdrawalThenSessionsHeldAfterItCountAsMissedAndAttendanceThereCountsNothing() throws {
        let withdrew = #"{"type":"participant.withdrew","at":"2014-07-01T09:00:00+02:00","by":"f1","data":{"participant":"pa"}}"#
        let state = fold(given(opening + [withdrew] + Self.attendance))
        let certificate = try #require(Certificate(state, participant: "pa", day: Self.day("2014-10-01")))
        #expect((certificate.attended, certificate.held, certificate.toCome) == (2, 4, 0))
        #expect(certificate.person.withdrawal != nil)
    }

    @Test func theNeededDagdelenAreTheMinimumShareOfThoseHeldRoundedUp() throws {
        let state = fold(given(opening + [Self.third] + Self.attendance))
        let certificate = try #require(Certificate(state, participant: "pb", day: Self.day("2014-11-06")))
        #expect(certificate.held == 6)
        #expect(certificate.required(minimum: 80) == 5)   // 4.8
        #expect(certificate.required(minimum: 50) == 3)
        #expect(certificate.required(minimum: 0) == 0)
        #expect(certificate.required(minimum: 100) == 6)
    }

    @Test func theOrganiserIsNamedByItsNameAndByItsIdOnlyWithoutOne() throws {
        let withoutName = try #require(Certificate(fold(given(opening)), participant: "pa"))
        #expect(withoutName.organiser == "org")
        let named = opening[0].replacing(#""organiser":"org","#, with: #""organiser":"org","organiserName":"Werken in het Westen","#)
        #expect(named != opening[0])
        let withName = try #require(Certificate(fold(given([named] + opening.dropFirst())), participant: "pa"))
        #expect(withName.organiser == "Werken in het Westen")
    }

    @Test func thereIsNoCertificateForAFacilitatorOrAStranger() {
        let state = fold(given(opening))
        #expect(Certificate(state, participant: "f1") == nil)
        #expect(Certificate(state, participant: "zz") == nil)
    }
}
