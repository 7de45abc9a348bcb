#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CohortSHA
import Testing
@testable import CohortLog

/// `count` deterministic pseudo-random bytes (a 64-bit LCG, high bits).
private func randomBytes(_ count: Int, seed: UInt64 = 0x9E37_79B9_7F4A_7C15) -> [UInt8] {
    var x = seed
    return (0..<count).map { _ in
        x = x &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return UInt8(truncatingIfNeeded: x >> 56)
    }
}

/// Hashes `bytes` with `implementation`, fed as `bytes[..<split]` then `bytes[split...]`.
private func splitHash(_ bytes: [UInt8], at split: Int, using implementation: SHA256.Implementation) -> Digest {
    var h = SHA256(using: implementation)
    bytes.withUnsafeBytes { raw in
        h.update(UnsafeRawBufferPointer(rebasing: raw[..<split]))
        h.update(UnsafeRawBufferPointer(rebasing: raw[split...]))
    }
    return h.finalize()
}

/// The FIPS 180-2 examples (plus the empty message) for one implementation.
private func checkNISTVectors(_ implementation: SHA256.Implementation) {
    #expect(SHA256.hash("", using: implementation).hex
        == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    #expect(SHA256(using: implementation).finalize().hex
        == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    #expect(SHA256.hash("abc", using: implementation).hex
        == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    #expect(SHA256.hash("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", using: implementation).hex
        == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    let millionA = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"
    #expect(SHA256.hash([UInt8](repeating: 0x61, count: 1_000_000), using: implementation).hex == millionA)
    // The same million, fed in uneven pieces (whole blocks and partial ones).
    var h = SHA256(using: implementation)
    let piece = [UInt8](repeating: 0x61, count: 997)
    var fed = 0
    while fed < 1_000_000 {
        let n = min(piece.count, 1_000_000 - fed)
        piece.withUnsafeBytes { h.update(UnsafeRawBufferPointer(rebasing: $0[..<n])) }
        fed += n
    }
    #expect(h.finalize().hex == millionA)
}

@Suite struct SHA256AcceleratedTests {
    @Test func portableMatchesTheNISTVectors() {
        checkNISTVectors(.portable)
    }

    @Test(.enabled(if: SHA256Instructions.isAvailable, "the processor has no SHA instructions"))
    func acceleratedMatchesTheNISTVectors() {
        checkNISTVectors(.accelerated)
    }

    @Test(.enabled(if: SHA256Instructions.isAvailable, "the processor has no SHA instructions"))
    func implementationsAgreeOnEveryLength0To1000() {
        // 1016 bytes, so each message can also start at an unaligned offset (0…15).
        let bytes = randomBytes(1016)
        bytes.withUnsafeBytes { raw in
            for n in 0...1000 {
                let start = n % 16
                let message = UnsafeRawBufferPointer(rebasing: raw[start..<(start + n)])
                let portable = SHA256.hash(message, using: .portable)
                let accelerated = SHA256.hash(message, using: .accelerated)
                #expect(portable == accelerated, "length \(n)")
            }
        }
    }

    @Test(
        .enabled(if: SHA256Instructions.isAvailable, "the processor has no SHA instructions"),
        arguments: [1, 55, 56, 63, 64, 65, 127, 128, 129, 200, 427]
    )
    func implementationsAgreeOnEverySplit(length: Int) {
        let bytes = randomBytes(length, seed: UInt64(length))
        let expected = SHA256.hash(bytes, using: .portable)
        for split in 0...length {
            #expect(splitHash(bytes, at: split, using: .portable) == expected, "portable, split \(split)")
            #expect(splitHash(bytes, at: split, using: .accelerated) == expected, "accelerated, split \(split)")
        }
    }

    @Test(.enabled(if: SHA256Instructions.isAvailable, "the processor has no SHA instructions"))
    func implementationsAgreeOnManyBlocksAtOnce() {
        // One compress call over 16,384 blocks (the chaining value carried in registers).
        let bytes = randomBytes(1 << 20, seed: 42)
        #expect(SHA256.hash(bytes, using: .portable) == SHA256.hash(bytes, using: .accelerated))
    }

    @Test(.enabled(if: SHA256Instructions.isAvailable, "the processor has no SHA instructions"))
    func acceleratedCompressesAnyCountAndLeavesOtherMemoryAlone() {
        // Direct calls: count 0 (and below) does nothing; the state is exactly 8 words.
        var words: [UInt32] = [1, 2, 3, 4, 5, 6, 7, 8, 0xDEAD_BEEF]
        let block = randomBytes(64)
        block.withUnsafeBytes { raw in
            words.withUnsafeMutableBufferPointer { w in
                SHA256Instructions.compress(state: w.baseAddress!, blocks: raw.baseAddress!, count: 0)
                SHA256Instructions.compress(state: w.baseAddress!, blocks: raw.baseAddress!, count: -1)
            }
        }
        #expect(words == [1, 2, 3, 4, 5, 6, 7, 8, 0xDEAD_BEEF])
        block.withUnsafeBytes { raw in
            words.withUnsafeMutableBufferPointer { w in
                SHA256Instructions.compress(state: w.baseAddress!, blocks: raw.baseAddress!, count: 1)
            }
        }
        var state = SHA256.State()
        state.h0 = 1; state.h1 = 2; state.h2 = 3; state.h3 = 4
        state.h4 = 5; state.h5 = 6; state.h6 = 7; state.h7 = 8
        block.withUnsafeBytes { SHA256.compressPortable(&state, $0.baseAddress!, blocks: 1) }
        #expect(Array(words[..<8]) == [state.h0, state.h1, state.h2, state.h3, state.h4, state.h5, state.h6, state.h7])
        #expect(words[8] == 0xDEAD_BEEF)
    }

    @Test func theChoiceFollowsTheEnvironmentAndTheProcessor() {
        typealias I = SHA256.Implementation
        #expect(I.chosen(environment: nil, available: true) == .accelerated)
        #expect(I.chosen(environment: nil, available: false) == .portable)
        #expect(I.chosen(environment: "portable", available: true) == .portable)
        #expect(I.chosen(environment: "portable", available: false) == .portable)
        #expect(I.chosen(environment: "accelerated", available: true) == .accelerated)
        // The instructions cannot be forced onto a processor without them.
        #expect(I.chosen(environment: "accelerated", available: false) == .portable)
        // Unknown values (and the empty string) leave the choice to the processor.
        #expect(I.chosen(environment: "", available: true) == .accelerated)
        #expect(I.chosen(environment: "fast", available: false) == .portable)
    }

    @Test func thisProcessUsesTheChosenImplementation() {
        let environment = getenv("COHORT_SHA256").map { String(cString: $0) }
        #expect(SHA256.implementation == .chosen(environment: environment, available: SHA256Instructions.isAvailable))
        // A hasher made with init() follows it, and gives the same digest as both explicit ones.
        #expect(SHA256().forced == nil)
        #expect(SHA256.hash("abc") == SHA256.hash("abc", using: .portable))
    }

    #if os(Linux) && arch(x86_64)
    @Test func cpuidAgreesWithProcCpuinfo() throws {
        // The kernel's view of the same CPUID bits: flags sha_ni, ssse3 and sse4_1.
        guard let file = fopen("/proc/cpuinfo", "r") else { return }
        defer { fclose(file) }
        var flags: Set<Substring> = []
        var line: UnsafeMutablePointer<CChar>? = nil
        var capacity = 0
        defer { free(line) }
        while getline(&line, &capacity, file) > 0, let line {
            let text = String(cString: line)
            if text.hasPrefix("flags") {
                flags = Set(text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }))
                break
            }
        }
        try #require(!flags.isEmpty)
        let listed = flags.contains("sha_ni") && flags.contains("ssse3") && flags.contains("sse4_1")
        #expect(SHA256Instructions.isAvailable == listed)
    }
    #endif
}
