import CohortLog
import CohortProjections

/// `cohort timeline`: one participant's history told as threads, as text, Markdown or JSON.
///
/// The text tells a story: a heading per wish (`Wish 1: “Ik wil leren…” (w-p03-1)`) with dated lines under
/// it (stated, support received on it, reflections naming it, revisions, how it ended), then the
/// assignment, what they gave, support and reflections that name no wish of theirs, and their taking part
/// (registration, attendance, withdrawal). The JSON keeps the entries of the history in order of `at` and
/// adds the threads (``json``, TimelineReport+JSON.swift).
public struct TimelineReport: Sendable {
    /// The history in order of `at` (the JSON `entries`).
    public let timeline: Timeline
    /// The same history as threads (the story, and the JSON `threads` and what follows them).
    public let threads: Threads
    /// The words, the audience and window, and the cohort as the audience may see it.
    public let context: ReportContext
    /// The participant asked for (shown even when the audience may not see their name).
    public let participant: String

    /// The report of `participant`, with their threads taken from the state of `context` (the cohort as
    /// the audience may see it, which `timeline` was built from too).
    public init(_ timeline: Timeline, participant: String, context: ReportContext) {
        self.init(timeline, threads: Threads(context.state, participant: participant), participant: participant, context: context)
    }

    /// The report of `participant` from its two views.
    public init(_ timeline: Timeline, threads: Threads, participant: String, context: ReportContext) {
        self.timeline = timeline
        self.threads = threads
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
        let takingPart = takingPartLines
        guard !(threads.threads.isEmpty && threads.assignments.isEmpty && threads.gave.isEmpty && threads.contributions.isEmpty
            && threads.otherSupport.isEmpty && threads.otherReflections.isEmpty && takingPart.isEmpty)
        else {
            document.paragraph(Inline(stringLiteral: w.nothingToShow))
            return document
        }
        for thread in threads.threads { tell(thread, in: &document) }
        for assignment in threads.assignments { tell(assignment, in: &document) }
        let says = w.threads
        let given = threads.gave.map { ($0.at, gift($0)) } + threads.contributions.map { ($0.at, contribution($0)) }
        let inOrder = given.enumerated().sorted { ($0.element.0, $0.offset) < ($1.element.0, $1.offset) }.map(\.element)
        section(says.gaveHeading, inOrder.map { dated($0.0, $0.1) }, in: &document)
        section(says.otherSupportHeading, threads.otherSupport.map { dated($0.at, received($0)) }, in: &document)
        section(says.otherReflectionsHeading, threads.otherReflections.map { dated($0.at, reflection($0)) }, in: &document)
        section(says.takingPartHeading, takingPart, in: &document)
        if let value = valueCreation {
            document.heading(2, Inline(stringLiteral: w.lines.valueCreation))
            ValueCreationReport(value, context: context).add(to: &document)
        }
        return document
    }

    /// The participant's value-creation story, when they are a participant and it holds anything the
    /// audience may see.
    var valueCreation: ValueCreation? {
        guard let person = timeline.person, person.role == .participant else { return nil }
        let value = ValueCreation(participant: person.id, context.state)
        return value.cycles.contains { !$0.contributions.isEmpty || !$0.indicators.isEmpty } ? value : nil
    }

    // MARK: - The parts of the story

    /// A wish's heading, where it came from, and its moments.
    func tell(_ thread: Threads.WishThread, in document: inout Document) {
        let says = context.words.threads
        let words = thread.wish.versions.first.map { short($0.text) } ?? ""
        document.heading(2, says.wishHeading(thread.number, words, thread.wish.id.rawValue))
        if let from = thread.from { document.paragraph(says.grewOutOf(wish(from))) }
        document.list(thread.moments.map { dated($0.at, moment($0)) })
    }

    /// One moment of a wish's thread, without its date.
    func moment(_ moment: Threads.Moment) -> Inline {
        let w = context.words
        switch moment {
        case .stated(let version):
            return Inline(stringLiteral: w.threads.stated) + context.themes(version.themes) + " (\(w.name(version.visibility))): " + context.quoted(version.text)
        case .revised(let version):
            return Inline(stringLiteral: w.threads.revised) + context.themes(version.themes) + " (\(w.name(version.visibility))): " + context.quoted(version.text)
        case .received(let support):
            return received(support)
        case .reflection(let reflection):
            return self.reflection(reflection)
        case .closed(let closing):
            return w.threads.closed(closing.outcome, closing.into.map(wish)) + note(closing.note)
        }
    }

    /// An assignment's heading and its moments: start, progress, result.
    func tell(_ assignment: Assignment, in document: inout Document) {
        let w = context.words
        document.heading(2, w.threads.assignmentHeading(assignment.title.map(context.quoted), assignment.id.rawValue))
        var lines: [Inline] = []
        if assignment.title != nil {
            let description = assignment.description.map { " — " + context.text($0) } ?? ""
            lines.append(dated(assignment.startedAt, "\(w.threads.startedAssignment) (\(w.name(assignment.startVisibility)))" + description))
        }
        for step in assignment.steps { lines.append(dated(step.at, Inline(stringLiteral: w.timeline.assignmentAt(step.progress)) + note(step.note))) }
        if let completion = assignment.completion {
            lines.append(dated(completion.at, "\(w.threads.completedAssignment) (\(w.name(completion.visibility))): " + context.quoted(completion.result)))
        }
        document.list(lines)
    }

    /// Registration, attendance at each session in session order, and withdrawal.
    var takingPartLines: [Inline] {
        let w = context.words
        var lines: [Inline] = []
        if let person = threads.person, person.role == .participant, let joined = person.joinedAt {
            lines.append(dated(joined, Inline(stringLiteral: w.timeline.registered)))
        }
        for presence in threads.attendance {
            let attendance = presence.attendance
            let title = context.session(attendance.session)
            let day = presence.session?.firstDay ?? attendance.at.localDay
            if attendance.dagdelen == 0 {
                lines.append(dated(day, w.timeline.absentFrom(title) + note(attendance.note)))
            } else {
                let figure = presence.session.map { w.timeline.dagdelenOf(attendance.dagdelen, w.count($0.dagdelen, .halfDay)) }
                    ?? w.count(attendance.dagdelen, .halfDay)
                lines.append(dated(day, w.timeline.attended(title, figure) + note(attendance.note)))
            }
        }
        if let withdrawal = threads.person?.withdrawal {
            lines.append(dated(withdrawal.at, w.timeline.withdrew(withdrawal.reason.map(context.quoted))))
        }
        return lines
    }

    /// Support received: its kind, who gave it, at which session, who may see it, its note.
    func received(_ support: Support) -> Inline {
        let w = context.words
        return w.threads.received(w.name(support.kind), context.person(support.from.rawValue)) + session(support.session)
            + " (\(w.name(support.visibility)))" + note(support.note)
    }

    /// Support given: its kind, to whom, on which wish, at which session, who may see it, its note.
    func gift(_ support: Support) -> Inline {
        let w = context.words
        var text = w.timeline.gaveSupport(w.name(support.kind), context.person(support.to.rawValue))
        if let wish = support.wish { text = text + " " + w.timeline.onWish(wish.rawValue) }
        return text + session(support.session) + " (\(w.name(support.visibility)))" + note(support.note)
    }

    /// A reflection: by someone else when it is not theirs, at which session, on which line, its themes,
    /// who may see it, its text.
    func reflection(_ reflection: Reflection) -> Inline {
        let w = context.words
        var text = reflection.author.rawValue == participant
            ? Inline(stringLiteral: w.timeline.reflected) : w.threads.reflectedBy(context.person(reflection.author.rawValue))
        text = text + session(reflection.session)
        if let line = reflection.line { text = text + " " + w.threads.onLine(.user(lineTitle(line))) }
        return text + context.themes(reflection.themes) + " (\(w.name(reflection.visibility))): " + context.quoted(reflection.text)
    }

    /// A harvest contribution, with the other contributors.
    func contribution(_ contribution: Contribution) -> Inline {
        let w = context.words
        var text = w.threads.contributed(w.name(contribution.kind), context.quoted(contribution.title))
        let others = contribution.contributors.filter { $0.rawValue != participant }
        if !others.isEmpty { text = text + w.threads.with(Inline.joined(others.map { context.person($0.rawValue) }, separator: ", ")) }
        return text
    }

    // MARK: - Small pieces

    /// A wish named in a thread: `wish 2` when it is one of the threads, else by its id.
    func wish(_ id: WishID) -> Inline {
        let says = context.words.threads
        if let thread = threads.threads.first(where: { $0.wish.id == id }) { return Inline(stringLiteral: says.wishNumber(thread.number)) }
        return says.wishID(id.rawValue)
    }

    /// A list under a heading, or nothing when the list is empty.
    func section(_ heading: String, _ lines: [Inline], in document: inout Document) {
        guard !lines.isEmpty else { return }
        document.heading(2, Inline(stringLiteral: heading))
        document.list(lines)
    }

    /// `12 June 2014 · ` before a moment.
    func dated(_ at: Timestamp, _ text: Inline) -> Inline {
        dated(at.localDay, text)
    }

    /// `12 June 2014 · ` before what happened on that day.
    func dated(_ day: Day, _ text: Inline) -> Inline {
        Inline(stringLiteral: context.words.date(day) + " · ") + text
    }

    /// ` at Startbijeenkomst`, or nothing.
    func session(_ id: SessionID?) -> Inline {
        id.map { " " + context.words.timeline.atSession(context.session($0)) } ?? ""
    }

    func note(_ text: PersonalText?) -> Inline {
        text.map { " — " + context.quoted($0) } ?? ""
    }

    func lineTitle(_ id: LineID) -> String {
        context.state.lines.first { $0.id == id }?.title ?? id.rawValue
    }

    /// A wish's words for a heading: quoted, cut at a word after about 60 characters (`“Ik wil leren…”`).
    func short(_ text: PersonalText) -> Inline {
        guard case .text(let value) = text, value.count > Self.headingLength else { return context.quoted(text) }
        var cut = value.prefix(Self.headingLength)
        if let space = cut.lastIndex(of: " "), cut.distance(from: cut.startIndex, to: space) > Self.headingLength / 2 {
            cut = cut[..<space]
        }
        let trimmed = String(cut).trimmingTrailing { $0 == " " || $0 == "," || $0 == ";" || $0 == ":" }
        return "“\(user: trimmed)…”"
    }

    /// How many characters of a wish's words its heading shows.
    static let headingLength = 60
}

extension String {
    /// The string without the trailing characters that match.
    fileprivate func trimmingTrailing(while matches: (Character) -> Bool) -> String {
        var text = self
        while let last = text.last, matches(last) { text.removeLast() }
        return text
    }
}
