import CohortLog
import CohortProjections

/// `cohort harvest --format html`: the harvest as one self-contained page for the manifestation: a
/// programme with its sessions on a timeline, each participant's journey with a chart of their
/// assignment's progress, the learning lines with their activity, the support network as a drawing,
/// the contributions and the value-creation matrix, and the group's figures. Everything people wrote is
/// escaped; charts are inline SVG; no fonts, scripts or images are fetched.
public struct HarvestPage: Sendable {
    public let harvest: Harvest
    public let context: ReportContext

    public init(_ harvest: Harvest, context: ReportContext) {
        self.harvest = harvest
        self.context = context
    }

    var w: Words { context.words }
    var says: PageWords { w.page }
    func t(_ text: String) -> String { HTML.text(text) }
    func i(_ inline: Inline) -> String { HTML.inline(inline) }
    func person(_ id: String) -> String { i(context.person(id)) }
    func quoted(_ text: PersonalText, lineBreaks: Bool = true) -> String {
        text.text.map { HTML.text($0, lineBreaks: lineBreaks) } ?? "<em>\(t(w.redacted))</em>"
    }

    var period: (from: Day, to: Day) {
        if let period = harvest.programme?.period { return (period.from, period.to) }
        let days = harvest.sessions.map(\.session.firstDay)
        return (days.min() ?? Day(daysSinceEpoch: 0), days.max() ?? Day(daysSinceEpoch: 0))
    }

    /// The whole page.
    public var html: String {
        let title = harvest.programme?.title ?? ""
        var page = "<!DOCTYPE html>\n<html lang=\"\(w.language.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n"
        page += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        page += "<title>\(t(w.harvest)): \(t(title))</title>\n<style>\n\(PageStyle.css)\n</style>\n</head>\n<body>\n"
        page += cover(title)
        page += "<main>\n" + programme() + journeys() + lines() + network() + contributions() + figures() + colophon() + "</main>\n"
        return page + "</body>\n</html>\n"
    }

    func cover(_ title: String) -> String {
        var html = "<header class=\"cover\"><div class=\"inner\">\n"
        html += "<p class=\"kicker\">\(t(says.theHarvest))</p>\n<h1>\(t(title))</h1>\n"
        if let programme = harvest.programme {
            html += "<p>\(t(w.date(programme.period.from))) \(t(w.through)) \(t(w.date(programme.period.to)))</p>\n"
        }
        html += "<p class=\"scope\">\(i(context.scope))</p>\n</div></header>\n"
        return html
    }

    func programme() -> String {
        var html = "<section id=\"programme\">\n<h2>\(t(w.programme))</h2>\n<dl class=\"facts\">\n"
        if let p = harvest.programme {
            html += "<dt>\(t(says.learningNetworkGroup))</dt><dd>\(t(p.title))</dd>\n"
            html += "<dt>\(t(says.organiser))</dt><dd>\(t(p.organiser.rawValue))</dd>\n"
            html += "<dt>\(t(w.period.capitalizedFirst))</dt><dd>\(t(w.date(p.period.from))) \(t(w.through)) \(t(w.date(p.period.to)))</dd>\n"
            html += "<dt>\(t(w.dagdelenDeclared.capitalizedFirst))</dt><dd>\(t(w.count(p.dagdelen, .halfDay)))</dd>\n"
            if let subsidy = p.subsidy {
                html += "<dt>\(t(w.subsidy.capitalizedFirst))</dt><dd>\(subsidy.percent)% \(t(subsidy.fund)) (\(t(subsidy.scheme)))</dd>\n"
            }
        }
        if !harvest.facilitators.isEmpty {
            html += "<dt>\(t(w.facilitators.capitalizedFirst))</dt><dd>\(harvest.facilitators.map { person($0.id.rawValue) }.joined(separator: ", "))</dd>\n"
        }
        html += "</dl>\n"
        guard !harvest.sessions.isEmpty else { return html + "</section>\n" }
        html += "<h3>\(t(w.sessions))</h3>\n" + SVGCharts.timeline(harvest.sessions, from: period.from, to: period.to, words: w) + "\n<ul class=\"plain\">\n"
        for entry in harvest.sessions {
            let session = entry.session
            html += "<li><strong>\(t(session.days.map { w.date($0) }.joined(separator: ", ")))</strong> — \(t(session.title))"
            html += " <span class=\"muted\">(\(t(w.name(session.kind))), \(t(w.count(session.dagdelen, .halfDay)))"
            if let location = session.location { html += "; \(t(location))" }
            if let host = session.host { html += "; \(t(w.hostedBy)) \(person(host.rawValue))" }
            html += "; \(t(entry.held ? w.held : w.toCome)))</span></li>\n"
        }
        return html + "</ul>\n</section>\n"
    }

    func journeys() -> String {
        let stories = harvest.stories.filter { !$0.wishes.isEmpty || !$0.assignments.isEmpty || !$0.reflections.isEmpty || !$0.contributions.isEmpty }
        guard !stories.isEmpty else { return "" }
        var html = "<section id=\"participants\">\n<h2>\(t(w.participants.capitalizedFirst))</h2>\n<div class=\"cards\">\n"
        for story in stories {
            html += "<article class=\"card\">\n<h3>\(person(story.person.id.rawValue))</h3>\n"
            if let municipality = story.person.municipality {
                html += "<p class=\"meta\">\(t(municipality))\(story.person.jobTitle.map { " · " + t($0) } ?? "")</p>\n"
            }
            for wish in story.wishes {
                html += "<div class=\"wish\">"
                if !wish.themes.isEmpty { html += "<div class=\"themes\">" + wish.themes.map { "<span>\(t($0))</span>" }.joined() + "</div>" }
                for (index, version) in wish.versions.enumerated() {
                    let when = index == 0 ? w.date(version.at) : "\(w.revised) \(w.date(version.at))"
                    html += "<span class=\"step\">“\(quoted(version.text))” <span class=\"muted\">(\(t(when)))</span></span>"
                }
                if let closing = wish.closing {
                    html += "<span class=\"outcome\">\(t(w.name(closing.outcome)))</span>"
                    if let into = closing.into, let target = context.state.wish(into.rawValue), let first = target.versions.first {
                        html += " \(t(w.into)) “\(quoted(first.text))”"
                    }
                }
                html += "</div>\n"
                // The support the wish received, from its thread.
                if let thread = story.threads.threads.first(where: { $0.wish.id == wish.id }), !thread.support.isEmpty {
                    let received = thread.support.map { support in
                        i(w.threads.received(w.name(support.kind), context.person(support.from.rawValue)))
                    }
                    html += "<p class=\"muted\">" + received.joined(separator: " · ") + "</p>\n"
                }
            }
            for assignment in story.assignments {
                html += "<h4>\(t(w.assignment))\(assignment.title.map { ": " + quoted($0) } ?? "")</h4>\n"
                if let description = assignment.description { html += "<p>\(quoted(description))</p>\n" }
                if !assignment.steps.isEmpty || assignment.completion != nil {
                    html += SVGCharts.progress(assignment, from: period.from, to: period.to, words: w) + "\n"
                }
                if let completion = assignment.completion {
                    html += "<p class=\"result\"><strong>\(t(w.result))</strong> <span class=\"muted\">(\(t(w.date(completion.at))))</span>: \(quoted(completion.result))</p>\n"
                }
            }
            for reflection in story.reflections {
                html += "<blockquote>\(quoted(reflection.text))<footer>\(t(w.date(reflection.at)))</footer></blockquote>\n"
            }
            if !story.contributions.isEmpty {
                html += "<p class=\"muted\">\(t(w.contributions.capitalizedFirst)): " + story.contributions.map { "“\(quoted($0.title))”" }.joined(separator: ", ") + "</p>\n"
            }
            html += "</article>\n"
        }
        return html + "</div>\n</section>\n"
    }

    func lines() -> String {
        var html = "<section id=\"lines\">\n<h2>\(t(w.learningLines))</h2>\n"
        if harvest.lines.lines.isEmpty { html += "<p>\(t(w.noLines))</p>\n" }
        for entry in harvest.lines.lines {
            let line = entry.line
            html += "<article class=\"card\">\n<h3>\(t(line.title))</h3>\n<p class=\"meta\">"
            if let session = line.session {
                html += "\(t(w.emergedAt)) \(i(context.session(session))) \(t(w.emergedOn)) \(t(w.date(line.at)))"
            } else {
                html += t(w.date(line.at))
            }
            html += "</p>\n"
            if !line.themes.isEmpty { html += "<div class=\"themes\">" + line.themes.map { "<span>\(t($0))</span>" }.joined() + "</div>\n" }
            if let description = line.description { html += "<p>\(quoted(description))</p>\n" }
            if !entry.participants.isEmpty {
                html += "<p><strong>\(t(w.participants.capitalizedFirst))</strong>: \(entry.participants.map { person($0.rawValue) }.joined(separator: ", "))</p>\n"
            }
            if entry.activity.contains(where: { $0 > 0 }) {
                html += "<p class=\"muted\">\(t(w.activity.capitalizedFirst))</p>\n" + SVGCharts.activity(entry.activity, intervals: harvest.lines.intervals, words: w) + "\n"
            }
            for contribution in entry.contributions {
                html += "<blockquote><strong>“\(quoted(contribution.title))”</strong> — \(quoted(contribution.text))<footer>\(t(w.name(contribution.kind)))</footer></blockquote>\n"
            }
            html += "</article>\n"
        }
        if !harvest.lines.candidates.isEmpty {
            html += "<h3>\(t(w.candidates))</h3>\n<ul>\n"
            for candidate in harvest.lines.candidates {
                html += "<li><strong>\(t(candidate.theme))</strong>: \(t(w.sharedBy)) \(candidate.participants.map { person($0.rawValue) }.joined(separator: ", "))</li>\n"
            }
            html += "</ul>\n"
        }
        return html + "</section>\n"
    }

    func network() -> String {
        guard !harvest.network.edges.isEmpty else { return "" }
        var html = "<section id=\"network\">\n<h2>\(t(w.supportNetwork))</h2>\n"
        html += "<p class=\"muted\">\(t(says.networkLegend))</p>\n"
        html += SVGCharts.network(harvest.network, people: context.state.people, context: context) + "\n"
        let given = harvest.network.given, received = harvest.network.received
        let people = Set(given.keys).union(received.keys).sorted()
        html += "<table>\n<tr><th></th><th class=\"number\">\(t(says.gaveSupport))</th><th class=\"number\">\(t(says.receivedSupport))</th></tr>\n"
        for id in people {
            html += "<tr><td>\(person(id))</td><td class=\"number\">\(given[id] ?? 0)</td><td class=\"number\">\(received[id] ?? 0)</td></tr>\n"
        }
        return html + "</table>\n</section>\n"
    }

    func contributions() -> String {
        guard !harvest.byKind.isEmpty else { return "" }
        var html = "<section id=\"contributions\">\n<h2>\(t(w.contributions.capitalizedFirst))</h2>\n"
        for group in harvest.byKind {
            html += "<h3>\(t(w.name(group.kind).capitalizedFirst))</h3>\n"
            for contribution in group.contributions {
                html += "<div class=\"contribution\"><div class=\"title\">“\(quoted(contribution.title))”</div><div>\(quoted(contribution.text))</div><div class=\"muted\">"
                html += contribution.contributors.map { person($0.rawValue) }.joined(separator: ", ")
                if let line = contribution.line, let title = context.state.lines.first(where: { $0.id == line })?.title { html += " · \(t(title))" }
                if contribution.cycle != nil { html += " · \(t(w.name(contribution.cycle)))" }
                html += "</div></div>\n"
            }
        }
        html += "<h3>\(t(w.matrix))</h3>\n<table>\n<tr><th></th>"
        for entry in harvest.lines.lines { html += "<th class=\"number\">\(t(entry.line.title))</th>" }
        html += "<th class=\"number\">\(t(w.noLine))</th></tr>\n"
        for (group, counts) in zip(harvest.byCycle, harvest.matrix) {
            html += "<tr><th>\(t(w.name(group.cycle)))</th>" + counts.map { "<td class=\"number cell-\(min($0, 3))\">\($0)</td>" }.joined() + "</tr>\n"
        }
        return html + "</table>\n</section>\n"
    }

    func figures() -> String {
        let f = harvest.figures
        let items: [(Int, String)] = [
            (f.participants, w.participants), (f.wishesStated, w.wishesStated), (f.wishesFulfilled, w.wishesFulfilled),
            (f.wishesTransformed, w.wishesTransformed), (f.supports, w.supports), (f.assignmentsStarted, w.assignmentsStarted),
            (f.assignmentsCompleted, w.assignmentsCompleted), (f.reflections, w.reflections), (f.contributions, w.contributions),
        ]
        var html = "<section id=\"figures\">\n<h2>\(t(w.figures))</h2>\n<div class=\"figures\">\n"
        for (number, label) in items where number > 0 || label == w.participants {
            html += "<div class=\"figure\"><span class=\"number\">\(number)</span><span class=\"label\">\(t(label))</span></div>\n"
        }
        html += "</div>\n"
        if let attendance = f.attendance, !attendance.isEmpty {
            html += "<h3>\(t(w.attendance.capitalizedFirst))</h3>\n<table>\n"
            for entry in attendance {
                let value = entry.attended.map { "\($0) / \(entry.possible) \(w.halfDays) (\(w.percent($0, of: entry.possible)))" } ?? w.notRecorded
                html += "<tr><td>\(i(context.session(entry.session)))</td><td class=\"number\">\(t(value))</td></tr>\n"
            }
            html += "</table>\n"
        }
        return html + "</section>\n"
    }

    func colophon() -> String {
        "<footer class=\"colophon\">\(t(says.madeFrom)): \(t(context.state.head.hex))</footer>\n"
    }
}

extension String {
    /// The text with its first letter in upper case.
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
