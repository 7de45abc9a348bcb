import Testing
@testable import CohortLog

/// The rules' fold, given/then: given these events, expect this state and these verdicts.
@Suite struct RuleStateTests {
    /// Folds the events of a submission text in as if they were sealed, returning the state and the
    /// problems each one had.
    func given(_ lines: [String]) -> (state: RuleState, problems: [[String]]) {
        let reading = SubmissionReader.read(Array(lines.joined(separator: "\n").utf8))
        #expect(reading.problems == [])
        var state = RuleState()
        var problems: [[String]] = []
        for (index, event) in reading.events.enumerated() {
            let candidate = Candidate(id: event.derivedID(ordinal: index + 1), seq: index + 1, at: event.at, by: event.by,
                                      event: event.event, hasPersonalValues: !event.personalMembers.isEmpty)
            problems.append(WriterRule.check(candidate, against: state).map(\.check))
            state.apply(candidate)
        }
        return (state, problems)
    }

    static let opening = [
        #"{"type":"cohort.opened","at":"2014-04-01T10:00:00+02:00","by":"org","data":{"cohort":"c","title":"T","organiser":"org","period":{"from":"2014-06-01","to":"2014-12-31"},"participants":{"min":1,"max":2},"dagdelen":4,"fee":{"amountCents":1,"currency":"EUR","vat":"excluded"}}}"#,
        #"{"type":"facilitator.joined","at":"2014-04-01T10:05:00+02:00","by":"org","data":{"facilitator":"f1","name":"F"}}"#,
        #"{"type":"participant.registered","at":"2014-05-02T09:00:00+02:00","by":"f1","data":{"participant":"pa","municipality":"L","name":"A"}}"#,
        #"{"type":"participant.registered","at":"2014-05-02T09:00:00+02:00","by":"f1","data":{"participant":"pb","municipality":"L","name":"B"}}"#,
        #"{"type":"session.scheduled","at":"2014-05-10T12:00:00+02:00","by":"f1","data":{"session":"s1","title":"S","kind":"start","days":["2014-06-12"],"dagdelen":2}}"#,
    ]

    @Test func aWithdrawalFreesAPlaceAndItsRetractionTakesItBack() {
        let (state, problems) = given(Self.opening + [
            #"{"id":"w","type":"participant.withdrew","at":"2014-06-01T09:00:00+02:00","by":"f1","data":{"participant":"pb"}}"#,
            #"{"type":"participant.registered","at":"2014-06-02T09:00:00+02:00","by":"f1","data":{"participant":"pc","municipality":"L","name":"C"}}"#,
            #"{"type":"event.retracted","at":"2014-06-03T09:00:00+02:00","by":"f1","data":{"target":"w","reason":"vergissing"}}"#,
        ])
        #expect(problems.allSatisfy { $0.isEmpty })
        #expect(state.activeParticipants == 3)
        #expect(state.withdrawal(of: "pb") == nil)
    }

    @Test func theGroupIsFullAtItsMaximum() {
        let (_, problems) = given(Self.opening + [
            #"{"type":"participant.registered","at":"2014-06-02T09:00:00+02:00","by":"f1","data":{"participant":"pc","municipality":"L","name":"C"}}"#,
        ])
        #expect(problems.last == ["rule.group-size"])
    }

    @Test func aRetractedCancellationReopensTheSessionForAttendance() {
        let (state, problems) = given(Self.opening + [
            #"{"id":"c","type":"session.cancelled","at":"2014-06-01T09:00:00+02:00","by":"f1","data":{"session":"s1"}}"#,
            #"{"type":"attendance.recorded","at":"2014-06-12T17:00:00+02:00","by":"f1","data":{"session":"s1","participant":"pa","dagdelen":2}}"#,
            #"{"type":"event.retracted","at":"2014-06-13T09:00:00+02:00","by":"f1","data":{"target":"c","reason":"ging toch door"}}"#,
            #"{"type":"attendance.recorded","at":"2014-06-13T17:00:00+02:00","by":"f1","data":{"session":"s1","participant":"pb","dagdelen":2}}"#,
        ])
        #expect(problems[6] == ["rule.attendance-within-session"])
        #expect(problems[8] == [])
        #expect(state.sessions["s1"]?.cancelledAt == nil)
    }

    @Test func aRescheduleChangesTheSizeAttendanceIsCheckedAgainst() {
        let (state, problems) = given(Self.opening + [
            #"{"type":"session.rescheduled","at":"2014-06-01T09:00:00+02:00","by":"f1","data":{"session":"s1","days":["2014-06-12","2014-06-13"],"dagdelen":4}}"#,
            #"{"type":"attendance.recorded","at":"2014-06-13T17:00:00+02:00","by":"f1","data":{"session":"s1","participant":"pa","dagdelen":4}}"#,
        ])
        #expect(problems.allSatisfy { $0.isEmpty })
        #expect(state.sessions["s1"]?.dagdelen == 4)
    }

    @Test func aParticipantRecordsOnlyTheirOwnLearning() {
        let (state, problems) = given(Self.opening + [
            #"{"type":"wish.stated","at":"2014-06-12T11:00:00+02:00","by":"pa","data":{"wish":"w1","participant":"pa","text":"x"}}"#,
            #"{"type":"wish.revised","at":"2014-06-12T11:00:00+02:00","by":"pb","data":{"wish":"w1","text":"y"}}"#,
            #"{"type":"wish.revised","at":"2014-06-12T11:00:00+02:00","by":"f1","data":{"wish":"w1","text":"z"}}"#,
            #"{"type":"support.given","at":"2014-06-12T11:00:00+02:00","by":"pb","data":{"from":"pb","to":"pa","kind":"feedback","wish":"w1"}}"#,
        ])
        #expect(problems[5] == [])
        #expect(problems[6] == ["rule.recorder-allowed"])
        #expect(problems[7] == [])
        #expect(problems[8] == [])
        #expect(state.wishOwners["w1"] == "pa")
    }

    @Test func afterARetractionWhatItIntroducedIsAsIfNeverRecorded() {
        let reading = SubmissionReader.read(Array((Self.opening + [
            #"{"id":"reg-pc","type":"participant.registered","at":"2014-05-03T09:00:00+02:00","by":"f1","data":{"participant":"pc","municipality":"L","name":"C"}}"#,
        ]).joined(separator: "\n").utf8))
        #expect(reading.problems == [])
        var state = RuleState()
        for (index, event) in reading.events.enumerated() {
            state.apply(Candidate(id: event.givenID ?? RecordID(unchecked: "e\(index)"), seq: index + 1, at: event.at, by: event.by,
                                  event: event.event, hasPersonalValues: true))
        }
        #expect(state.activeParticipants == 3)
        let (after, problems) = follow(state, [
            #"{"id":"x","type":"event.retracted","at":"2014-06-03T09:00:00+02:00","by":"f1","data":{"target":"reg-pc","reason":"dubbel"}}"#,
            #"{"type":"wish.stated","at":"2014-06-12T11:00:00+02:00","by":"pc","data":{"wish":"w1","participant":"pc","text":"x"}}"#,
            #"{"type":"attendance.recorded","at":"2014-06-12T17:00:00+02:00","by":"f1","data":{"session":"s1","participant":"pc","dagdelen":2}}"#,
            #"{"type":"participant.registered","at":"2014-06-13T09:00:00+02:00","by":"f1","data":{"participant":"pc","municipality":"L","name":"C"}}"#,
        ], from: 7)
        #expect(problems[0] == [])
        #expect(problems[1] == ["rule.references-known", "rule.recorder-allowed"])
        #expect(problems[2] == ["rule.references-known"])
        #expect(problems[3] == ["rule.ids-new"])
        #expect(after.activeParticipants == 2)
        #expect(after.retraction(of: "pc", kind: .participant) == 7)
    }

    /// Folds more events onto `state`, numbering them from `seq`.
    func follow(_ state: RuleState, _ lines: [String], from seq: Int) -> (RuleState, [[String]]) {
        let reading = SubmissionReader.read(Array(lines.joined(separator: "\n").utf8))
        #expect(reading.problems == [])
        var state = state
        var problems: [[String]] = []
        for (offset, event) in reading.events.enumerated() {
            let candidate = Candidate(id: event.derivedID(ordinal: 1), seq: seq + offset, at: event.at, by: event.by,
                                      event: event.event, hasPersonalValues: !event.personalMembers.isEmpty)
            problems.append(WriterRule.check(candidate, against: state).map(\.check))
            state.apply(candidate)
        }
        return (state, problems)
    }
}
