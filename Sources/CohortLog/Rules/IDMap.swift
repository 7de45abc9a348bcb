/// Values keyed by id: an ``IDTable`` numbers the ids, and an array holds each number's value.
///
/// What the rule state keeps per person, session, wish and assignment. A lookup hashes the id's bytes
/// once (no SipHash), a value is changed in place, and iteration follows the order in which the ids were
/// first given a value. Setting an id's value to nil removes it from the map; its number stays taken.
public struct IDMap<Value: Sendable>: Sendable, Sequence {
    private var ids = IDTable()
    private var values: [Value?] = []
    /// The number of ids with a value.
    public private(set) var count = 0

    /// An empty map.
    public init() {}

    /// Whether no id has a value.
    public var isEmpty: Bool { count == 0 }

    /// Makes room for `count` ids.
    public mutating func reserveCapacity(_ count: Int) {
        ids.reserveCapacity(count)
        values.reserveCapacity(count)
    }

    /// Reads ahead where a lookup of the id with hash `hash` starts (``IDTable/touch(hash:)``).
    func touch(hash: UInt64) -> UInt64 { ids.touch(hash: hash) }

    /// The value of `id`, read, set or changed in place.
    public subscript(id: String) -> Value? {
        get { ids.index(of: id).flatMap { values[$0] } }
        _modify {
            let index = ids.index(of: id)
            var value = index.flatMap { values[$0] }
            if let index { values[index] = nil }
            let had = value != nil
            defer {
                switch (had, value != nil) {
                case (false, true): count += 1
                case (true, false): count -= 1
                default: break
                }
                if let index {
                    values[index] = value
                } else if value != nil {
                    ids.insert(id)
                    values.append(value)
                }
            }
            yield &value
        }
    }

    /// Every id with its value, in the order they were added.
    public func makeIterator() -> some IteratorProtocol<(key: String, value: Value)> {
        var index = 0
        return AnyIterator { [ids, values] in
            while index < values.count {
                defer { index += 1 }
                if let value = values[index] { return (ids.id(at: index), value) }
            }
            return nil
        }
    }
}
