import Foundation
import Testing
import CohortLog
import CohortProjections
@testable import CohortReports

/// The harvest page's parts from a state built in memory: counted nouns and day ranges in both languages,
/// the matrix's scale (each step readable, four steps apart), the print margins' strings, the organiser by
/// name, one reflection per card, stretches labelled from a line's emergence on, a withdrawal told only
/// where the audience may see it.
@Suite struct HarvestPageTests {
    static let events = [
        #"{"type":"cohort.opened","at":"2014-04-01T10:00:00+02:00","by":"org","data":{"cohort":"c","title":"Proef \"regie\"","organiser":"org","organiserName":"Werken in het Westen","period":{"from":"2014-06-01","to":"2014-12-31"},"participants":{"min":1,"max":9},"dagdelen":7,"fee":{"amountCents":155000,"currency":"EUR","vat":"excluded"}}}"#,
        #"{"type":"facilitator.joined","at":"2014-04-01T10:05:00+02:00","by":"org","data":{"facilitator":"f1","name":"Fien"}}"#,
        #"{"type":"participant.registered","at":"2014-05-02T09:00:00+02:00","by":"f1","data":{"participant":"pa","municipality":"Leiden","role":"HR-adviseur","name":"Anna"}}"#,
        #"{"type":"participant.registered","at":"2014-05-02T09:01:00+02:00","by":"f1","data":{"participant":"pb","municipality":"Delft","name":"Bram"}}"#,
        #"{"type":"session.scheduled","at":"2014-05-10T12:00:00+02:00","by":"f1","data":{"session":"s1","title":"Start","kind":"start","days":["2014-06-12"],"dagdelen":1}}"#,
        #"{"type":"session.scheduled","at":"2014-05-10T12:01:00+02:00","by":"f1","data":{"session":"s2","title":"Tweedaagse","kind":"meeting","days":["2014-09-23","2014-09-24"],"dagdelen":4}}"#,
        #"{"type":"session.scheduled","at":"2014-05-10T12:02:00+02:00","by":"f1","data":{"session":"s3","title":"Slot","kind":"closing","days":["2014-09-30","2014-10-01"],"dagdelen":2}}"#,
        #"{"type":"wish.stated","at":"2014-06-12T10:30:00+02:00","by":"pa","data":{"wish":"w-pa","participant":"pa","themes":["regie"],"visibility":"public","text":"Eerst zo."}}"#,
        #"{"type":"wish.revised","at":"2014-07-01T11:00:00+02:00","by":"pa","data":{"wish":"w-pa","text":"Daarna zo."}}"#,
        #"{"type":"wish.closed","at":"2014-09-24T10:01:00+02:00","by":"pa","data":{"wish":"w-pa","outcome":"fulfilled"}}"#,
        #"{"type":"assignment.started","at":"2014-06-20T09:00:00+02:00","by":"pa","data":{"assignment":"as-pa","participant":"pa","visibility":"public","title":"Regelarm werken","description":"Twee teams."}}"#,
        #"{"type":"assignment.progressed","at":"2014-07-06T09:00:00+02:00","by":"pa","data":{"assignment":"as-pa","progress":40}}"#,
        #"{"type":"assignment.progressed","at":"2014-09-06T09:00:00+02:00","by":"pa","data":{"assignment":"as-pa","progress":70}}"#,
        #"{"type":"line.emerged","at":"2014-09-23T16:00:00+02:00","by":"f1","data":{"line":"l1","title":"Regie","themes":["regie"],"session":"s2"}}"#,
        #"{"type":"reflection.recorded","at":"2014-09-23T20:00:00+02:00","by":"pa","data":{"reflection":"r1","participant":"pa","visibility":"public","themes":["regie"],"text":"EERSTE-REFLECTIE"}}"#,
        #"{"type":"reflection.recorded","at":"2014-10-02T20:00:00+02:00","by":"pa","data":{"reflection":"r2","participant":"pa","visibility":"public","text":"LAATSTE-REFLECTIE"}}"#,
        #"{"type":"participant.withdrew","at":"2014-10-03T09:00:00+02:00","by":"f1","data":{"participant":"pb","reason":"verhuisd"}}"#,
        #"{"type":"harvest.contributed","at":"2014-10-10T16:00:00+02:00","by":"f1","data":{"item":"h-1","kind":"story","contributors":["pa","pb"],"line":"l1","cycle":"applied","title":"Regels los","text":"Zo ging het."}}"#,
    ]
    static let state = fold(given(events))

    static func page(_ audience: Audience, _ words: Words) -> String {
        let visible = state.visible(to: audience)
        let context = ReportContext(words: words, audience: audience, window: RecordWindow(), state: visible)
        return HarvestPage(Harvest(visible, attendance: audience == .facilitator), context: context).html
    }

    /// The relative luminance of `#rrggbb` (WCAG 2).
    static func luminance(_ hex: String) -> Double {
        let digits = Array(hex.dropFirst())
        func channel(_ index: Int) -> Double {
            let value = Double(Int(String(digits[index * 2...index * 2 + 1]), radix: 16) ?? 0) / 255
            return value <= 0.03928 ? value / 12.92 : pow24((value + 0.055) / 1.055)
        }
        return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2)
    }

    /// `x` to the power 2.4, without Foundation.
    static func pow24(_ x: Double) -> Double {
        // x^2.4 = x^2 · x^0.4 = x^2 · (x^0.2)^2; x^0.2 by Newton's method on y^5 = x.
        var y = x
        for _ in 0..<60 { y -= (y * y * y * y * y - x) / (5 * y * y * y * y) }
        return x * x * y * y
    }

    static func contrast(_ a: String, _ b: String) -> Double {
        let (la, lb) = (luminance(a), luminance(b))
        return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
    }

    @Test func countedNounsAgreeWithTheirNumberInBothLanguages() {
        #expect(Words.dutch.count(1, .wish) == "1 leerwens")
        #expect(Words.dutch.count(2, .wish) == "2 leerwensen")
        #expect(Words.dutch.count(1, .halfDay) == "1 dagdeel")
        #expect(Words.dutch.count(15, .halfDay) == "15 dagdelen")
        #expect(Words.dutch.count(0, .contribution) == "0 bijdragen")
        #expect(Words.dutch.count(1, .session) == "1 bijeenkomst")
        #expect(Words.english.count(1, .wish) == "1 learning wish")
        #expect(Words.english.count(3, .wish) == "3 learning wishes")
        #expect(Words.english.count(1, .participant) == "1 participant")
        #expect(Words.english.count(2, .time) == "2 times" && Words.dutch.count(2, .time) == "2 keer")
        #expect(Words.english.noun(1, .assignment) == "assignment" && Words.english.noun(7, .assignment) == "assignments")
        for noun in Words.Noun.allCases {
            for words in [Words.english, Words.dutch] {
                #expect(!words.noun(1, noun).isEmpty && !words.noun(2, noun).isEmpty, "\(words.language) lacks \(noun)")
            }
        }
    }

    @Test func daysWithinAMonthAndAcrossMonthsReadAsRanges() {
        let days = { (texts: [String]) in texts.compactMap { Day($0) } }
        #expect(Words.dutch.days(days(["2014-09-23", "2014-09-24"])) == "23–24 september 2014")
        #expect(Words.english.days(days(["2014-09-30", "2014-10-01"])) == "30 September – 1 October 2014")
        #expect(Words.dutch.days(days(["2014-09-30", "2014-10-01"])) == "30 september – 1 oktober 2014")
        #expect(Words.english.days(days(["2014-12-31", "2015-01-01"])) == "31 December 2014 – 1 January 2015")
        #expect(Words.english.days(days(["2014-06-12"])) == "12 June 2014")
        #expect(Words.dutch.page.short(Day("2014-03-06") ?? Day(daysSinceEpoch: 0)) == "6 mrt")
        #expect(Words.english.page.short(Day("2014-09-23") ?? Day(daysSinceEpoch: 0)) == "23 Sep")
    }

    @Test func theSessionsOnThePageReadAsRanges() {
        let english = Self.page(.public, .english)
        let dutch = Self.page(.public, .dutch)
        #expect(english.contains("<span class=\"when\">23–24 September 2014</span>"))
        #expect(english.contains("<span class=\"when\">30 September – 1 October 2014</span>"))
        #expect(dutch.contains("<span class=\"when\">30 september – 1 oktober 2014</span>"))
        #expect(english.contains("start · 1 half-day ·") && dutch.contains("startbijeenkomst · 1 dagdeel ·"))
        #expect(english.contains("meeting · 4 half-days ·") && dutch.contains("bijeenkomst · 4 dagdelen ·"))
    }

    @Test func theMatrixScaleHasFourStepsEachReadable() {
        let steps = PageStyle.matrixSteps
        #expect(steps.count == 4)
        for step in steps {
            #expect(Self.contrast(step.text, step.background) >= 4.5, "\(step) reads at \(Self.contrast(step.text, step.background)):1")
        }
        // Sequential: each step darker than the one before, and visibly apart.
        let backgrounds = steps.map { Self.luminance($0.background) }
        for (lighter, darker) in zip(backgrounds, backgrounds.dropFirst()) {
            #expect(lighter > darker && (lighter + 0.05) / (darker + 0.05) > 1.2, "two steps look alike")
        }
        // The oracle itself: black on white is 21:1.
        #expect(abs(Self.contrast("#000000", "#ffffff") - 21) < 0.01)
        let style = PageStyle.css(title: "T", words: .english)
        for (index, step) in steps.enumerated() { #expect(style.contains(".n\(index) { background: \(step.background); color: \(step.text); }")) }
    }

    @Test func aTitleInTheMarginsCannotEndTheRuleOrTheStyleSheet() {
        #expect(HTML.cssString("Eigen regie") == "\"Eigen regie\"")
        let hostile = HTML.cssString("a\"; } </style><script>x\\\n\u{202E}")
        #expect(!hostile.dropFirst().dropLast().contains("\""))
        for forbidden in ["<", ">", "}", ";", "\n", "\u{202E}"] { #expect(!hostile.contains(forbidden)) }
        #expect(hostile == "\"a\\22 \\3b  \\7d  \\3c \\2f style\\3e \\3c script\\3e x\\5c   \"")
        let style = PageStyle.css(title: "Proef \"regie\"", words: .dutch)
        #expect(style.contains("@top-center { content: \"Proef \\22 regie\\22 \";"))
        #expect(style.contains("@bottom-right { content: \"pagina \" counter(page) \" van \" counter(pages);"))
    }

    @Test func theOrganiserIsNamedAndNeverShownByItsId() {
        for words in [Words.english, Words.dutch] {
            let html = Self.page(.public, words)
            #expect(html.contains("<dd><span class=\"u\"\(words.language == .en ? " lang=\"nl\"" : "")>Werken in het Westen</span></dd>"))
            #expect(!html.contains(">org<") && !html.contains(" org "))
        }
    }

    @Test func aCardTellsTheWishAsItEndedAndOneReflectionTheLatest() {
        let html = Self.page(.public, .english)
        #expect(html.contains("<span class=\"badge\">fulfilled</span> “<span class=\"u\" lang=\"nl\">Daarna zo.</span>”"))
        #expect(html.contains("<p class=\"earlier\"><small>Earlier: “<span class=\"u\" lang=\"nl\">Eerst zo.</span>” (12 June 2014)</small></p>"))
        #expect(html.contains("LAATSTE-REFLECTIE"))
        #expect(!html.contains("EERSTE-REFLECTIE"))
        // The contribution is told once, and the card and the line link to it.
        #expect(html.components(separatedBy: "Zo ging het.").count == 2)
        // (the strip, the cards of both contributors, the line).
        #expect(html.components(separatedBy: "href=\"#c-h-1\"").count - 1 == 4)
    }

    @Test func aLinesActivityIsLabelledByItsStretchesFromItsEmergence() {
        let html = Self.page(.public, .english)
        let chart = html.components(separatedBy: "<svg class=\"chart bars\"").dropFirst().first ?? ""
        // The line emerged at the second session: nothing before it is shown.
        #expect(!chart.contains("before 12 Jun") && !chart.contains(">12 Jun – 23 Sep<"))
        #expect(chart.contains(">23 Sep – 30 Sep<") && chart.contains(">from 30 Sep<"))
        #expect(chart.contains("<desc id=\"activity-1-desc\">Activity between sessions: 23 Sep – 30 Sep: 1; from 30 Sep: 1.</desc>"))
    }

    @Test func aWithdrawalIsToldOnlyWhereTheAudienceMaySeeIt() {
        #expect(Self.page(.group, .english).contains("<p class=\"withdrawal\">Withdrew on 3 October 2014.</p>"))
        #expect(Self.page(.group, .dutch).contains("<p class=\"withdrawal\">Trok zich terug op 3 oktober 2014.</p>"))
        #expect(!Self.page(.public, .english).contains("Withdrew"))
    }

    @Test func theYearIsToldInOneSentenceWithCountedNouns() {
        #expect(Self.page(.group, .english).contains("<p class=\"lead\">Between 12 June 2014 and 1 October 2014, 1 participant met in 3 sessions to work on what they wanted to learn.</p>"))
        #expect(Self.page(.group, .dutch).contains("<p class=\"lead\">Tussen 12 juni 2014 en 1 oktober 2014 werkte 1 deelnemer in 3 bijeenkomsten aan wat die wilde leren.</p>"))
        #expect(Self.page(.facilitator, .english).contains("<p class=\"lead\">Between 12 June 2014 and 1 October 2014, 1 participant met"))
        #expect(Self.page(.group, .english).contains("<span class=\"number\">1</span> <span class=\"label\">active participant</span>"))
        #expect(Self.page(.group, .dutch).contains("<span class=\"number\">1</span> <span class=\"label\">leerwens vervuld</span>"))
    }
}
