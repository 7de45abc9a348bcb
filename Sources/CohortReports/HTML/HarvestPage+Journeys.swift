import CohortLog
import CohortProjections

extension HarvestPage {
    /// The stories the page tells: those with a wish, an assignment, a reflection or a contribution, or
    /// a withdrawal the audience may see.
    var stories: [Harvest.Story] {
        harvest.stories.filter { story in
            !story.wishes.isEmpty || !story.assignments.isEmpty || !story.reflections.isEmpty || !story.contributions.isEmpty
                || story.person.withdrawal != nil
        }
    }

    /// Each participant's journey as a card; the cards flow in columns.
    func journeys() -> String {
        let stories = stories
        guard !stories.isEmpty else { return "" }
        var html = "<section id=\"journeys\">\n<h2>\(t(says.journeys))</h2>\n<div class=\"cards\">\n"
        for (index, story) in stories.enumerated() { html += card(story, number: index + 1) }
        return html + "</div>\n</section>\n"
    }

    /// One participant's card: their name (with role and municipality where the audience may see them),
    /// their withdrawal, each wish as it ended with its earlier wording small and the support on it, their
    /// assignment with its progress chart and its result (its description only while it has none), their
    /// latest reflection, and links to their contributions.
    func card(_ story: Harvest.Story, number: Int) -> String {
        let person = story.person
        var html = "<article class=\"card\" id=\"j-\(number)\">\n<h3>\(name(person.id.rawValue))</h3>\n"
        let meta = [person.jobTitle, person.municipality].compactMap { $0 }
        if !meta.isEmpty { html += "<p class=\"meta\">" + meta.map { u($0) }.joined(separator: " · ") + "</p>\n" }
        if let withdrawal = person.withdrawal {
            html += "<p class=\"withdrawal\">\(t(says.withdrew(w.date(withdrawal.at))))</p>\n"
        }
        for chain in chains(story.threads.threads) { html += wish(chain) }
        for (index, assignment) in story.assignments.enumerated() {
            html += self.assignment(assignment, chart: "progress-\(number)-\(index + 1)", owner: plainName(person.id.rawValue),
                                    withdrawal: person.withdrawal?.at.localDay)
        }
        if let reflection = story.reflections.enumerated().max(by: { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) })?.element {
            html += "<blockquote><p>\(quoted(reflection.text, lineBreaks: true)) "
            html += "<small>\(t(says.reflection)), \(t(w.date(reflection.at)))</small></p></blockquote>\n"
        }
        if !story.contributions.isEmpty {
            let label = w.noun(story.contributions.count, .contribution).capitalizedFirst
            html += "<p class=\"contributed\"><strong>\(t(label))</strong>: " + story.contributions.map(link).joined(separator: ", ") + "</p>\n"
        }
        return html + "</article>\n"
    }

    /// A person's wishes as chains: a wish, then the wish of theirs it was transformed into, and so on;
    /// each chain starts with a wish that grew out of none of theirs.
    func chains(_ threads: [Threads.WishThread]) -> [[Threads.WishThread]] {
        let byID = Dictionary(threads.map { ($0.wish.id.rawValue, $0) }, uniquingKeysWith: { first, _ in first })
        var told = Set<String>()
        var chains: [[Threads.WishThread]] = []
        func chain(from thread: Threads.WishThread) -> [Threads.WishThread] {
            var chain = [thread]
            told.insert(thread.wish.id.rawValue)
            var next = thread.closing?.into?.rawValue
            while let id = next, let following = byID[id], !told.contains(id) {
                chain.append(following)
                told.insert(id)
                next = following.closing?.into?.rawValue
            }
            return chain
        }
        for thread in threads where thread.from.map({ byID[$0.rawValue] == nil }) ?? true {
            if !told.contains(thread.wish.id.rawValue) { chains.append(chain(from: thread)) }
        }
        for thread in threads where !told.contains(thread.wish.id.rawValue) { chains.append(chain(from: thread)) }
        return chains
    }

    /// A wish as it ended (the last wording of the last wish of its chain) with how it ended, its earlier
    /// wordings small, and the support it received.
    func wish(_ chain: [Threads.WishThread]) -> String {
        guard let last = chain.last, let final = last.wish.versions.last else { return "" }
        let outcome = last.closing.map { w.name($0.outcome) } ?? says.stillOpen
        let ended = last.closing?.outcome == .dropped
        var html = "<div class=\"wish\">\n<p class=\"said\(ended ? " ended" : "")\"><span class=\"tag\">\(t(says.learningWish))</span> "
        html += "<span class=\"badge\">\(t(outcome))</span> \(quoted(final.text, lineBreaks: true))</p>\n"
        let earlier = chain.flatMap(\.wish.versions).dropLast()
        if !earlier.isEmpty {
            let wordings = earlier.map { "\(quoted($0.text)) (\(t(w.date($0.at))))" }
            html += "<p class=\"earlier\"><small>\(t(says.earlier)): " + wordings.joined(separator: " → ") + "</small></p>\n"
        }
        let support = chain.flatMap(\.support)
        if !support.isEmpty {
            var givers: [String] = []
            for item in support where !givers.contains(item.from.rawValue) { givers.append(item.from.rawValue) }
            let from = Inline.joined(givers.map { Inline.user(plainName($0)) }, separator: ", ")
            html += "<p class=\"support\"><small>\(inline(says.supportOn(w.count(support.count, .time), from)))</small></p>\n"
        }
        return html + "</div>\n"
    }

    /// An assignment: its title, its progress as a chart, its result (its description while it has no
    /// result).
    func assignment(_ assignment: Assignment, chart: String, owner: String, withdrawal: Day?) -> String {
        var html = "<div class=\"assignment\">\n<h4><span class=\"tag\">\(t(w.assignment))</span>"
        if let title = assignment.title { html += " " + u(title) }
        html += "</h4>\n"
        if assignment.completion == nil, let description = assignment.description { html += block("p", description, class: "description") + "\n" }
        if !assignment.steps.isEmpty || assignment.completion != nil {
            let sessions = harvest.sessions.map(\.session)
            html += SVGCharts.progress(assignment, id: chart, title: says.progressTitle(owner), sessions: sessions,
                                       from: period.from, to: period.to, withdrawal: withdrawal, words: w) + "\n"
        }
        if let completion = assignment.completion {
            html += "<p class=\"result\"><strong>\(t(w.result))</strong> <span class=\"muted\">(\(t(w.date(completion.at))))</span> "
            html += u(completion.result, lineBreaks: true) + "</p>\n"
        }
        return html + "</div>\n"
    }
}
