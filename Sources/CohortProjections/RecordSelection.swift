import CohortLog

/// The records `cohort show` lists: of some types, and/or concerning one participant. A fold: feed it
/// every record in order, and it says which to keep.
public struct RecordSelection: Sendable {
    /// The types kept (all when empty).
    public let types: Set<EventType>
    var involvement: Involvement?

    /// A selection of `types` (all when empty), concerning `participant` when given.
    public init(types: Set<EventType> = [], participant: String? = nil) {
        self.types = types
        involvement = participant.map(Involvement.init(person:))
    }

    /// Whether `record` is kept.
    public mutating func keeps(_ record: Record) -> Bool {
        let concerns = involvement?.involves(record) ?? true
        return concerns && (types.isEmpty || types.contains(record.type))
    }
}
