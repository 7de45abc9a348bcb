import CohortLog
import CohortProjections

/// `cohort harvest`: the harvest for the manifestation, as Markdown (or text) or JSON.
public struct HarvestReport: Sendable {
    public let harvest: Harvest
    public let context: ReportContext

    public init(_ harvest: Harvest, context: ReportContext) {
        self.harvest = harvest
        self.context = context
    }

    public var document: Document {
        let w = context.words
        var document = Document()
        let title = harvest.programme?.title ?? ""
        document.heading(1, "\(w.harvest): \(user: title)")
        document.paragraph(context.scope)
        addProgramme(to: &document)
        addStories(to: &document)
        LinesReport(harvest.lines, context: context).add(to: &document, level: 2)
        addContributions(to: &document)
        addNetwork(to: &document)
        addFigures(to: &document)
        return document
    }

    func addNetwork(to document: inout Document) {
        let w = context.words
        guard !harvest.network.edges.isEmpty else { return }
        document.heading(2, Inline(stringLiteral: w.supportNetwork))
        document.table([Inline(stringLiteral: w.from), Inline(stringLiteral: w.to), "#", Inline(stringLiteral: w.kinds)],
                       harvest.network.edges.map { edge in
            let kinds = SupportKind.allCases.compactMap { kind in edge.kinds[kind].map { "\(w.name(kind)) \($0)" } }
            return [context.person(edge.from.rawValue), context.person(edge.to.rawValue),
                    Inline(stringLiteral: String(edge.count)), Inline(stringLiteral: kinds.joined(separator: ", "))]
        })
    }

    func addProgramme(to document: inout Document) {
        let w = context.words
        document.heading(2, Inline(stringLiteral: w.programme))
        if let programme = harvest.programme {
            var facts: [Inline] = [
                "\(user: programme.title)",
                "\(w.organisedBy) \(user: programme.organiserName ?? programme.organiser.rawValue)",
                "\(w.period) \(w.date(programme.period.from)) \(w.through) \(w.date(programme.period.to))",
                "\(w.dagdelenDeclared): \(w.count(programme.dagdelen, .halfDay))",
            ]
            if context.audience.isInsideCohort {
                facts.append("\(w.fee) \(w.euros(programme.fee.amount)) (\(programme.fee.vat == .excluded ? w.vatExcluded : w.vatIncluded))")
            }
            if let subsidy = programme.subsidy {
                facts.append("\(w.subsidy): \(subsidy.percent)% \(user: subsidy.fund), \(user: subsidy.scheme)")
            }
            document.paragraph(Inline.joined(facts, separator: " · "))
        }
        if !harvest.facilitators.isEmpty {
            document.paragraph("\(w.facilitators): " + Inline.joined(harvest.facilitators.map { context.person($0.id.rawValue) }, separator: ", "))
        }
        guard !harvest.sessions.isEmpty else { return }
        document.heading(3, Inline(stringLiteral: w.sessions))
        document.list(harvest.sessions.map { entry in
            let session = entry.session
            let days = Inline.joined(session.days.map { Inline(stringLiteral: w.date($0)) }, separator: ", ")
            var text = days + ": \(user: session.title) (\(w.name(session.kind)), \(w.count(session.dagdelen, .halfDay)))"
            if let location = session.location { text = text + " — \(user: location)" }
            if let host = session.host { text = text + ", \(w.hostedBy) " + context.person(host.rawValue) }
            return text + " · " + Inline(stringLiteral: entry.held ? w.held : w.toCome)
        })
    }

    /// Each participant's journey, from their threads: every wish as it evolved with the support and
    /// reflections on it, the assignment, their other reflections, their contributions, and their
    /// value-creation story.
    func addStories(to document: inout Document) {
        let w = context.words
        let stories = harvest.stories.filter { story in
            !story.wishes.isEmpty || !story.assignments.isEmpty || !story.reflections.isEmpty || !story.contributions.isEmpty
        }
        guard !stories.isEmpty else { return }
        document.heading(2, Inline(stringLiteral: w.participants.prefix(1).uppercased() + w.participants.dropFirst()))
        for story in stories {
            let id = story.person.id.rawValue
            let teller = TimelineReport(Timeline(context.state, participant: id), threads: story.threads, participant: id, context: context)
            var heading = context.person(id)
            if let municipality = story.person.municipality { heading = heading + " — \(user: municipality)" }
            document.heading(3, heading)
            for thread in story.threads.threads {
                document.paragraph(Inline(stringLiteral: w.threads.wishNumber(thread.number).capitalizedFirst + ": ") + wish(thread.wish))
                let around = thread.support.map { ($0.at, teller.received($0)) } + thread.reflections.map { ($0.at, teller.reflection($0)) }
                document.list(around.enumerated().sorted { ($0.element.0, $0.offset) < ($1.element.0, $1.offset) }
                    .map { teller.dated($0.element.0, $0.element.1) })
            }
            for assignment in story.assignments {
                if let title = assignment.title {
                    var text = "\(w.assignment): " + context.quoted(title)
                    if let description = assignment.description { text = text + " — " + context.text(description) }
                    document.paragraph(text)
                }
                if !assignment.steps.isEmpty {
                    document.paragraph("\(w.progress): " + Inline.joined(assignment.steps.map { step in
                        Inline(stringLiteral: "\(w.date(step.at)) \(step.progress)%")
                    }, separator: " · "))
                }
                if let completion = assignment.completion {
                    document.paragraph("\(w.result) (\(w.date(completion.at))): " + context.quoted(completion.result))
                }
            }
            let reflections = story.threads.otherReflections.filter { $0.author == story.person.id }
            if !reflections.isEmpty {
                document.paragraph("\(w.reflections.capitalizedFirst):")
                document.list(reflections.map { "\(w.date($0.at)): " + context.quoted($0.text) })
            }
            if !story.contributions.isEmpty {
                document.paragraph("\(w.contributions.capitalizedFirst):")
                document.list(story.contributions.map { "\(w.name($0.kind)): " + context.quoted($0.title) })
            }
            document.paragraph("\(w.lines.valueCreation):")
            ValueCreationReport(story.value, context: context).add(to: &document)
        }
    }

    /// A wish as it evolved: each version, then how it ended.
    func wish(_ wish: Wish) -> Inline {
        let w = context.words
        var text: Inline = wish.themes.isEmpty ? "" : "[" + Inline.joined(wish.themes.map(Inline.user), separator: ", ") + "] "
        for (index, version) in wish.versions.enumerated() {
            if index > 0 { text = text + " → \(w.revised) \(w.date(version.at)): " }
            text = text + context.quoted(version.text)
        }
        if let closing = wish.closing {
            text = text + " → \(w.name(closing.outcome))"
            if let into = closing.into, let target = context.state.wish(into.rawValue), let first = target.versions.first {
                text = text + " \(w.into) " + context.quoted(first.text)
            }
            if let note = closing.note { text = text + " — " + context.quoted(note) }
        }
        return text
    }

    func addContributions(to document: inout Document) {
        let w = context.words
        guard !harvest.byKind.isEmpty else { return }
        document.heading(2, Inline(stringLiteral: w.byKind))
        for group in harvest.byKind {
            document.heading(3, Inline(stringLiteral: w.name(group.kind)))
            document.list(group.contributions.map { contribution in
                var text = context.quoted(contribution.title) + " — " + context.text(contribution.text)
                text = text + " (" + Inline.joined(contribution.contributors.map { context.person($0.rawValue) }, separator: ", ")
                if let line = contribution.line { text = text + "; \(user: lineTitle(line))" }
                if contribution.cycle != nil { text = text + "; \(w.name(contribution.cycle))" }
                return text + ")"
            })
        }
        document.heading(2, Inline(stringLiteral: w.byCycle))
        document.list(harvest.byCycle.map { group in
            "\(w.name(group.cycle)): " + Inline.joined(group.contributions.map { context.quoted($0.title) }, separator: ", ")
        })
        document.heading(3, Inline(stringLiteral: w.matrix))
        let columns: [Inline] = [""] + harvest.lines.lines.map { "\(user: $0.line.title)" } + [Inline(stringLiteral: w.noLine)]
        let rows = zip(harvest.byCycle, harvest.matrix).map { group, counts in
            [Inline(stringLiteral: w.name(group.cycle))] + counts.map { Inline(stringLiteral: String($0)) }
        }
        document.table(columns, rows)
    }

    func addFigures(to document: inout Document) {
        let w = context.words
        let f = harvest.figures
        document.heading(2, Inline(stringLiteral: w.figures))
        let rows: [(String, Int)] = [
            (w.participants, f.participants), (w.wishesStated, f.wishesStated), (w.wishesFulfilled, f.wishesFulfilled),
            (w.wishesTransformed, f.wishesTransformed), (w.wishesDropped, f.wishesDropped), (w.supports, f.supports),
            (w.assignmentsStarted, f.assignmentsStarted), (w.assignmentsCompleted, f.assignmentsCompleted),
            (w.reflections, f.reflections), (w.contributions, f.contributions),
        ]
        document.table(["", "#"], rows.map { [Inline(stringLiteral: $0.0), Inline(stringLiteral: String($0.1))] })
        if let attendance = f.attendance, !attendance.isEmpty {
            document.heading(3, Inline(stringLiteral: w.attendance.prefix(1).uppercased() + w.attendance.dropFirst()))
            document.table(["", Inline(stringLiteral: w.halfDays), "%"], attendance.map { entry in
                guard let attended = entry.attended else {
                    return [context.session(entry.session), Inline(stringLiteral: w.notRecorded), ""]
                }
                return [context.session(entry.session), Inline(stringLiteral: "\(attended) / \(entry.possible)"),
                        Inline(stringLiteral: w.percent(attended, of: entry.possible))]
            })
        }
    }

    func lineTitle(_ id: LineID) -> String {
        context.state.lines.first { $0.id == id }?.title ?? id.rawValue
    }

    public var json: JSONValue {
        let f = harvest.figures
        var figures: [(String, JSONValue)] = [
            ("participants", .int(f.participants)), ("wishesStated", .int(f.wishesStated)),
            ("wishesFulfilled", .int(f.wishesFulfilled)), ("wishesTransformed", .int(f.wishesTransformed)),
            ("wishesDropped", .int(f.wishesDropped)), ("supports", .int(f.supports)),
            ("assignmentsStarted", .int(f.assignmentsStarted)), ("assignmentsCompleted", .int(f.assignmentsCompleted)),
            ("reflections", .int(f.reflections)), ("contributions", .int(f.contributions)),
        ]
        if let attendance = f.attendance {
            figures.append(("attendance", .array(attendance.map {
                .object([("session", .string($0.session.rawValue)), ("attended", $0.attended.map(JSONValue.int) ?? .null),
                         ("possible", .int($0.possible))])
            })))
        }
        var programme: JSONValue = .null
        if let p = harvest.programme {
            programme = .object([
                ("cohort", .string(p.cohort.rawValue)), ("title", .string(p.title)), ("organiser", .string(p.organiser.rawValue)),
                ("from", .string(p.period.from.description)), ("to", .string(p.period.to.description)),
                ("dagdelen", .int(p.dagdelen)),
            ])
        }
        return .object(context.jsonScope + [
            ("day", .optional(harvest.day?.description)),
            ("programme", programme),
            ("facilitators", .array(harvest.facilitators.map(personJSON))),
            ("sessions", .array(harvest.sessions.map { entry in
                .object([
                    ("session", .string(entry.session.id.rawValue)), ("title", .string(entry.session.title)),
                    ("kind", .string(entry.session.kind.rawValue)), ("days", .strings(entry.session.days.map(\.description))),
                    ("dagdelen", .int(entry.session.dagdelen)), ("location", .optional(entry.session.location)),
                    ("host", .optional(entry.session.host?.rawValue)), ("held", .bool(entry.held)),
                ])
            })),
            // The large parts are made as they are written: one story at a time.
            ("participants", .array(harvest.stories.map { story in .deferred { storyJSON(story) } })),
            ("lines", .deferred { LinesReport(harvest.lines, context: context).linesJSON }),
            ("contributions", .deferred { .array(context.state.contributions.map(contributionJSON)) }),
            ("network", .array(harvest.network.edges.map { edge in
                .object([("from", .string(edge.from.rawValue)), ("to", .string(edge.to.rawValue)), ("count", .int(edge.count)),
                         ("kinds", .object(SupportKind.allCases.compactMap { kind in edge.kinds[kind].map { (kind.rawValue, .int($0)) } })),
                         ("wishes", .strings(edge.wishes.map(\.rawValue)))])
            })),
            ("matrix", .object(zip(harvest.byCycle, harvest.matrix).map { group, counts in
                (group.cycle?.rawValue ?? "none", .object(zip(harvest.lines.lines.map(\.line.id.rawValue) + ["none"], counts).map { ($0, .int($1)) }))
            })),
            ("figures", .object(figures)),
        ])
    }

    func personJSON(_ person: Person) -> JSONValue {
        .object([("id", .string(person.id.rawValue)), ("name", context.json(person.name)),
                 ("municipality", .optional(person.municipality))])
    }

    func storyJSON(_ story: Harvest.Story) -> JSONValue {
        .object([
            ("participant", personJSON(story.person)),
            ("wishes", .array(story.wishes.map { wish in
                .object([
                    ("wish", .string(wish.id.rawValue)), ("themes", .strings(wish.themes)),
                    ("versions", .array(wish.versions.map { .object([("at", .string($0.at.description)), ("text", context.json($0.text))]) })),
                    ("outcome", .optional(wish.closing?.outcome.rawValue)), ("into", .optional(wish.closing?.into?.rawValue)),
                ])
            })),
            ("assignments", .array(story.assignments.map { assignment in
                .object([
                    ("assignment", .string(assignment.id.rawValue)), ("title", context.json(assignment.title)),
                    ("progress", .array(assignment.steps.map { .object([("at", .string($0.at.description)), ("progress", .int($0.progress))]) })),
                    ("result", context.json(assignment.completion?.result)),
                ])
            })),
            ("reflections", .array(story.reflections.map { .object([("at", .string($0.at.description)), ("text", context.json($0.text))]) })),
            ("contributions", .strings(story.contributions.map(\.id.rawValue))),
            ("threads", .array(story.threads.threads.map { thread in
                .object([
                    ("wish", .string(thread.wish.id.rawValue)), ("support", .strings(thread.support.map(\.record.rawValue))),
                    ("reflections", .strings(thread.reflections.map(\.id.rawValue))),
                    ("outcome", .optional(thread.closing?.outcome.rawValue)), ("into", .optional(thread.closing?.into?.rawValue)),
                ])
            })),
            ("valueCreation", ValueCreationReport(story.value, context: context).json),
        ])
    }

    func contributionJSON(_ contribution: Contribution) -> JSONValue {
        .object([
            ("item", .string(contribution.id.rawValue)), ("kind", .string(contribution.kind.rawValue)),
            ("cycle", .optional(contribution.cycle?.rawValue)), ("line", .optional(contribution.line?.rawValue)),
            ("contributors", .strings(contribution.contributors.map(\.rawValue))),
            ("title", context.json(contribution.title)), ("text", context.json(contribution.text)),
        ])
    }
}
