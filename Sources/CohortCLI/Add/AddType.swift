import CohortLog

/// The event type `cohort add` records, by its name in the log (`reflection.recorded`) or a short name:
/// the part before the dot where only one type has it (`reflection`, `attendance`, `support`, `fee`).
///
/// `wish`, `session`, `participant` and `assignment` name several types and are refused with the list:
/// revising a wish is as common in a meeting as stating one, so neither is silently the default.
enum AddType {
    /// Short names with the one type each stands for.
    static let aliases: [(alias: String, type: EventType)] = {
        var counts: [String: Int] = [:]
        for type in EventType.allCases { counts[prefix(type), default: 0] += 1 }
        return EventType.allCases.compactMap { type in counts[prefix(type)] == 1 ? (prefix(type), type) : nil }
    }()

    static func prefix(_ type: EventType) -> String {
        String(type.rawValue.prefix { $0 != "." })
    }

    /// The type named `name`, or a usage error that lists what it could be.
    static func resolve(_ name: String) throws(UsageError) -> EventType {
        if let type = EventType(rawValue: name) { return type }
        if let found = aliases.first(where: { $0.alias == name }) { return found.type }
        let candidates = EventType.allCases.filter { prefix($0) == name }
        if !candidates.isEmpty {
            throw UsageError("\"\(name)\" names several event types: "
                             + candidates.map(\.rawValue).joined(separator: ", ") + "; give one of them", command: "add")
        }
        throw UsageError("\"\(Diagnostic.shorten(name, to: 40))\" is not an event type; the types are "
                         + EventType.allCases.map(\.rawValue).joined(separator: ", "), command: "add")
    }
}
