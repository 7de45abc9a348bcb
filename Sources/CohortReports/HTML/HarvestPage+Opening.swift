import CohortLog
import CohortProjections

extension HarvestPage {
    /// The participants the page tells of: those the audience may see who did not withdraw (as far as
    /// the audience may know).
    var activeParticipants: Int {
        harvest.stories.filter { $0.person.withdrawal == nil }.count
    }

    /// The opening: the programme's title and a sentence on what the year was.
    func opening(_ title: String) -> String {
        var html = "<header class=\"opening\" id=\"top\"><div class=\"inner\">\n"
        html += "<p class=\"kicker\">\(t(says.theHarvest))</p>\n<h1\(textLang)>\(t(title))</h1>\n"
        html += "<p class=\"lead\">\(t(yearSentence))</p>\n"
        return html + "</div></header>\n"
    }

    /// What the year was: from the first to the last session held, who met in how many sessions; before
    /// any was held, the programme's period and the sessions planned; and how many are still to come.
    var yearSentence: String {
        let held = harvest.sessions.filter(\.held).map(\.session)
        let participants = w.count(activeParticipants, .participant)
        var sentence: String
        if let first = held.first, let last = held.last {
            sentence = says.year(w.date(first.firstDay), w.date(last.lastDay), activeParticipants, participants, w.count(held.count, .session))
        } else {
            sentence = says.yearAhead(w.date(period.from), w.date(period.to), activeParticipants, participants, w.count(harvest.sessions.count, .session))
        }
        let toCome = harvest.sessions.count - held.count
        if !held.isEmpty && toCome > 0 { sentence += " " + says.stillToCome(toCome, w.count(toCome, .session)) }
        return sentence
    }

    /// The year in figures: active participants, wishes fulfilled, assignments completed and
    /// contributions, as the audience may see them.
    func figures() -> String {
        let f = harvest.figures
        let items: [(Int, String)] = [
            (activeParticipants, "\(says.active) \(w.noun(activeParticipants, .participant))"),
            (f.wishesFulfilled, "\(w.noun(f.wishesFulfilled, .wish)) \(w.name(WishOutcome.fulfilled))"),
            (f.assignmentsCompleted, "\(w.noun(f.assignmentsCompleted, .assignment)) \(says.completed)"),
            (f.contributions, w.noun(f.contributions, .contribution)),
        ]
        var html = "<section id=\"figures\" class=\"year\">\n<h2>\(t(says.yearInFigures))</h2>\n<div class=\"figures\">\n"
        for (number, label) in items {
            html += "<p class=\"figure\"><span class=\"number\">\(number)</span> <span class=\"label\">\(t(label))</span></p>\n"
        }
        return html + "</div>\n</section>\n"
    }

    /// The featured contributions: of each kind, the one with the most contributors (the earliest among
    /// equals), in the order of the kinds.
    var featuredContributions: [Contribution] {
        harvest.byKind.compactMap { group in
            group.contributions.enumerated()
                .min { ($1.element.contributors.count, $0.offset) < ($0.element.contributors.count, $1.offset) }?
                .element
        }
    }

    /// A strip of the featured contributions, each linking to where it is told.
    func featured() -> String {
        let featured = featuredContributions
        guard !featured.isEmpty else { return "" }
        var html = "<section id=\"featured\">\n<h2>\(t(says.featured))</h2>\n<div class=\"featured\">\n"
        for contribution in featured {
            html += "<a class=\"feature\" href=\"#\(anchor(contribution))\"><span class=\"kind\">\(t(w.name(contribution.kind)))</span>"
            html += "<strong>\(quoted(contribution.title))</strong>"
            let people = contribution.contributors.map(\.rawValue)
            var by = names(Array(people.prefix(people.count > 3 ? 2 : 3)))
            if people.count > 3 { by += " " + t(says.andOthers(people.count - 2)) }
            html += "<span class=\"by\">\(by)</span></a>\n"
        }
        return html + "</div>\n</section>\n"
    }

    /// The table of contents: a link to each section that follows.
    func contents() -> String {
        var html = "<nav class=\"contents\">\n<h2>\(t(says.contents))</h2>\n<ol>\n"
        for (id, heading) in sectionList { html += "<li><a href=\"#\(id)\">\(t(heading))</a></li>\n" }
        return html + "</ol>\n</nav>\n"
    }
}
