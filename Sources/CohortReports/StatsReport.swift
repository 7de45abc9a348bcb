import CohortLog
import CohortProjections

/// `cohort stats`: figures per log and in total.
public enum StatsReport {
    /// The figures of one log (or the total, without a head) as text.
    public static func text(_ name: String, _ stats: LogStats, skipped: Int = 0, isTotal: Bool = false) -> String {
        var text = "\(name): \(stats.records) records"
        if skipped > 0 { text += " (\(skipped) lines that are not records passed over; run `cohort verify`)" }
        text += "\n"
        text += "  participants \(stats.participants) (\(stats.withdrawals) withdrew), facilitators \(stats.facilitators), sessions \(stats.sessions) (\(stats.cancellations) cancelled)\n"
        if let first = stats.first, let last = stats.last {
            text += "  span \(first) to \(last)\n"
        }
        if !isTotal { text += "  head \(stats.head.hex)\n" }
        for type in EventType.allCases {
            if let count = stats.perType[type] {
                text += "  " + type.rawValue.padded(to: 24) + String(count) + "\n"
            }
        }
        return text
    }

    /// The figures as a JSON object.
    public static func json(_ name: String?, _ stats: LogStats, skipped: Int = 0) -> JSONValue {
        var members: [(String, JSONValue)] = []
        if let name { members.append(("file", .string(name))) }
        members += [
            ("records", .int(stats.records)), ("skipped", .int(skipped)),
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
