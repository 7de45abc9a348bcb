/// Incremental SHA-256 (FIPS 180-4).
///
/// A value type holding the eight chaining words, a 64-byte partial block and the message length;
/// it never allocates. Feed bytes with the `update` methods in any split, then call `finalize()`.
/// `finalize()` is non-mutating: it pads a copy of the state, so a hasher can be finalized, then
/// updated further and finalized again (each result covers everything fed so far). For one-shot
/// hashing use the static `hash` functions.
public struct SHA256: Sendable {
    /// The eight 32-bit chaining words H0…H7.
    @usableFromInline internal var state: State
    /// Bytes of the current, incomplete block (only the first `buffered` are meaningful).
    @usableFromInline internal var block: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64)
    /// How many bytes of `block` are filled, always 0…63.
    @usableFromInline internal var buffered: Int
    /// Total number of bytes fed so far.
    @usableFromInline internal var length: UInt64

    /// Creates a hasher for a new message.
    ///
    /// The state is the FIPS 180-4 initial hash value.
    @inlinable
    public init() {
        state = State()
        block = (0, 0, 0, 0, 0, 0, 0, 0)
        buffered = 0
        length = 0
    }

    /// Feeds raw bytes.
    ///
    /// Whole blocks are compressed straight from `bytes`; only a trailing partial block is copied.
    @inlinable
    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        guard var p = bytes.baseAddress, !bytes.isEmpty else { return }
        var n = bytes.count
        length &+= UInt64(truncatingIfNeeded: n)
        var s = state
        if buffered > 0 {
            let take = Swift.min(64 - buffered, n)
            let filled = buffered
            Swift.withUnsafeMutableBytes(of: &block) { raw in
                raw.baseAddress.map { ($0 + filled).copyMemory(from: p, byteCount: take) }
            }
            buffered += take
            p += take
            n -= take
            guard buffered == 64 else { return }
            Swift.withUnsafeBytes(of: block) { raw in
                raw.baseAddress.map { SHA256.compress(&s, $0, blocks: 1) }
            }
            buffered = 0
        }
        let whole = n &>> 6
        if whole > 0 {
            SHA256.compress(&s, p, blocks: whole)
            p += whole &<< 6
            n &= 63
        }
        state = s
        if n > 0 {
            Swift.withUnsafeMutableBytes(of: &block) { raw in
                raw.baseAddress.map { $0.copyMemory(from: p, byteCount: n) }
            }
            buffered = n
        }
    }

    /// Feeds the bytes of an array.
    ///
    /// Equivalent to `update(_: UnsafeRawBufferPointer)` over the array's storage.
    @inlinable
    public mutating func update(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { update($0) }
    }

    /// Feeds the 32 raw bytes of a digest.
    ///
    /// Used to chain digests (for example a record's hash covering the previous record's hash).
    @inlinable
    public mutating func update(_ digest: Digest) {
        digest.withUnsafeBytes { update($0) }
    }

    /// Feeds the UTF-8 encoding of a string.
    ///
    /// Native strings are read in place; other strings are first made contiguous.
    @inlinable
    public mutating func update(_ string: String) {
        let done: Void? = string.utf8.withContiguousStorageIfAvailable { update(UnsafeRawBufferPointer($0)) }
        if done == nil {
            var copy = string
            copy.withUTF8 { update(UnsafeRawBufferPointer($0)) }
        }
    }

    /// Returns the digest of everything fed so far.
    ///
    /// Non-mutating: padding is applied to a copy, so the hasher may continue to be updated.
    @inlinable
    public func finalize() -> Digest {
        var s = state
        // Up to two blocks of padding: the partial block, 0x80, zeros, 64-bit big-endian bit length.
        var tail: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64,
                   UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) =
            (block.0, block.1, block.2, block.3, block.4, block.5, block.6, block.7,
             0, 0, 0, 0, 0, 0, 0, 0)
        let n = buffered
        let blocks = n < 56 ? 1 : 2
        let bits = length &<< 3
        Swift.withUnsafeMutableBytes(of: &tail) { raw in
            guard let base = raw.baseAddress else { return }
            // Clear whatever stale bytes follow the message in the first block.
            (base + n).initializeMemory(as: UInt8.self, repeating: 0, count: 64 - n)
            base.storeBytes(of: 0x80, toByteOffset: n, as: UInt8.self)
            base.storeBytes(of: bits.bigEndian, toByteOffset: blocks &* 64 &- 8, as: UInt64.self)
            SHA256.compress(&s, base, blocks: blocks)
        }
        return s.digest
    }

    /// Returns the SHA-256 digest of raw bytes.
    ///
    /// One-shot form of `init()`, `update(_:)`, `finalize()`; no allocation.
    @inlinable
    public static func hash(_ bytes: UnsafeRawBufferPointer) -> Digest {
        var hasher = SHA256()
        hasher.update(bytes)
        return hasher.finalize()
    }

    /// Returns the SHA-256 digest of an array of bytes.
    ///
    /// No allocation beyond the caller's array.
    @inlinable
    public static func hash(_ bytes: [UInt8]) -> Digest {
        bytes.withUnsafeBytes { hash($0) }
    }

    /// Returns the SHA-256 digest of a string's UTF-8 encoding.
    ///
    /// Native strings are hashed in place.
    @inlinable
    public static func hash(_ string: String) -> Digest {
        var hasher = SHA256()
        hasher.update(string)
        return hasher.finalize()
    }
}

extension SHA256 {
    /// The eight chaining words of SHA-256.
    @usableFromInline
    internal struct State: Sendable {
        @usableFromInline internal var h0: UInt32
        @usableFromInline internal var h1: UInt32
        @usableFromInline internal var h2: UInt32
        @usableFromInline internal var h3: UInt32
        @usableFromInline internal var h4: UInt32
        @usableFromInline internal var h5: UInt32
        @usableFromInline internal var h6: UInt32
        @usableFromInline internal var h7: UInt32

        /// The FIPS 180-4 initial hash value.
        @inlinable
        internal init() {
            h0 = 0x6A09_E667
            h1 = 0xBB67_AE85
            h2 = 0x3C6E_F372
            h3 = 0xA54F_F53A
            h4 = 0x510E_527F
            h5 = 0x9B05_688C
            h6 = 0x1F83_D9AB
            h7 = 0x5BE0_CD19
        }

        /// The state as a digest (H0 first, each word big-endian).
        @inlinable
        internal var digest: Digest {
            Digest(
                UInt64(h0) &<< 32 | UInt64(h1),
                UInt64(h2) &<< 32 | UInt64(h3),
                UInt64(h4) &<< 32 | UInt64(h5),
                UInt64(h6) &<< 32 | UInt64(h7)
            )
        }
    }

    /// Rotates `x` right by `n` bits (`0 < n < 32`).
    @inlinable @inline(__always)
    internal static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 {
        (x &>> n) | (x &<< (32 &- n))
    }

    /// The message-schedule function σ0, as `rotr(rotr(x, 11) ^ x, 7) ^ (x >> 3)`.
    ///
    /// Equal to `rotr(x, 7) ^ rotr(x, 18) ^ (x >> 3)` but needs one register copy fewer.
    @inlinable @inline(__always)
    internal static func sigma0(_ x: UInt32) -> UInt32 {
        rotr(rotr(x, 11) ^ x, 7) ^ (x &>> 3)
    }

    /// The message-schedule function σ1, as `rotr(rotr(x, 2) ^ x, 17) ^ (x >> 10)`.
    ///
    /// Equal to `rotr(x, 17) ^ rotr(x, 19) ^ (x >> 10)` but needs one register copy fewer.
    @inlinable @inline(__always)
    internal static func sigma1(_ x: UInt32) -> UInt32 {
        rotr(rotr(x, 2) ^ x, 17) ^ (x &>> 10)
    }

    /// One SHA-256 round: `d += T1` and `h = T1 + T2`.
    ///
    /// The caller renames the working variables from round to round instead of moving them, so
    /// only `d` and `h` change. `bc` holds `b ^ c` on entry (the previous round's `a ^ b`) and
    /// this round's `a ^ b` on exit, giving `Maj(a, b, c) = b ^ ((a ^ b) & (b ^ c))`.
    /// The Σ functions stay in three-rotation form: they are on the critical path.
    @inlinable @inline(__always)
    internal static func round(
        _ a: UInt32, _ b: UInt32, _ d: inout UInt32,
        _ e: UInt32, _ f: UInt32, _ g: UInt32, _ h: inout UInt32,
        _ bc: inout UInt32, _ k: UInt32, _ w: UInt32
    ) {
        let t1 = h &+ (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) &+ (g ^ (e & (f ^ g))) &+ k &+ w
        let ab = a ^ b
        let t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) &+ (b ^ (ab & bc))
        bc = ab
        d = d &+ t1
        h = t1 &+ t2
    }

    /// Compresses `count` consecutive 64-byte blocks starting at `blocks` into `state`.
    ///
    /// Fully unrolled scalar code: the sixteen schedule words are a rolling window of locals, the
    /// round constants are immediates, and nothing is allocated or bounds-checked. Kept out of
    /// line (one copy of the ~13 KB body, shared by every caller) but callable from inlined code.
    @usableFromInline @inline(never)
    internal static func compress(_ state: inout State, _ blocks: UnsafeRawPointer, blocks count: Int) {
        var h0 = state.h0, h1 = state.h1, h2 = state.h2, h3 = state.h3
        var h4 = state.h4, h5 = state.h5, h6 = state.h6, h7 = state.h7
        var p = blocks
        var remaining = count
        while remaining > 0 {
            var a = h0, b = h1, c = h2, d = h3, e = h4, f = h5, g = h6, h = h7
            var bc = b ^ c
            // GENERATED by scripts/sha256-bench/gen_compress.py: do not edit by hand.
            var w0 = UInt32(bigEndian: p.loadUnaligned(fromByteOffset: 0, as: UInt32.self))
            var w1 = UInt32(bigEndian: p.loadUnaligned(fromByteOffset: 4, as: UInt32.self))
            var w2 = UInt32(bigEndian: p.loadUnaligned(fromByteOffset: 8, as: UInt32.self))
            var w3 = UInt32(bigEndian: p.loadUnaligned(fromByteOffset: 12, as: UInt32.self))
            var w4 = UInt32(bigEndian: p.loadUnaligned(fromByteOffset: 16, as: UInt32.self))
            var w5 = UInt32(bigEndian: p.loadUnaligned(fromByteOffset: 20, as: UInt32.self))
            var w6 = UInt32(bigEndian: p.loadUnaligned(fromByteOffset: 24, as: UInt32.self))
            var w7 = UInt32(bigEndian: p.loadUnaligned(fromByteOffset: 28, as: UInt32.self))
            var w8 = UInt32(bigEndian: p.loadUnaligned(fromByteOffset: 32, as: UInt32.self))
            var w9 = UInt32(bigEndian: p.loadUnaligned(fromByteOffset: 36, as: UInt32.self))
            var w10 = UInt32(bigEndian: p.loadUnaligned(fromByteOffset: 40, as: UInt32.self))
            var w11 = UInt32(bigEndian: p.loadUnaligned(fromByteOffset: 44, as: UInt32.self))
            var w12 = UInt32(bigEndian: p.loadUnaligned(fromByteOffset: 48, as: UInt32.self))
            var w13 = UInt32(bigEndian: p.loadUnaligned(fromByteOffset: 52, as: UInt32.self))
            var w14 = UInt32(bigEndian: p.loadUnaligned(fromByteOffset: 56, as: UInt32.self))
            var w15 = UInt32(bigEndian: p.loadUnaligned(fromByteOffset: 60, as: UInt32.self))
            round(a, b, &d, e, f, g, &h, &bc, 0x428A_2F98, w0)
            round(h, a, &c, d, e, f, &g, &bc, 0x7137_4491, w1)
            round(g, h, &b, c, d, e, &f, &bc, 0xB5C0_FBCF, w2)
            round(f, g, &a, b, c, d, &e, &bc, 0xE9B5_DBA5, w3)
            round(e, f, &h, a, b, c, &d, &bc, 0x3956_C25B, w4)
            round(d, e, &g, h, a, b, &c, &bc, 0x59F1_11F1, w5)
            round(c, d, &f, g, h, a, &b, &bc, 0x923F_82A4, w6)
            round(b, c, &e, f, g, h, &a, &bc, 0xAB1C_5ED5, w7)
            round(a, b, &d, e, f, g, &h, &bc, 0xD807_AA98, w8)
            round(h, a, &c, d, e, f, &g, &bc, 0x1283_5B01, w9)
            round(g, h, &b, c, d, e, &f, &bc, 0x2431_85BE, w10)
            round(f, g, &a, b, c, d, &e, &bc, 0x550C_7DC3, w11)
            round(e, f, &h, a, b, c, &d, &bc, 0x72BE_5D74, w12)
            round(d, e, &g, h, a, b, &c, &bc, 0x80DE_B1FE, w13)
            round(c, d, &f, g, h, a, &b, &bc, 0x9BDC_06A7, w14)
            round(b, c, &e, f, g, h, &a, &bc, 0xC19B_F174, w15)
            w0 = w0 &+ sigma1(w14) &+ w9 &+ sigma0(w1)
            round(a, b, &d, e, f, g, &h, &bc, 0xE49B_69C1, w0)
            w1 = w1 &+ sigma1(w15) &+ w10 &+ sigma0(w2)
            round(h, a, &c, d, e, f, &g, &bc, 0xEFBE_4786, w1)
            w2 = w2 &+ sigma1(w0) &+ w11 &+ sigma0(w3)
            round(g, h, &b, c, d, e, &f, &bc, 0x0FC1_9DC6, w2)
            w3 = w3 &+ sigma1(w1) &+ w12 &+ sigma0(w4)
            round(f, g, &a, b, c, d, &e, &bc, 0x240C_A1CC, w3)
            w4 = w4 &+ sigma1(w2) &+ w13 &+ sigma0(w5)
            round(e, f, &h, a, b, c, &d, &bc, 0x2DE9_2C6F, w4)
            w5 = w5 &+ sigma1(w3) &+ w14 &+ sigma0(w6)
            round(d, e, &g, h, a, b, &c, &bc, 0x4A74_84AA, w5)
            w6 = w6 &+ sigma1(w4) &+ w15 &+ sigma0(w7)
            round(c, d, &f, g, h, a, &b, &bc, 0x5CB0_A9DC, w6)
            w7 = w7 &+ sigma1(w5) &+ w0 &+ sigma0(w8)
            round(b, c, &e, f, g, h, &a, &bc, 0x76F9_88DA, w7)
            w8 = w8 &+ sigma1(w6) &+ w1 &+ sigma0(w9)
            round(a, b, &d, e, f, g, &h, &bc, 0x983E_5152, w8)
            w9 = w9 &+ sigma1(w7) &+ w2 &+ sigma0(w10)
            round(h, a, &c, d, e, f, &g, &bc, 0xA831_C66D, w9)
            w10 = w10 &+ sigma1(w8) &+ w3 &+ sigma0(w11)
            round(g, h, &b, c, d, e, &f, &bc, 0xB003_27C8, w10)
            w11 = w11 &+ sigma1(w9) &+ w4 &+ sigma0(w12)
            round(f, g, &a, b, c, d, &e, &bc, 0xBF59_7FC7, w11)
            w12 = w12 &+ sigma1(w10) &+ w5 &+ sigma0(w13)
            round(e, f, &h, a, b, c, &d, &bc, 0xC6E0_0BF3, w12)
            w13 = w13 &+ sigma1(w11) &+ w6 &+ sigma0(w14)
            round(d, e, &g, h, a, b, &c, &bc, 0xD5A7_9147, w13)
            w14 = w14 &+ sigma1(w12) &+ w7 &+ sigma0(w15)
            round(c, d, &f, g, h, a, &b, &bc, 0x06CA_6351, w14)
            w15 = w15 &+ sigma1(w13) &+ w8 &+ sigma0(w0)
            round(b, c, &e, f, g, h, &a, &bc, 0x1429_2967, w15)
            w0 = w0 &+ sigma1(w14) &+ w9 &+ sigma0(w1)
            round(a, b, &d, e, f, g, &h, &bc, 0x27B7_0A85, w0)
            w1 = w1 &+ sigma1(w15) &+ w10 &+ sigma0(w2)
            round(h, a, &c, d, e, f, &g, &bc, 0x2E1B_2138, w1)
            w2 = w2 &+ sigma1(w0) &+ w11 &+ sigma0(w3)
            round(g, h, &b, c, d, e, &f, &bc, 0x4D2C_6DFC, w2)
            w3 = w3 &+ sigma1(w1) &+ w12 &+ sigma0(w4)
            round(f, g, &a, b, c, d, &e, &bc, 0x5338_0D13, w3)
            w4 = w4 &+ sigma1(w2) &+ w13 &+ sigma0(w5)
            round(e, f, &h, a, b, c, &d, &bc, 0x650A_7354, w4)
            w5 = w5 &+ sigma1(w3) &+ w14 &+ sigma0(w6)
            round(d, e, &g, h, a, b, &c, &bc, 0x766A_0ABB, w5)
            w6 = w6 &+ sigma1(w4) &+ w15 &+ sigma0(w7)
            round(c, d, &f, g, h, a, &b, &bc, 0x81C2_C92E, w6)
            w7 = w7 &+ sigma1(w5) &+ w0 &+ sigma0(w8)
            round(b, c, &e, f, g, h, &a, &bc, 0x9272_2C85, w7)
            w8 = w8 &+ sigma1(w6) &+ w1 &+ sigma0(w9)
            round(a, b, &d, e, f, g, &h, &bc, 0xA2BF_E8A1, w8)
            w9 = w9 &+ sigma1(w7) &+ w2 &+ sigma0(w10)
            round(h, a, &c, d, e, f, &g, &bc, 0xA81A_664B, w9)
            w10 = w10 &+ sigma1(w8) &+ w3 &+ sigma0(w11)
            round(g, h, &b, c, d, e, &f, &bc, 0xC24B_8B70, w10)
            w11 = w11 &+ sigma1(w9) &+ w4 &+ sigma0(w12)
            round(f, g, &a, b, c, d, &e, &bc, 0xC76C_51A3, w11)
            w12 = w12 &+ sigma1(w10) &+ w5 &+ sigma0(w13)
            round(e, f, &h, a, b, c, &d, &bc, 0xD192_E819, w12)
            w13 = w13 &+ sigma1(w11) &+ w6 &+ sigma0(w14)
            round(d, e, &g, h, a, b, &c, &bc, 0xD699_0624, w13)
            w14 = w14 &+ sigma1(w12) &+ w7 &+ sigma0(w15)
            round(c, d, &f, g, h, a, &b, &bc, 0xF40E_3585, w14)
            w15 = w15 &+ sigma1(w13) &+ w8 &+ sigma0(w0)
            round(b, c, &e, f, g, h, &a, &bc, 0x106A_A070, w15)
            w0 = w0 &+ sigma1(w14) &+ w9 &+ sigma0(w1)
            round(a, b, &d, e, f, g, &h, &bc, 0x19A4_C116, w0)
            w1 = w1 &+ sigma1(w15) &+ w10 &+ sigma0(w2)
            round(h, a, &c, d, e, f, &g, &bc, 0x1E37_6C08, w1)
            w2 = w2 &+ sigma1(w0) &+ w11 &+ sigma0(w3)
            round(g, h, &b, c, d, e, &f, &bc, 0x2748_774C, w2)
            w3 = w3 &+ sigma1(w1) &+ w12 &+ sigma0(w4)
            round(f, g, &a, b, c, d, &e, &bc, 0x34B0_BCB5, w3)
            w4 = w4 &+ sigma1(w2) &+ w13 &+ sigma0(w5)
            round(e, f, &h, a, b, c, &d, &bc, 0x391C_0CB3, w4)
            w5 = w5 &+ sigma1(w3) &+ w14 &+ sigma0(w6)
            round(d, e, &g, h, a, b, &c, &bc, 0x4ED8_AA4A, w5)
            w6 = w6 &+ sigma1(w4) &+ w15 &+ sigma0(w7)
            round(c, d, &f, g, h, a, &b, &bc, 0x5B9C_CA4F, w6)
            w7 = w7 &+ sigma1(w5) &+ w0 &+ sigma0(w8)
            round(b, c, &e, f, g, h, &a, &bc, 0x682E_6FF3, w7)
            w8 = w8 &+ sigma1(w6) &+ w1 &+ sigma0(w9)
            round(a, b, &d, e, f, g, &h, &bc, 0x748F_82EE, w8)
            w9 = w9 &+ sigma1(w7) &+ w2 &+ sigma0(w10)
            round(h, a, &c, d, e, f, &g, &bc, 0x78A5_636F, w9)
            w10 = w10 &+ sigma1(w8) &+ w3 &+ sigma0(w11)
            round(g, h, &b, c, d, e, &f, &bc, 0x84C8_7814, w10)
            w11 = w11 &+ sigma1(w9) &+ w4 &+ sigma0(w12)
            round(f, g, &a, b, c, d, &e, &bc, 0x8CC7_0208, w11)
            w12 = w12 &+ sigma1(w10) &+ w5 &+ sigma0(w13)
            round(e, f, &h, a, b, c, &d, &bc, 0x90BE_FFFA, w12)
            w13 = w13 &+ sigma1(w11) &+ w6 &+ sigma0(w14)
            round(d, e, &g, h, a, b, &c, &bc, 0xA450_6CEB, w13)
            w14 = w14 &+ sigma1(w12) &+ w7 &+ sigma0(w15)
            round(c, d, &f, g, h, a, &b, &bc, 0xBEF9_A3F7, w14)
            w15 = w15 &+ sigma1(w13) &+ w8 &+ sigma0(w0)
            round(b, c, &e, f, g, h, &a, &bc, 0xC671_78F2, w15)
            // END GENERATED
            h0 = h0 &+ a; h1 = h1 &+ b; h2 = h2 &+ c; h3 = h3 &+ d
            h4 = h4 &+ e; h5 = h5 &+ f; h6 = h6 &+ g; h7 = h7 &+ h
            p += 64
            remaining &-= 1
        }
        state.h0 = h0; state.h1 = h1; state.h2 = h2; state.h3 = h3
        state.h4 = h4; state.h5 = h5; state.h6 = h6; state.h7 = h7
    }
}
