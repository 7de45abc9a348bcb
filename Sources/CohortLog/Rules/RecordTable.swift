/// What the rules keep of each record, by id: a dictionary, or, when the state comes from the writer's
/// cache, the cache's table read in place (``SnapshotTable``: nothing is built when the cache is loaded)
/// with a dictionary of the records added or changed since on top.
public struct RecordTable: Sendable {
    var base: SnapshotTable?
    /// The ids of the records added or changed since `base`, numbering `changed`.
    var ids = IDTable()
    var changed: [RuleState.RecordInfo] = []
    /// Records in `changed` that are not in `base`.
    var added = 0

    /// An empty table.
    init() {}

    /// The number of records.
    public var count: Int { (base?.count ?? 0) + added }

    /// The record with id `id`. Records are added and changed, never removed.
    public subscript(id: String) -> RuleState.RecordInfo? {
        get {
            if let index = ids.index(of: id) { return changed[index] }
            return base?.lookup(id, RecordTable.decodeInfo)
        }
        set {
            guard let newValue else { return }
            let (index, inserted) = ids.insert(id)
            if inserted {
                changed.append(newValue)
                if base?.lookup(id, { _ throws(SnapshotDecoder.Damaged) in }) == nil { added += 1 }
            } else {
                changed[index] = newValue
            }
        }
    }

    /// Adds the record `id` unless the table has it (one lookup where reading and then setting takes two).
    mutating func insertIfAbsent(_ id: String, _ info: RuleState.RecordInfo) {
        if base?.lookup(id, { _ throws(SnapshotDecoder.Damaged) in }) != nil { return }
        if ids.insert(id).inserted {
            changed.append(info)
            added += 1
        }
    }

    /// Reads ahead where a lookup of the record id with hash `hash` starts, among the records added since
    /// the base (``IDTable/touch(hash:)``).
    func touch(hash: UInt64) -> UInt64 { ids.touch(hash: hash) }

    /// Makes room for about `count` records: their ids (rehashing is what costs); the table of what
    /// is known of each grows as needed, so that a guess too large wastes little.
    mutating func reserveCapacity(_ count: Int) {
        ids.reserveCapacity(count)
    }

    /// Calls `body` with every record (in no particular order).
    func forEach(_ body: (String, RuleState.RecordInfo) -> Void) {
        base?.forEach(RecordTable.decodeInfo) { id, info in if ids.index(of: id) == nil { body(id, info) } }
        ids.forEach { id, index in body(id, changed[index]) }
    }

    func encode(to out: inout SnapshotEncoder) {
        SnapshotTable.encode(count: count, to: &out) { add in
            forEach { id, info in
                add(id) { out in
                    out.int(EventType.index(of: info.type))
                    out.int(info.seq)
                    out.bool(info.hasPersonalValues)
                    out.optionalInt(info.retractedAt)
                    out.optionalText(info.subject)
                }
            }
        }
    }

    static func decode(from input: inout SnapshotDecoder, storage: [UInt8]) throws(SnapshotDecoder.Damaged) -> RecordTable {
        var table = RecordTable()
        table.base = try SnapshotTable.decode(from: &input, storage: storage)
        return table
    }

    static func decodeInfo(_ input: inout SnapshotDecoder) throws(SnapshotDecoder.Damaged) -> RuleState.RecordInfo {
        let typeIndex = try input.int()
        guard EventType.allCases.indices.contains(typeIndex) else { throw SnapshotDecoder.Damaged() }
        var info = RuleState.RecordInfo(
            type: EventType.allCases[typeIndex], seq: try input.int(), hasPersonalValues: try input.bool())
        info.retractedAt = try input.optionalInt()
        info.subject = try input.optionalText()
        return info
    }
}

/// A set of ids: a `Set`, or, from the writer's cache, the cache's table read in place with the ids
/// added since on top.
public struct IDSet: Sendable, ExpressibleByArrayLiteral {
    var base: SnapshotTable?
    var added = IDTable()

    /// A set of `ids`.
    public init(arrayLiteral ids: String...) {
        for id in ids { added.insert(id) }
    }

    /// The number of ids.
    public var count: Int { (base?.count ?? 0) + added.count }

    /// Reads ahead where a lookup of the id with hash `hash` starts, among the ids added since the base
    /// (``IDTable/touch(hash:)``).
    func touch(hash: UInt64) -> UInt64 { added.touch(hash: hash) }

    /// Whether `id` is in the set.
    public func contains(_ id: String) -> Bool {
        added.index(of: id) != nil || base?.lookup(id, { _ throws(SnapshotDecoder.Damaged) in }) != nil
    }

    /// Adds `id`; says whether it was new.
    @discardableResult
    public mutating func insert(_ id: String) -> (inserted: Bool, memberAfterInsert: String) {
        if base?.lookup(id, { _ throws(SnapshotDecoder.Damaged) in }) != nil { return (false, id) }
        return (added.insert(id).inserted, id)
    }

    /// Calls `body` with every id.
    func forEach(_ body: (String) -> Void) {
        base?.forEach({ _ throws(SnapshotDecoder.Damaged) in }) { id, _ in body(id) }
        added.forEach { id, _ in body(id) }
    }

    func encode(to out: inout SnapshotEncoder) {
        SnapshotTable.encode(count: count, to: &out) { add in
            forEach { id in add(id) { _ in } }
        }
    }

    static func decode(from input: inout SnapshotDecoder, storage: [UInt8]) throws(SnapshotDecoder.Damaged) -> IDSet {
        var set: IDSet = []
        set.base = try SnapshotTable.decode(from: &input, storage: storage)
        return set
    }
}

extension EventType {
    /// The type's place in `allCases`.
    static func index(of type: EventType) -> Int {
        allCases.firstIndex(of: type)!
    }
}
