import CohortLog
import CohortProjections

extension HarvestPage {
    /// The learning lines: each with where it emerged, its description, the participants it gathers, its
    /// activity per stretch from its emergence on, and links to the contributions that name it; then the
    /// candidate lines.
    func lines() -> String {
        var html = "<section id=\"lines\">\n<h2>\(t(w.learningLines))</h2>\n"
        if harvest.lines.lines.isEmpty { html += "<p>\(t(w.noLines))</p>\n" }
        if !harvest.lines.lines.isEmpty { html += "<div class=\"lines\">\n" }
        for (index, entry) in harvest.lines.lines.enumerated() {
            let line = entry.line
            html += "<article class=\"line\" id=\"\(anchor(line.id))\">\n<h3>\(u(line.title))</h3>\n<p class=\"meta\">"
            if let session = line.session {
                html += "\(t(w.emergedAt.capitalizedFirst)) \(inline(context.session(session))) \(t(w.emergedOn)) \(t(w.date(line.at)))"
            } else {
                html += t(w.date(line.at))
            }
            html += "</p>\n"
            if !line.themes.isEmpty { html += "<p class=\"themes\">" + line.themes.map { u($0) }.joined() + "</p>\n" }
            if let description = line.description { html += block("p", description) + "\n" }
            if !entry.participants.isEmpty {
                html += "<p><strong>\(t(w.count(entry.participants.count, .participant)))</strong>: \(names(entry.participants.map(\.rawValue)))</p>\n"
            }
            html += activity(entry, number: index + 1)
            if !entry.contributions.isEmpty {
                let label = w.noun(entry.contributions.count, .contribution).capitalizedFirst
                html += "<p class=\"contributed\"><strong>\(t(label))</strong>: " + entry.contributions.map(link).joined(separator: ", ") + "</p>\n"
            }
            html += "</article>\n"
        }
        if !harvest.lines.lines.isEmpty { html += "</div>\n" }
        if !harvest.lines.candidates.isEmpty {
            html += "<h3>\(t(w.candidates))</h3>\n<ul>\n"
            for candidate in harvest.lines.candidates {
                html += "<li>\(u(candidate.theme)): \(t(w.sharedBy)) \(names(candidate.participants.map(\.rawValue)))</li>\n"
            }
            html += "</ul>\n"
        }
        return html + "</section>\n"
    }

    /// A line's activity per stretch between sessions, from the stretch it emerged in up to the one the
    /// harvest looks from (stretches still to come are left out), each labelled by the days of the
    /// sessions around it; nothing when it had no activity.
    func activity(_ entry: LearningLines.Line, number: Int) -> String {
        let stretches = entry.stretches(harvest.lines.intervals).filter { stretch in
            guard let from = stretch.interval.from, let day = harvest.day else { return true }
            return from.firstDay <= day
        }
        guard stretches.contains(where: { $0.count > 0 }) else { return "" }
        let rows = stretches.map { stretch in
            (label: says.stretch(stretch.interval.from.map { says.short($0.firstDay) }, stretch.interval.to.map { says.short($0.firstDay) }),
             count: stretch.count)
        }
        let description = w.activity.capitalizedFirst + ": " + rows.map { "\($0.label): \($0.count)" }.joined(separator: "; ") + "."
        return SVGCharts.bars(rows, id: "activity-\(number)", title: says.activityTitle(entry.line.title), description: description) + "\n"
    }

    /// The contributions, each told once, by kind (in one flow of columns, each with its kind); then the
    /// value-creation matrix.
    func contributions() -> String {
        guard !harvest.byKind.isEmpty else { return "" }
        var html = "<section id=\"contributions\">\n<h2>\(t(says.contributions))</h2>\n<div class=\"contributions\">\n"
        for group in harvest.byKind {
            for contribution in group.contributions { html += self.contribution(contribution) }
        }
        return html + "</div>\n" + matrix() + "</section>\n"
    }

    /// One contribution: its kind, its title, its text, who made it, its line (a link) and its cycle.
    func contribution(_ contribution: Contribution) -> String {
        var html = "<article class=\"contribution\" id=\"\(anchor(contribution))\">\n"
        html += "<h3><span class=\"tag\">\(t(w.name(contribution.kind)))</span> \(quoted(contribution.title))</h3>\n"
        html += block("p", contribution.text) + "\n"
        var meta = [names(contribution.contributors.map(\.rawValue))]
        if let line = contribution.line, let title = context.state.lines.first(where: { $0.id == line })?.title {
            meta.append("<a href=\"#\(anchor(line))\">\(u(title))</a>")
        }
        if contribution.cycle != nil { meta.append(t(w.name(contribution.cycle))) }
        html += "<p class=\"meta\">" + meta.joined(separator: " · ") + "</p>\n"
        return html + "</article>\n"
    }

    /// The value-creation matrix as a table: a row per cycle, a column per line (then no line), each cell
    /// shaded on a scale of four steps (0, 1, 2, 3 or more); in a box of its own that scrolls when it is
    /// wider than the screen.
    func matrix() -> String {
        guard !harvest.byCycle.isEmpty else { return "" }
        var html = "<div class=\"scroll\" id=\"value\">\n<table class=\"matrix\">\n<caption>\(t(w.matrix))</caption>\n"
        html += "<tr><th scope=\"col\">\(t(says.cycle))</th>"
        for entry in harvest.lines.lines { html += "<th scope=\"col\" class=\"number\">\(u(entry.line.title))</th>" }
        html += "<th scope=\"col\" class=\"number\">\(t(w.noLine))</th></tr>\n"
        for (group, counts) in zip(harvest.byCycle, harvest.matrix) {
            html += "<tr><th scope=\"row\">\(t(w.name(group.cycle)))</th>"
            html += counts.map { "<td class=\"number n\(min($0, 3))\">\($0)</td>" }.joined() + "</tr>\n"
        }
        html += "</table>\n</div>\n"
        let steps = ["0", "1", "2", says.threeOrMore].enumerated().map { "<span class=\"step n\($0.offset)\">\(t($0.element))</span>" }
        return html + "<p class=\"legend\">\(t(says.darkerIsMore)) " + steps.joined(separator: " ") + "</p>\n"
    }
}
