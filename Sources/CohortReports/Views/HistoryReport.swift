import CohortLog
import CohortProjections

/// `cohort replay`: the cohort's history session by session, each stretch told as what happened at the
/// meeting and what happened in practice between meetings, with a summary and the state at its end; as
/// text, Markdown or JSON.
public struct HistoryReport: Sendable {
    public let history: History
    public let context: ReportContext

    public init(_ history: History, context: ReportContext) {
        self.history = history
        self.context = context
    }

    public var document: Document {
        let w = context.words
        var document = Document()
        document.heading(1, Inline(stringLiteral: w.history))
        document.paragraph(context.scope)
        let current = history.stretches.lastIndex { !$0.isToCome }
        for (index, stretch) in history.stretches.enumerated() {
            add(stretch, next: index + 1 < history.stretches.count ? history.stretches[index + 1] : nil,
                isCurrent: index == current, to: &document)
        }
        return document
    }

    /// Adds one stretch: its heading, the meeting, the practice after it, the summary and the end.
    func add(_ stretch: History.Stretch, next: History.Stretch?, isCurrent: Bool, to document: inout Document) {
        let w = context.words
        let says = w.replay
        guard let session = stretch.interval.from else {
            let first = stretch.interval.to.map { " (" + context.session($0.id) + ", \(w.days($0.days)))" } ?? ""
            document.heading(2, Inline(stringLiteral: w.beforeFirst) + first)
            part(stretch.between, to: &document)
            summary(stretch, isCurrent: isCurrent, to: &document)
            return
        }
        var heading = context.session(session.id) + " · \(w.days(session.days))"
        if stretch.isToCome { heading = heading + " (\(says.toCome))" }
        document.heading(2, heading)
        var facts: [Inline] = [Inline(stringLiteral: w.name(session.kind))]
        if let host = session.host { facts.append("\(w.hostedBy) " + context.person(host.rawValue)) }
        if let location = session.location { facts.append(.user(location)) }
        document.paragraph(Inline.joined(facts, separator: " · "))
        guard !stretch.isToCome else { return }
        document.heading(3, Inline(stringLiteral: says.atMeeting))
        if !stretch.attendance.isEmpty {
            let attended = stretch.attendance.reduce(0) { $0 + $1.dagdelen }
            let present = stretch.attendance.filter { $0.dagdelen > 0 }.count
            document.paragraph(Inline(stringLiteral: says.attendance(
                present, attended, w.count(stretch.attendance.count * session.dagdelen, .halfDay))))
        }
        part(stretch.atMeeting, to: &document)
        let between = next?.interval.from.map { says.betweenUntil(w.date($0.firstDay)) } ?? says.betweenAfterLast
        document.heading(3, Inline(stringLiteral: between))
        part(stretch.between, to: &document)
        summary(stretch, isCurrent: isCurrent, to: &document)
    }

    /// The entries of one part of a stretch, or the word for nothing.
    func part(_ entries: [History.Entry], to document: inout Document) {
        if entries.isEmpty {
            document.paragraph(Inline(stringLiteral: context.words.nothingHappened))
        } else {
            document.list(entries.map { "\(context.words.date($0.at)): " + sentence($0.happening) })
        }
    }

    /// The summary of counts and the state at the end of a stretch.
    func summary(_ stretch: History.Stretch, isCurrent: Bool, to document: inout Document) {
        let says = context.words.replay
        let counts = stretch.summary
        var parts: [String] = []
        func add(_ n: Int, _ tally: ReplayWords.Tally, _ extra: String = "") {
            if n > 0 { parts.append(says.count(n, tally) + extra) }
        }
        add(counts.wishesStated, .wishStated)
        add(counts.wishesRevised, .wishRevised)
        add(counts.wishesClosed, .wishClosed)
        add(counts.support, .support, stretch.interval.from == nil ? "" : " " + says.supportSplit(counts.supportAtMeeting, counts.supportBetween))
        add(counts.assignmentsStarted, .assignmentStarted)
        add(counts.progressSteps, .progressStep)
        add(counts.assignmentsCompleted, .assignmentCompleted)
        add(counts.reflections, .reflection)
        add(counts.contributions, .contribution)
        add(counts.linesEmerged, .lineEmerged)
        add(counts.withdrawals, .withdrawal)
        if !parts.isEmpty { document.paragraph(Inline(stringLiteral: "\(says.inThisStretch) " + parts.joined(separator: ", ") + ".")) }
        guard let end = stretch.end else { return }
        let assignments = end.assignments.isEmpty
            ? Inline(stringLiteral: says.none)
            : Inline.joined(end.assignments.map { standing in
                var progress = standing.completed ? says.completed : "\(standing.progress)%"
                if standing.ownerWithdrew { progress += " (\(says.withdrawn))" }
                return context.person(standing.owner.rawValue) + Inline(stringLiteral: " " + progress)
            }, separator: ", ")
        let opening = "\(isCurrent ? says.soFar : says.atItsEnd) \(says.count(end.openWishes.count, .openWish)); \(says.assignmentsLabel) "
        document.paragraph(Inline(stringLiteral: opening) + assignments + ".")
    }

    /// What a happening says, with its subject in front.
    func sentence(_ happening: History.Happening) -> Inline {
        let w = context.words
        let says = w.replay
        func who(_ id: String) -> Inline { context.person(id) }
        func note(_ text: PersonalText?) -> Inline { text.map { " — " + context.quoted($0) } ?? "" }
        switch happening {
        case .wishStated(let wish, let version):
            return says.statedWish(who(wish.owner.rawValue), wish.id.rawValue) + context.themes(version.themes) + ": " + context.quoted(version.text)
        case .wishRevised(let wish, let version):
            return says.revisedWish(who(wish.owner.rawValue), wish.id.rawValue) + context.themes(version.themes) + ": " + context.quoted(version.text)
        case .wishClosed(let wish, let closing):
            return says.closedWish(who(wish.owner.rawValue), wish.id.rawValue, w.name(closing.outcome), closing.into?.rawValue) + note(closing.note)
        case .support(let support):
            var text = says.support(who(support.from.rawValue), w.name(support.kind), who(support.to.rawValue))
            if let wishID = support.wish {
                text = text + " " + says.onWish(wishID.rawValue)
                // The wish as it was worded when the support was given.
                let versions = context.state.wish(wishID.rawValue)?.versions ?? []
                if let version = versions.last(where: { $0.at <= support.at }) ?? versions.first {
                    text = text + " (" + context.excerpt(version.text) + ")"
                }
            }
            return text + note(support.note)
        case .assignmentStarted(let assignment):
            return says.startedAssignment(who(assignment.owner.rawValue), assignment.title.map(context.quoted) ?? "")
        case .assignmentProgressed(let assignment, let step):
            return says.progressed(who(assignment.owner.rawValue), step.progress) + note(step.note)
        case .assignmentCompleted(let assignment, let completion):
            return says.completedAssignment(who(assignment.owner.rawValue), context.quoted(completion.result))
        case .reflected(let reflection):
            var text = says.reflected(who(reflection.author.rawValue))
            if let wish = reflection.wish { text = text + " " + says.onWish(wish.rawValue) }
            return text + context.themes(reflection.themes) + ": " + context.quoted(reflection.text)
        case .contributed(let contribution):
            return says.contributed(Inline.joined(contribution.contributors.map { who($0.rawValue) }, separator: ", "),
                                    w.name(contribution.kind), context.quoted(contribution.title))
        case .lineEmerged(let line):
            return says.lineEmerged(.user(line.title))
        case .withdrew(let person, _):
            return says.withdrew(who(person.id.rawValue))
        }
    }

    public var json: JSONValue {
        .object(context.jsonScope + [
            ("day", .optional(history.day?.description)),
            ("stretches", .array(history.stretches.map(stretchJSON))),
        ])
    }

    func stretchJSON(_ stretch: History.Stretch) -> JSONValue {
        let entries = stretch.atMeeting + stretch.between
        func learning(_ list: [History.Entry]) -> JSONValue { .strings(list.filter(\.happening.isLearning).map(\.record.rawValue)) }
        let counts = stretch.summary
        return .object([
            ("session", .optional(stretch.interval.from?.id.rawValue)),
            ("from", .optional(stretch.interval.from?.id.rawValue)), ("to", .optional(stretch.interval.to?.id.rawValue)),
            ("days", .strings(stretch.interval.from?.days.map(\.description) ?? [])),
            ("toCome", .bool(stretch.isToCome)),
            ("atMeeting", learning(stretch.atMeeting)),
            ("between", learning(stretch.between)),
            ("summary", .object([
                ("wishesStated", .int(counts.wishesStated)), ("wishesRevised", .int(counts.wishesRevised)),
                ("wishesClosed", .int(counts.wishesClosed)), ("support", .int(counts.support)),
                ("supportAtMeeting", .int(counts.supportAtMeeting)), ("supportBetween", .int(counts.supportBetween)),
                ("assignmentsStarted", .int(counts.assignmentsStarted)), ("progressNotes", .int(counts.progressSteps)),
                ("assignmentsCompleted", .int(counts.assignmentsCompleted)), ("reflections", .int(counts.reflections)),
                ("contributions", .int(counts.contributions)), ("linesEmerged", .int(counts.linesEmerged)),
                ("withdrawals", .int(counts.withdrawals)),
            ])),
            ("end", stretch.end.map { end in
                .object([
                    ("openWishes", .strings(end.openWishes.map(\.rawValue))),
                    ("assignments", .array(end.assignments.map { standing in
                        .object([("assignment", .string(standing.assignment.rawValue)), ("participant", .string(standing.owner.rawValue)),
                                 ("progress", .int(standing.progress)), ("completed", .bool(standing.completed)),
                                 ("withdrawn", .bool(standing.ownerWithdrew))])
                    })),
                ])
            } ?? .null),
            ("attendance", .array(stretch.attendance.map {
                .object([("session", .string($0.session.rawValue)), ("participant", .string($0.participant.rawValue)),
                         ("dagdelen", .int($0.dagdelen))])
            })),
            ("lines", .strings(entries.compactMap { if case .lineEmerged(let line) = $0.happening { line.id.rawValue } else { nil } })),
            ("withdrawals", .strings(entries.compactMap { if case .withdrew(let person, _) = $0.happening { person.id.rawValue } else { nil } })),
        ])
    }
}
