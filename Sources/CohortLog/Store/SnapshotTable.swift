/// A hash table read in place from a snapshot's bytes: loading it builds nothing, a lookup probes it.
///
/// Written as: the number of entries, the number of slots (a power of two, at least twice the entries),
/// the slots (each the 4-byte little-endian offset + 1 of an entry, 0 when empty; linear probing from
/// the key's FNV-1a hash), the entries' byte length, then the entries (a key as a text, then its value
/// as the table's user encodes it).
final class SnapshotTable: Sendable {
    let storage: [UInt8]
    let count: Int
    let slots: Int
    let slotStart: Int
    let entryStart: Int
    let entryEnd: Int

    private init(storage: [UInt8], count: Int, slots: Int, slotStart: Int, entryStart: Int, entryEnd: Int) {
        self.storage = storage
        self.count = count
        self.slots = slots
        self.slotStart = slotStart
        self.entryStart = entryStart
        self.entryEnd = entryEnd
    }

    /// The value of `key`, read by `value`; nil when the key is not in the table (or its value cannot
    /// be read).
    func lookup<Value>(_ key: String, _ value: (inout SnapshotDecoder) throws(SnapshotDecoder.Damaged) -> Value) -> Value? {
        var key = key
        return key.withUTF8 { key in
            storage.withUnsafeBytes { all -> Value? in
                var slot = Int(truncatingIfNeeded: SnapshotTable.hash(UnsafeRawBufferPointer(key))) & (slots - 1)
                for _ in 0..<slots {
                    let entry = Int(UInt32(littleEndian: all.loadUnaligned(fromByteOffset: slotStart + 4 * slot, as: UInt32.self)))
                    guard entry > 0, entryStart + entry - 1 < entryEnd else { return nil }
                    var input = SnapshotDecoder(unchecked: UnsafeRawBufferPointer(rebasing: all[(entryStart + entry - 1)..<entryEnd]))
                    guard let length = try? input.int(), length >= 0, input.bytes.count - input.position >= length else {
                        return nil
                    }
                    if length == key.count,
                        UnsafeRawBufferPointer(rebasing: input.bytes[input.position..<(input.position + length)])
                            .elementsEqual(UnsafeRawBufferPointer(key))
                    {
                        input.skip(length)
                        do throws(SnapshotDecoder.Damaged) { return try value(&input) } catch { return nil }
                    }
                    slot = (slot + 1) & (slots - 1)
                }
                return nil
            }
        }
    }

    /// Calls `body` with every key and its value (which `value` reads), in the order written.
    func forEach<Value>(
        _ value: (inout SnapshotDecoder) throws(SnapshotDecoder.Damaged) -> Value, _ body: (String, Value) -> Void
    ) {
        storage.withUnsafeBytes { all in
            var input = SnapshotDecoder(unchecked: UnsafeRawBufferPointer(rebasing: all[entryStart..<entryEnd]))
            for _ in 0..<count {
                do throws(SnapshotDecoder.Damaged) {
                    let key = try input.text()
                    body(key, try value(&input))
                } catch {
                    return
                }
            }
        }
    }

    /// FNV-1a, 64 bits: stable across runs, unlike `Hasher`.
    static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return hash
    }

    /// Writes a table of `count` entries: `entries` calls its argument once for each key with a closure
    /// that writes the key's value.
    static func encode(
        count: Int, to out: inout SnapshotEncoder,
        _ entries: (_ add: (String, (inout SnapshotEncoder) -> Void) -> Void) -> Void
    ) {
        var written = SnapshotEncoder(capacity: count * 24)
        let slots = max(8, (count * 2).nextPowerOfTwo)
        var table = [UInt32](repeating: 0, count: slots)
        var added = 0
        entries { key, value in
            guard added < count else { return }
            added += 1
            let offset = written.bytes.count
            written.text(key)
            value(&written)
            var key = key
            var slot = key.withUTF8 { Int(truncatingIfNeeded: hash(UnsafeRawBufferPointer($0))) } & (slots - 1)
            while table[slot] != 0 { slot = (slot + 1) & (slots - 1) }
            table[slot] = UInt32(offset + 1).littleEndian
        }
        out.int(added)
        out.int(slots)
        table.withUnsafeBytes { out.raw($0) }
        out.int(written.bytes.count)
        out.raw(written.bytes)
    }

    /// Reads a table written by ``encode(count:to:_:)`` from `input`, whose bytes are `storage`'s,
    /// leaving its entries where they are.
    static func decode(from input: inout SnapshotDecoder, storage: [UInt8]) throws(SnapshotDecoder.Damaged) -> SnapshotTable {
        let count = try input.int()
        let slots = try input.int()
        guard count >= 0, slots >= 8, slots.nonzeroBitCount == 1, count < slots,
            slots <= (input.bytes.count - input.position) / 4
        else { throw SnapshotDecoder.Damaged() }
        let slotStart = input.position
        input.skip(4 * slots)
        let length = try input.int()
        guard length >= 0, length <= input.bytes.count - input.position, length < Int(UInt32.max) else {
            throw SnapshotDecoder.Damaged()
        }
        let entryStart = input.position
        input.skip(length)
        return SnapshotTable(
            storage: storage, count: count, slots: slots, slotStart: slotStart, entryStart: entryStart,
            entryEnd: entryStart + length)
    }
}

extension Int {
    /// The least power of two not below this (1 for 0 and below).
    var nextPowerOfTwo: Int {
        self <= 1 ? 1 : 1 << (Int.bitWidth - (self - 1).leadingZeroBitCount)
    }
}
