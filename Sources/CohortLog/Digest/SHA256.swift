#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CohortSHA

/// Incremental SHA-256 (FIPS 180-4).
///
/// A value type holding the eight chaining words, a 64-byte partial block and the message length;
/// it never allocates. Feed bytes with the `update` methods in any split, then call `finalize()`.
/// `finalize()` is non-mutating: it pads a copy of the state, so a hasher can be finalized, then
/// updated further and finalized again (each result covers everything fed so far). For one-shot
/// hashing use the static `hash` functions.
///
/// Blocks are compressed with the processor's SHA instructions where it has them (CohortSHA),
/// otherwise with the portable Swift code below; the choice is made once per process
/// (`SHA256.implementation`, see `Implementation.chosen(environment:available:)`), and a hasher
/// can be given an implementation of its own with `init(using:)`.
public struct SHA256: Sendable {
    /// The eight 32-bit chaining words H0…H7.
    @usableFromInline internal var state: State
    /// Bytes of the current, incomplete block (only the first `buffered` are meaningful).
    @usableFromInline internal var block: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64)
    /// How many bytes of `block` are filled, always 0…63.
    @usableFromInline internal var buffered: Int
    /// Total number of bytes fed so far.
    @usableFromInline internal var length: UInt64
    /// The implementation this hasher was given, or `nil` for the process-wide `implementation`.
    @usableFromInline internal var forced: Implementation?

    /// Creates a hasher for a new message.
    ///
    /// The state is the FIPS 180-4 initial hash value.
    @inlinable
    public init() {
        state = State()
        block = (0, 0, 0, 0, 0, 0, 0, 0)
        buffered = 0
        length = 0
        forced = nil
    }

    /// Creates a hasher for a new message that compresses with the given implementation.
    ///
    /// For tests and measurements; `init()` uses `SHA256.implementation`.
    /// - Precondition: `.accelerated` only where `SHA256Instructions.isAvailable`.
    public init(using implementation: Implementation) {
        precondition(
            implementation == .portable || SHA256Instructions.isAvailable,
            "SHA256: this processor has no SHA instructions"
        )
        self.init()
        forced = implementation
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
                raw.baseAddress.map { SHA256.compress(&s, $0, blocks: 1, forced) }
            }
            buffered = 0
        }
        let whole = n &>> 6
        if whole > 0 {
            SHA256.compress(&s, p, blocks: whole, forced)
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
        let n = buffered
        // The padded tail (one block, or two when fewer than 9 bytes are left after the data):
        // data, 0x80, zeros, 64-bit big-endian bit length. Built in registers and written with
        // 16-byte stores, the width `compress` reads with, so the reads are forwarded directly.
        var tail = (SIMD2<UInt64>(), SIMD2<UInt64>(), SIMD2<UInt64>(), SIMD2<UInt64>(),
                    SIMD2<UInt64>(), SIMD2<UInt64>(), SIMD2<UInt64>(), SIMD2<UInt64>())
        let lengthWord = (length &<< 3).byteSwapped  // little-endian value of the big-endian bytes
        let blocks = n < 56 ? 1 : 2
        Swift.withUnsafeBytes(of: block) { data in
            Swift.withUnsafeMutableBytes(of: &tail) { out in
                var previous: UInt64 = 0
                for i in 0..<8 {
                    let rest = n &- 8 &* i  // data bytes left for word i
                    var word = UInt64(littleEndian: data.load(fromByteOffset: 8 &* i, as: UInt64.self))
                    if rest < 0 {
                        word = 0
                    } else if rest < 8 {
                        // Keep the first `rest` bytes (later ones are stale) and append 0x80.
                        let shift = UInt64(8 &* rest)
                        word = (word & ((1 &<< shift) &- 1)) | (0x80 &<< shift)
                    }
                    if i == 7 && blocks == 1 { word |= lengthWord }
                    if i & 1 == 1 {
                        let pair = SIMD2(previous.littleEndian, word.littleEndian)
                        out.storeBytes(of: pair, toByteOffset: 8 &* (i &- 1), as: SIMD2<UInt64>.self)
                    }
                    previous = word
                }
                if blocks == 2 {
                    out.storeBytes(of: SIMD2(0, lengthWord.littleEndian), toByteOffset: 112, as: SIMD2<UInt64>.self)
                }
                if let base = out.baseAddress {
                    SHA256.compress(&s, base, blocks: blocks, forced)
                }
            }
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

    /// Returns the SHA-256 digest of raw bytes, compressed with the given implementation.
    ///
    /// For tests and measurements (both implementations in one process).
    /// - Precondition: `.accelerated` only where `SHA256Instructions.isAvailable`.
    public static func hash(_ bytes: UnsafeRawBufferPointer, using implementation: Implementation) -> Digest {
        var hasher = SHA256(using: implementation)
        hasher.update(bytes)
        return hasher.finalize()
    }

    /// Returns the SHA-256 digest of an array of bytes, compressed with the given implementation.
    public static func hash(_ bytes: [UInt8], using implementation: Implementation) -> Digest {
        bytes.withUnsafeBytes { hash($0, using: implementation) }
    }

    /// Returns the SHA-256 digest of a string's UTF-8 encoding, compressed with the given implementation.
    public static func hash(_ string: String, using implementation: Implementation) -> Digest {
        var hasher = SHA256(using: implementation)
        hasher.update(string)
        return hasher.finalize()
    }
}

extension SHA256 {
    /// How blocks are compressed.
    public enum Implementation: String, Sendable, CaseIterable {
        /// The processor's SHA instructions (CohortSHA; x86-64 SHA-NI).
        case accelerated
        /// The portable Swift code (`SHA256.compressPortable`).
        case portable

        /// The implementation to use given the value of `COHORT_SHA256` (`nil` when unset) and
        /// whether the processor has the SHA instructions.
        ///
        /// `portable` forces the portable code; anything else (`accelerated`, unset, unknown)
        /// takes the instructions when they are available and the portable code otherwise:
        /// they cannot be forced onto a processor that lacks them.
        public static func chosen(environment: String?, available: Bool) -> Implementation {
            if environment == "portable" { return .portable }
            return available ? .accelerated : .portable
        }
    }

    /// The implementation used by every hasher made with `init()`: chosen once per process, on
    /// first use, from `COHORT_SHA256` and the processor (see `Implementation.chosen`).
    public static let implementation: Implementation = Implementation.chosen(
        environment: getenv("COHORT_SHA256").map { String(cString: $0) },
        available: SHA256Instructions.isAvailable
    )

    /// Compresses `count` consecutive 64-byte blocks starting at `blocks` into `state`, with the
    /// implementation `forced`, or `SHA256.implementation` when `nil`.
    ///
    /// Kept out of line, like the implementations behind it, but callable from inlined code in
    /// other modules.
    @usableFromInline @inline(never)
    internal static func compress(
        _ state: inout State, _ blocks: UnsafeRawPointer, blocks count: Int, _ forced: Implementation?
    ) {
        if (forced ?? implementation) == .accelerated {
            withUnsafeMutablePointer(to: &state) { s in
                s.withMemoryRebound(to: UInt32.self, capacity: 8) { words in
                    SHA256Instructions.compress(state: words, blocks: blocks, count: count)
                }
            }
        } else {
            compressPortable(&state, blocks, blocks: count)
        }
    }
}

extension SHA256 {
    /// The eight chaining words of SHA-256, H0…H7 in order (read as 8 consecutive `UInt32`s by
    /// `SHA256Instructions.compress`).
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
    @inline(__always)
    internal static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 {
        (x &>> n) | (x &<< (32 &- n))
    }

    /// One SHA-256 round: `d += T1` and `h = T1 + T2`, with `kw` = K[t] + W[t].
    ///
    /// The caller renames the working variables from round to round instead of moving them, so
    /// only `d` and `h` change. `bc` holds `b ^ c` on entry (the previous round's `a ^ b`) and
    /// this round's `a ^ b` on exit, giving `Maj(a, b, c) = b ^ ((a ^ b) & (b ^ c))`.
    /// The Σ functions stay in three-rotation form: they are on the critical path.
    @inline(__always)
    internal static func round(
        _ a: UInt32, _ b: UInt32, _ d: inout UInt32,
        _ e: UInt32, _ f: UInt32, _ g: UInt32, _ h: inout UInt32,
        _ bc: inout UInt32, _ kw: UInt32
    ) {
        let t1 = h &+ (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) &+ (g ^ (e & (f ^ g))) &+ kw
        let ab = a ^ b
        let t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) &+ (b ^ (ab & bc))
        bc = ab
        d = d &+ t1
        h = t1 &+ t2
    }

    /// Converts four big-endian words, as loaded from memory, to native order.
    @inline(__always)
    internal static func byteSwapped(_ v: SIMD4<UInt32>) -> SIMD4<UInt32> {
        let t = ((v &<< 8) & SIMD4(repeating: 0xFF00_FF00)) | ((v &>> 8) & SIMD4(repeating: 0x00FF_00FF))
        return (t &<< 16) | (t &>> 16)
    }

    /// σ0 on four lanes: `rotr(x, 7) ^ rotr(x, 18) ^ (x >> 3)`.
    ///
    /// Each word is duplicated into a 64-bit lane (`u:u`), so a 64-bit right shift by n leaves
    /// `rotr(u, n)` in the low half: rotations from plain SSE2 shifts. (Written with 32-bit
    /// rotate patterns instead, LLVM recognises vector rotations and scalarises them on SSE2.)
    @inline(__always)
    internal static func sigma0(_ x: SIMD4<UInt32>) -> SIMD4<UInt32> {
        let low = sigmaPairs(SIMD4(x[0], x[0], x[1], x[1]), 7, 18, 3)
        let high = sigmaPairs(SIMD4(x[2], x[2], x[3], x[3]), 7, 18, 3)
        return SIMD4(low[0], low[2], high[0], high[2])
    }

    /// `rotr(u, r1) ^ rotr(u, r2) ^ (u >> s)` of two words given as lanes `(u, u, v, v)`;
    /// the results are in lanes 0 and 2.
    ///
    /// Everything is done on 64-bit lanes (the plain shift too, masked to its low half) so that
    /// both lanes are always needed and the optimizer has no reason to scalarise any of it.
    @inline(__always)
    internal static func sigmaPairs(_ d: SIMD4<UInt32>, _ r1: UInt64, _ r2: UInt64, _ s: UInt64) -> SIMD4<UInt32> {
        let q = unsafeBitCast(d, to: SIMD2<UInt64>.self)
        let mask = SIMD2<UInt64>(repeating: UInt64(UInt32.max) &>> s)
        return unsafeBitCast((q &>> r1) ^ (q &>> r2) ^ ((q &>> s) & mask), to: SIMD4<UInt32>.self)
    }

    /// σ1 of two words given as lanes `(u, u, v, v)`; the results are in lanes 0 and 2.
    ///
    /// The schedule computes W[t..<t+4] from W[t-16..<t], four words per SIMD4; since W[t+2]
    /// and W[t+3] depend on W[t] and W[t+1], σ1 is applied in two halves.
    @inline(__always)
    internal static func sigma1Pairs(_ d: SIMD4<UInt32>) -> SIMD4<UInt32> {
        sigmaPairs(d, 17, 19, 10)
    }

    /// Compresses `count` consecutive 64-byte blocks starting at `blocks` into `state` with
    /// portable Swift code (the fallback where the processor has no SHA instructions).
    ///
    /// The message schedule is computed four words at a time in `SIMD4<UInt32>` registers (plain
    /// SSE2, no target flags), one group of four ahead of the rounds, and written as K+W to a
    /// 256-byte stack buffer that the rounds read; this takes the schedule off the scalar ALUs,
    /// which the rounds saturate. The 64 scalar rounds are fully unrolled with immediate
    /// constants. Nothing is allocated or bounds-checked. Kept out of line (one copy of the body,
    /// called by `compress`).
    ///
    /// The exact shape matters to LLVM's code generation (see scripts/sha256-bench/README.md):
    /// several equivalent formulations compile to code 10–25% slower.
    @inline(never)
    internal static func compressPortable(_ state: inout State, _ blocks: UnsafeRawPointer, blocks count: Int) {
        var h0 = state.h0, h1 = state.h1, h2 = state.h2, h3 = state.h3
        var h4 = state.h4, h5 = state.h5, h6 = state.h6, h7 = state.h7
        var scratch = (
            SIMD4<UInt32>(), SIMD4<UInt32>(), SIMD4<UInt32>(), SIMD4<UInt32>(),
            SIMD4<UInt32>(), SIMD4<UInt32>(), SIMD4<UInt32>(), SIMD4<UInt32>(),
            SIMD4<UInt32>(), SIMD4<UInt32>(), SIMD4<UInt32>(), SIMD4<UInt32>(),
            SIMD4<UInt32>(), SIMD4<UInt32>(), SIMD4<UInt32>(), SIMD4<UInt32>()
        )
        withUnsafeMutablePointer(to: &scratch) { tuple in
            // K+W for the current block: written as vectors, read back as words.
            let kw = UnsafeMutableRawPointer(tuple).assumingMemoryBound(to: SIMD4<UInt32>.self)
            let k = UnsafeRawPointer(tuple)
            var p = blocks
            var remaining = count
            while remaining > 0 {
                // GENERATED by scripts/sha256-bench/gen_compress.py: do not edit by hand.
                var x0 = byteSwapped(p.loadUnaligned(fromByteOffset: 0, as: SIMD4<UInt32>.self))
                kw[0] = x0 &+ SIMD4<UInt32>(0x428A_2F98, 0x7137_4491, 0xB5C0_FBCF, 0xE9B5_DBA5)
                var x1 = byteSwapped(p.loadUnaligned(fromByteOffset: 16, as: SIMD4<UInt32>.self))
                kw[1] = x1 &+ SIMD4<UInt32>(0x3956_C25B, 0x59F1_11F1, 0x923F_82A4, 0xAB1C_5ED5)
                var x2 = byteSwapped(p.loadUnaligned(fromByteOffset: 32, as: SIMD4<UInt32>.self))
                kw[2] = x2 &+ SIMD4<UInt32>(0xD807_AA98, 0x1283_5B01, 0x2431_85BE, 0x550C_7DC3)
                var x3 = byteSwapped(p.loadUnaligned(fromByteOffset: 48, as: SIMD4<UInt32>.self))
                kw[3] = x3 &+ SIMD4<UInt32>(0x72BE_5D74, 0x80DE_B1FE, 0x9BDC_06A7, 0xC19B_F174)
                var a = h0, b = h1, c = h2, d = h3, e = h4, f = h5, g = h6, h = h7
                var bc = b ^ c
                round(a, b, &d, e, f, g, &h, &bc, k.load(fromByteOffset: 0, as: UInt32.self))
                round(h, a, &c, d, e, f, &g, &bc, k.load(fromByteOffset: 4, as: UInt32.self))
                round(g, h, &b, c, d, e, &f, &bc, k.load(fromByteOffset: 8, as: UInt32.self))
                round(f, g, &a, b, c, d, &e, &bc, k.load(fromByteOffset: 12, as: UInt32.self))
                round(e, f, &h, a, b, c, &d, &bc, k.load(fromByteOffset: 16, as: UInt32.self))
                round(d, e, &g, h, a, b, &c, &bc, k.load(fromByteOffset: 20, as: UInt32.self))
                round(c, d, &f, g, h, a, &b, &bc, k.load(fromByteOffset: 24, as: UInt32.self))
                round(b, c, &e, f, g, h, &a, &bc, k.load(fromByteOffset: 28, as: UInt32.self))
                round(a, b, &d, e, f, g, &h, &bc, k.load(fromByteOffset: 32, as: UInt32.self))
                round(h, a, &c, d, e, f, &g, &bc, k.load(fromByteOffset: 36, as: UInt32.self))
                round(g, h, &b, c, d, e, &f, &bc, k.load(fromByteOffset: 40, as: UInt32.self))
                round(f, g, &a, b, c, d, &e, &bc, k.load(fromByteOffset: 44, as: UInt32.self))
                do {
                    var x = x0 &+ sigma0(SIMD4(x0[1], x0[2], x0[3], x1[0])) &+ SIMD4(x2[1], x2[2], x2[3], x3[0])
                    let low = sigma1Pairs(SIMD4(x3[2], x3[2], x3[3], x3[3]))
                    x &+= SIMD4(low[0], low[2], 0, 0)
                    let high = sigma1Pairs(SIMD4(x[0], x[0], x[1], x[1]))
                    x &+= SIMD4(0, 0, high[0], high[2])
                    x0 = x
                    kw[4] = x &+ SIMD4<UInt32>(0xE49B_69C1, 0xEFBE_4786, 0x0FC1_9DC6, 0x240C_A1CC)
                }
                round(e, f, &h, a, b, c, &d, &bc, k.load(fromByteOffset: 48, as: UInt32.self))
                round(d, e, &g, h, a, b, &c, &bc, k.load(fromByteOffset: 52, as: UInt32.self))
                round(c, d, &f, g, h, a, &b, &bc, k.load(fromByteOffset: 56, as: UInt32.self))
                round(b, c, &e, f, g, h, &a, &bc, k.load(fromByteOffset: 60, as: UInt32.self))
                do {
                    var x = x1 &+ sigma0(SIMD4(x1[1], x1[2], x1[3], x2[0])) &+ SIMD4(x3[1], x3[2], x3[3], x0[0])
                    let low = sigma1Pairs(SIMD4(x0[2], x0[2], x0[3], x0[3]))
                    x &+= SIMD4(low[0], low[2], 0, 0)
                    let high = sigma1Pairs(SIMD4(x[0], x[0], x[1], x[1]))
                    x &+= SIMD4(0, 0, high[0], high[2])
                    x1 = x
                    kw[5] = x &+ SIMD4<UInt32>(0x2DE9_2C6F, 0x4A74_84AA, 0x5CB0_A9DC, 0x76F9_88DA)
                }
                round(a, b, &d, e, f, g, &h, &bc, k.load(fromByteOffset: 64, as: UInt32.self))
                round(h, a, &c, d, e, f, &g, &bc, k.load(fromByteOffset: 68, as: UInt32.self))
                round(g, h, &b, c, d, e, &f, &bc, k.load(fromByteOffset: 72, as: UInt32.self))
                round(f, g, &a, b, c, d, &e, &bc, k.load(fromByteOffset: 76, as: UInt32.self))
                do {
                    var x = x2 &+ sigma0(SIMD4(x2[1], x2[2], x2[3], x3[0])) &+ SIMD4(x0[1], x0[2], x0[3], x1[0])
                    let low = sigma1Pairs(SIMD4(x1[2], x1[2], x1[3], x1[3]))
                    x &+= SIMD4(low[0], low[2], 0, 0)
                    let high = sigma1Pairs(SIMD4(x[0], x[0], x[1], x[1]))
                    x &+= SIMD4(0, 0, high[0], high[2])
                    x2 = x
                    kw[6] = x &+ SIMD4<UInt32>(0x983E_5152, 0xA831_C66D, 0xB003_27C8, 0xBF59_7FC7)
                }
                round(e, f, &h, a, b, c, &d, &bc, k.load(fromByteOffset: 80, as: UInt32.self))
                round(d, e, &g, h, a, b, &c, &bc, k.load(fromByteOffset: 84, as: UInt32.self))
                round(c, d, &f, g, h, a, &b, &bc, k.load(fromByteOffset: 88, as: UInt32.self))
                round(b, c, &e, f, g, h, &a, &bc, k.load(fromByteOffset: 92, as: UInt32.self))
                do {
                    var x = x3 &+ sigma0(SIMD4(x3[1], x3[2], x3[3], x0[0])) &+ SIMD4(x1[1], x1[2], x1[3], x2[0])
                    let low = sigma1Pairs(SIMD4(x2[2], x2[2], x2[3], x2[3]))
                    x &+= SIMD4(low[0], low[2], 0, 0)
                    let high = sigma1Pairs(SIMD4(x[0], x[0], x[1], x[1]))
                    x &+= SIMD4(0, 0, high[0], high[2])
                    x3 = x
                    kw[7] = x &+ SIMD4<UInt32>(0xC6E0_0BF3, 0xD5A7_9147, 0x06CA_6351, 0x1429_2967)
                }
                round(a, b, &d, e, f, g, &h, &bc, k.load(fromByteOffset: 96, as: UInt32.self))
                round(h, a, &c, d, e, f, &g, &bc, k.load(fromByteOffset: 100, as: UInt32.self))
                round(g, h, &b, c, d, e, &f, &bc, k.load(fromByteOffset: 104, as: UInt32.self))
                round(f, g, &a, b, c, d, &e, &bc, k.load(fromByteOffset: 108, as: UInt32.self))
                do {
                    var x = x0 &+ sigma0(SIMD4(x0[1], x0[2], x0[3], x1[0])) &+ SIMD4(x2[1], x2[2], x2[3], x3[0])
                    let low = sigma1Pairs(SIMD4(x3[2], x3[2], x3[3], x3[3]))
                    x &+= SIMD4(low[0], low[2], 0, 0)
                    let high = sigma1Pairs(SIMD4(x[0], x[0], x[1], x[1]))
                    x &+= SIMD4(0, 0, high[0], high[2])
                    x0 = x
                    kw[8] = x &+ SIMD4<UInt32>(0x27B7_0A85, 0x2E1B_2138, 0x4D2C_6DFC, 0x5338_0D13)
                }
                round(e, f, &h, a, b, c, &d, &bc, k.load(fromByteOffset: 112, as: UInt32.self))
                round(d, e, &g, h, a, b, &c, &bc, k.load(fromByteOffset: 116, as: UInt32.self))
                round(c, d, &f, g, h, a, &b, &bc, k.load(fromByteOffset: 120, as: UInt32.self))
                round(b, c, &e, f, g, h, &a, &bc, k.load(fromByteOffset: 124, as: UInt32.self))
                do {
                    var x = x1 &+ sigma0(SIMD4(x1[1], x1[2], x1[3], x2[0])) &+ SIMD4(x3[1], x3[2], x3[3], x0[0])
                    let low = sigma1Pairs(SIMD4(x0[2], x0[2], x0[3], x0[3]))
                    x &+= SIMD4(low[0], low[2], 0, 0)
                    let high = sigma1Pairs(SIMD4(x[0], x[0], x[1], x[1]))
                    x &+= SIMD4(0, 0, high[0], high[2])
                    x1 = x
                    kw[9] = x &+ SIMD4<UInt32>(0x650A_7354, 0x766A_0ABB, 0x81C2_C92E, 0x9272_2C85)
                }
                round(a, b, &d, e, f, g, &h, &bc, k.load(fromByteOffset: 128, as: UInt32.self))
                round(h, a, &c, d, e, f, &g, &bc, k.load(fromByteOffset: 132, as: UInt32.self))
                round(g, h, &b, c, d, e, &f, &bc, k.load(fromByteOffset: 136, as: UInt32.self))
                round(f, g, &a, b, c, d, &e, &bc, k.load(fromByteOffset: 140, as: UInt32.self))
                do {
                    var x = x2 &+ sigma0(SIMD4(x2[1], x2[2], x2[3], x3[0])) &+ SIMD4(x0[1], x0[2], x0[3], x1[0])
                    let low = sigma1Pairs(SIMD4(x1[2], x1[2], x1[3], x1[3]))
                    x &+= SIMD4(low[0], low[2], 0, 0)
                    let high = sigma1Pairs(SIMD4(x[0], x[0], x[1], x[1]))
                    x &+= SIMD4(0, 0, high[0], high[2])
                    x2 = x
                    kw[10] = x &+ SIMD4<UInt32>(0xA2BF_E8A1, 0xA81A_664B, 0xC24B_8B70, 0xC76C_51A3)
                }
                round(e, f, &h, a, b, c, &d, &bc, k.load(fromByteOffset: 144, as: UInt32.self))
                round(d, e, &g, h, a, b, &c, &bc, k.load(fromByteOffset: 148, as: UInt32.self))
                round(c, d, &f, g, h, a, &b, &bc, k.load(fromByteOffset: 152, as: UInt32.self))
                round(b, c, &e, f, g, h, &a, &bc, k.load(fromByteOffset: 156, as: UInt32.self))
                do {
                    var x = x3 &+ sigma0(SIMD4(x3[1], x3[2], x3[3], x0[0])) &+ SIMD4(x1[1], x1[2], x1[3], x2[0])
                    let low = sigma1Pairs(SIMD4(x2[2], x2[2], x2[3], x2[3]))
                    x &+= SIMD4(low[0], low[2], 0, 0)
                    let high = sigma1Pairs(SIMD4(x[0], x[0], x[1], x[1]))
                    x &+= SIMD4(0, 0, high[0], high[2])
                    x3 = x
                    kw[11] = x &+ SIMD4<UInt32>(0xD192_E819, 0xD699_0624, 0xF40E_3585, 0x106A_A070)
                }
                round(a, b, &d, e, f, g, &h, &bc, k.load(fromByteOffset: 160, as: UInt32.self))
                round(h, a, &c, d, e, f, &g, &bc, k.load(fromByteOffset: 164, as: UInt32.self))
                round(g, h, &b, c, d, e, &f, &bc, k.load(fromByteOffset: 168, as: UInt32.self))
                round(f, g, &a, b, c, d, &e, &bc, k.load(fromByteOffset: 172, as: UInt32.self))
                do {
                    var x = x0 &+ sigma0(SIMD4(x0[1], x0[2], x0[3], x1[0])) &+ SIMD4(x2[1], x2[2], x2[3], x3[0])
                    let low = sigma1Pairs(SIMD4(x3[2], x3[2], x3[3], x3[3]))
                    x &+= SIMD4(low[0], low[2], 0, 0)
                    let high = sigma1Pairs(SIMD4(x[0], x[0], x[1], x[1]))
                    x &+= SIMD4(0, 0, high[0], high[2])
                    x0 = x
                    kw[12] = x &+ SIMD4<UInt32>(0x19A4_C116, 0x1E37_6C08, 0x2748_774C, 0x34B0_BCB5)
                }
                round(e, f, &h, a, b, c, &d, &bc, k.load(fromByteOffset: 176, as: UInt32.self))
                round(d, e, &g, h, a, b, &c, &bc, k.load(fromByteOffset: 180, as: UInt32.self))
                round(c, d, &f, g, h, a, &b, &bc, k.load(fromByteOffset: 184, as: UInt32.self))
                round(b, c, &e, f, g, h, &a, &bc, k.load(fromByteOffset: 188, as: UInt32.self))
                do {
                    var x = x1 &+ sigma0(SIMD4(x1[1], x1[2], x1[3], x2[0])) &+ SIMD4(x3[1], x3[2], x3[3], x0[0])
                    let low = sigma1Pairs(SIMD4(x0[2], x0[2], x0[3], x0[3]))
                    x &+= SIMD4(low[0], low[2], 0, 0)
                    let high = sigma1Pairs(SIMD4(x[0], x[0], x[1], x[1]))
                    x &+= SIMD4(0, 0, high[0], high[2])
                    x1 = x
                    kw[13] = x &+ SIMD4<UInt32>(0x391C_0CB3, 0x4ED8_AA4A, 0x5B9C_CA4F, 0x682E_6FF3)
                }
                round(a, b, &d, e, f, g, &h, &bc, k.load(fromByteOffset: 192, as: UInt32.self))
                round(h, a, &c, d, e, f, &g, &bc, k.load(fromByteOffset: 196, as: UInt32.self))
                round(g, h, &b, c, d, e, &f, &bc, k.load(fromByteOffset: 200, as: UInt32.self))
                round(f, g, &a, b, c, d, &e, &bc, k.load(fromByteOffset: 204, as: UInt32.self))
                do {
                    var x = x2 &+ sigma0(SIMD4(x2[1], x2[2], x2[3], x3[0])) &+ SIMD4(x0[1], x0[2], x0[3], x1[0])
                    let low = sigma1Pairs(SIMD4(x1[2], x1[2], x1[3], x1[3]))
                    x &+= SIMD4(low[0], low[2], 0, 0)
                    let high = sigma1Pairs(SIMD4(x[0], x[0], x[1], x[1]))
                    x &+= SIMD4(0, 0, high[0], high[2])
                    x2 = x
                    kw[14] = x &+ SIMD4<UInt32>(0x748F_82EE, 0x78A5_636F, 0x84C8_7814, 0x8CC7_0208)
                }
                round(e, f, &h, a, b, c, &d, &bc, k.load(fromByteOffset: 208, as: UInt32.self))
                round(d, e, &g, h, a, b, &c, &bc, k.load(fromByteOffset: 212, as: UInt32.self))
                round(c, d, &f, g, h, a, &b, &bc, k.load(fromByteOffset: 216, as: UInt32.self))
                round(b, c, &e, f, g, h, &a, &bc, k.load(fromByteOffset: 220, as: UInt32.self))
                do {
                    var x = x3 &+ sigma0(SIMD4(x3[1], x3[2], x3[3], x0[0])) &+ SIMD4(x1[1], x1[2], x1[3], x2[0])
                    let low = sigma1Pairs(SIMD4(x2[2], x2[2], x2[3], x2[3]))
                    x &+= SIMD4(low[0], low[2], 0, 0)
                    let high = sigma1Pairs(SIMD4(x[0], x[0], x[1], x[1]))
                    x &+= SIMD4(0, 0, high[0], high[2])
                    x3 = x
                    kw[15] = x &+ SIMD4<UInt32>(0x90BE_FFFA, 0xA450_6CEB, 0xBEF9_A3F7, 0xC671_78F2)
                }
                round(a, b, &d, e, f, g, &h, &bc, k.load(fromByteOffset: 224, as: UInt32.self))
                round(h, a, &c, d, e, f, &g, &bc, k.load(fromByteOffset: 228, as: UInt32.self))
                round(g, h, &b, c, d, e, &f, &bc, k.load(fromByteOffset: 232, as: UInt32.self))
                round(f, g, &a, b, c, d, &e, &bc, k.load(fromByteOffset: 236, as: UInt32.self))
                round(e, f, &h, a, b, c, &d, &bc, k.load(fromByteOffset: 240, as: UInt32.self))
                round(d, e, &g, h, a, b, &c, &bc, k.load(fromByteOffset: 244, as: UInt32.self))
                round(c, d, &f, g, h, a, &b, &bc, k.load(fromByteOffset: 248, as: UInt32.self))
                round(b, c, &e, f, g, h, &a, &bc, k.load(fromByteOffset: 252, as: UInt32.self))
                // END GENERATED
                h0 = h0 &+ a; h1 = h1 &+ b; h2 = h2 &+ c; h3 = h3 &+ d
                h4 = h4 &+ e; h5 = h5 &+ f; h6 = h6 &+ g; h7 = h7 &+ h
                p += 64
                remaining &-= 1
            }
        }
        state.h0 = h0; state.h1 = h1; state.h2 = h2; state.h3 = h3
        state.h4 = h4; state.h5 = h5; state.h6 = h6; state.h7 = h7
    }
}
