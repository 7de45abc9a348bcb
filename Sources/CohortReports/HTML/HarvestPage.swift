import CohortLog
import CohortProjections

/// `cohort harvest --format html`: the harvest as one self-contained page that tells the year's story, for
/// a projector, a phone and print (A4).
///
/// In order: an opening (the programme's title and a sentence on the year), the year in figures, a strip
/// of featured contributions and a table of contents; then each participant's journey as a card, the
/// learning lines with their activity, the contributions (each told once, here, and linked to from the
/// cards, the lines and the strip), the support network as a ranked chart, and last the programme's
/// details and its sessions. The page shows what the state it was given holds (already filtered for the
/// audience by ``CohortState/visible(to:)``) and no ids: people by name, the log's head only for the
/// facilitators. Everything people wrote is escaped and, on a page in another language than theirs,
/// marked with its own (`lang="nl"`); charts are inline SVG; no fonts, scripts or images are fetched.
public struct HarvestPage: Sendable {
    /// The harvest, built from the state as the audience may see it.
    public let harvest: Harvest
    /// The words, the audience and window, and the cohort as the audience may see it.
    public let context: ReportContext

    /// The page of `harvest` in `context`.
    public init(_ harvest: Harvest, context: ReportContext) {
        self.harvest = harvest
        self.context = context
    }

    /// The language the people of a cohort write their texts in (wishes, reflections, contributions,
    /// titles): Dutch. On a page in another language their texts carry `lang="nl"`.
    public static let textLanguage = Language.nl

    var w: Words { context.words }
    var says: PageWords { w.page }

    /// The report's own words, escaped.
    func t(_ text: String) -> String { HTML.text(text) }

    /// ` lang="nl"` where people's texts are in another language than the page's, else nothing.
    var textLang: String { w.language == Self.textLanguage ? "" : " lang=\"\(Self.textLanguage.rawValue)\"" }

    /// What a person wrote, inline and escaped, in its own language; long words in it may break anywhere.
    func u(_ text: String, lineBreaks: Bool = false) -> String {
        "<span class=\"u\"\(textLang)>\(HTML.text(text, lineBreaks: lineBreaks))</span>"
    }

    /// A personal text inline, or the word for an erased one.
    func u(_ text: PersonalText, lineBreaks: Bool = false) -> String {
        text.text.map { u($0, lineBreaks: lineBreaks) } ?? "<em>\(t(w.redacted))</em>"
    }

    /// A personal text in quotes (an erased one without).
    func quoted(_ text: PersonalText, lineBreaks: Bool = false) -> String {
        text.text.map { "“" + u($0, lineBreaks: lineBreaks) + "”" } ?? "<em>\(t(w.redacted))</em>"
    }

    /// A block of what a person wrote: `<p class="u" lang="nl">…</p>`.
    func block(_ tag: String, _ text: PersonalText, class className: String = "", quotes: Bool = false) -> String {
        let classes = (["u"] + (className.isEmpty ? [] : [className])).joined(separator: " ")
        guard let value = text.text else { return "<\(tag) class=\"\(classes)\"><em>\(t(w.redacted))</em></\(tag)>" }
        let body = HTML.text(value, lineBreaks: true)
        return "<\(tag) class=\"\(classes)\"\(textLang)>\(quotes ? "“\(body)”" : body)</\(tag)>"
    }

    /// An inline text: the report's words escaped, what people wrote as ``u(_:lineBreaks:)``.
    func inline(_ inline: Inline) -> String {
        inline.spans.map { span in
            switch span {
            case .word(let text): HTML.text(text)
            case .strong(let text): "<strong>" + HTML.text(text) + "</strong>"
            case .user(let text): u(text)
            }
        }.joined()
    }

    /// A person's name as plain text: their id where the name is withheld (erased, or left out of an
    /// evidence copy), the word for a person the audience may not see.
    func plainName(_ id: String) -> String {
        context.state.person(id)?.shownName ?? w.redacted
    }

    /// A person's name, escaped.
    func name(_ id: String) -> String { t(plainName(id)) }

    /// People's names, joined.
    func names(_ ids: [String]) -> String { ids.map(name).joined(separator: ", ") }

    /// The programme's period, else the days of its sessions.
    var period: (from: Day, to: Day) {
        if let period = harvest.programme?.period { return (period.from, period.to) }
        let days = harvest.sessions.flatMap(\.session.days)
        return (days.min() ?? Day(daysSinceEpoch: 0), days.max() ?? Day(daysSinceEpoch: 0))
    }

    /// The anchor of a contribution: `c-` and its item id.
    func anchor(_ contribution: Contribution) -> String { "c-" + HTML.attribute(contribution.id.rawValue) }

    /// The anchor of a learning line: `line-` and its id.
    func anchor(_ line: LineID) -> String { "line-" + HTML.attribute(line.rawValue) }

    /// A link to a contribution, by its title in quotes.
    func link(_ contribution: Contribution) -> String {
        "<a href=\"#\(anchor(contribution))\">\(quoted(contribution.title))</a>"
    }

    /// The whole page.
    public var html: String {
        let title = harvest.programme?.title ?? ""
        var page = "<!DOCTYPE html>\n<html lang=\"\(w.language.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n"
        page += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        page += "<title>\(t(w.harvest)): \(t(title))</title>\n"
        page += "<style>\n\(PageStyle.css(title: title, words: w))\n</style>\n</head>\n<body>\n"
        page += opening(title)
        let sections = [journeys(), lines(), contributions(), support(), programme()]
        page += "<main>\n" + figures() + featured() + contents() + sections.joined() + "</main>\n"
        page += colophon()
        return page + "</body>\n</html>\n"
    }

    /// The sections that follow the opening, as (anchor, heading), for the table of contents: only
    /// those the page holds.
    var sectionList: [(id: String, heading: String)] {
        var list: [(String, String)] = []
        if !stories.isEmpty { list.append(("journeys", says.journeys)) }
        list.append(("lines", w.learningLines))
        if !harvest.byKind.isEmpty { list.append(("contributions", says.contributions)) }
        if !supportRows.isEmpty { list.append(("support", says.support)) }
        list.append(("programme", says.programme))
        return list
    }

    func colophon() -> String {
        var html = "<footer class=\"colophon\">\n<p>\(inline(context.scope))</p>\n<p>\(t(says.madeWith))</p>\n"
        if context.audience == .facilitator {
            html += "<p class=\"head\">\(t(says.headOfTheLog)): \(t(context.state.head.hex))</p>\n"
        }
        return html + "</footer>\n"
    }
}

extension String {
    /// The text with its first letter in upper case.
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
