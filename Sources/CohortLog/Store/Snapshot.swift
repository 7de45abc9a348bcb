/// A compact binary encoding for the writer's cache (``StateCache``): little-endian varints, texts as a
/// length and UTF-8 bytes, and a 64-bit checksum at the end so that a damaged cache is noticed and
/// rebuilt rather than believed. Not a format for anything but a cache: it may change between versions
/// (the cache names its version and is rebuilt when it differs).
struct SnapshotEncoder {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 1 << 16) { bytes.reserveCapacity(capacity) }

    mutating func int(_ value: Int) {
        var rest = UInt64(bitPattern: Int64(value))
        // Zig-zag, so that small negative numbers stay short too.
        rest = (rest << 1) ^ UInt64(bitPattern: Int64(value) >> 63)
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    mutating func raw(_ value: [UInt8]) { bytes.append(contentsOf: value) }

    mutating func raw(_ value: UnsafeRawBufferPointer) { bytes.append(contentsOf: value) }

    mutating func optionalInt(_ value: Int?) {
        bool(value != nil)
        if let value { int(value) }
    }

    mutating func text(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            int(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func optionalText(_ value: String?) {
        bool(value != nil)
        if let value { text(value) }
    }

    mutating func digest(_ value: Digest) {
        for word in [value.w0, value.w1, value.w2, value.w3] {
            withUnsafeBytes(of: word.bigEndian) { bytes.append(contentsOf: $0) }
        }
    }

    /// The encoded bytes with their checksum appended.
    mutating func sealed() -> [UInt8] {
        let sum = bytes.withUnsafeBytes { SnapshotChecksum.of($0) }
        withUnsafeBytes(of: sum.littleEndian) { bytes.append(contentsOf: $0) }
        return bytes
    }
}

/// Reads what ``SnapshotEncoder`` wrote; every read is bounds-checked and fails with
/// ``SnapshotDecoder/Damaged`` rather than trapping.
struct SnapshotDecoder {
    struct Damaged: Error {}

    let bytes: UnsafeRawBufferPointer
    private(set) var position = 0

    /// A decoder over `sealed` (checksum included), or nil when the checksum does not match.
    init?(sealed: UnsafeRawBufferPointer) {
        guard sealed.count >= 8 else { return nil }
        let body = UnsafeRawBufferPointer(rebasing: sealed[..<(sealed.count - 8)])
        var stored: UInt64 = 0
        withUnsafeMutableBytes(of: &stored) { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: sealed[(sealed.count - 8)...])) }
        guard UInt64(littleEndian: stored) == SnapshotChecksum.of(body) else { return nil }
        bytes = body
    }

    /// A decoder over bytes already checked (a part of a checked whole).
    init(unchecked bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    var atEnd: Bool { position == bytes.count }

    /// Moves past `count` bytes (the caller has checked that they are there).
    mutating func skip(_ count: Int) { position += count }

    /// Reads `expected` as it stands, or fails.
    mutating func expect(_ expected: [UInt8]) throws(Damaged) {
        guard bytes.count - position >= expected.count,
            bytes[position..<(position + expected.count)].elementsEqual(expected)
        else { throw Damaged() }
        position += expected.count
    }

    mutating func int() throws(Damaged) -> Int {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard position < bytes.count, shift < 64 else { throw Damaged() }
            let byte = bytes[position]
            position += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        return Int(Int64(bitPattern: (value >> 1) ^ (0 &- (value & 1))))
    }

    /// A count of items that follow, each at least one byte long.
    mutating func count() throws(Damaged) -> Int {
        let value = try int()
        guard value >= 0, value <= bytes.count - position else { throw Damaged() }
        return value
    }

    mutating func bool() throws(Damaged) -> Bool {
        guard position < bytes.count, bytes[position] <= 1 else { throw Damaged() }
        position += 1
        return bytes[position - 1] == 1
    }

    mutating func optionalInt() throws(Damaged) -> Int? {
        try bool() ? try int() : nil
    }

    mutating func text() throws(Damaged) -> String {
        let length = try int()
        guard length >= 0, length <= bytes.count - position else { throw Damaged() }
        let text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[position..<(position + length)]), as: UTF8.self)
        position += length
        return text
    }

    mutating func optionalText() throws(Damaged) -> String? {
        try bool() ? try text() : nil
    }

    mutating func digest() throws(Damaged) -> Digest {
        guard bytes.count - position >= 32,
            let digest = Digest(rawBytes: UnsafeRawBufferPointer(rebasing: bytes[position..<(position + 32)]))
        else { throw Damaged() }
        position += 32
        return digest
    }
}

/// A fast 64-bit checksum (multiply–rotate over 8-byte words): finds damage, not forgery; the cache is
/// checked against the log besides.
enum SnapshotChecksum {
    static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0x243F_6A88_85A3_08D3 ^ UInt64(bytes.count)
        var index = 0
        while index + 8 <= bytes.count {
            hash = mix(hash, bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            index += 8
        }
        var last: UInt64 = 0
        var shift: UInt64 = 0
        while index < bytes.count {
            last |= UInt64(bytes[index]) << shift
            shift += 8
            index += 1
        }
        hash = mix(hash, last)
        hash ^= hash >> 33
        hash &*= 0xFF51_AFD7_ED55_8CCD
        return hash ^ (hash >> 33)
    }

    @inline(__always)
    static func mix(_ hash: UInt64, _ word: UInt64) -> UInt64 {
        let mixed = (hash ^ (word &* 0x9E37_79B9_7F4A_7C15))
        return ((mixed << 27) | (mixed >> 37)) &* 0xC2B2_AE3D_27D4_EB4F
    }
}
