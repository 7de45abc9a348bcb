import Testing
import CohortLog
import CohortProjections

/// Value-creation stories (``ValueCreation``): per cycle the contributions labelled with it beside the
/// indicators the log holds, for a participant and for a line.
@Suite struct ValueCreationTests {
    static let events = opening + [
        #"{"id":"w1","type":"wish.stated","at":"2014-06-12T11:00:00+02:00","by":"pa","data":{"wish":"w-pa","participant":"pa","themes":["vertrouwen"],"text":"wens"}}"#,
        #"{"id":"w2","type":"wish.stated","at":"2014-06-12T11:05:00+02:00","by":"pb","data":{"wish":"w-pb","participant":"pb","themes":["anders"],"text":"wens"}}"#,
        #"{"id":"rev1","type":"wish.revised","at":"2014-07-01T11:00:00+02:00","by":"pa","data":{"wish":"w-pa","text":"herzien"}}"#,
        #"{"id":"rev2","type":"wish.revised","at":"2014-07-02T11:00:00+02:00","by":"pb","data":{"wish":"w-pb","text":"herzien"}}"#,
        #"{"id":"sup1","type":"support.given","at":"2014-06-12T12:00:00+02:00","by":"pb","data":{"from":"pb","to":"pa","kind":"feedback","wish":"w-pa"}}"#,
        #"{"id":"sup2","type":"support.given","at":"2014-06-13T12:00:00+02:00","by":"pa","data":{"from":"pa","to":"pb","kind":"coaching","wish":"w-pb"}}"#,
        #"{"id":"sup3","type":"support.given","at":"2014-06-14T12:00:00+02:00","by":"pc","data":{"from":"pc","to":"pa","kind":"resource"}}"#,
        #"{"id":"att1","type":"attendance.recorded","at":"2014-06-12T17:00:00+02:00","by":"f1","data":{"session":"s1","participant":"pa","dagdelen":2}}"#,
        #"{"id":"att2","type":"attendance.recorded","at":"2014-09-23T17:00:00+02:00","by":"f1","data":{"session":"s2","participant":"pa","dagdelen":0}}"#,
        #"{"id":"as1","type":"assignment.started","at":"2014-06-20T09:00:00+02:00","by":"pa","data":{"assignment":"a-pa","participant":"pa","title":"opdracht"}}"#,
        #"{"id":"st1","type":"assignment.progressed","at":"2014-07-20T09:00:00+02:00","by":"pa","data":{"assignment":"a-pa","progress":30,"note":"eerste stap"}}"#,
        #"{"id":"st2","type":"assignment.progressed","at":"2014-08-20T09:00:00+02:00","by":"pa","data":{"assignment":"a-pa","progress":60}}"#,
        #"{"id":"done","type":"assignment.completed","at":"2014-09-20T09:00:00+02:00","by":"pa","data":{"assignment":"a-pa","result":"klaar"}}"#,
        #"{"id":"line","type":"line.emerged","at":"2014-09-23T16:00:00+02:00","by":"f1","data":{"line":"l1","title":"Vertrouwen","themes":["vertrouwen"],"session":"s2"}}"#,
        #"{"id":"rec-h1","type":"harvest.contributed","at":"2014-10-01T11:00:00+02:00","by":"f1","data":{"item":"h1","kind":"product","contributors":["pa"],"line":"l1","cycle":"potential","title":"t","text":"x"}}"#,
        #"{"id":"rec-h2","type":"harvest.contributed","at":"2014-10-02T11:00:00+02:00","by":"f1","data":{"item":"h2","kind":"story","contributors":["pa","pb"],"cycle":"reframing","title":"t","text":"x"}}"#,
        #"{"id":"rec-h3","type":"harvest.contributed","at":"2014-10-03T11:00:00+02:00","by":"f1","data":{"item":"h3","kind":"plan","contributors":["pb"],"line":"l1","cycle":"applied","title":"t","text":"x"}}"#,
        #"{"id":"w3","type":"wish.stated","at":"2014-10-04T11:00:00+02:00","by":"pa","data":{"wish":"w-pa-2","participant":"pa","themes":["vertrouwen"],"text":"nieuw"}}"#,
        #"{"id":"close1","type":"wish.closed","at":"2014-10-04T11:01:00+02:00","by":"pa","data":{"wish":"w-pa","outcome":"transformed","into":"w-pa-2","note":"anders gaan kijken"}}"#,
    ]

    static func records(_ story: ValueCreation, _ cycle: ValueCycle) -> [ValueCreation.Indicator: [String]] {
        let indicators = story.cycles.first { $0.cycle == cycle }?.indicators ?? []
        return Dictionary(uniqueKeysWithValues: indicators.map { ($0.indicator, $0.records) })
    }

    static func labelled(_ story: ValueCreation, _ cycle: ValueCycle) -> [String] {
        story.cycles.first { $0.cycle == cycle }?.contributions.map(\.id.rawValue) ?? []
    }

    @Test func aParticipantsStoryHoldsTheirLabelledContributionsBesideTheIndicators() {
        let story = ValueCreation(participant: PersonID(unchecked: "pa"), fold(given(Self.events)))
        #expect(story.cycles.map(\.cycle) == ValueCycle.allCases)
        #expect(Self.records(story, .immediate) == [.supportReceived: ["sup1", "sup3"], .supportGiven: ["sup2"], .sessionsAttended: ["s1"]])
        #expect(Self.records(story, .potential) == [.productsAndPlans: ["h1"], .wishRevisions: ["rev1"]])
        #expect(Self.records(story, .applied) == [.progressNotes: ["st1"]], "a step without a note is no indicator")
        #expect(Self.records(story, .realised) == [.assignmentResults: ["done"]])
        #expect(Self.records(story, .reframing) == [.transformedWishes: ["close1"]])
        #expect(story.cycles.last?.indicators.first?.notes == [.text("anders gaan kijken")])
        #expect(Self.labelled(story, .potential) == ["h1"])
        #expect(Self.labelled(story, .reframing) == ["h2"])
        #expect(Self.labelled(story, .applied) == [], "h3 does not name pa")
    }

    @Test func aLinesStoryHasIndicatorsOfWhatFeedsItAndNoneForAppliedOrRealisedValue() throws {
        let state = fold(given(Self.events))
        let line = try #require(LearningLines(state).lines.first)
        let story = line.valueCreation
        #expect(story == ValueCreation(line: line, state))
        #expect(Self.records(story, .immediate) == [.supportOnWishes: ["sup1"]], "sup2 names pb's wish, which shares no theme")
        #expect(Self.records(story, .potential) == [.productsAndPlans: ["h1", "h3"], .wishRevisions: ["rev1"]])
        #expect(story.cycles.first { $0.cycle == .applied }?.indicators.isEmpty == true)
        #expect(story.cycles.first { $0.cycle == .realised }?.indicators.isEmpty == true)
        #expect(Self.records(story, .reframing) == [.transformedWishes: ["close1"]])
        #expect(Self.labelled(story, .potential) == ["h1"])
        #expect(Self.labelled(story, .applied) == ["h3"])
        #expect(Self.labelled(story, .reframing) == [], "h2 names no line")
    }

    @Test func aStoryForAnAudienceHoldsOnlyWhatItMaySee() {
        let events = Self.events + [
            #"{"id":"sup-private","type":"support.given","at":"2014-10-10T12:00:00+02:00","by":"pb","data":{"from":"pb","to":"pa","kind":"feedback","wish":"w-pa-2","visibility":"private"}}"#,
        ]
        let state = fold(given(events))
        let all = ValueCreation(participant: PersonID(unchecked: "pa"), state)
        let group = ValueCreation(participant: PersonID(unchecked: "pa"), state.visible(to: .group))
        #expect(Self.records(all, .immediate)[.supportReceived] == ["sup1", "sup3", "sup-private"])
        #expect(Self.records(group, .immediate)[.supportReceived] == ["sup1", "sup3"])
        #expect(Self.records(all, .immediate)[.sessionsAttended] != nil)
        #expect(Self.records(group, .immediate)[.sessionsAttended] == nil, "attendance is private: no indicator, not a zero")
        let line = LearningLines(state.visible(to: .group)).lines.first
        #expect(line.map { Self.records($0.valueCreation, .immediate) } == [.supportOnWishes: ["sup1"]])
    }
}
