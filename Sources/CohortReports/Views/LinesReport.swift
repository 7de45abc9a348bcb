import CohortLog
import CohortProjections

/// `cohort lines`: each learning line with the records that name it apart from what shares its themes,
/// the participants it gathers, its activity from the stretch it emerged in on and its value creation;
/// then how the themes move, which occur together, and candidate lines; as text, Markdown or JSON.
public struct LinesReport: Sendable {
    /// The lines, their themes and the candidate lines.
    public let view: LearningLines
    /// The words, the audience and the cohort as it may see it.
    public let context: ReportContext

    /// The report of `view` in `context`.
    public init(_ view: LearningLines, context: ReportContext) {
        self.view = view
        self.context = context
    }

    /// The name of a stretch between sessions, by their first days: `before 12 June 2014`,
    /// `12 June 2014 – 23 September 2014`, `after 29 January 2015`.
    static func label(_ interval: Intervals.Interval, _ words: Words) -> Inline {
        switch (interval.from, interval.to) {
        case (nil, let to?): Inline(stringLiteral: "\(words.before) \(words.date(to.firstDay))")
        case (let from?, let to?): Inline(stringLiteral: "\(words.date(from.firstDay)) – \(words.date(to.firstDay))")
        case (let from?, nil): Inline(stringLiteral: "\(words.after) \(words.date(from.firstDay))")
        case (nil, nil): Inline(stringLiteral: words.nothingHappened)
        }
    }

    /// The short name of a stretch for a column, by its first day: `before 12 Jun`, `12 Jun`.
    static func column(_ interval: Intervals.Interval, _ words: Words) -> Inline {
        switch (interval.from, interval.to) {
        case (let from?, _): Inline(stringLiteral: SVGCharts.short(from.firstDay, words))
        case (nil, let to?): Inline(stringLiteral: "\(words.before) \(SVGCharts.short(to.firstDay, words))")
        case (nil, nil): "#"
        }
    }

    /// The report as a document, under a heading of level 1 with its scope.
    public var document: Document {
        var document = Document()
        add(to: &document, level: 1)
        return document
    }

    /// Adds the lines, the theme dynamics and the candidate lines to `document` under a heading of
    /// `level` (the harvest reuses this).
    public func add(to document: inout Document, level: Int) {
        let w = context.words
        document.heading(level, Inline(stringLiteral: w.learningLines))
        if level == 1 { document.paragraph(context.scope) }
        if view.lines.isEmpty { document.paragraph(Inline(stringLiteral: w.noLines)) }
        for entry in view.lines { add(entry, to: &document, level: level + 1) }
        addDynamics(to: &document, level: level + 1)
        addCandidates(to: &document, level: level + 1)
    }

    /// One line: its facts, who it gathers, what names it, what shares its themes, its activity and its
    /// value creation.
    func add(_ entry: LearningLines.Line, to document: inout Document, level: Int) {
        let w = context.words
        let line = entry.line
        document.heading(level, "\(user: line.title)")
        var facts: [Inline] = []
        if let session = line.session {
            facts.append("\(w.emergedAt) " + context.session(session) + " \(w.emergedOn) \(w.date(line.at))")
        } else {
            facts.append(Inline(stringLiteral: w.date(line.at)))
        }
        if !line.themes.isEmpty { facts.append("\(w.themes): " + Inline.joined(line.themes.map(Inline.user), separator: ", ")) }
        document.paragraph(Inline.joined(facts, separator: " · "))
        if let description = line.description { document.paragraph(context.quoted(description)) }
        if !entry.participants.isEmpty {
            document.paragraph("\(w.participants): " + Inline.joined(entry.participants.map { context.person($0.rawValue) }, separator: ", "))
        }
        func group(_ label: String, _ items: [Inline]) {
            guard !items.isEmpty else { return }
            document.paragraph("\(label) (\(items.count)):")
            document.list(items)
        }
        group(w.lines.namedBy, entry.explicit.map(named))
        group("\(w.lines.sharesThemes) — \(w.reflections)", entry.byThemeReflections.map { reflection in
            "\(w.date(reflection.at)), " + context.person(reflection.author.rawValue) + context.themes(reflection.themes) + ": "
                + context.quoted(reflection.text)
        })
        group("\(w.lines.sharesThemes) — \(w.wishes)", entry.byThemeWishes.map { wish in
            context.person(wish.owner.rawValue) + context.themes(wish.themes) + ": " + (wish.versions.last.map { context.quoted($0.text) } ?? "")
        })
        let stretches = entry.stretches(view.intervals)
        if stretches.contains(where: { $0.count > 0 }) {
            document.table([Inline(stringLiteral: w.lines.activitySince), "#"], stretches.map { stretch in
                [LinesReport.label(stretch.interval, w), Inline(stringLiteral: String(stretch.count))]
            })
        }
        document.paragraph("\(w.lines.valueCreation):")
        ValueCreationReport(entry.valueCreation, context: context).add(to: &document)
    }

    /// A record that names a line: `24 September 2014, reflection by Anna (pa): “…”`.
    func named(_ naming: LearningLines.Naming) -> Inline {
        let w = context.words
        switch naming {
        case .reflection(let reflection):
            return "\(w.date(reflection.at)), " + w.lines.reflectionBy(context.person(reflection.author.rawValue), context.quoted(reflection.text))
        case .contribution(let contribution):
            let people = Inline.joined(contribution.contributors.map { context.person($0.rawValue) }, separator: ", ")
            return "\(w.date(contribution.at)), " + w.lines.contributionBy(w.name(contribution.kind), context.quoted(contribution.title), people)
        }
    }

    /// The themes × stretches table and the themes that occur together.
    func addDynamics(to document: inout Document, level: Int) {
        let w = context.words
        let dynamics = view.dynamics
        document.heading(level, Inline(stringLiteral: w.lines.themeDynamics))
        if dynamics.themes.isEmpty {
            document.paragraph(Inline(stringLiteral: w.lines.noThemes))
        } else {
            document.paragraph(Inline(stringLiteral: w.lines.dynamicsExplained))
            let header = [Inline(stringLiteral: w.lines.theme)] + dynamics.intervals.intervals.map { LinesReport.column($0, w) }
                + [Inline(stringLiteral: w.lines.total), Inline(stringLiteral: w.lines.trend)]
            document.table(header, dynamics.themes.map { theme in
                [Inline.user(theme.theme)] + theme.mentions.map { Inline(stringLiteral: String($0)) }
                    + [Inline(stringLiteral: String(theme.total)), Inline(stringLiteral: w.lines.name(theme.trend))]
            })
        }
        document.heading(level, Inline(stringLiteral: w.lines.together))
        if dynamics.together.isEmpty {
            document.paragraph(Inline(stringLiteral: w.lines.noTogether))
        } else {
            document.paragraph(Inline(stringLiteral: w.lines.togetherExplained))
            document.list(dynamics.together.map { pair in
                w.lines.pair(.user(pair.themes.first ?? ""), .user(pair.themes.last ?? ""), pair.count)
            })
        }
    }

    /// The candidate lines.
    func addCandidates(to document: inout Document, level: Int) {
        let w = context.words
        document.heading(level, Inline(stringLiteral: w.lines.candidates))
        if view.candidates.isEmpty {
            document.paragraph(Inline(stringLiteral: w.noCandidates))
            return
        }
        document.list(view.candidates.map { candidate in
            var parts: [Inline] = ["\(w.sharedBy) " + Inline.joined(candidate.participants.map { context.person($0.rawValue) }, separator: ", ")]
            if !candidate.together.isEmpty {
                parts.append("\(w.lines.occursWith) " + Inline.joined(candidate.together.map(Inline.user), separator: ", "))
            }
            parts.append(Inline(stringLiteral: "\(w.lines.trend): \(w.lines.name(candidate.trend))"))
            return "\(user: candidate.theme): " + Inline.joined(parts, separator: " · ")
        })
    }

    /// The report as JSON: the scope, `lines` (``linesJSON``), `themes` (per theme its `name`,
    /// `mentions` per stretch, `total`, `first` stretch, `trend`), `together` (`themes`, `count`) and
    /// `candidates` (`theme`, `participants`, `together`, `trend`).
    public var json: JSONValue {
        .object(context.jsonScope + [("lines", linesJSON), ("themes", themesJSON), ("together", togetherJSON), ("candidates", candidatesJSON)])
    }

    /// A stretch as JSON: `{"from": session id or null, "to": session id or null}` and the members given.
    static func stretch(_ interval: Intervals.Interval, _ members: [(String, JSONValue)] = []) -> JSONValue {
        .object([("from", .optional(interval.from?.id.rawValue)), ("to", .optional(interval.to?.id.rawValue))] + members)
    }

    /// The lines: per line its facts, `explicit`, `byTheme` {`reflections`, `wishes`}, `participants`,
    /// `reflections` (explicit and by theme), `wishes` (by theme), `contributions` (explicit), `activity`
    /// per stretch from its emergence on, and `valueCreation`.
    public var linesJSON: JSONValue {
        .array(view.lines.map { entry in
            .object([
                ("line", .string(entry.line.id.rawValue)), ("title", .string(entry.line.title)),
                ("themes", .strings(entry.line.themes)), ("session", .optional(entry.line.session?.rawValue)),
                ("at", .string(entry.line.at.description)), ("description", context.json(entry.line.description)),
                ("participants", .strings(entry.participants.map(\.rawValue))),
                ("explicit", .strings(entry.explicit.map(\.id))),
                ("byTheme", .object([("reflections", .strings(entry.byThemeReflections.map(\.id.rawValue))),
                                     ("wishes", .strings(entry.byThemeWishes.map(\.id.rawValue)))])),
                ("reflections", .strings(entry.reflections.map(\.id.rawValue))),
                ("wishes", .strings(entry.wishes.map(\.id.rawValue))),
                ("contributions", .strings(entry.contributions.map(\.id.rawValue))),
                ("activity", .array(entry.stretches(view.intervals).map { LinesReport.stretch($0.interval, [("count", .int($0.count))]) })),
                ("valueCreation", ValueCreationReport(entry.valueCreation, context: context).json),
            ])
        })
    }

    /// The themes: per theme its `name`, its `mentions` per stretch, `total`, `first` stretch (or null) and
    /// `trend`.
    var themesJSON: JSONValue {
        let intervals = view.dynamics.intervals.intervals
        return .array(view.dynamics.themes.map { theme in
            .object([
                ("name", .string(theme.theme)),
                ("mentions", .array(zip(intervals, theme.mentions).map { LinesReport.stretch($0, [("count", .int($1))]) })),
                ("total", .int(theme.total)),
                ("first", theme.first.map { LinesReport.stretch(intervals[$0]) } ?? .null),
                ("trend", .string(theme.trend.rawValue)),
            ])
        })
    }

    /// The pairs of themes that occur together: `themes`, `count`.
    var togetherJSON: JSONValue {
        .array(view.dynamics.together.map { .object([("themes", .strings($0.themes)), ("count", .int($0.count))]) })
    }

    var candidatesJSON: JSONValue {
        .array(view.candidates.map { candidate in
            .object([("theme", .string(candidate.theme)), ("participants", .strings(candidate.participants.map(\.rawValue))),
                     ("together", .strings(candidate.together)), ("trend", .string(candidate.trend.rawValue))])
        })
    }
}
