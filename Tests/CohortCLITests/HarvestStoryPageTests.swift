import Foundation
import Testing

/// The harvest page as a story, rendered from the real cohort (and the fixture cohort) for every audience
/// and both languages: the story before the programme, every chart titled and described, each contribution
/// told once and linked to elsewhere, the figures against an oracle read from the log's own lines, no ids
/// on the public page, people's Dutch text marked on the English page, plurals and date ranges, and the
/// style sheet's print and phone rules.
@Suite struct HarvestStoryPageTests {
    static let real = realCohortLog
    static let small = fixtures.appendingPathComponent("cohort/small.jsonl").path
    static let audiences = ["public", "group", "facilitator"]
    static let languages = ["en", "nl"]

    static func page(_ log: String, _ audience: String, _ language: String, asOf: String? = nil) -> String {
        var arguments = ["harvest", log, "--format", "html", "--audience", audience, "--lang", language]
        if let asOf { arguments += ["--as-of", asOf] }
        let run = cohort(arguments, environment: [:])
        #expect(run.status == 0, "\(run.err)")
        return run.out
    }

    /// Every page of both cohorts, with a name for messages.
    static var pages: [(name: String, html: String)] {
        var pages: [(String, String)] = []
        for (log, name) in [(real, "real"), (small, "small")] {
            for audience in audiences {
                for language in languages { pages.append(("\(name) \(audience) \(language)", page(log, audience, language))) }
            }
        }
        return pages
    }

    /// The log's records as JSON objects.
    static func records(_ log: String) throws -> [[String: Any]] {
        try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n").compactMap {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
    }

    /// The records of `type` that no retraction takes back.
    static func standing(_ records: [[String: Any]], _ type: String) -> [[String: Any]] {
        let retracted = Set(records.filter { $0["type"] as? String == "event.retracted" }
            .compactMap { ($0["data"] as? [String: Any])?["target"] as? String })
        return records.filter { $0["type"] as? String == type && !retracted.contains($0["id"] as? String ?? "") }
    }

    /// A record's fields: its `data` and its `personal` fields together.
    static func fields(_ record: [String: Any]) -> [String: Any] {
        (record["data"] as? [String: Any] ?? [:]).merging(record["personal"] as? [String: Any] ?? [:]) { data, _ in data }
    }

    /// The text a reader sees: no style sheet, no tags, entities read back.
    static func visibleText(_ html: String) -> String {
        var text = html
        if let start = text.range(of: "<style>"), let end = text.range(of: "</style>") { text.removeSubrange(start.lowerBound..<end.upperBound) }
        text = text.replacingOccurrences(of: "<br>", with: "\n")
        text = text.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
        return BrowserTests.unescaped(text)
    }

    /// The style sheet.
    static func style(_ html: String) -> String {
        html.components(separatedBy: "<style>").dropFirst().first?.components(separatedBy: "</style>").first ?? ""
    }

    /// `n` occurrences of `part` in `text`.
    static func count(_ part: String, in text: String) -> Int { text.components(separatedBy: part).count - 1 }

    @Test func theStoryComesFirstAndTheProgrammeLast() {
        for (name, html) in Self.pages {
            let order = ["class=\"opening\"", "id=\"figures\"", "id=\"featured\"", "<nav class=\"contents\">", "id=\"journeys\"",
                         "id=\"lines\"", "id=\"contributions\"", "id=\"programme\"", "<footer class=\"colophon\">"]
            let positions = order.compactMap { html.range(of: $0)?.lowerBound }
            #expect(positions.count == order.count, "\(name) lacks a part: \(order.filter { !html.contains($0) })")
            #expect(positions == positions.sorted(), "\(name): the parts are out of order")
            // The table of contents links to every section that follows it.
            let contents = html.components(separatedBy: "<nav class=\"contents\">").dropFirst().first?.components(separatedBy: "</nav>").first ?? ""
            for section in ["journeys", "lines", "contributions", "programme"] {
                #expect(contents.contains("href=\"#\(section)\""), "\(name): the contents lack \(section)")
            }
        }
    }

    @Test func everyChartHasATitleAndADescriptionThatNameIt() {
        for (name, html) in Self.pages {
            let charts = html.components(separatedBy: "<svg ").dropFirst()
            #expect(!charts.isEmpty || name.hasPrefix("small public"), "\(name) has no chart")
            for chart in charts {
                let id = chart.components(separatedBy: "<title id=\"").dropFirst().first.map { String($0.prefix { $0 != "\"" }) } ?? ""
                let opening = chart.prefix { $0 != ">" }
                #expect(opening.contains("role=\"img\""), "\(name): a chart without role")
                #expect(id.hasSuffix("-title"), "\(name): a chart without a title")
                let base = id.dropLast("-title".count)
                #expect(opening.contains("aria-labelledby=\"\(base)-title \(base)-desc\""), "\(name): \(base) is not labelled by its title")
                // The title and the description come first, and say something.
                let head = chart.dropFirst(opening.count + 1)
                #expect(head.hasPrefix("<title id=\"\(base)-title\">"), "\(name): \(base)'s title is not its first child")
                let title = head.components(separatedBy: "</title>").first?.components(separatedBy: ">").last ?? ""
                let description = head.components(separatedBy: "</desc>").first?.components(separatedBy: "-desc\">").last ?? ""
                #expect(title.count > 5 && description.count > 5, "\(name): \(base) has an empty title or description")
                #expect(Self.count("id=\"\(base)-title\"", in: html) == 1, "\(name): \(base) is not unique")
            }
            // Chart text is 14 px or more.
            for rule in Self.style(html).components(separatedBy: "\n") where rule.contains("svg .") && rule.contains("font-size") {
                let size = rule.components(separatedBy: "font-size: ").dropFirst().first.flatMap { Int($0.prefix { $0.isNumber }) } ?? 0
                #expect(size >= 14, "\(name): \(rule)")
            }
        }
    }

    @Test func progressChartsShowTheAxisTheSessionsAndTheFinalValue() throws {
        let html = Self.page(Self.real, "facilitator", "en")
        let records = try Self.records(Self.real)
        let sessions = Self.standing(records, "session.scheduled").count
        let progress = html.components(separatedBy: "<svg class=\"chart progress\"").dropFirst().map { $0.components(separatedBy: "</svg>")[0] }
        // Every assignment that moved has its chart.
        let moved = Set((Self.standing(records, "assignment.progressed") + Self.standing(records, "assignment.completed"))
            .compactMap { ($0["data"] as? [String: Any])?["assignment"] as? String })
        #expect(progress.count == moved.count)
        for chart in progress {
            for tick in [">0%<", ">50%<", ">100%<"] { #expect(chart.contains(tick), "a progress chart lacks \(tick)") }
            #expect(Self.count("class=\"mark\"", in: chart) == sessions)
            // The final value is written: the last value text is the last step's.
            let values = chart.components(separatedBy: "class=\"value start\">").dropFirst().map { String($0.prefix { $0 != "<" }) }
            #expect(values.count == 1 && values[0].hasSuffix("%"))
        }
        // Completed assignments end at 100%.
        let completed = Set(Self.standing(records, "assignment.completed").compactMap { ($0["data"] as? [String: Any])?["assignment"] as? String })
        #expect(progress.filter { $0.contains("class=\"value start\">100%<") }.count == completed.count)
    }

    @Test func eachContributionIsToldOnceAndLinkedToElsewhere() throws {
        let contributions = Self.standing(try Self.records(Self.real), "harvest.contributed").map(Self.fields)
        #expect(contributions.count > 10)
        for audience in Self.audiences {
            for language in Self.languages {
                let html = Self.page(Self.real, audience, language)
                let text = Self.visibleText(html)
                for contribution in contributions {
                    let item = contribution["item"] as? String ?? ""
                    let body = contribution["text"] as? String ?? ""
                    #expect(body.count > 20)
                    #expect(Self.count(body, in: text) == 1, "\(audience) \(language): \(item) is told \(Self.count(body, in: text)) times")
                    #expect(Self.count("id=\"c-\(item)\"", in: html) == 1)
                }
                // Elsewhere it is a link: the strip, the cards, the lines.
                #expect(Self.count("href=\"#c-", in: html) > contributions.count)
                for link in html.components(separatedBy: "href=\"#").dropFirst().map({ String($0.prefix { $0 != "\"" }) }) {
                    #expect(html.contains("id=\"\(link)\""), "\(audience) \(language): #\(link) leads nowhere")
                }
            }
        }
    }

    @Test func theYearInFiguresCountsWhatTheAudienceSees() throws {
        func figures(_ html: String) -> [String: Int] {
            var figures: [String: Int] = [:]
            for part in html.components(separatedBy: "<p class=\"figure\"><span class=\"number\">").dropFirst() {
                let number = Int(part.prefix { $0.isNumber }) ?? -1
                let label = part.components(separatedBy: "<span class=\"label\">").dropFirst().first?.components(separatedBy: "<").first ?? ""
                figures[label] = number
            }
            return figures
        }
        // The facilitators see everything: an oracle from the log's lines.
        let records = try Self.records(Self.real)
        func ids(_ type: String, _ field: String, where keep: ([String: Any]) -> Bool = { _ in true }) -> Set<String> {
            Set(Self.standing(records, type).compactMap { $0["data"] as? [String: Any] }.filter(keep).compactMap { $0[field] as? String })
        }
        let active = ids("participant.registered", "participant").subtracting(ids("participant.withdrew", "participant"))
        var closings: [String: String] = [:]
        for record in Self.standing(records, "wish.closed") {
            if let data = record["data"] as? [String: Any], let wish = data["wish"] as? String { closings[wish] = data["outcome"] as? String }
        }
        let expected = [
            "active participants": active.count,
            "learning wishes fulfilled": closings.values.filter { $0 == "fulfilled" }.count,
            "assignments completed": ids("assignment.completed", "assignment").count,
            "contributions": Self.standing(records, "harvest.contributed").count,
        ]
        #expect(figures(Self.page(Self.real, "facilitator", "en")) == expected)
        let dutch = figures(Self.page(Self.real, "facilitator", "nl"))
        #expect(dutch["actieve deelnemers"] == expected["active participants"])
        #expect(dutch["leerwensen vervuld"] == expected["learning wishes fulfilled"])
        #expect(dutch["opdrachten afgerond"] == expected["assignments completed"])
        #expect(dutch["bijdragen"] == expected["contributions"])
        // The public: the harvest's own figures for the public, no more.
        let json = cohort(["harvest", Self.real, "--format", "json"], environment: [:]).out
        let harvest = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let counted = harvest?["figures"] as? [String: Any] ?? [:]
        let shown = figures(Self.page(Self.real, "public", "en"))
        #expect(shown["learning wishes fulfilled"] == counted["wishesFulfilled"] as? Int)
        #expect(shown["assignments completed"] == counted["assignmentsCompleted"] as? Int)
        #expect(shown["contributions"] == counted["contributions"] as? Int)
        #expect(shown["active participants"] == (harvest?["participants"] as? [Any])?.count)
        #expect(shown["learning wishes fulfilled"] ?? 0 < expected["learning wishes fulfilled"] ?? 0, "the oracle cannot tell the audiences apart")
    }

    @Test func thePublicPageShowsNoIdsAndNoDigest() throws {
        let records = try Self.records(Self.real)
        var ids: Set<String> = ["wiw"]
        for record in records {
            guard let data = record["data"] as? [String: Any] else { continue }
            for field in ["participant", "facilitator", "session", "line", "item", "organiser"] {
                if let id = data[field] as? String { ids.insert(id) }
            }
        }
        #expect(ids.contains("p01") && ids.contains("f2") && ids.contains("h-05"))
        for language in Self.languages {
            let html = Self.page(Self.real, "public", language)
            let words = Set(Self.visibleText(html).components(separatedBy: CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-")).inverted))
            #expect(words.intersection(ids).isEmpty, "the public page shows \(words.intersection(ids).sorted())")
            #expect(html.range(of: "[0-9a-f]{64}", options: .regularExpression) == nil, "the public page holds a digest")
        }
        // The facilitators' page keeps the head, as `cohort verify` gives it.
        let verified = cohort(["verify", Self.real], environment: [:]).out
        let head = String(try #require(verified.components(separatedBy: "head ").last).prefix(64))
        #expect(head.count == 64)
        #expect(Self.page(Self.real, "facilitator", "en").contains("Head of the log: \(head)"))
        #expect(!Self.page(Self.real, "group", "en").contains(head))
    }

    @Test func peoplesDutchTextIsMarkedOnTheEnglishPageOnly() throws {
        let english = Self.page(Self.real, "group", "en")
        let dutch = Self.page(Self.real, "group", "nl")
        #expect(english.contains("<html lang=\"en\">") && dutch.contains("<html lang=\"nl\">"))
        let marked = english.components(separatedBy: "class=\"u").dropFirst()
        #expect(marked.count > 50)
        for element in marked {
            let rest = element.prefix { $0 != ">" }
            #expect(rest.contains("lang=\"nl\""), "people's text without lang on the English page: \(element.prefix(60))")
        }
        #expect(Self.count("lang=\"nl\"", in: dutch) == 1, "the Dutch page marks Dutch text again")
        // Every contribution, reflection shown and wish wording sits in an element marked Dutch.
        let texts = Self.standing(try Self.records(Self.real), "harvest.contributed").compactMap { Self.fields($0)["text"] as? String }
        #expect(texts.count > 10)
        for text in texts {
            let escaped = text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "'", with: "&#39;")
                .replacingOccurrences(of: "\"", with: "&quot;")
            #expect(english.contains("lang=\"nl\">\(escaped)"), "not marked: \(text.prefix(40))")
        }
        // The report's own words are not.
        #expect(!english.contains("lang=\"nl\">Journeys"))
    }

    @Test func countedNounsAndDayRangesReadRightInBothLanguages() {
        let plurals = ["half-days", "participants", "learning wishes", "contributions", "sessions", "assignments", "reflections", "times",
                       "dagdelen", "deelnemers", "leerwensen", "bijdragen", "bijeenkomsten", "opdrachten", "reflecties"]
        let singulars = ["half-day", "participant", "learning wish", "contribution", "session", "assignment", "reflection", "time",
                         "dagdeel", "deelnemer", "leerwens", "bijdrage", "bijeenkomst", "opdracht", "reflectie"]
        for (name, html) in Self.pages {
            let text = Self.visibleText(html)
            for plural in plurals {
                #expect(text.range(of: "(^|[^0-9,.])1 \(plural)\\b", options: .regularExpression) == nil, "\(name): 1 \(plural)")
            }
            for singular in singulars {
                #expect(text.range(of: "\\b([02-9]|[0-9]{2,}) \(singular)\\b(?![a-z-])", options: .regularExpression) == nil, "\(name): n \(singular)")
            }
            #expect(!text.contains("Size of the trajectory") && !text.contains("size of the trajectory"))
        }
        let english = Self.visibleText(Self.page(Self.real, "public", "en"))
        let dutch = Self.visibleText(Self.page(Self.real, "public", "nl"))
        #expect(english.contains("23–24 September 2014") && english.contains("10–11 December 2014"))
        #expect(dutch.contains("23–24 september 2014") && dutch.contains("10–11 december 2014"))
        #expect(!english.contains("23 September 2014, 24 September 2014"))
        #expect(english.contains("15 half-days") && dutch.contains("15 dagdelen"))
    }

    @Test func aWithdrawalIsToldOnTheCardWhereTheAudienceMaySeeIt() throws {
        let withdrawal = try #require(Self.standing(try Self.records(Self.real), "participant.withdrew").first)
        let at = try #require(withdrawal["at"] as? String)
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        let day = "\(Int(at.dropFirst(8).prefix(2)) ?? 0) \(months[(Int(at.dropFirst(5).prefix(2)) ?? 1) - 1]) \(at.prefix(4))"
        for audience in ["group", "facilitator"] {
            let html = Self.page(Self.real, audience, "en")
            #expect(html.contains("<p class=\"withdrawal\">Withdrew on \(day).</p>"), "\(audience): the withdrawal is not told")
            // The progress chart marks it too.
            #expect(Self.count("class=\"withdrawn\"", in: html) == 1)
        }
        let maanden = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]
        let dag = "\(Int(at.dropFirst(8).prefix(2)) ?? 0) \(maanden[(Int(at.dropFirst(5).prefix(2)) ?? 1) - 1]) \(at.prefix(4))"
        let dutch = Self.page(Self.real, "group", "nl")
        #expect(dutch.contains("<p class=\"withdrawal\">Trok zich terug op \(dag).</p>"))
        let publicPage = Self.page(Self.real, "public", "en")
        #expect(!publicPage.contains("class=\"withdrawal\"") && !publicPage.contains("class=\"withdrawn\""))
    }

    @Test func theValueMatrixIsATableWithHeadersAndAScaleOfFourSteps() throws {
        let json = cohort(["harvest", Self.real, "--format", "json"], environment: [:]).out
        let harvest = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let matrix = try #require(harvest?["matrix"] as? [String: [String: Int]])
        let lines = (harvest?["lines"] as? [[String: Any]] ?? []).compactMap { $0["line"] as? String }
        let html = Self.page(Self.real, "public", "en")
        let table = try #require(html.components(separatedBy: "<table class=\"matrix\">").dropFirst().first?.components(separatedBy: "</table>").first)
        #expect(table.contains("<caption>Value-creation cycle by learning line</caption>"))
        #expect(Self.count("<th scope=\"col\"", in: table) == lines.count + 2)
        #expect(Self.count("<th scope=\"row\"", in: table) == matrix.count)
        let cells = table.components(separatedBy: "<td class=\"number n").dropFirst().map { cell -> (Int, Int) in
            (Int(cell.prefix(1)) ?? -1, Int(cell.components(separatedBy: ">").dropFirst().first?.prefix { $0.isNumber } ?? "") ?? -1)
        }
        let expected = ["immediate", "potential", "applied", "realised", "reframing", "none"].compactMap { matrix[$0] }
            .flatMap { row in (lines + ["none"]).map { row[$0] ?? 0 } }
        #expect(cells.map(\.1) == expected)
        for (step, count) in cells { #expect(step == min(count, 3)) }
        #expect(Set(cells.map(\.0)).count >= 3, "the real cohort's matrix shows fewer than three steps")
        let style = Self.style(html)
        for step in 0...3 { #expect(style.contains(".n\(step) { background:")) }
        #expect(style.contains("print-color-adjust: exact"))
    }

    @Test func theStyleSheetPrintsOnA4AndFitsAPhone() {
        let english = Self.page(Self.real, "public", "en")
        let dutch = Self.page(Self.real, "public", "nl")
        let style = Self.style(english)
        #expect(style.contains("@page {\n  size: A4;"))
        #expect(style.contains("@top-center { content: \"Eigen regie en vertrouwen\";"))
        #expect(style.contains("@bottom-right { content: \"page \" counter(page) \" of \" counter(pages);"))
        #expect(Self.style(dutch).contains("@bottom-right { content: \"pagina \" counter(page) \" van \" counter(pages);"))
        #expect(!style.contains("break-before: page"), "sections are forced onto new pages")
        #expect(style.contains("h2, h3, h4 { break-after: avoid; }"))
        let print = style.components(separatedBy: "@media print").last ?? ""
        for part in [".card", ".contribution", "blockquote"] {
            #expect(print.contains(part) && print.contains("break-inside: avoid"), "\(part) may be split across pages")
        }
        #expect(english.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"))
        #expect(style.contains("minmax(min("))
        #expect(!style.contains("minmax(480px"))
        #expect(style.contains(".u { overflow-wrap: anywhere; }"))
        #expect(style.contains(".scroll { max-width: 100%; overflow-x: auto; }"))
        #expect(english.contains("<div class=\"scroll\" id=\"value\">\n<table class=\"matrix\">"))
    }

    @Test func theOrganiserIsNeverShownByItsId() {
        for (name, html) in Self.pages {
            #expect(!Self.visibleText(html).contains(" wiw ") && !Self.visibleText(html).contains(" org "), "\(name) names the organiser by id")
        }
    }
}
