// SHA-256 block compression with the CPU's SHA extensions (x86-64 SHA-NI).
//
// This is the only target compiled with `-msha -mssse3 -msse4.1` (see Package.swift), and the only
// one that imports the toolchain's own intrinsic module `_Builtin_intrinsics`. Everything here that
// uses those instructions is reached only after `SHA256Instructions.isAvailable` said yes at run
// time; CohortLog's portable Swift SHA-256 remains the fallback (and the reference in the tests).

#if arch(x86_64)
import _Builtin_intrinsics.intel
import _Builtin_intrinsics.intel.cpuid
#endif

/// SHA-256 compression with the processor's SHA instructions, when the processor has them.
///
/// On x86-64 this is the SHA-NI sequence (`sha256rnds2`, `sha256msg1`, `sha256msg2`, with SSSE3
/// `pshufb`/`palignr`). On other architectures `isAvailable` is `false` and `compress` traps.
public enum SHA256Instructions {
    /// Whether this processor has the SHA extensions and the SSSE3 and SSE4.1 instructions that
    /// `compress` also uses; read once with CPUID (leaf 7 subleaf 0 EBX bit 29; leaf 1 ECX bits 9
    /// and 19).
    public static var isAvailable: Bool { detected }

    /// The CPUID answer, computed on first use.
    private static let detected: Bool = detect()

    /// Reads CPUID. Kept free of vector code: it runs on processors without the instructions.
    @inline(never)
    private static func detect() -> Bool {
        #if arch(x86_64)
        var eax: UInt32 = 0, ebx: UInt32 = 0, ecx: UInt32 = 0, edx: UInt32 = 0
        // Leaf 1: ECX bit 9 = SSSE3, bit 19 = SSE4.1. `__get_cpuid*` return 0 if the leaf is absent.
        guard __get_cpuid(1, &eax, &ebx, &ecx, &edx) != 0 else { return false }
        let ssse3 = ecx & (1 << 9) != 0
        let sse41 = ecx & (1 << 19) != 0
        // Leaf 7, subleaf 0: EBX bit 29 = SHA.
        guard __get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx) != 0 else { return false }
        let sha = ebx & (1 << 29) != 0
        return ssse3 && sse41 && sha
        #else
        return false
        #endif
    }

    /// Compresses `count` consecutive 64-byte blocks at `blocks` into the eight chaining words at
    /// `state` (H0…H7, that is a…h, in FIPS 180-4 order, native-endian words).
    ///
    /// - Precondition: `isAvailable` is `true` (otherwise the processor faults with an illegal
    ///   instruction); `state` points to 8 words; `blocks` to `count * 64` readable bytes
    ///   (any alignment). A `count` of 0 or less does nothing.
    @inline(never)
    public static func compress(state: UnsafeMutablePointer<UInt32>, blocks: UnsafeRawPointer, count: Int) {
        #if arch(x86_64)
        compressNI(state: state, blocks: blocks, count: count)
        #else
        fatalError("SHA256Instructions.compress: no SHA instructions on this architecture")
        #endif
    }
}

#if arch(x86_64)
/// The SSE register type of the intrinsics (`__m128i`).
private typealias Vector = SIMD2<Int64>

/// The four 32-bit lanes of a register.
@inline(__always)
private func lanes(_ v: Vector) -> SIMD4<UInt32> { unsafeBitCast(v, to: SIMD4<UInt32>.self) }

/// A register from four 32-bit lanes.
@inline(__always)
private func vector(_ v: SIMD4<UInt32>) -> Vector { unsafeBitCast(v, to: Vector.self) }

/// Lane-wise 32-bit addition (`paddd`).
@inline(__always)
private func add(_ a: Vector, _ b: Vector) -> Vector { vector(lanes(a) &+ lanes(b)) }

/// `_mm_alignr_epi8(a, b, 4)` (a C macro, not importable): lanes `b1 b2 b3 a0`, i.e. W[t+1…t+4]
/// from W[t…t+3] in `b` and W[t+4…t+7] in `a`. LLVM emits `palignr`.
@inline(__always)
private func alignr4(_ a: Vector, _ b: Vector) -> Vector {
    let x = lanes(a), y = lanes(b)
    return vector(SIMD4(y[1], y[2], y[3], x[0]))
}

/// Four rounds: two `sha256rnds2`, each taking two of the four K+W words.
///
/// `abef` and `cdgh` hold the working variables packed as the instruction wants them (lanes, low
/// to high: F E B A and H G D C).
@inline(__always)
private func fourRounds(_ abef: inout Vector, _ cdgh: inout Vector, _ w: Vector, _ k: SIMD4<UInt32>) {
    let kw = add(w, vector(k))
    cdgh = _mm_sha256rnds2_epu32(cdgh, abef, kw)
    abef = _mm_sha256rnds2_epu32(abef, cdgh, _mm_unpackhi_epi64(kw, kw))
}

/// Four rounds that also advance the message schedule (the Intel sequence): `next` receives
/// W[t+4…t+7] after `sha256msg2` (it already holds `sha256msg1` of its previous values), and
/// `previous` is started on W[t+12…t+15] with `sha256msg1`, where `current` is W[t…t+3].
@inline(__always)
private func fourRounds(
    _ abef: inout Vector, _ cdgh: inout Vector, _ k: SIMD4<UInt32>,
    current: Vector, next: inout Vector, previous: inout Vector, startPrevious: Bool = true
) {
    let kw = add(current, vector(k))
    cdgh = _mm_sha256rnds2_epu32(cdgh, abef, kw)
    next = _mm_sha256msg2_epu32(add(next, alignr4(current, previous)), current)
    abef = _mm_sha256rnds2_epu32(abef, cdgh, _mm_unpackhi_epi64(kw, kw))
    if startPrevious { previous = _mm_sha256msg1_epu32(previous, current) }
}

/// The SHA-NI compression loop; see `SHA256Instructions.compress`.
@inline(__always)
private func compressNI(state: UnsafeMutablePointer<UInt32>, blocks: UnsafeRawPointer, count: Int) {
    let words = UnsafeMutableRawPointer(state)
    let abcd = words.loadUnaligned(fromByteOffset: 0, as: SIMD4<UInt32>.self)
    let efgh = words.loadUnaligned(fromByteOffset: 16, as: SIMD4<UInt32>.self)
    var abef = vector(SIMD4(efgh[1], efgh[0], abcd[1], abcd[0]))
    var cdgh = vector(SIMD4(efgh[3], efgh[2], abcd[3], abcd[2]))
    // `pshufb` mask turning each big-endian message word into a native one.
    let byteSwap = Vector(0x0405_0607_0001_0203, 0x0C0D_0E0F_0809_0A0B)
    var p = blocks
    var remaining = count
    while remaining > 0 {
        let savedABEF = abef, savedCDGH = cdgh
        var m0 = _mm_shuffle_epi8(p.loadUnaligned(fromByteOffset: 0, as: Vector.self), byteSwap)
        var m1 = _mm_shuffle_epi8(p.loadUnaligned(fromByteOffset: 16, as: Vector.self), byteSwap)
        var m2 = _mm_shuffle_epi8(p.loadUnaligned(fromByteOffset: 32, as: Vector.self), byteSwap)
        var m3 = _mm_shuffle_epi8(p.loadUnaligned(fromByteOffset: 48, as: Vector.self), byteSwap)
        // Rounds 0–15: the message words themselves; the schedule for 16–31 starts.
        fourRounds(&abef, &cdgh, m0, SIMD4(0x428A_2F98, 0x7137_4491, 0xB5C0_FBCF, 0xE9B5_DBA5))
        fourRounds(&abef, &cdgh, m1, SIMD4(0x3956_C25B, 0x59F1_11F1, 0x923F_82A4, 0xAB1C_5ED5))
        m0 = _mm_sha256msg1_epu32(m0, m1)
        fourRounds(&abef, &cdgh, m2, SIMD4(0xD807_AA98, 0x1283_5B01, 0x2431_85BE, 0x550C_7DC3))
        m1 = _mm_sha256msg1_epu32(m1, m2)
        fourRounds(&abef, &cdgh, SIMD4(0x72BE_5D74, 0x80DE_B1FE, 0x9BDC_06A7, 0xC19B_F174),
                   current: m3, next: &m0, previous: &m2)
        // Rounds 16–51: each group completes the next group's words and starts the one after.
        fourRounds(&abef, &cdgh, SIMD4(0xE49B_69C1, 0xEFBE_4786, 0x0FC1_9DC6, 0x240C_A1CC),
                   current: m0, next: &m1, previous: &m3)
        fourRounds(&abef, &cdgh, SIMD4(0x2DE9_2C6F, 0x4A74_84AA, 0x5CB0_A9DC, 0x76F9_88DA),
                   current: m1, next: &m2, previous: &m0)
        fourRounds(&abef, &cdgh, SIMD4(0x983E_5152, 0xA831_C66D, 0xB003_27C8, 0xBF59_7FC7),
                   current: m2, next: &m3, previous: &m1)
        fourRounds(&abef, &cdgh, SIMD4(0xC6E0_0BF3, 0xD5A7_9147, 0x06CA_6351, 0x1429_2967),
                   current: m3, next: &m0, previous: &m2)
        fourRounds(&abef, &cdgh, SIMD4(0x27B7_0A85, 0x2E1B_2138, 0x4D2C_6DFC, 0x5338_0D13),
                   current: m0, next: &m1, previous: &m3)
        fourRounds(&abef, &cdgh, SIMD4(0x650A_7354, 0x766A_0ABB, 0x81C2_C92E, 0x9272_2C85),
                   current: m1, next: &m2, previous: &m0)
        fourRounds(&abef, &cdgh, SIMD4(0xA2BF_E8A1, 0xA81A_664B, 0xC24B_8B70, 0xC76C_51A3),
                   current: m2, next: &m3, previous: &m1)
        fourRounds(&abef, &cdgh, SIMD4(0xD192_E819, 0xD699_0624, 0xF40E_3585, 0x106A_A070),
                   current: m3, next: &m0, previous: &m2)
        fourRounds(&abef, &cdgh, SIMD4(0x19A4_C116, 0x1E37_6C08, 0x2748_774C, 0x34B0_BCB5),
                   current: m0, next: &m1, previous: &m3)
        // Rounds 52–63: the last words are completed; nothing more to start.
        fourRounds(&abef, &cdgh, SIMD4(0x391C_0CB3, 0x4ED8_AA4A, 0x5B9C_CA4F, 0x682E_6FF3),
                   current: m1, next: &m2, previous: &m0, startPrevious: false)
        fourRounds(&abef, &cdgh, SIMD4(0x748F_82EE, 0x78A5_636F, 0x84C8_7814, 0x8CC7_0208),
                   current: m2, next: &m3, previous: &m1, startPrevious: false)
        fourRounds(&abef, &cdgh, m3, SIMD4(0x90BE_FFFA, 0xA450_6CEB, 0xBEF9_A3F7, 0xC671_78F2))
        abef = add(abef, savedABEF)
        cdgh = add(cdgh, savedCDGH)
        p += 64
        remaining &-= 1
    }
    let x = lanes(abef), y = lanes(cdgh)
    words.storeBytes(of: SIMD4(x[3], x[2], y[3], y[2]), toByteOffset: 0, as: SIMD4<UInt32>.self)
    words.storeBytes(of: SIMD4(x[1], x[0], y[1], y[0]), toByteOffset: 16, as: SIMD4<UInt32>.self)
}
#endif
