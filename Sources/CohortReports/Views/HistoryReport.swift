import CohortLog
import CohortProjections

/// `cohort replay`: the cohort's history stretch by stretch between meetings, as text, Markdown or JSON.
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
        for stretch in history.stretches {
            document.heading(2, heading(stretch.interval))
            let entries = self.entries(stretch)
            if entries.isEmpty {
                document.paragraph(Inline(stringLiteral: w.nothingHappened))
            } else {
                document.list(entries.map { "\(w.date($0.at)): " + $0.text })
            }
        }
        return document
    }

    func heading(_ interval: Intervals.Interval) -> Inline {
        let w = context.words
        switch (interval.from, interval.to) {
        case (nil, let to?): return "\(w.beforeFirst) (\(user: to.title), \(w.date(to.firstDay)))"
        case (let from?, let to?): return "\(user: from.title) (\(w.date(from.firstDay))) – \(user: to.title) (\(w.date(to.firstDay)))"
        case (let from?, nil): return "\(w.afterLast) (\(user: from.title), \(w.date(from.firstDay)))"
        case (nil, nil): return Inline(stringLiteral: w.history)
        }
    }

    /// What happened in a stretch, in order of `at`.
    func entries(_ stretch: History.Stretch) -> [(at: Timestamp, text: Inline)] {
        let w = context.words
        let says = w.timeline
        func who(_ id: String) -> Inline { context.person(id) }
        var entries: [(at: Timestamp, text: Inline)] = []
        for wish in stretch.wishesStated {
            if let first = wish.versions.first, first.isStatement {
                entries.append((first.at, who(wish.owner.rawValue) + " " + says.statedWish(wish.id.rawValue) + ": " + context.quoted(first.text)))
            }
        }
        for (wish, version) in stretch.wishesRevised {
            entries.append((version.at, who(wish.owner.rawValue) + " " + says.revisedWish(wish.id.rawValue) + ": " + context.quoted(version.text)))
        }
        for (wish, closing) in stretch.wishesClosed {
            entries.append((closing.at, who(wish.owner.rawValue) + " " + says.closedWish(wish.id.rawValue, w.name(closing.outcome), nil)))
        }
        for support in stretch.supports {
            entries.append((support.at, who(support.from.rawValue) + " " + says.gaveSupport(w.name(support.kind), who(support.to.rawValue))))
        }
        for assignment in stretch.assignmentsStarted {
            entries.append((assignment.startedAt, who(assignment.owner.rawValue) + " " + says.startedAssignment(assignment.title.map(context.quoted) ?? "")))
        }
        for (assignment, step) in stretch.progress {
            entries.append((step.at, who(assignment.owner.rawValue) + ": \(says.assignmentAt(step.progress))"))
        }
        for (assignment, completion) in stretch.completions {
            entries.append((completion.at, who(assignment.owner.rawValue) + " " + says.completedAssignment(context.quoted(completion.result))))
        }
        for reflection in stretch.reflections {
            entries.append((reflection.at, who(reflection.author.rawValue) + " \(says.reflected): " + context.quoted(reflection.text)))
        }
        for line in stretch.lines {
            entries.append((line.at, says.lineEmerged(line.title)))
        }
        for contribution in stretch.contributions {
            entries.append((contribution.at, Inline.joined(contribution.contributors.map { who($0.rawValue) }, separator: ", ")
                + " — \(w.name(contribution.kind)): " + context.quoted(contribution.title)))
        }
        for attendance in stretch.attendance {
            let text = attendance.dagdelen == 0
                ? who(attendance.participant.rawValue) + " " + says.absentFrom(context.session(attendance.session))
                : who(attendance.participant.rawValue) + " " + says.attended(context.session(attendance.session), w.count(attendance.dagdelen, .halfDay))
            entries.append((attendance.at, text))
        }
        for person in stretch.withdrawals {
            if let withdrawal = person.withdrawal { entries.append((withdrawal.at, who(person.id.rawValue) + " " + says.withdrew(nil))) }
        }
        return entries.enumerated().sorted { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }.map(\.element)
    }

    public var json: JSONValue {
        .object(context.jsonScope + [("stretches", .array(history.stretches.map { stretch in
            .object([
                ("from", .optional(stretch.interval.from?.id.rawValue)), ("to", .optional(stretch.interval.to?.id.rawValue)),
                ("wishesStated", .strings(stretch.wishesStated.map(\.id.rawValue))),
                ("wishesRevised", .strings(stretch.wishesRevised.map(\.wish.id.rawValue))),
                ("wishesClosed", .array(stretch.wishesClosed.map {
                    .object([("wish", .string($0.wish.id.rawValue)), ("outcome", .string($0.closing.outcome.rawValue))])
                })),
                ("supports", .strings(stretch.supports.map(\.record.rawValue))),
                ("assignmentsStarted", .strings(stretch.assignmentsStarted.map(\.id.rawValue))),
                ("progress", .array(stretch.progress.map {
                    .object([("assignment", .string($0.assignment.id.rawValue)), ("progress", .int($0.step.progress))])
                })),
                ("assignmentsCompleted", .strings(stretch.completions.map(\.assignment.id.rawValue))),
                ("reflections", .strings(stretch.reflections.map(\.id.rawValue))),
                ("lines", .strings(stretch.lines.map(\.id.rawValue))),
                ("contributions", .strings(stretch.contributions.map(\.id.rawValue))),
                ("attendance", .array(stretch.attendance.map {
                    .object([("session", .string($0.session.rawValue)), ("participant", .string($0.participant.rawValue)),
                             ("dagdelen", .int($0.dagdelen))])
                })),
                ("withdrawals", .strings(stretch.withdrawals.map(\.id.rawValue))),
            ])
        }))])
    }
}
