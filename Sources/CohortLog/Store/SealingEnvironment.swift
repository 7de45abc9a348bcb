#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Where the writer takes what is not in a submission: the time for `recorded`, and the salts.
///
/// ``SealingEnvironment/system`` reads the system clock and the system's random source; tests and
/// demonstrations fix both (the clock also through `COHORT_NOW`).
public struct SealingEnvironment: Sendable {
    /// The time to write as `recorded` (converted to UTC).
    public var now: @Sendable () -> Timestamp
    /// A fresh salt: 32 lowercase hex characters.
    public var salt: @Sendable () -> String

    /// An environment of a clock and a salt source.
    public init(now: @escaping @Sendable () -> Timestamp, salt: @escaping @Sendable () -> String) {
        self.now = now
        self.salt = salt
    }

    /// The system clock (to the second) and the system's random source.
    public static let system = SealingEnvironment(now: systemNow, salt: randomSalt)

    /// The system clock, to the second, in UTC.
    @Sendable public static func systemNow() -> Timestamp {
        var spec = timespec()
        clock_gettime(CLOCK_REALTIME, &spec)
        return Timestamp(epochSeconds: Int(spec.tv_sec))
    }

    /// 16 bytes from the system's random source, as 32 lowercase hex characters. The bytes are drawn
    /// from the kernel (`/dev/urandom`) 4 KiB at a time, so that sealing a large submission does not make
    /// a system call per record.
    @Sendable public static func randomSalt() -> String {
        let digits = Array("0123456789abcdef".utf8)
        let bytes = SaltPool.shared.next16()
        return String(unsafeUninitializedCapacity: 32) { text in
            for (index, byte) in bytes.enumerated() {
                text[2 * index] = digits[Int(byte >> 4)]
                text[2 * index + 1] = digits[Int(byte & 0xF)]
            }
            return 32
        }
    }
}

/// Random bytes from the kernel, drawn a page at a time and handed out 16 at a time.
final class SaltPool: Sendable {
    static let shared = SaltPool()
    static let size = 4096

    struct Pool {
        var bytes = [UInt8](repeating: 0, count: SaltPool.size)
        var used = SaltPool.size
    }

    let pool = Mutex(Pool())

    func next16() -> [UInt8] {
        pool.withLock { pool in
            if pool.used + 16 > SaltPool.size {
                pool.bytes.withUnsafeMutableBytes { buffer in
                    var filled = 0
                    let fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC)
                    if fd >= 0 {
                        while filled < buffer.count {
                            let count = read(fd, buffer.baseAddress! + filled, buffer.count - filled)
                            if count > 0 { filled += count } else if count < 0 && errno == EINTR { continue } else { break }
                        }
                        close(fd)
                    }
                    if filled < buffer.count {
                        // No /dev/urandom (a chroot?): Swift's own source, 8 bytes a call.
                        var generator = SystemRandomNumberGenerator()
                        for index in filled..<buffer.count { buffer[index] = UInt8.random(in: 0...255, using: &generator) }
                    }
                }
                pool.used = 0
            }
            defer {
                // Bytes handed out are wiped from the pool.
                for index in pool.used..<(pool.used + 16) { pool.bytes[index] = 0 }
                pool.used += 16
            }
            return Array(pool.bytes[pool.used..<(pool.used + 16)])
        }
    }
}
