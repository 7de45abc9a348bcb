import CohortLog
import CohortProjections

/// `cohort lines`: the learning lines, what feeds each, its activity per stretch between sessions, and
/// candidate lines; as text, Markdown or JSON.
public struct LinesReport: Sendable {
    public let view: LearningLines
    public let context: ReportContext

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

    public var document: Document {
        var document = Document()
        add(to: &document, level: 1)
        return document
    }

    /// Adds the lines to `document` under a heading of `level` (the harvest reuses this).
    public func add(to document: inout Document, level: Int) {
        let w = context.words
        document.heading(level, Inline(stringLiteral: w.learningLines))
        if level == 1 { document.paragraph(context.scope) }
        if view.lines.isEmpty { document.paragraph(Inline(stringLiteral: w.noLines)) }
        for entry in view.lines {
            let line = entry.line
            document.heading(level + 1, "\(user: line.title)")
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
            group(w.reflections, entry.reflections.map { reflection in
                "\(w.date(reflection.at)), " + context.person(reflection.author.rawValue) + ": " + context.quoted(reflection.text)
            })
            group(w.wishes, entry.wishes.map { wish in
                context.person(wish.owner.rawValue) + ": " + (wish.versions.last.map { context.quoted($0.text) } ?? "")
            })
            group(w.contributions, entry.contributions.map { contribution in
                "\(w.name(contribution.kind)): " + context.quoted(contribution.title)
            })
            if entry.activity.contains(where: { $0 > 0 }) {
                let rows = zip(view.intervals.intervals, entry.activity).map { interval, count in
                    [LinesReport.label(interval, w), Inline(stringLiteral: String(count))]
                }
                document.table([Inline(stringLiteral: w.activity), "#"], rows)
            }
        }
        document.heading(level + 1, Inline(stringLiteral: w.candidates))
        if view.candidates.isEmpty {
            document.paragraph(Inline(stringLiteral: w.noCandidates))
        } else {
            document.list(view.candidates.map { candidate in
                "\(user: candidate.theme): \(w.sharedBy) " + Inline.joined(candidate.participants.map { context.person($0.rawValue) }, separator: ", ")
            })
        }
    }

    public var json: JSONValue {
        .object(context.jsonScope + [("lines", linesJSON), ("candidates", candidatesJSON)])
    }

    public var linesJSON: JSONValue {
        .array(view.lines.map { entry in
            .object([
                ("line", .string(entry.line.id.rawValue)), ("title", .string(entry.line.title)),
                ("themes", .strings(entry.line.themes)), ("session", .optional(entry.line.session?.rawValue)),
                ("at", .string(entry.line.at.description)), ("description", context.json(entry.line.description)),
                ("participants", .strings(entry.participants.map(\.rawValue))),
                ("reflections", .strings(entry.reflections.map(\.id.rawValue))),
                ("wishes", .strings(entry.wishes.map(\.id.rawValue))),
                ("contributions", .strings(entry.contributions.map(\.id.rawValue))),
                ("activity", .array(zip(view.intervals.intervals, entry.activity).map { interval, count in
                    .object([("from", .optional(interval.from?.id.rawValue)), ("to", .optional(interval.to?.id.rawValue)),
                             ("count", .int(count))])
                })),
            ])
        })
    }

    var candidatesJSON: JSONValue {
        .array(view.candidates.map { .object([("theme", .string($0.theme)), ("participants", .strings($0.participants.map(\.rawValue)))]) })
    }
}
