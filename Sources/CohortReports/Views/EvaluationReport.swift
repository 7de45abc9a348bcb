import CohortLog
import CohortProjections

/// `cohort evaluate`: the programme against its promises, for the fund and the municipalities, as text,
/// Markdown or JSON.
///
/// Retention, the assignments completed, how the wishes evolved, peer support and its share between
/// meetings, reflections, the sessions held with their hosts, the learning lines that emerged and the
/// contributions of realised value (``Evaluation``).
public struct EvaluationReport: Sendable {
    /// The view it renders.
    public let evaluation: Evaluation
    /// The words, the window and the cohort as the facilitators see it.
    public let context: ReportContext

    /// The report of `evaluation` in the words of `context`.
    public init(_ evaluation: Evaluation, context: ReportContext) {
        self.evaluation = evaluation
        self.context = context
    }

    /// The report as a document, for text and Markdown.
    public var document: Document {
        let w = context.words
        let says = w.evaluation
        let e = evaluation
        var document = Document()
        document.heading(1, says.title(context.state.programme.map { context.quoted(.text($0.title)) }))
        document.paragraph(context.scope)
        if context.window.asOf == nil, let day = e.day { document.paragraph(Inline(stringLiteral: says.countedUpTo(w.date(day)))) }

        document.heading(2, Inline(stringLiteral: says.participants))
        let p = e.participants
        document.paragraph(Inline(stringLiteral: p.registered == 0 ? says.noParticipants : says.retention(p.active, p.registered, p.withdrew)))

        document.heading(2, Inline(stringLiteral: says.assignments))
        let a = e.assignments
        document.paragraph(Inline(stringLiteral: a.started == 0 ? says.noAssignments : says.completed(a.completed, a.started)))

        document.heading(2, Inline(stringLiteral: says.wishes))
        let wishes = e.wishes
        if wishes.stated == 0 {
            document.paragraph(Inline(stringLiteral: says.noWishes))
        } else {
            document.list([
                says.stated(wishes.stated), says.revisions(wishes.revisions), says.fulfilled(wishes.fulfilled),
                says.transformed(wishes.transformed), says.dropped(wishes.dropped), says.open(wishes.open),
            ].map { Inline(stringLiteral: $0) })
        }

        document.heading(2, Inline(stringLiteral: says.support))
        let s = e.support
        document.paragraph(Inline(stringLiteral: s.total == 0
            ? says.noSupport : says.supportGiven(s.total, s.betweenMeetings, w.percent(s.betweenMeetings, of: s.total))))

        document.heading(2, Inline(stringLiteral: says.reflections))
        let r = e.reflections
        document.paragraph(Inline(stringLiteral: r.total == 0
            ? says.noReflections : says.reflectionsRecorded(r.total, r.byParticipants, r.byFacilitators)))

        addSessions(to: &document)

        document.heading(2, Inline(stringLiteral: says.lines(e.lines.count)))
        if e.lines.isEmpty {
            document.paragraph(Inline(stringLiteral: says.noLines))
        } else {
            document.list(e.lines.map { context.quoted(.text($0.title)) + " (\(says.emergedOn(w.date($0.at))))" })
        }

        document.heading(2, Inline(stringLiteral: says.realised(e.realisedContributions.count)))
        if e.realisedContributions.isEmpty {
            document.paragraph(Inline(stringLiteral: says.noRealised))
        } else {
            document.paragraph(Inline(stringLiteral: says.realisedExplained))
            document.list(e.realisedContributions.map { contribution in
                context.quoted(contribution.title) + " — "
                    + Inline.joined(contribution.contributors.map { context.person($0.rawValue) }, separator: ", ")
            })
        }
        return document
    }

    /// The sessions held with their hosts, and how many are still to come.
    func addSessions(to document: inout Document) {
        let w = context.words
        let says = w.evaluation
        let held = evaluation.sessions.filter(\.held).map(\.session)
        document.heading(2, Inline(stringLiteral: says.sessionsHeld(held.count)))
        if held.isEmpty {
            document.paragraph(Inline(stringLiteral: says.noSessionsHeld))
        } else {
            document.list(held.map { session in
                var text = Inline(stringLiteral: w.days(session.days)) + ": " + context.quoted(.text(session.title))
                if let host = session.host {
                    let municipality = context.state.person(host.rawValue)?.municipality.map(Inline.user)
                    text = text + " — " + says.hostedBy(context.person(host.rawValue), municipality)
                }
                return text
            })
        }
        let toCome = evaluation.sessions.count - held.count
        if toCome > 0 { document.paragraph(Inline(stringLiteral: says.toCome(toCome))) }
    }

    /// The report as JSON: the window, then the figures under their contract's keys, then more.
    public var json: JSONValue {
        let e = evaluation
        return .object(context.jsonScope + [
            ("day", .optional(e.day?.description)),
            ("participants", .object([
                ("registered", .int(e.participants.registered)), ("withdrew", .int(e.participants.withdrew)),
                ("active", .int(e.participants.active)),
            ])),
            ("wishes", .object([
                ("stated", .int(e.wishes.stated)), ("revisions", .int(e.wishes.revisions)), ("fulfilled", .int(e.wishes.fulfilled)),
                ("dropped", .int(e.wishes.dropped)), ("transformed", .int(e.wishes.transformed)), ("open", .int(e.wishes.open)),
            ])),
            ("assignments", .object([("started", .int(e.assignments.started)), ("completed", .int(e.assignments.completed))])),
            ("support", .object([("total", .int(e.support.total)), ("betweenMeetings", .int(e.support.betweenMeetings))])),
            ("reflections", .int(e.reflections.total)),
            ("reflectionsBy", .object([("participants", .int(e.reflections.byParticipants)),
                                       ("facilitators", .int(e.reflections.byFacilitators))])),
            ("lines", .int(e.lines.count)),
            ("sessionsHeld", .int(e.sessionsHeld)),
            ("sessions", .array(e.sessions.map { entry in
                .object([
                    ("session", .string(entry.session.id.rawValue)), ("title", .string(entry.session.title)),
                    ("days", .strings(entry.session.days.map(\.description))), ("host", .optional(entry.session.host?.rawValue)),
                    ("held", .bool(entry.held)),
                ])
            })),
            ("linesEmerged", .strings(e.lines.map(\.id.rawValue))),
            ("realisedContributions", .strings(e.realisedContributions.map(\.id.rawValue))),
        ])
    }
}
