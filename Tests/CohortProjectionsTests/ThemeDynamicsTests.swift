import Testing
import CohortLog
import CohortProjections

/// How the themes move (``ThemeDynamics``) and the candidate lines that rest on it. The opening's
/// sessions make three stretches: before 12 June, from 12 June, from 23 September 2014.
@Suite struct ThemeDynamicsTests {
    static let dirk = #"{"type":"participant.registered","at":"2014-05-02T09:03:00+02:00","by":"f1","data":{"participant":"pd","municipality":"Woerden","name":"Dirk"}}"#

    static func reflection(_ id: String, _ author: String, _ at: String, _ themes: String) -> String {
        #"{"type":"reflection.recorded","at":"\#(at)","by":"\#(author)","data":{"reflection":"\#(id)","participant":"\#(author)","themes":\#(themes),"text":"r \#(id)"}}"#
    }

    static func wish(_ id: String, _ owner: String, _ at: String, _ themes: String) -> String {
        #"{"type":"wish.stated","at":"\#(at)","by":"\#(owner)","data":{"wish":"\#(id)","participant":"\#(owner)","themes":\#(themes),"text":"wens \#(id)"}}"#
    }

    static func dynamics(_ events: [String]) -> ThemeDynamics { ThemeDynamics(fold(given(opening + events))) }

    @Test func themesRiseFadeStayOrAreNewInTheLatestStretchAgainstTheOneBefore() {
        let view = Self.dynamics([
            Self.wish("w1", "pa", "2014-06-20T10:00:00+02:00", #"["a"]"#),
            Self.reflection("r1", "pb", "2014-07-01T10:00:00+02:00", #"["b"]"#),
            Self.reflection("r2", "pc", "2014-07-02T10:00:00+02:00", #"["b"]"#),
            Self.reflection("r3", "pa", "2014-07-03T10:00:00+02:00", #"["c"]"#),
            Self.reflection("r4", "pb", "2014-10-01T10:00:00+02:00", #"["a", "d"]"#),
            Self.reflection("r5", "pc", "2014-10-02T10:00:00+02:00", #"["A ", "d"]"#),
            Self.reflection("r6", "pa", "2014-10-03T10:00:00+02:00", #"["c"]"#),
        ])
        #expect(view.latest == 2)
        #expect(view.themes.map(\.key) == ["a", "b", "c", "d"])
        #expect(view.themes.map(\.mentions) == [[0, 1, 2], [0, 2, 0], [0, 1, 1], [0, 0, 2]])
        #expect(view.themes.map(\.trend) == [.rising, .fading, .steady, .new])
        #expect(view.themes.map(\.first) == [1, 1, 1, 2])
        #expect(view.together.map(\.keys) == [["a", "d"]])
        #expect(view.together.first?.count == 2)
        #expect(view.together(with: "d") == ["a"])
    }

    @Test func onlyActiveParticipantsAndWishesNotDroppedMakeMentions() throws {
        let view = Self.dynamics([
            Self.dirk,
            Self.reflection("r-pd", "pd", "2014-07-01T10:00:00+02:00", #"["a"]"#),
            #"{"type":"participant.withdrew","at":"2014-08-01T09:00:00+02:00","by":"f1","data":{"participant":"pd"}}"#,
            Self.reflection("r-f1", "f1", "2014-07-01T11:00:00+02:00", #"["a", "b"]"#),
            Self.wish("w-dropped", "pa", "2014-07-01T12:00:00+02:00", #"["a", "b"]"#),
            #"{"type":"wish.closed","at":"2014-07-05T12:00:00+02:00","by":"pa","data":{"wish":"w-dropped","outcome":"dropped"}}"#,
            Self.wish("w-kept", "pb", "2014-07-01T12:00:00+02:00", #"["a"]"#),
            #"{"type":"wish.revised","at":"2014-07-10T12:00:00+02:00","by":"pb","data":{"wish":"w-kept","text":"herzien"}}"#,
            #"{"type":"wish.closed","at":"2014-07-15T12:00:00+02:00","by":"pb","data":{"wish":"w-kept","outcome":"fulfilled"}}"#,
        ])
        let a = try #require(view.theme("a"))
        #expect(a.mentions == [0, 2, 0], "pb's statement and revision; not pd who left, f1, or the dropped wish")
        let b = try #require(view.theme("b"))
        #expect(b.total == 0 && b.first == nil && b.trend == .steady, "a theme carried only by what does not count is listed with no mention")
        #expect(view.together.isEmpty)
    }

    @Test func themesThatOccurTogetherOnceAreNotAPair() {
        let view = Self.dynamics([
            Self.reflection("r1", "pa", "2014-07-01T10:00:00+02:00", #"["x", "y", "z"]"#),
            Self.reflection("r2", "pb", "2014-07-02T10:00:00+02:00", #"["y", "X", "x"]"#),
            Self.reflection("r3", "pc", "2014-07-03T10:00:00+02:00", #"["z", "y"]"#),
            Self.reflection("r4", "pa", "2014-07-04T10:00:00+02:00", #"["z", "y"]"#),
        ])
        #expect(view.together.map(\.keys) == [["y", "z"], ["x", "y"]])
        #expect(view.together.map(\.count) == [3, 2])
        #expect(view.theme("x")?.total == 2, "a record that carries a theme twice mentions it once")
    }

    @Test func candidatesCountOnlyOpenWishesAndReflectionsOfActiveParticipants() throws {
        let base = [
            Self.dirk,
            Self.wish("w-pa", "pa", "2014-06-20T10:00:00+02:00", #"["kandidaat", "buur"]"#),
            Self.reflection("r-pb", "pb", "2014-06-21T10:00:00+02:00", #"["kandidaat", "buur"]"#),
            Self.wish("w-pc", "pc", "2014-06-22T10:00:00+02:00", #"["kandidaat"]"#),
            #"{"type":"wish.closed","at":"2014-06-30T10:00:00+02:00","by":"pc","data":{"wish":"w-pc","outcome":"fulfilled"}}"#,
            Self.reflection("r-pd", "pd", "2014-06-23T10:00:00+02:00", #"["kandidaat"]"#),
            #"{"type":"participant.withdrew","at":"2014-07-01T09:00:00+02:00","by":"f1","data":{"participant":"pd"}}"#,
            Self.reflection("r-f1", "f1", "2014-06-24T10:00:00+02:00", #"["kandidaat"]"#),
        ]
        let before = LearningLines(fold(given(opening + base)))
        #expect(before.candidates.isEmpty, "pc's wish is closed, pd withdrew, f1 is a facilitator: 2 active participants")
        let after = LearningLines(fold(given(opening + base + [Self.reflection("r-pc", "pc", "2014-10-01T10:00:00+02:00", #"["Kandidaat"]"#)])))
        let candidate = try #require(after.candidates.first)
        #expect(after.candidates.count == 1)
        #expect(candidate.theme == "kandidaat")
        #expect(candidate.participants.map(\.rawValue) == ["pa", "pb", "pc"])
        #expect(candidate.together == ["buur"])
        #expect(candidate.trend == .fading, "3 mentions in the stretch from 12 June, 1 in the latest")
    }
}
