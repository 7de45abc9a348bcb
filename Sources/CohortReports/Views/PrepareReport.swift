import CohortLog
import CohortProjections

/// `cohort prepare`: the sheet a facilitator prints before the next session, as text, Markdown or JSON.
///
/// The next session (title, dates, kind, host, location) and the last one held, then each section of
/// ``Preparation`` with every item and the evidence behind it; an empty section says so in one line.
public struct PrepareReport: Sendable {
    /// The view it renders.
    public let preparation: Preparation
    /// The words, the window and the cohort as the facilitators see it.
    public let context: ReportContext

    /// The report of `preparation` in the words of `context`.
    public init(_ preparation: Preparation, context: ReportContext) {
        self.preparation = preparation
        self.context = context
    }

    /// The report as a document, for text and Markdown.
    public var document: Document {
        let w = context.words
        let says = w.prepare
        var document = Document()
        document.heading(1, Inline(stringLiteral: says.title))
        document.paragraph(context.scope)
        addSessions(to: &document)

        section(&document, says.wishesWithoutSupport(preparation.wishesWithoutSupport.count),
                explained: Inline(stringLiteral: says.wishesWithoutSupportExplained),
                empty: Inline(stringLiteral: says.noWishesWithoutSupport),
                preparation.wishesWithoutSupport.map { item in
                    let text = item.wish.versions.last.map { context.quoted($0.text) } ?? ""
                    return person(item.wish.owner.rawValue) + ": "
                        + says.statedWish(item.wish.id.rawValue, text, w.date(item.wish.statedAt), item.daysAgo)
                })

        let since = preparation.since.map(w.date)
        section(&document, says.quietParticipants(preparation.quietParticipants.count),
                explained: Inline(stringLiteral: says.quietExplained(since)),
                empty: Inline(stringLiteral: says.noQuietParticipants(since)),
                preparation.quietParticipants.map { item in
                    var evidence = says.noActivityYet
                    if let last = item.lastActivity, let daysAgo = item.daysAgo { evidence = says.lastActivity(w.date(last), daysAgo) }
                    return person(item.person.id.rawValue) + ": \(evidence)"
                })

        let days = Preparation.stalledAfterDays
        section(&document, says.stalledAssignments(preparation.stalledAssignments.count),
                explained: Inline(stringLiteral: says.stalledExplained(days)),
                empty: Inline(stringLiteral: says.noStalledAssignments(days)),
                preparation.stalledAssignments.map { item in
                    let assignment = item.assignment
                    let evidence = item.lastStep.map { step in
                        says.lastProgress(step.progress, w.date(step.at), step.note.map(context.quoted), item.daysSince)
                    } ?? Inline(stringLiteral: says.onlyStarted(w.date(assignment.startedAt), item.daysSince))
                    return person(assignment.owner.rawValue) + ": "
                        + says.assignment(assignment.id.rawValue, assignment.title.map(context.quoted)) + " — " + evidence
                })

        section(&document, says.looseEnds(preparation.looseEnds.count),
                explained: Inline(stringLiteral: says.looseEndsExplained),
                empty: Inline(stringLiteral: says.noLooseEnds),
                preparation.looseEnds.map { item in
                    let what: Inline
                    switch item.item {
                    case .wish(let wish):
                        what = says.wish(wish.id.rawValue, wish.versions.last.map { context.quoted($0.text) } ?? "")
                    case .assignment(let assignment):
                        what = says.assignment(assignment.id.rawValue, assignment.title.map(context.quoted))
                    }
                    return person(item.person.id.rawValue) + ", \(says.withdrewOn(w.date(item.withdrawal.at))): " + what
                })

        addAttendanceGaps(to: &document)

        section(&document, says.facilitatorReflections(preparation.facilitatorReflections.count),
                explained: Inline(stringLiteral: says.facilitatorReflectionsExplained(since)),
                empty: Inline(stringLiteral: says.noFacilitatorReflections(since)),
                preparation.facilitatorReflections.map { reflection in
                    person(reflection.author.rawValue) + ", \(w.date(reflection.at)): " + context.quoted(reflection.text)
                })
        return document
    }

    /// The next session with its facts, then the last session held.
    func addSessions(to document: inout Document) {
        let w = context.words
        let says = w.prepare
        document.heading(2, Inline(stringLiteral: says.nextSession))
        if let session = preparation.nextSession {
            let dates = w.days(session.days)
            var facts: [Inline] = [
                .user(session.title),
                Inline(stringLiteral: says.when(dates, session.firstDay.daysSinceEpoch - preparation.day.daysSinceEpoch)),
                Inline(stringLiteral: says.kind(w.name(session.kind), w.count(session.dagdelen, .halfDay))),
            ]
            if let host = session.host {
                facts.append(says.host(context.person(host.rawValue), context.state.person(host.rawValue)?.municipality.map(Inline.user)))
            }
            if let location = session.location { facts.append(says.location(.user(location))) }
            document.list(facts)
        } else {
            document.paragraph(Inline(stringLiteral: says.noNextSession))
        }
        if let last = preparation.lastSession {
            document.paragraph(says.lastSession(context.quoted(.text(last.title)), w.date(last.firstDay)))
        } else {
            document.paragraph(Inline(stringLiteral: says.noSessionHeld))
        }
    }

    /// Who missed all or part of the last session held.
    func addAttendanceGaps(to document: inout Document) {
        let w = context.words
        let says = w.prepare
        let gaps = preparation.attendanceGaps
        document.heading(2, Inline(stringLiteral: says.attendanceGaps(gaps.count)))
        guard let session = preparation.lastSession else {
            document.paragraph(Inline(stringLiteral: says.noSessionHeld))
            return
        }
        let title = context.quoted(.text(session.title))
        guard !gaps.isEmpty else {
            document.paragraph(says.noAttendanceGaps(title))
            return
        }
        document.paragraph(says.attendanceGapsExplained(title, w.date(session.firstDay)))
        document.list(gaps.map { gap in
            guard let attendance = gap.attendance else { return person(gap.person.id.rawValue) + ": \(says.notRecorded)" }
            let note = attendance.note.map { " — " + context.quoted($0) } ?? ""
            return person(gap.person.id.rawValue) + ": \(says.attendedOf(attendance.dagdelen, w.count(gap.of, .halfDay)))" + note
        })
    }

    /// A section: its heading, then what it holds and its items, or one line saying it is empty.
    func section(_ document: inout Document, _ heading: String, explained: Inline, empty: Inline, _ items: [Inline]) {
        document.heading(2, Inline(stringLiteral: heading))
        if items.isEmpty {
            document.paragraph(empty)
        } else {
            document.paragraph(explained)
            document.list(items)
        }
    }

    func person(_ id: String) -> Inline { context.person(id) }

    /// The report as JSON: the window, then the figures under their contract's keys, then more.
    public var json: JSONValue {
        let p = preparation
        var next: JSONValue = .null
        if let session = p.nextSession {
            next = .object([
                ("session", .string(session.id.rawValue)), ("title", .string(session.title)),
                ("kind", .string(session.kind.rawValue)), ("days", .strings(session.days.map(\.description))),
                ("dagdelen", .int(session.dagdelen)), ("host", .optional(session.host?.rawValue)),
                ("location", .optional(session.location)),
            ])
        }
        return .object(context.jsonScope + [
            ("day", .string(p.day.description)),
            ("session", .optional(p.nextSession?.id.rawValue)),
            ("nextSession", next),
            ("lastSession", .optional(p.lastSession?.id.rawValue)),
            ("since", .optional(p.since?.description)),
            ("wishesWithoutSupport", .strings(p.wishesWithoutSupport.map(\.wish.id.rawValue))),
            ("quietParticipants", .strings(p.quietParticipants.map(\.person.id.rawValue))),
            ("stalledAssignments", .strings(p.stalledAssignments.map(\.assignment.id.rawValue))),
            ("looseEnds", .strings(p.looseEnds.map(\.id))),
            ("attendanceGaps", .array(p.attendanceGaps.map { gap in
                .object([("participant", .string(gap.person.id.rawValue)),
                         ("dagdelen", gap.attendance.map { .int($0.dagdelen) } ?? .null), ("of", .int(gap.of))])
            })),
            ("facilitatorReflections", .strings(p.facilitatorReflections.map(\.id.rawValue))),
        ])
    }
}
