#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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

    /// 16 bytes from the system's random source, as 32 lowercase hex characters.
    @Sendable public static func randomSalt() -> String {
        var generator = SystemRandomNumberGenerator()
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(32)
        for _ in 0..<2 {
            var word = generator.next() as UInt64
            for _ in 0..<16 {
                text.append(digits[Int(word & 0xF)])
                word >>= 4
            }
        }
        return String(decoding: text, as: UTF8.self)
    }
}
