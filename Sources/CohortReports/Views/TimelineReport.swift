import CohortLog
import CohortProjections

/// `cohort timeline`: one participant's history, as text, Markdown or JSON.
public struct TimelineReport: Sendable {
    public let timeline: Timeline
    public let context: ReportContext
    /// The participant asked for (shown even when the audience may not see their name).
    public let participant: String

    public init(_ timeline: Timeline, participant: String, context: ReportContext) {
        self.timeline = timeline
        self.participant = participant
        self.context = context
    }

    /// The report before it has a format.
    public var document: Document {
        let w = context.words
        var document = Document()
        document.heading(1, "\(w.timelineOf) " + context.person(participant))
        document.paragraph(context.scope)
        if let person = timeline.person, person.role == .participant, let municipality = person.municipality {
            document.paragraph(Inline.joined([.user(municipality)] + (person.jobTitle.map { [Inline.user($0)] } ?? []), separator: " · "))
        }
        guard !timeline.entries.isEmpty else {
            document.paragraph(Inline(stringLiteral: w.nothingToShow))
            return document
        }
        document.list(timeline.entries.map { entry in "\(w.date(entry.at)): " + sentence(entry.event) })
        return document
    }

    func note(_ text: PersonalText?) -> Inline {
        text.map { " — " + context.quoted($0) } ?? ""
    }

    func sentence(_ event: Timeline.Event) -> Inline {
        let w = context.words
        let says = w.timeline
        switch event {
        case .registered:
            return Inline(stringLiteral: says.registered)
        case .withdrew(let withdrawal):
            return says.withdrew(withdrawal.reason.map(context.quoted))
        case .wishStated(let wish, let version):
            return says.statedWish(wish.id.rawValue) + context.themes(version.themes)
                + " (\(w.name(version.visibility))): " + context.quoted(version.text)
        case .wishRevised(let wish, let version):
            return says.revisedWish(wish.id.rawValue) + context.themes(version.themes)
                + " (\(w.name(version.visibility))): " + context.quoted(version.text)
        case .wishClosed(let wish, let closing):
            return says.closedWish(wish.id.rawValue, w.name(closing.outcome), closing.into?.rawValue) + note(closing.note)
        case .supportGiven(let support):
            return says.gaveSupport(w.name(support.kind), context.person(support.to.rawValue)) + details(support)
        case .supportReceived(let support):
            return says.receivedSupport(w.name(support.kind), context.person(support.from.rawValue)) + details(support)
        case .attended(let attendance, let session):
            let title = context.session(attendance.session)
            if attendance.dagdelen == 0 { return says.absentFrom(title) + note(attendance.note) }
            let figure = session.map { says.dagdelenOf(attendance.dagdelen, w.count($0.dagdelen, .halfDay)) } ?? w.count(attendance.dagdelen, .halfDay)
            return says.attended(title, figure) + note(attendance.note)
        case .assignmentStarted(let assignment):
            var text = says.startedAssignment(assignment.title.map(context.quoted) ?? "")
            if let description = assignment.description { text = text + " — " + context.text(description) }
            return text
        case .assignmentProgressed(_, let step):
            return Inline(stringLiteral: says.assignmentAt(step.progress)) + note(step.note)
        case .assignmentCompleted(_, let completion):
            return says.completedAssignment(context.quoted(completion.result))
        case .reflected(let reflection):
            var text = Inline(stringLiteral: says.reflected)
            if let session = reflection.session { text = text + " " + says.atSession(context.session(session)) }
            if let wish = reflection.wish { text = text + " (" + says.onWish(wish.rawValue) + ")" }
            if let line = reflection.line { text = text + " (\(user: lineTitle(line)))" }
            return text + context.themes(reflection.themes) + " (\(w.name(reflection.visibility))): " + context.quoted(reflection.text)
        case .contributed(let contribution):
            return says.contributed(w.name(contribution.kind), context.quoted(contribution.title))
        }
    }

    func details(_ support: Support) -> Inline {
        let w = context.words
        var text: Inline = ""
        if let wish = support.wish { text = text + " " + w.timeline.onWish(wish.rawValue) }
        if let session = support.session { text = text + " " + w.timeline.atSession(context.session(session)) }
        return text + " (\(w.name(support.visibility)))" + note(support.note)
    }

    func lineTitle(_ id: LineID) -> String {
        context.state.lines.first { $0.id == id }?.title ?? id.rawValue
    }

    /// The timeline as one JSON object.
    public var json: JSONValue {
        var members: [(String, JSONValue)] = [("participant", .string(participant))]
        if let person = timeline.person {
            members.append(("name", context.json(person.name)))
            members.append(("municipality", .optional(person.municipality)))
        }
        members += context.jsonScope
        members.append(("entries", .array(timeline.entries.map(entryJSON))))
        return .object(members)
    }

    func entryJSON(_ entry: Timeline.Entry) -> JSONValue {
        var members: [(String, JSONValue)] = [("at", .string(entry.at.description))]
        switch entry.event {
        case .registered:
            members.append(("type", .string("registered")))
        case .withdrew(let withdrawal):
            members += [("type", .string("withdrew")), ("reason", context.json(withdrawal.reason))]
        case .wishStated(let wish, let version), .wishRevised(let wish, let version):
            members += [("type", .string(version.isStatement ? "wish.stated" : "wish.revised")),
                        ("wish", .string(wish.id.rawValue)), ("themes", .strings(version.themes)),
                        ("visibility", .string(version.visibility.rawValue)), ("text", context.json(version.text))]
        case .wishClosed(let wish, let closing):
            members += [("type", .string("wish.closed")), ("wish", .string(wish.id.rawValue)),
                        ("outcome", .string(closing.outcome.rawValue)), ("into", .optional(closing.into?.rawValue)),
                        ("note", context.json(closing.note))]
        case .supportGiven(let support), .supportReceived(let support):
            let given: Bool
            if case .supportGiven = entry.event { given = true } else { given = false }
            members += [("type", .string(given ? "support.given" : "support.received")),
                        ("from", .string(support.from.rawValue)), ("to", .string(support.to.rawValue)),
                        ("kind", .string(support.kind.rawValue)), ("wish", .optional(support.wish?.rawValue)),
                        ("session", .optional(support.session?.rawValue)),
                        ("visibility", .string(support.visibility.rawValue)), ("note", context.json(support.note))]
        case .attended(let attendance, _):
            members += [("type", .string("attendance")), ("session", .string(attendance.session.rawValue)),
                        ("dagdelen", .int(attendance.dagdelen)), ("note", context.json(attendance.note))]
        case .assignmentStarted(let assignment):
            members += [("type", .string("assignment.started")), ("assignment", .string(assignment.id.rawValue)),
                        ("visibility", .string(assignment.startVisibility.rawValue)), ("title", context.json(assignment.title)),
                        ("description", context.json(assignment.description))]
        case .assignmentProgressed(let assignment, let step):
            members += [("type", .string("assignment.progressed")), ("assignment", .string(assignment.id.rawValue)),
                        ("progress", .int(step.progress)), ("note", context.json(step.note))]
        case .assignmentCompleted(let assignment, let completion):
            members += [("type", .string("assignment.completed")), ("assignment", .string(assignment.id.rawValue)),
                        ("visibility", .string(completion.visibility.rawValue)), ("result", context.json(completion.result))]
        case .reflected(let reflection):
            members += [("type", .string("reflection")), ("reflection", .string(reflection.id.rawValue)),
                        ("session", .optional(reflection.session?.rawValue)), ("wish", .optional(reflection.wish?.rawValue)),
                        ("line", .optional(reflection.line?.rawValue)), ("themes", .strings(reflection.themes)),
                        ("visibility", .string(reflection.visibility.rawValue)), ("text", context.json(reflection.text))]
        case .contributed(let contribution):
            members += [("type", .string("harvest.contributed")), ("item", .string(contribution.id.rawValue)),
                        ("kind", .string(contribution.kind.rawValue)), ("title", context.json(contribution.title))]
        }
        return .object(members)
    }
}
