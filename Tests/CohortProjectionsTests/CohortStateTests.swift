import Testing
import CohortLog
@testable import CohortProjections

@Suite struct CohortStateTests {
    @Test func givenARevisionWithoutVisibilityThenTheWishKeepsItsOwn() {
        let state = fold(given(opening + [
            #"{"type":"wish.stated","at":"2014-06-12T11:00:00+02:00","by":"pa","data":{"wish":"w1","participant":"pa","themes":["a"],"visibility":"public","text":"een"}}"#,
            #"{"type":"wish.revised","at":"2014-07-01T11:00:00+02:00","by":"pa","data":{"wish":"w1","text":"twee"}}"#,
            #"{"type":"wish.revised","at":"2014-08-01T11:00:00+02:00","by":"pa","data":{"wish":"w1","themes":["b"],"visibility":"private","text":"drie"}}"#,
            #"{"type":"wish.closed","at":"2014-09-01T11:00:00+02:00","by":"pa","data":{"wish":"w1","outcome":"fulfilled"}}"#,
        ]))
        let wish = state.wish("w1")
        #expect(wish?.versions.map(\.text) == [.text("een"), .text("twee"), .text("drie")])
        #expect(wish?.versions.map(\.visibility) == [.public, .public, .private])
        #expect(wish?.versions.map(\.themes) == [["a"], ["a"], ["b"]])
        #expect(wish?.visibility == .private)
        #expect(wish?.closing?.outcome == .fulfilled)
    }

    @Test func givenTwoAttendanceRecordsForAPairThenTheLaterCounts() {
        let state = fold(given(opening + [
            #"{"type":"attendance.recorded","at":"2014-06-12T17:00:00+02:00","by":"f1","data":{"session":"s1","participant":"pa","dagdelen":1}}"#,
            #"{"type":"attendance.recorded","at":"2014-06-13T17:00:00+02:00","by":"f1","data":{"session":"s1","participant":"pa","dagdelen":2}}"#,
        ]))
        #expect(state.attendance.map(\.dagdelen) == [2])
    }

    @Test func givenACompletionWithoutVisibilityThenItFollowsTheAssignment() {
        let state = fold(given(opening + [
            #"{"type":"assignment.started","at":"2014-06-12T11:00:00+02:00","by":"pa","data":{"assignment":"a1","participant":"pa","visibility":"private","title":"t"}}"#,
            #"{"type":"assignment.progressed","at":"2014-07-12T11:00:00+02:00","by":"pa","data":{"assignment":"a1","progress":40}}"#,
            #"{"type":"assignment.completed","at":"2014-08-12T11:00:00+02:00","by":"pa","data":{"assignment":"a1","result":"r"}}"#,
        ]))
        #expect(state.assignments.first?.completion?.visibility == .private)
        #expect(state.assignments.first?.progress == 100)
        #expect(state.assignments.first?.steps.map(\.progress) == [40])
    }

    @Test func givenARescheduleAndACancellationThenTheSessionShowsThem() {
        let state = fold(given(opening + [
            #"{"type":"session.rescheduled","at":"2014-06-01T11:00:00+02:00","by":"f1","data":{"session":"s1","days":["2014-06-19","2014-06-20"],"dagdelen":4}}"#,
            #"{"type":"session.cancelled","at":"2014-06-02T11:00:00+02:00","by":"f1","data":{"session":"s2"}}"#,
        ]))
        #expect(state.session("s1")?.days.map(\.description) == ["2014-06-19", "2014-06-20"])
        #expect(state.session("s1")?.dagdelen == 4)
        #expect(state.session("s2")?.isCancelled == true)
    }
}

@Suite struct AudienceTests {
    static let events = opening + [
        #"{"type":"wish.stated","at":"2014-06-12T11:00:00+02:00","by":"pa","data":{"wish":"w1","participant":"pa","visibility":"private","text":"geheim"}}"#,
        #"{"type":"wish.revised","at":"2014-07-12T11:00:00+02:00","by":"pa","data":{"wish":"w1","visibility":"public","text":"openbaar"}}"#,
        #"{"type":"wish.stated","at":"2014-06-12T11:00:00+02:00","by":"pb","data":{"wish":"w2","participant":"pb","text":"groep"}}"#,
        #"{"type":"support.given","at":"2014-06-12T12:00:00+02:00","by":"pb","data":{"from":"pb","to":"pc","kind":"feedback","visibility":"private"}}"#,
        #"{"type":"support.given","at":"2014-06-12T12:00:00+02:00","by":"pb","data":{"from":"pb","to":"pa","kind":"feedback","wish":"w1"}}"#,
        #"{"type":"attendance.recorded","at":"2014-06-12T17:00:00+02:00","by":"f1","data":{"session":"s1","participant":"pc","dagdelen":2}}"#,
        #"{"type":"participant.withdrew","at":"2014-07-01T09:00:00+02:00","by":"f1","data":{"participant":"pc","reason":"privé"}}"#,
    ]

    @Test func givenAWishMadePublicLaterThenThePublicSeesOnlyThePublicVersion() {
        let view = fold(given(Self.events)).visible(to: .public)
        #expect(view.wishes.map(\.id.rawValue) == ["w1"])
        #expect(view.wishes.first?.versions.map(\.text) == [.text("openbaar")])
        #expect(view.people.map(\.id.rawValue) == ["pa"])
        #expect(view.people.first?.municipality == nil)
        #expect(view.supports.isEmpty)
        #expect(view.attendance.isEmpty)
    }

    @Test func givenPrivateSupportThenOnlyItsGiverReceiverAndFacilitatorsSeeIt() {
        let state = fold(given(Self.events))
        #expect(state.visible(to: .participant(PersonID(unchecked: "pc"))).supports.count == 2)
        #expect(state.visible(to: .participant(PersonID(unchecked: "pb"))).supports.count == 2)
        #expect(state.visible(to: .participant(PersonID(unchecked: "pa"))).supports.count == 1)
        #expect(state.visible(to: .group).supports.count == 1)
        #expect(state.visible(to: .facilitator).supports.count == 2)
    }

    @Test func givenGroupSupportOnAWishTheAudienceCannotSeeThenTheWishReferenceGoes() {
        let state = fold(given(Self.events))
        let group = state.visible(to: .group)
        #expect(group.supports.first?.wish?.rawValue == "w1")
        let events = Self.events.filter { !$0.contains("wish.revised") }
        let hidden = fold(given(events)).visible(to: .group)
        #expect(hidden.supports.first?.wish == nil)
    }

    @Test func givenAWithdrawalThenItsReasonIsPrivateButTheFactIsNot() {
        let state = fold(given(Self.events))
        #expect(state.visible(to: .group).person("pc")?.withdrawal?.reason == nil)
        #expect(state.visible(to: .group).person("pc")?.withdrawal != nil)
        #expect(state.visible(to: .participant(PersonID(unchecked: "pc"))).person("pc")?.withdrawal?.reason == .text("privé"))
        #expect(state.visible(to: .participant(PersonID(unchecked: "pc"))).attendance.count == 1)
        #expect(state.visible(to: .participant(PersonID(unchecked: "pa"))).attendance.isEmpty)
    }
}

@Suite struct ViewTests {
    @Test func givenThemesOfThreeParticipantsThenACandidateLineUntilALineHoldsThem() {
        let wishes = [
            #"{"type":"wish.stated","at":"2014-06-12T11:00:00+02:00","by":"pa","data":{"wish":"w1","participant":"pa","themes":["Eigen regie"],"text":"a"}}"#,
            #"{"type":"wish.stated","at":"2014-06-12T11:00:00+02:00","by":"pb","data":{"wish":"w2","participant":"pb","themes":["eigen regie "],"text":"b"}}"#,
            #"{"type":"reflection.recorded","at":"2014-06-12T11:00:00+02:00","by":"pc","data":{"reflection":"r1","participant":"pc","themes":["eigen regie"],"text":"c"}}"#,
            #"{"type":"reflection.recorded","at":"2014-06-12T11:00:00+02:00","by":"f1","data":{"reflection":"r2","participant":"f1","themes":["vertrouwen"],"text":"d"}}"#,
        ]
        let before = LearningLines(fold(given(opening + wishes)))
        #expect(before.candidates.map(\.theme) == ["Eigen regie"])
        #expect(before.candidates.first?.participants.map(\.rawValue) == ["pa", "pb", "pc"])
        let after = LearningLines(fold(given(opening + wishes + [
            #"{"type":"line.emerged","at":"2014-09-23T16:00:00+02:00","by":"f1","data":{"line":"l1","title":"Eigen regie","themes":["eigen regie"],"session":"s2"}}"#,
        ])))
        #expect(after.candidates.isEmpty)
        #expect(after.lines.first?.participants.map(\.rawValue) == ["pa", "pb", "pc"])
        #expect(after.lines.first?.activity == [0, 0, 0])  // all of it before the line emerged
    }

    @Test func givenSupportThenTheNetworkCountsItPerPairAndKind() {
        let network = SupportNetwork(fold(given(opening + [
            #"{"type":"support.given","at":"2014-06-12T12:00:00+02:00","by":"pb","data":{"from":"pb","to":"pa","kind":"feedback"}}"#,
            #"{"type":"support.given","at":"2014-06-13T12:00:00+02:00","by":"pb","data":{"from":"pb","to":"pa","kind":"coaching"}}"#,
            #"{"type":"support.given","at":"2014-06-14T12:00:00+02:00","by":"pa","data":{"from":"pa","to":"pc","kind":"feedback"}}"#,
        ])))
        #expect(network.edges.map { "\($0.from)>\($0.to):\($0.count)" } == ["pa>pc:1", "pb>pa:2"])
        #expect(network.edges.last?.kinds == [.feedback: 1, .coaching: 1])
        #expect(network.given == ["pa": 1, "pb": 2])
    }

    @Test func givenActivityThenTheHistoryPutsItBetweenTheRightSessions() {
        let history = History(fold(given(opening + [
            #"{"type":"wish.stated","at":"2014-06-11T11:00:00+02:00","by":"pa","data":{"wish":"w1","participant":"pa","text":"a"}}"#,
            #"{"type":"wish.stated","at":"2014-06-12T11:00:00+02:00","by":"pb","data":{"wish":"w2","participant":"pb","text":"b"}}"#,
            #"{"type":"support.given","at":"2014-09-24T12:00:00+02:00","by":"pb","data":{"from":"pb","to":"pa","kind":"feedback"}}"#,
        ])))
        #expect(history.stretches.count == 3)
        #expect(history.stretches.map(\.summary.wishesStated) == [1, 1, 0])
        #expect(history.stretches.map(\.summary.support) == [0, 0, 1])
        // The wish of 12 June is at the start session; the support of 24 September is practice after s2's day.
        #expect(history.stretches.map(\.atMeeting.count) == [0, 1, 0])
        #expect(history.stretches.map(\.between.count) == [1, 0, 1])
        #expect(history.stretches[2].summary.supportBetween == 1)
    }

    @Test func givenAttendanceThenTheHarvestRatesItOverTheActiveParticipants() {
        let state = fold(given(opening + [
            #"{"type":"attendance.recorded","at":"2014-06-12T17:00:00+02:00","by":"f1","data":{"session":"s1","participant":"pa","dagdelen":2}}"#,
            #"{"type":"attendance.recorded","at":"2014-06-12T17:00:00+02:00","by":"f1","data":{"session":"s1","participant":"pb","dagdelen":1}}"#,
            #"{"type":"participant.withdrew","at":"2014-06-01T09:00:00+02:00","by":"f1","data":{"participant":"pc"}}"#,
        ]))
        let harvest = Harvest(state, day: Day("2014-06-30"), attendance: true)
        #expect(harvest.sessions.map(\.held) == [true, false])
        #expect(harvest.figures.attendance == [Harvest.SessionAttendance(session: SessionID(unchecked: "s1"), attended: 3, possible: 4)])
        #expect(Harvest(state, attendance: false).figures.attendance == nil)
    }

    @Test func givenAParticipantThenTheTimelineIsInOrderOfWhenThingsHappened() {
        let timeline = Timeline(fold(given(opening + [
            #"{"type":"support.given","at":"2014-06-14T12:00:00+02:00","by":"pb","data":{"from":"pb","to":"pa","kind":"feedback"}}"#,
            #"{"type":"wish.stated","at":"2014-06-12T11:00:00+02:00","by":"pa","data":{"wish":"w1","participant":"pa","text":"a"}}"#,
        ])), participant: "pa")
        let kinds = timeline.entries.map { entry -> String in
            switch entry.event {
            case .registered: "registered"
            case .wishStated: "wish"
            case .supportReceived: "received"
            default: "other"
            }
        }
        #expect(kinds == ["registered", "wish", "received"])
    }
}

@Suite struct WindowTests {
    @Test func asOfADateIncludesTheWholeDayInTheRecordsOwnOffset() {
        let records = given(opening + [
            #"{"type":"wish.stated","at":"2014-06-12T23:30:00+02:00","by":"pa","data":{"wish":"w1","participant":"pa","text":"a"}}"#,
            #"{"type":"wish.stated","at":"2014-06-13T00:30:00+02:00","by":"pb","data":{"wish":"w2","participant":"pb","text":"b"}}"#,
        ])
        let window = RecordWindow(asOf: TimeBound("2014-06-12"))
        #expect(records.filter(window.contains).count == records.count - 1)
        let instant = RecordWindow(asOf: TimeBound("2014-06-12T21:30:00Z"))
        #expect(records.filter(instant.contains).count == records.count - 1)
    }

    @Test func knownAtLooksAtWhenRecordsWereWritten() {
        let early = given(opening, recorded: "2014-06-01T10:00:00Z")
        #expect(early.filter(RecordWindow(knownAt: TimeBound("2014-05-31")).contains).isEmpty)
        #expect(early.filter(RecordWindow(knownAt: TimeBound("2014-06-01")).contains).count == early.count)
        #expect(early.filter(RecordWindow(knownAt: TimeBound("2014-06-01T09:59:59Z")).contains).isEmpty)
    }
}
