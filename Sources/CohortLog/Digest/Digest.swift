/// A 32-byte SHA-256 value.
///
/// Stored inline as four big-endian `UInt64` words (`w0` holds bytes 0–7, with byte 0 as its most
/// significant byte), so equality and hashing are four word comparisons and no heap storage is
/// ever used. The textual form is exactly 64 lowercase hexadecimal characters; uppercase is not
/// accepted when parsing.
@frozen
public struct Digest: Hashable, Sendable, CustomStringConvertible {
    /// Bytes 0–7, big-endian.
    @usableFromInline internal var w0: UInt64
    /// Bytes 8–15, big-endian.
    @usableFromInline internal var w1: UInt64
    /// Bytes 16–23, big-endian.
    @usableFromInline internal var w2: UInt64
    /// Bytes 24–31, big-endian.
    @usableFromInline internal var w3: UInt64

    /// Creates a digest from its four big-endian 64-bit words.
    @inlinable
    internal init(_ w0: UInt64, _ w1: UInt64, _ w2: UInt64, _ w3: UInt64) {
        self.w0 = w0
        self.w1 = w1
        self.w2 = w2
        self.w3 = w3
    }

    /// The digest made of 32 zero bytes.
    ///
    /// Its `hex` is 64 `'0'` characters.
    public static let zero = Digest(0, 0, 0, 0)

    // MARK: Hex output

    /// The digest as 64 lowercase hexadecimal characters.
    ///
    /// Allocates the resulting string; use `writeHex(to:)` or `appendHex(to:)` on hot paths.
    public var hex: String {
        String(unsafeUninitializedCapacity: 64) { buffer in
            guard let base = buffer.baseAddress else { return 0 }
            writeHex(to: UnsafeMutableRawPointer(base))
            return 64
        }
    }

    /// The same as `hex`.
    ///
    /// Lets a digest be interpolated directly into strings.
    public var description: String { hex }

    /// Writes the 64 lowercase ASCII hex characters of the digest to `buffer`.
    ///
    /// `buffer` must have room for 64 bytes; it needs no particular alignment. Does not allocate.
    @inlinable
    public func writeHex(to buffer: UnsafeMutableRawPointer) {
        Digest.writeHexWord(w0, to: buffer)
        Digest.writeHexWord(w1, to: buffer + 16)
        Digest.writeHexWord(w2, to: buffer + 32)
        Digest.writeHexWord(w3, to: buffer + 48)
    }

    /// Appends the 64 lowercase ASCII hex characters of the digest to `bytes`.
    ///
    /// Grows `bytes` by exactly 64 elements; allocates only if its capacity is exceeded.
    @inlinable
    public func appendHex(to bytes: inout [UInt8]) {
        let start = bytes.count
        bytes.append(contentsOf: repeatElement(0, count: 64))
        bytes.withUnsafeMutableBytes { raw in
            if let base = raw.baseAddress {
                writeHex(to: base + start)
            }
        }
    }

    /// Writes one 64-bit word as 16 hex characters, most significant nibble first.
    @inlinable @inline(__always)
    internal static func writeHexWord(_ word: UInt64, to p: UnsafeMutableRawPointer) {
        p.storeBytes(of: spreadNibbles(UInt32(truncatingIfNeeded: word &>> 32)).bigEndian, as: UInt64.self)
        p.storeBytes(of: spreadNibbles(UInt32(truncatingIfNeeded: word)).bigEndian, toByteOffset: 8, as: UInt64.self)
    }

    /// Turns the eight nibbles of `x` into eight ASCII hex bytes, the most significant nibble in
    /// the most significant byte.
    @inlinable @inline(__always)
    internal static func spreadNibbles(_ x: UInt32) -> UInt64 {
        var t = UInt64(x)
        t = (t | (t &<< 16)) & 0x0000_FFFF_0000_FFFF
        t = (t | (t &<< 8)) & 0x00FF_00FF_00FF_00FF
        t = (t | (t &<< 4)) & 0x0F0F_0F0F_0F0F_0F0F
        // 1 in every byte whose nibble is 10 or more.
        let letters = ((t &+ 0x0606_0606_0606_0606) &>> 4) & 0x0101_0101_0101_0101
        return t &+ 0x3030_3030_3030_3030 &+ letters &* 0x27
    }

    // MARK: Hex input

    /// Parses 64 lowercase hexadecimal characters.
    ///
    /// Returns nil for any other length, for uppercase letters, and for any non-hex character.
    @inlinable
    public init?(hex: some StringProtocol) {
        let utf8 = hex.utf8
        switch utf8.withContiguousStorageIfAvailable({ Digest(hexBytes: UnsafeRawBufferPointer($0)) }) {
        case .some(.some(let parsed)):
            self = parsed
            return
        case .some(.none):
            return nil
        case .none:
            break
        }
        // Non-contiguous storage (for example a bridged string): copy into a fixed stack buffer.
        guard utf8.count == 64 else { return nil }
        var scratch: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0)
        let parsed: Digest? = Swift.withUnsafeMutableBytes(of: &scratch) { raw in
            for (i, byte) in zip(0..<64, utf8) { raw[i] = byte }
            return Digest(hexBytes: UnsafeRawBufferPointer(raw))
        }
        guard let parsed else { return nil }
        self = parsed
    }

    /// Parses 64 lowercase hexadecimal ASCII bytes.
    ///
    /// The fast path for reading log lines: no allocation, eight bytes validated and converted at
    /// a time. Returns nil unless `hexBytes` is exactly 64 bytes of `0-9a-f`.
    @inlinable
    public init?(hexBytes: UnsafeRawBufferPointer) {
        guard hexBytes.count == 64, let p = hexBytes.baseAddress else { return nil }
        var ok = true
        let w0 = Digest.parseHexWord(p, &ok)
        let w1 = Digest.parseHexWord(p + 16, &ok)
        let w2 = Digest.parseHexWord(p + 32, &ok)
        let w3 = Digest.parseHexWord(p + 48, &ok)
        guard ok else { return nil }
        self.init(w0, w1, w2, w3)
    }

    /// Parses 16 hex characters at `p` into a word; clears `ok` if any is not lowercase hex.
    @inlinable @inline(__always)
    internal static func parseHexWord(_ p: UnsafeRawPointer, _ ok: inout Bool) -> UInt64 {
        let hi = parseHex8(UInt64(bigEndian: p.loadUnaligned(as: UInt64.self)), &ok)
        let lo = parseHex8(UInt64(bigEndian: p.loadUnaligned(fromByteOffset: 8, as: UInt64.self)), &ok)
        return UInt64(hi) &<< 32 | UInt64(lo)
    }

    /// Converts eight ASCII hex characters (first character in the most significant byte) into
    /// 32 bits; clears `ok` if any is not lowercase hex.
    @inlinable @inline(__always)
    internal static func parseHex8(_ x: UInt64, _ ok: inout Bool) -> UInt32 {
        let high: UInt64 = 0x8080_8080_8080_8080
        // With every high bit clear, adding at most 0x50 to a byte cannot carry into the next.
        let low7 = x & ~high
        let digit = (low7 &+ 0x5050_5050_5050_5050) & ~(low7 &+ 0x4646_4646_4646_4646)  // 0x30...0x39
        let letter = (low7 &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(low7 &+ 0x1919_1919_1919_1919)  // 0x61...0x66
        if ((digit | letter) & high) != high || (x & high) != 0 { ok = false }
        var t = (x & 0x0F0F_0F0F_0F0F_0F0F) &+ ((letter & high) &>> 7) &* 9
        t = (t | (t &>> 4)) & 0x00FF_00FF_00FF_00FF
        t = (t | (t &>> 8)) & 0x0000_FFFF_0000_FFFF
        t = (t | (t &>> 16)) & 0x0000_0000_FFFF_FFFF
        return UInt32(truncatingIfNeeded: t)
    }

    /// Whether `ascii` is exactly the 64 lowercase hex characters of this digest.
    ///
    /// Does not allocate. Uppercase or malformed input never matches.
    @inlinable
    public func matchesHex(_ ascii: UnsafeRawBufferPointer) -> Bool {
        guard let other = Digest(hexBytes: ascii) else { return false }
        return other == self
    }

    // MARK: Raw bytes

    /// Calls `body` with the 32 raw bytes of the digest, in order.
    ///
    /// The buffer lives on the stack and is valid only during the call.
    @inlinable
    public func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        let words = (w0.bigEndian, w1.bigEndian, w2.bigEndian, w3.bigEndian)
        return try Swift.withUnsafeBytes(of: words) { try body($0) }
    }

    /// The 32 raw bytes of the digest, in order.
    ///
    /// Allocates an array; prefer `withUnsafeBytes(_:)` on hot paths.
    public var bytes: [UInt8] {
        withUnsafeBytes { Array($0) }
    }

    /// Creates a digest from exactly 32 raw bytes.
    ///
    /// Returns nil if `rawBytes` is not 32 bytes long.
    @inlinable
    public init?(rawBytes: UnsafeRawBufferPointer) {
        guard rawBytes.count == 32, let p = rawBytes.baseAddress else { return nil }
        self.init(
            UInt64(bigEndian: p.loadUnaligned(as: UInt64.self)),
            UInt64(bigEndian: p.loadUnaligned(fromByteOffset: 8, as: UInt64.self)),
            UInt64(bigEndian: p.loadUnaligned(fromByteOffset: 16, as: UInt64.self)),
            UInt64(bigEndian: p.loadUnaligned(fromByteOffset: 24, as: UInt64.self))
        )
    }
}
