import CohortLog
import CohortProjections

/// `cohort stats`: figures per log and in total, as text, Markdown or JSON.
public enum StatsReport {
    /// The figures of one log (a name and no head for the total) as a document section.
    public static func add(_ name: String, _ stats: LogStats, isTotal: Bool = false, words w: Words,
                           to document: inout Document) {
        document.heading(3, isTotal ? "\(name)" : "\(user: name)")
        var facts: [Inline] = [
            Inline(stringLiteral: w.count(stats.records, .record)),
            "\(w.participants) \(stats.participants) (\(stats.withdrawals) \(w.withdrawn))",
            "\(w.facilitators) \(stats.facilitators)",
            "\(w.sessions.lowercased()) \(stats.sessions) (\(stats.cancellations) \(w.cancelled))",
        ]
        if let first = stats.first, let last = stats.last {
            facts.append("\(w.span) \(w.date(first)) \(w.through) \(w.date(last))")
        }
        if !isTotal { facts.append("\(w.head) \(stats.head.hex)") }
        document.list(facts)
        document.table([Inline(stringLiteral: w.eventType), "#"], EventType.allCases.compactMap { type in
            stats.perType[type].map { [Inline(stringLiteral: type.rawValue), Inline(stringLiteral: String($0))] }
        })
    }

    /// The figures as a JSON object.
    public static func json(_ name: String?, _ stats: LogStats) -> JSONValue {
        var members: [(String, JSONValue)] = []
        if let name { members.append(("file", .string(name))) }
        members += [
            ("records", .int(stats.records)),
            ("types", .object(EventType.allCases.compactMap { type in stats.perType[type].map { (type.rawValue, .int($0)) } })),
            ("participants", .int(stats.participants)), ("withdrawals", .int(stats.withdrawals)),
            ("facilitators", .int(stats.facilitators)), ("sessions", .int(stats.sessions)),
            ("cancelled", .int(stats.cancellations)),
            ("first", stats.first.map { .string($0.description) } ?? .null),
            ("last", stats.last.map { .string($0.description) } ?? .null),
        ]
        if name != nil { members.append(("head", .string(stats.head.hex))) }
        return .object(members)
    }
}
