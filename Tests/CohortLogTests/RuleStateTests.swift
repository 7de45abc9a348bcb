import Foundation
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
            let candidate = Candidate(id: event.derivedID(ordinal: index + 1), seq: index + 1, at: event.at, recorded: Self.writtenAt, by: event.by,
                                      event: event.event, hasPersonalValues: !event.personalMembers.isEmpty)
            problems.append(WriterRule.check(candidate, against: state).map(\.check.rawValue))
            state.apply(candidate)
        }
        return (state, problems)
    }

    /// When the events are written in these tests: after every `at` in them.
    static let writtenAt = Timestamp(epochSeconds: 1_900_000_000)

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
        #expect(state.withdrawals == 0)
    }

    /// The rule that no learning event names a withdrawn participant looks nothing up while no withdrawal
    /// stands: the count of standing withdrawals must follow withdrawals and their retractions.
    @Test func aWithdrawnParticipantIsNotNamedUntilTheWithdrawalIsRetracted() {
        let wish = #"{"type":"wish.stated","at":"2014-06-04T09:00:00+02:00","by":"f1","data":{"participant":"pb","wish":"WISH","visibility":"group","text":"Leren"}}"#
        let (state, problems) = given(Self.opening + [
            #"{"id":"w","type":"participant.withdrew","at":"2014-06-01T09:00:00+02:00","by":"f1","data":{"participant":"pb"}}"#,
            wish.replacingOccurrences(of: "WISH", with: "w1"),
            #"{"type":"event.retracted","at":"2014-06-03T09:00:00+02:00","by":"f1","data":{"target":"w","reason":"vergissing"}}"#,
            wish.replacingOccurrences(of: "WISH", with: "w2"),
            #"{"id":"w3","type":"participant.withdrew","at":"2014-06-05T09:00:00+02:00","by":"f1","data":{"participant":"pa"}}"#,
        ])
        #expect(problems[6] == ["rule.withdrawn-not-named"])
        #expect(problems[8] == [])
        #expect(state.withdrawals == 1)
        #expect(state.withdrawal(of: "pa") == 10)
    }

    /// A rule is called only for the types of event it names; across the fixtures' bad submissions (each
    /// on top of the base submission), that finds just what calling every rule for every event finds.
    @Test func aRuleSkippedForOtherTypesWouldHaveFoundNothing() throws {
        let base = try fixture("submissions/base.jsonl")
        let bad = fixtures.appendingPathComponent("submissions/bad")
        var found = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: bad.path).sorted() where name.hasSuffix(".jsonl") {
            let reading = SubmissionReader.read(base + [0x0A] + (try fixture("submissions/bad/" + name)))
            var state = RuleState()
            for (index, event) in reading.events.enumerated() {
                let candidate = Candidate(
                    id: event.givenID ?? event.derivedID(ordinal: index + 1), seq: index + 1, at: event.at, recorded: Self.writtenAt,
                    by: event.by, event: event.event, hasPersonalValues: !event.personalMembers.isEmpty)
                let every = WriterRule.all.flatMap { $0.check(candidate, state, RuleReport(code: $0.code)) }
                #expect(WriterRule.check(candidate, against: state).map(\.message) == every.map(\.message), "\(name), event \(index + 1)")
                found += every.count
                state.apply(candidate)
            }
        }
        #expect(found >= 20, "the bad submissions break rules")
    }

    /// What the verifier touches ahead of checking a record is the hash of its id and of the id it
    /// introduces into a large table, made from the record alone.
    @Test func aRecordsLookupsAreTheHashesOfItsIDs() throws {
        var parser = RecordParser()
        var tables: [IDKind?] = []
        for (index, line) in try fixtureLines("examples/sealed.jsonl").enumerated() {
            var bytes = Array(line.utf8)
            guard case .record(let record) = bytes.withUnsafeMutableBytes({ parser.parse(UnsafeRawBufferPointer($0), number: index + 1) }) else {
                Issue.record("line \(index + 1) does not parse")
                continue
            }
            let lookups = RuleState.Lookups(record)
            #expect(lookups.record == IDTable.withBytes(of: record.id.rawValue, IDTable.hash))
            let introduced: (String, IDKind)? = switch record.event {
            case .reflectionRecorded(let e): (e.reflection.rawValue, .reflection)
            case .harvestContributed(let e): (e.item.rawValue, .item)
            case .wishStated(let e): (e.wish.rawValue, .wish)
            default: nil
            }
            #expect(lookups.table == introduced?.1)
            #expect(lookups.introduced == (introduced.map { IDTable.withBytes(of: $0.0, IDTable.hash) } ?? 0))
            tables.append(lookups.table)
        }
        #expect(tables.contains(.reflection) && tables.contains(.item) && tables.contains(.wish) && tables.contains(nil))
    }

    @Test func everyKindsPlaceIsItsPlaceInAllCases() {
        for (place, kind) in IDKind.allCases.enumerated() { #expect(kind.place == place) }
        for (place, type) in EventType.allCases.enumerated() { #expect(type.index == place) }
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
            state.apply(Candidate(id: event.givenID ?? RecordID(unchecked: "e\(index)"), seq: index + 1, at: event.at, recorded: Self.writtenAt, by: event.by,
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

    @Test func aSessionsDaysAreASetWhoseFirstDayIsTheEarliestAndNoDayMayRepeat() {
        let (state, problems) = given(Self.opening + [
            #"{"type":"session.scheduled","at":"2014-05-10T12:00:00+02:00","by":"f1","data":{"session":"s2","title":"S","kind":"meeting","days":["2014-09-24","2014-09-23"],"dagdelen":4}}"#,
            #"{"type":"session.scheduled","at":"2014-05-10T12:00:00+02:00","by":"f1","data":{"session":"s3","title":"S","kind":"meeting","days":["2014-11-06","2014-11-06"],"dagdelen":2}}"#,
            #"{"type":"session.rescheduled","at":"2014-05-11T12:00:00+02:00","by":"f1","data":{"session":"s2","days":["2014-09-30","2014-10-01","2014-09-30"]}}"#,
        ])
        #expect(problems[5] == [])
        #expect(problems[6] == ["rule.session-days-distinct"])
        #expect(problems[7] == ["rule.session-days-distinct"])
        #expect(state.sessions["s2"] != nil)
        let reading = SubmissionReader.read(Array(#"{"type":"session.scheduled","at":"2014-05-10T12:00:00+02:00","by":"f1","data":{"session":"s2","title":"S","kind":"meeting","days":["2014-09-24","2014-09-23","2014-09-24"],"dagdelen":4}}"#.utf8))
        guard case .sessionScheduled(let e)? = reading.events.first?.event else {
            Issue.record("not read: \(reading.problems)")
            return
        }
        #expect(e.days.map(\.description) == ["2014-09-23", "2014-09-24"])
        #expect(e.repeatedDays.map(\.description) == ["2014-09-24"])
    }

    @Test func aReschedulingMayNotShrinkASessionBelowTheAttendanceThatStands() {
        let attendance = [
            #"{"id":"a1","type":"attendance.recorded","at":"2014-06-12T17:00:00+02:00","by":"f1","data":{"session":"s1","participant":"pa","dagdelen":2}}"#,
            #"{"id":"a2","type":"attendance.recorded","at":"2014-06-12T17:00:00+02:00","by":"f1","data":{"session":"s1","participant":"pb","dagdelen":1}}"#,
        ]
        let shrink = #"{"type":"session.rescheduled","at":"2014-06-13T12:00:00+02:00","by":"f1","data":{"session":"s1","days":["2014-06-12"],"dagdelen":1}}"#
        // Refused while pa's 2 dagdelen stand.
        #expect(given(Self.opening + attendance + [shrink]).problems[7] == ["rule.session-keeps-attendance"])
        // Moving without a new size, or keeping the size, is fine.
        #expect(given(Self.opening + attendance + [
            #"{"type":"session.rescheduled","at":"2014-06-13T12:00:00+02:00","by":"f1","data":{"session":"s1","days":["2014-06-19"]}}"#,
        ]).problems[7] == [])
        // Corrected to 1 (the latest record of the pair counts), or retracted: then it may shrink.
        #expect(given(Self.opening + attendance + [
            #"{"type":"attendance.recorded","at":"2014-06-12T18:00:00+02:00","by":"f1","data":{"session":"s1","participant":"pa","dagdelen":1}}"#, shrink,
        ]).problems[8] == [])
        #expect(given(Self.opening + attendance + [
            #"{"type":"event.retracted","at":"2014-06-12T18:00:00+02:00","by":"f1","data":{"target":"a1","reason":"verkeerd"}}"#, shrink,
        ]).problems[8] == [])
        // A retracted correction brings the earlier record back.
        #expect(given(Self.opening + attendance + [
            #"{"id":"a3","type":"attendance.recorded","at":"2014-06-12T18:00:00+02:00","by":"f1","data":{"session":"s1","participant":"pa","dagdelen":1}}"#,
            #"{"type":"event.retracted","at":"2014-06-12T18:30:00+02:00","by":"f1","data":{"target":"a3","reason":"verkeerd"}}"#, shrink,
        ]).problems[9] == ["rule.session-keeps-attendance"])
    }

    @Test func aRecordMayNotTellOfWhatHasNotHappenedYet() {
        let (_, problems) = given(Self.opening + [
            #"{"type":"wish.stated","at":"2030-03-17T12:46:41+01:00","by":"pa","data":{"wish":"w1","participant":"pa","text":"x"}}"#,
            #"{"type":"wish.stated","at":"2030-03-17T11:46:40Z","by":"pa","data":{"wish":"w2","participant":"pa","text":"x"}}"#,
        ])
        // writtenAt is 2030-03-17T17:46:40Z: an hour before it, in another offset, is the past.
        #expect(problems[5] == [])
        #expect(given(Self.opening + [
            #"{"type":"wish.stated","at":"2030-03-17T18:46:41Z","by":"pa","data":{"wish":"w1","participant":"pa","text":"x"}}"#,
        ]).problems[5] == ["rule.at-not-after-recorded"])
    }

    /// Folds more events onto `state`, numbering them from `seq`.
    func follow(_ state: RuleState, _ lines: [String], from seq: Int) -> (RuleState, [[String]]) {
        let reading = SubmissionReader.read(Array(lines.joined(separator: "\n").utf8))
        #expect(reading.problems == [])
        var state = state
        var problems: [[String]] = []
        for (offset, event) in reading.events.enumerated() {
            let candidate = Candidate(id: event.derivedID(ordinal: 1), seq: seq + offset, at: event.at, recorded: Self.writtenAt, by: event.by,
                                      event: event.event, hasPersonalValues: !event.personalMembers.isEmpty)
            problems.append(WriterRule.check(candidate, against: state).map(\.check.rawValue))
            state.apply(candidate)
        }
        return (state, problems)
    }
}
