import Testing
import CohortLog
import CohortProjections

/// A learning line tied to its evidence (``LearningLines``): what names it kept apart from what shares
/// its themes, participants who had not left before it emerged, nothing from a dropped wish, and
/// activity from the stretch it emerged in on. The opening's sessions: s1 on 12 June, s2 on 23 September
/// 2014, so stretch 0 is before 12 June, stretch 1 from 12 June, stretch 2 from 23 September.
@Suite struct LineEvidenceTests {
    static let dirk = #"{"type":"participant.registered","at":"2014-05-02T09:03:00+02:00","by":"f1","data":{"participant":"pd","municipality":"Woerden","name":"Dirk"}}"#
    static let line = #"{"type":"line.emerged","at":"2014-09-23T16:00:00+02:00","by":"f1","data":{"line":"l1","title":"Vertrouwen","themes":["Vertrouwen"],"session":"s2"}}"#

    static func wish(_ id: String, _ owner: String, _ at: String, themes: String = #"["vertrouwen"]"#) -> String {
        #"{"type":"wish.stated","at":"\#(at)","by":"\#(owner)","data":{"wish":"\#(id)","participant":"\#(owner)","themes":\#(themes),"text":"wens \#(id)"}}"#
    }

    static func withdrawal(_ participant: String, _ at: String) -> String {
        #"{"type":"participant.withdrew","at":"\#(at)","by":"f1","data":{"participant":"\#(participant)"}}"#
    }

    static func lines(_ events: [String]) -> LearningLines { LearningLines(fold(given(opening + events))) }

    @Test func aParticipantWhoLeftBeforeTheLineEmergedIsNotItsParticipantButOneWhoLeftAfterIs() throws {
        let view = Self.lines([
            Self.dirk,
            Self.wish("w-pa", "pa", "2014-06-12T11:00:00+02:00"),
            Self.wish("w-pb", "pb", "2014-06-12T11:05:00+02:00"),
            Self.wish("w-pc", "pc", "2014-06-12T11:10:00+02:00"),
            Self.wish("w-pd", "pd", "2014-06-12T11:15:00+02:00"),
            Self.withdrawal("pb", "2014-08-01T09:00:00+02:00"),
            Self.line,
            Self.withdrawal("pc", "2014-10-01T09:00:00+02:00"),
        ])
        let line = try #require(view.lines.first)
        #expect(line.participants.map(\.rawValue) == ["pa", "pc", "pd"])
        #expect(line.byThemeWishes.map(\.id.rawValue) == ["w-pa", "w-pc", "w-pd"])
    }

    @Test func aWithdrawalAtTheMomentTheLineEmergedIsNotBeforeIt() throws {
        let view = Self.lines([
            Self.wish("w-pb", "pb", "2014-06-12T11:05:00+02:00"),
            Self.line,
            Self.withdrawal("pb", "2014-09-23T16:00:00+02:00"),
        ])
        #expect(try #require(view.lines.first).participants.map(\.rawValue) == ["pb"])
    }

    @Test func aDroppedWishFeedsNothing() throws {
        let view = Self.lines([
            Self.wish("w-pa", "pa", "2014-06-12T11:00:00+02:00"),
            #"{"type":"wish.revised","at":"2014-09-25T11:00:00+02:00","by":"pa","data":{"wish":"w-pa","text":"nog steeds"}}"#,
            #"{"type":"wish.closed","at":"2014-10-01T11:00:00+02:00","by":"pa","data":{"wish":"w-pa","outcome":"dropped"}}"#,
            Self.wish("w-pb", "pb", "2014-06-12T11:05:00+02:00"),
            #"{"type":"wish.closed","at":"2014-10-01T11:00:00+02:00","by":"pb","data":{"wish":"w-pb","outcome":"transformed"}}"#,
            Self.line,
        ])
        let line = try #require(view.lines.first)
        #expect(line.byThemeWishes.map(\.id.rawValue) == ["w-pb"])
        #expect(line.participants.map(\.rawValue) == ["pb"])
        #expect(line.activity == [0, 0, 0], "the dropped wish's revision in stretch 2 counts for nothing")
        let revisions = line.valueCreation.cycles.first { $0.cycle == .potential }?.indicators.first { $0.indicator == .wishRevisions }
        #expect(revisions == nil, "an indicator without records is left out")
        #expect(view.dynamics.theme("vertrouwen")?.total == 1, "only pb's statement is a mention")
    }

    @Test func activityStartsInTheStretchTheLineEmergedIn() throws {
        let view = Self.lines([
            Self.wish("w-pa", "pa", "2014-06-12T11:00:00+02:00"),
            #"{"type":"reflection.recorded","at":"2014-07-01T11:00:00+02:00","by":"pb","data":{"reflection":"r-early","participant":"pb","themes":["vertrouwen"],"text":"vroeg"}}"#,
            Self.line,
            #"{"type":"wish.revised","at":"2014-09-25T11:00:00+02:00","by":"pa","data":{"wish":"w-pa","text":"later"}}"#,
            #"{"type":"reflection.recorded","at":"2014-10-01T11:00:00+02:00","by":"pc","data":{"reflection":"r-late","participant":"pc","line":"l1","text":"laat"}}"#,
        ])
        let line = try #require(view.lines.first)
        #expect(line.emergedIn == 2)
        #expect(line.activity == [0, 0, 2])
        let stretches = line.stretches(view.intervals)
        #expect(stretches.map(\.count) == [2])
        #expect(stretches.first?.interval.from?.id.rawValue == "s2")
        // What came before still feeds it by theme; it is only not counted as activity.
        #expect(line.byThemeReflections.map(\.id.rawValue) == ["r-early"])
    }

    @Test func theRecordsThatNameALineAreKeptApartFromThoseThatShareItsThemes() throws {
        let view = Self.lines([
            Self.line,
            #"{"type":"reflection.recorded","at":"2014-10-05T11:00:00+02:00","by":"pa","data":{"reflection":"r-named","participant":"pa","line":"l1","themes":["vertrouwen"],"text":"noemt"}}"#,
            #"{"type":"harvest.contributed","at":"2014-10-01T11:00:00+02:00","by":"f1","data":{"item":"h-named","kind":"story","contributors":["pb"],"line":"l1","title":"t","text":"x"}}"#,
            #"{"type":"harvest.contributed","at":"2014-10-02T11:00:00+02:00","by":"f1","data":{"item":"h-other","kind":"story","contributors":["pc"],"title":"t","text":"x"}}"#,
            #"{"type":"reflection.recorded","at":"2014-10-03T11:00:00+02:00","by":"pc","data":{"reflection":"r-theme","participant":"pc","themes":[" VERTROUWEN"],"text":"deelt"}}"#,
            #"{"type":"reflection.recorded","at":"2014-10-04T11:00:00+02:00","by":"f1","data":{"reflection":"r-f1","participant":"f1","themes":["vertrouwen"],"text":"begeleider"}}"#,
            #"{"type":"reflection.recorded","at":"2014-10-04T12:00:00+02:00","by":"pa","data":{"reflection":"r-none","participant":"pa","themes":["iets anders"],"text":"anders"}}"#,
        ])
        let line = try #require(view.lines.first)
        #expect(line.explicit.map(\.id) == ["h-named", "r-named"], "in order of at, not of the log")
        #expect(line.byThemeReflections.map(\.id.rawValue) == ["r-theme", "r-f1"])
        #expect(line.reflections.map(\.id.rawValue) == ["r-named", "r-theme", "r-f1"])
        #expect(line.contributions.map(\.id.rawValue) == ["h-named"])
        #expect(line.participants.map(\.rawValue) == ["pa", "pb", "pc"], "the facilitator feeds it but is not its participant")
        #expect(line.activity == [0, 0, 4])
    }

    @Test func aLineSeenByThePublicHoldsOnlyWhatThePublicMaySee() throws {
        let state = fold(given(opening + [
            Self.line,
            #"{"type":"reflection.recorded","at":"2014-10-05T11:00:00+02:00","by":"pa","data":{"reflection":"r-private","participant":"pa","line":"l1","visibility":"private","text":"geheim"}}"#,
            #"{"type":"wish.stated","at":"2014-10-05T11:00:00+02:00","by":"pb","data":{"wish":"w-group","participant":"pb","themes":["vertrouwen"],"text":"groep"}}"#,
            #"{"type":"reflection.recorded","at":"2014-10-06T11:00:00+02:00","by":"pc","data":{"reflection":"r-public","participant":"pc","line":"l1","visibility":"public","text":"open"}}"#,
        ]))
        let line = try #require(LearningLines(state.visible(to: .public)).lines.first)
        #expect(line.explicit.map(\.id) == ["r-public"])
        #expect(line.byThemeWishes.isEmpty)
        #expect(line.participants.map(\.rawValue) == ["pc"])
        #expect(line.activity == [0, 0, 1])
        let full = try #require(LearningLines(state).lines.first)
        #expect(full.explicit.map(\.id) == ["r-private", "r-public"])
    }
}
