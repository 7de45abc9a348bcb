// Release-build throughput benchmark for CohortLog's SHA256 (not part of the package targets).
// Run with scripts/sha256-bench/run.sh, which builds it in a scratch package under /tmp.
import CohortLog
import CohortSHA
#if canImport(Glibc)
import Glibc
#endif

@inline(never) func blackHole<T>(_ x: T) { withExtendedLifetime(x) {} }

func seconds(_ d: Duration) -> Double {
    Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
}

/// Best-of-`runs` time of `body` in seconds: thread CPU time where available (less sensitive
/// to other processes on a small shared VM), wall-clock time otherwise.
func best(_ runs: Int, _ body: () -> Void) -> Double {
    var b = Double.infinity
    for _ in 0..<runs {
        #if canImport(Glibc)
        var t0 = timespec(), t1 = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t0)
        body()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t1)
        b = min(b, Double(t1.tv_sec - t0.tv_sec) + Double(t1.tv_nsec - t0.tv_nsec) / 1e9)
        #else
        b = min(b, seconds(ContinuousClock().measure(body)))
        #endif
    }
    return b
}

func fmt(_ x: Double) -> String {
    let tenths = Int(x * 10 + 0.5)
    return "\(tenths / 10).\(tenths % 10)"
}

let size = 256 << 20
var buffer = [UInt8](repeating: 0, count: size)
var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
for i in 0..<size {
    seed = seed &* 6364136223846793005 &+ 1442695040888963407
    buffer[i] = UInt8(truncatingIfNeeded: seed >> 33)
}

let runs = CommandLine.arguments.count > 1 ? Int(CommandLine.arguments[1]) ?? 3 : 3

buffer.withUnsafeBytes { raw in
    var d = Digest.zero
    _ = best(1) { d = SHA256.hash(UnsafeRawBufferPointer(rebasing: raw[0..<(64 << 20)])) }  // warm-up
    let t = best(runs) { d = SHA256.hash(raw) }
    print("SHA256.hash 256 MiB: \(fmt(Double(size) / t / 1e6)) MB/s (\(fmt(Double(size) / t / 1048576)) MiB/s), \(d.hex.prefix(16))...")

    let count = 1_000_000, len = 250
    var acc: UInt64 = 0
    let t2 = best(runs) {
        for i in 0..<count {
            let m = UnsafeRawBufferPointer(rebasing: raw[(i &* len)..<(i &* len &+ len)])
            SHA256.hash(m).withUnsafeBytes { acc &+= UInt64($0[0]) }
        }
    }
    blackHole(acc)
    print("1,000,000 x 250 B: \(fmt(Double(count) / t2)) msg/s, \(fmt(Double(count * len) / t2 / 1e6)) MB/s, \(fmt(t2 * 1e9 / Double(count))) ns/msg")

    var acc2: UInt64 = 0
    let t3 = best(runs) {
        for i in 0..<count {
            var h = SHA256()
            h.update(UnsafeRawBufferPointer(rebasing: raw[(i &* 100)..<(i &* 100 &+ 100)]))
            h.update(Digest.zero)
            h.update(UnsafeRawBufferPointer(rebasing: raw[(i &* 100 &+ 100)..<(i &* 100 &+ 218)]))
            h.finalize().withUnsafeBytes { acc2 &+= UInt64($0[0]) }
        }
    }
    blackHole(acc2)
    print("1,000,000 x 250 B in 3 updates: \(fmt(Double(count) / t3)) msg/s")
}

// Per-message cost by length (one-shot `SHA256.hash`, 1,000,000 messages each).
buffer.withUnsafeBytes { raw in
    for (len, stride) in [(55, 64), (120, 128), (250, 250), (256, 256)] {
        var acc: UInt64 = 0
        let count = 1_000_000
        let t = best(runs) {
            for i in 0..<count {
                let m = UnsafeRawBufferPointer(rebasing: raw[(i &* stride)..<(i &* stride &+ len)])
                SHA256.hash(m).withUnsafeBytes { acc &+= UInt64($0[0]) }
            }
        }
        blackHole(acc)
        let blocks = (len + 9 + 63) / 64
        print("len \(len): \(fmt(t * 1e9 / Double(count))) ns/msg (\(blocks) blocks), \(fmt(Double(count) / t)) msg/s")
    }
}

// Both implementations in one process (`SHA256.hash(_:using:)`): 1 MB messages and 427-byte ones.
print("SHA256.implementation (COHORT_SHA256, CPUID): \(SHA256.implementation)")
buffer.withUnsafeBytes { raw in
    let available: [SHA256.Implementation] = SHA256Instructions.isAvailable ? [.portable, .accelerated] : [.portable]
    for implementation in available {
        let big = 1_000_000, bigCount = 256
        var acc: UInt64 = 0
        let t = best(runs) {
            for i in 0..<bigCount {
                let m = UnsafeRawBufferPointer(rebasing: raw[(i &* big)..<(i &* big &+ big)])
                SHA256.hash(m, using: implementation).withUnsafeBytes { acc &+= UInt64($0[0]) }
            }
        }
        let len = 427, count = 500_000
        let t2 = best(runs) {
            for i in 0..<count {
                let m = UnsafeRawBufferPointer(rebasing: raw[(i &* len)..<(i &* len &+ len)])
                SHA256.hash(m, using: implementation).withUnsafeBytes { acc &+= UInt64($0[0]) }
            }
        }
        blackHole(acc)
        let name = "\(implementation)" + String(repeating: " ", count: 11 - "\(implementation)".count)
        print("\(name) 1 MB: \(fmt(Double(big * bigCount) / t / 1e6)) MB/s;"
            + " 427 B: \(fmt(Double(len * count) / t2 / 1e6)) MB/s, \(fmt(t2 * 1e9 / Double(count))) ns/msg")
    }
}
