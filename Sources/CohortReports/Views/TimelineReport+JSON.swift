import CohortLog
import CohortProjections

extension TimelineReport {
    /// The timeline as one JSON object: the participant, the scope, the `entries` in order of `at`, and the
    /// same history as threads.
    ///
    /// - `threads`: one per wish of theirs the audience may see, in the order stated: `wish`, `number`,
    ///   `from` (the wish transformed into it, or null), `versions`, `support` (the record ids of the
    ///   support that names it), `reflections` (the reflection ids of the reflections that name it),
    ///   `outcome`, `into`, `closedAt`, `note` (null while open), and the details `received` and `reflected`.
    /// - `assignments`: each with `started` (null when the audience may not see how it started), `steps`,
    ///   `completed` and `progress`.
    /// - `gave`: `support` they gave and harvest `contributions` naming them.
    /// - `otherSupport`, `otherReflections`: what names no wish of theirs.
    /// - `valueCreation`: their value-creation story (``ValueCreationReport``), when it holds anything;
    /// - `attendance` in session order; `registered` (when) and `withdrew` (`at`, `reason`) only where the
    ///   audience may see them (never for the public) and, for `withdrew`, where they withdrew.
    public var json: JSONValue {
        var members: [(String, JSONValue)] = [("participant", .string(participant))]
        if let person = timeline.person {
            members.append(("name", context.json(person.name)))
            members.append(("municipality", .optional(person.municipality)))
        }
        members += context.jsonScope
        members.append(("entries", .array(timeline.entries.map(entryJSON))))
        members.append(("threads", .array(threads.threads.map(threadJSON))))
        members.append(("assignments", .array(threads.assignments.map(assignmentJSON))))
        members.append(("gave", .object([("support", .array(threads.gave.map(supportJSON))),
                                         ("contributions", .array(threads.contributions.map(contributionJSON)))])))
        members.append(("otherSupport", .array(threads.otherSupport.map(supportJSON))))
        members.append(("otherReflections", .array(threads.otherReflections.map(reflectionJSON))))
        members.append(("attendance", .array(threads.attendance.map(presenceJSON))))
        if let value = valueCreation { members.append(("valueCreation", ValueCreationReport(value, context: context).json)) }
        // Present only when the audience may see them: for the public, not even the key is a trace.
        if let person = threads.person, person.role == .participant, let joined = person.joinedAt {
            members.append(("registered", .string(joined.description)))
        }
        if let withdrawal = threads.person?.withdrawal {
            members.append(("withdrew", .object([("at", .string(withdrawal.at.description)), ("reason", context.json(withdrawal.reason))])))
        }
        return .object(members)
    }

    func threadJSON(_ thread: Threads.WishThread) -> JSONValue {
        let closing = thread.closing
        return .object([
            ("wish", .string(thread.wish.id.rawValue)),
            ("number", .int(thread.number)),
            ("from", .optional(thread.from?.rawValue)),
            ("versions", .array(thread.wish.versions.map { version in
                .object([("record", .string(version.record.rawValue)), ("at", .string(version.at.description)),
                         ("type", .string(version.isStatement ? "stated" : "revised")), ("themes", .strings(version.themes)),
                         ("visibility", .string(version.visibility.rawValue)), ("text", context.json(version.text))])
            })),
            ("support", .strings(thread.support.map(\.record.rawValue))),
            ("reflections", .strings(thread.reflections.map(\.id.rawValue))),
            ("outcome", .optional(closing?.outcome.rawValue)),
            ("into", .optional(closing?.into?.rawValue)),
            ("closedAt", .optional(closing?.at.description)),
            ("note", context.json(closing?.note)),
            ("received", .array(thread.support.map(supportJSON))),
            ("reflected", .array(thread.reflections.map(reflectionJSON))),
        ])
    }

    func assignmentJSON(_ assignment: Assignment) -> JSONValue {
        let started: JSONValue = assignment.title.map { title in
            .object([("record", .string(assignment.startRecord.rawValue)), ("at", .string(assignment.startedAt.description)),
                     ("visibility", .string(assignment.startVisibility.rawValue)), ("title", context.json(title)),
                     ("description", context.json(assignment.description))])
        } ?? .null
        let completed: JSONValue = assignment.completion.map { completion in
            .object([("record", .string(completion.record.rawValue)), ("at", .string(completion.at.description)),
                     ("visibility", .string(completion.visibility.rawValue)), ("result", context.json(completion.result))])
        } ?? .null
        return .object([
            ("assignment", .string(assignment.id.rawValue)),
            ("started", started),
            ("steps", .array(assignment.steps.map { step in
                .object([("record", .string(step.record.rawValue)), ("at", .string(step.at.description)),
                         ("progress", .int(step.progress)), ("note", context.json(step.note))])
            })),
            ("completed", completed),
            ("progress", .int(assignment.progress)),
        ])
    }

    func supportJSON(_ support: Support) -> JSONValue {
        .object([("record", .string(support.record.rawValue)), ("at", .string(support.at.description)),
                 ("from", .string(support.from.rawValue)), ("to", .string(support.to.rawValue)),
                 ("kind", .string(support.kind.rawValue)), ("wish", .optional(support.wish?.rawValue)),
                 ("session", .optional(support.session?.rawValue)), ("visibility", .string(support.visibility.rawValue)),
                 ("note", context.json(support.note))])
    }

    func reflectionJSON(_ reflection: Reflection) -> JSONValue {
        .object([("reflection", .string(reflection.id.rawValue)), ("record", .string(reflection.record.rawValue)),
                 ("at", .string(reflection.at.description)), ("by", .string(reflection.author.rawValue)),
                 ("session", .optional(reflection.session?.rawValue)), ("wish", .optional(reflection.wish?.rawValue)),
                 ("line", .optional(reflection.line?.rawValue)), ("themes", .strings(reflection.themes)),
                 ("visibility", .string(reflection.visibility.rawValue)), ("text", context.json(reflection.text))])
    }

    func contributionJSON(_ contribution: Contribution) -> JSONValue {
        .object([("item", .string(contribution.id.rawValue)), ("record", .string(contribution.record.rawValue)),
                 ("at", .string(contribution.at.description)), ("kind", .string(contribution.kind.rawValue)),
                 ("cycle", .optional(contribution.cycle?.rawValue)), ("line", .optional(contribution.line?.rawValue)),
                 ("contributors", .strings(contribution.contributors.map(\.rawValue))),
                 ("title", context.json(contribution.title)), ("text", context.json(contribution.text))])
    }

    func presenceJSON(_ presence: Threads.Presence) -> JSONValue {
        let attendance = presence.attendance
        return .object([("session", .string(attendance.session.rawValue)),
                        ("days", .strings(presence.session?.days.map(\.description) ?? [])),
                        ("dagdelen", .int(attendance.dagdelen)), ("of", presence.session.map { .int($0.dagdelen) } ?? .null),
                        ("at", .string(attendance.at.description)), ("note", context.json(attendance.note))])
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
