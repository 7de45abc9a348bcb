/// Ids, each numbered in the order it was first added: their bytes kept end to end in one buffer and
/// found through an open-addressing hash of their bytes.
///
/// Ids are compared byte for byte, not by Unicode's canonical equivalence as `String` compares them:
/// the same for the ids of a log, which the id pattern keeps to ASCII.
///
/// What the rule state keys its per-record tables by. A `Dictionary<String, …>` of a million ids costs
/// over a hundred bytes and a SipHash of each key a lookup; this costs about twenty-five bytes an id and a
/// multiply per eight bytes of it.
struct IDTable: Sendable {
    /// The ids' bytes, end to end.
    private var bytes: [UInt8] = []
    /// Where each id ends in `bytes` (it starts where the one before it ends).
    private var ends: [UInt32] = []
    /// The open-addressing table: 0 for an empty slot, or an id's number plus one in the low 32 bits
    /// and the high 32 bits of its hash above them, so that a probe passes other ids without reading
    /// their bytes. Its size is a power of two, and at most 70% of it is taken.
    private var slots: [UInt64] = []

    /// An empty table.
    init() {}

    /// The number of ids.
    var count: Int { ends.count }

    /// Makes room for `count` ids of about `length` bytes.
    mutating func reserveCapacity(_ count: Int, length: Int = 8) {
        ends.reserveCapacity(count)
        bytes.reserveCapacity(count * length)
        if slots.count * 7 < count * 10 { rehash(capacity: count * 10 / 7 + 1) }
    }

    /// The number of `id`, if it was added.
    func index(of id: String) -> Int? {
        guard !slots.isEmpty else { return nil }
        return IDTable.withBytes(of: id) { key in find(key).index }
    }

    /// Adds `id` unless it is there; its number, and whether it was new.
    @discardableResult
    mutating func insert(_ id: String) -> (index: Int, inserted: Bool) {
        if (count + 1) * 10 > slots.count * 7 { rehash(capacity: max(16, slots.count * 2)) }
        return IDTable.withBytes(of: id) { key in
            let found = find(key)
            if let index = found.index { return (index, false) }
            let index = ends.count
            precondition(bytes.count + key.count < Int(UInt32.max), "an id table holds less than 4 GiB of ids")
            bytes.append(contentsOf: key)
            ends.append(UInt32(bytes.count))
            slots[found.slot] = IDTable.slot(index: index, hash: found.hash)
            return (index, true)
        }
    }

    /// Reads the slot where a lookup of the id with hash `hash` (``hash(_:)``) starts, and returns it: a
    /// lookup soon after finds it in the cache. Reading the slots of several ids one after another lets
    /// their cache misses overlap, where lookups, each waiting on its slot, take them one at a time. The
    /// caller keeps what it returns, so that the read is not left out.
    func touch(hash: UInt64) -> UInt64 {
        slots.isEmpty ? 0 : slots[Int(truncatingIfNeeded: hash) & (slots.count - 1)]
    }

    /// The id numbered `index`.
    func id(at index: Int) -> String {
        let start = index == 0 ? 0 : Int(ends[index - 1])
        return bytes.withUnsafeBufferPointer { all in
            String(decoding: UnsafeBufferPointer(rebasing: all[start..<Int(ends[index])]), as: UTF8.self)
        }
    }

    /// Calls `body` with every id and its number, in the order they were added.
    func forEach(_ body: (String, Int) -> Void) {
        for index in ends.indices { body(id(at: index), index) }
    }

    /// The slot that holds `key`'s number, or the empty slot where it would go, and `key`'s hash.
    private func find(_ key: UnsafeBufferPointer<UInt8>) -> (index: Int?, slot: Int, hash: UInt64) {
        let mask = slots.count - 1
        let hash = IDTable.hash(key)
        let tag = hash >> 32
        var slot = Int(truncatingIfNeeded: hash) & mask
        return slots.withUnsafeBufferPointer { slots in
            bytes.withUnsafeBufferPointer { bytes in
                ends.withUnsafeBufferPointer { ends in
                    while true {
                        let entry = slots[slot]
                        if entry == 0 { return (nil, slot, hash) }
                        if entry >> 32 == tag {
                            let index = Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1
                            let start = index == 0 ? 0 : Int(ends[index - 1])
                            if Int(ends[index]) - start == key.count,
                                key.count == 0 || memoryEquals(UnsafeRawPointer(bytes.baseAddress! + start), UnsafeRawPointer(key.baseAddress!), key.count)
                            {
                                return (index, slot, hash)
                            }
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
    }

    /// The slot entry of the id numbered `index` with hash `hash`.
    private static func slot(index: Int, hash: UInt64) -> UInt64 {
        precondition(index < Int(UInt32.max), "an id table numbers fewer than 2^32 ids")
        return (hash >> 32) << 32 | UInt64(index + 1)
    }

    /// Makes the table `capacity` slots (rounded up to a power of two) and places every id again.
    private mutating func rehash(capacity: Int) {
        var size = 16
        while size < capacity { size <<= 1 }
        slots = [UInt64](repeating: 0, count: size)
        let mask = size - 1
        bytes.withUnsafeBufferPointer { all in
            for index in ends.indices {
                let start = index == 0 ? 0 : Int(ends[index - 1])
                let hash = IDTable.hash(UnsafeBufferPointer(rebasing: all[start..<Int(ends[index])]))
                var slot = Int(truncatingIfNeeded: hash) & mask
                while slots[slot] != 0 { slot = (slot + 1) & mask }
                slots[slot] = IDTable.slot(index: index, hash: hash)
            }
        }
    }

    /// A hash of `key`'s bytes, eight at a time, mixed so that its low bits vary.
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(key.count)
        var position = 0
        while position + 8 <= key.count {
            let word = UnsafeRawPointer(key.baseAddress! + position).loadUnaligned(as: UInt64.self)
            hash = (hash ^ word) &* 0xFF51_AFD7_ED55_8CCD
            hash ^= hash >> 32
            position += 8
        }
        if position < key.count {
            let base = UnsafeRawPointer(key.baseAddress!)
            let rest = key.count - position
            var word: UInt64
            if key.count >= 8 {
                // The last eight bytes, overlapping those already mixed, shifted so that only the rest is new.
                word = base.loadUnaligned(fromByteOffset: key.count - 8, as: UInt64.self) >> UInt64((8 - rest) * 8)
            } else {
                word = 0
                var shift: UInt64 = 0
                if rest >= 4 {
                    word = UInt64(base.loadUnaligned(fromByteOffset: position, as: UInt32.self))
                    shift = 32
                }
                for offset in (position + Int(shift / 8))..<key.count {
                    word |= UInt64(base.load(fromByteOffset: offset, as: UInt8.self)) << shift
                    shift += 8
                }
            }
            hash = (hash ^ word) &* 0xFF51_AFD7_ED55_8CCD
        }
        hash ^= hash >> 29
        hash = hash &* 0xC4CE_B9FE_1A85_EC53
        return hash ^ (hash >> 32)
    }

    /// Calls `body` with the UTF-8 bytes of `id`, without copying them when the string holds them.
    static func withBytes<T>(of id: String, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        if let result = id.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(id.utf8).withUnsafeBufferPointer(body)
    }
}
