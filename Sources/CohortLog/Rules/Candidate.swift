/// An event about to take a place in the log (or, when verifying, one that holds it): what the writer's
/// rules look at.
public struct Candidate: Sendable {
    /// Its record id.
    public let id: RecordID
    /// Its position in the log.
    public let seq: Int
    /// When it happened.
    public let at: Timestamp
    /// When it is (or was) written to the log: the writer's clock.
    public let recorded: Timestamp
    /// Who records it.
    public let by: ActorID
    /// The event.
    public let event: Event
    /// Whether it has (or had, before a redaction) personal values.
    public let hasPersonalValues: Bool
    /// Every id the event holds, in the order of its fields: what the reference rules check.
    public let ids: [HeldID]

    /// A candidate made of its parts.
    public init(
        id: RecordID, seq: Int, at: Timestamp, recorded: Timestamp, by: ActorID, event: Event, hasPersonalValues: Bool
    ) {
        self.id = id
        self.seq = seq
        self.at = at
        self.recorded = recorded
        self.by = by
        self.event = event
        self.hasPersonalValues = hasPersonalValues
        var held = HeldIDs()
        event.visitIDs(&held)
        ids = held.ids
    }

    /// The candidate a sealed record is.
    public init(_ record: consuming Record) {
        self.init(id: record.id, seq: record.seq, at: record.at, recorded: record.recorded, by: record.by, event: record.event,
                  hasPersonalValues: record.personal.hasValues)
    }
}

/// One id an event holds: its text, its namespace, whether the event introduces it or refers to it, and
/// the field it stands in.
public struct HeldID: Sendable {
    /// The id as written.
    public let id: String
    /// What it names (a participant, a wish, a record …).
    public let kind: IDKind
    /// Whether the event brings it into the log or refers back to it.
    public let use: IDUse
    /// The field it stands in (`data.targets[1]`).
    public let field: IDField
}

/// Collects the ids of an event, once for every rule that looks at them.
struct HeldIDs: IDVisitor {
    /// Room for the ids of most events, made at once.
    var ids: [HeldID] = { var ids: [HeldID] = []; ids.reserveCapacity(6); return ids }()

    mutating func visit(_ id: String, kind: IDKind, use: IDUse, field: IDField) {
        ids.append(HeldID(id: id, kind: kind, use: use, field: field))
    }
}
