#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CohortLog

/// `--at`'s default: now, in the local time zone with its offset (`2014-06-12T11:05:00+02:00`); the
/// writer's clock `COHORT_NOW` when it is set, as written, so that tests and rebuilt histories agree.
enum LocalClock {
    static func now(_ invocation: Invocation) throws(UsageError) -> String {
        if invocation.environment["COHORT_NOW"] != nil { return try invocation.now().description }
        tzset()
        var seconds = time(nil)
        var parts = tm()
        guard localtime_r(&seconds, &parts) != nil else { return SealingEnvironment.systemNow().description }
        let offset = Int(parts.tm_gmtoff)
        let wall = Timestamp(epochSeconds: Int(seconds) + offset).description.dropLast()  // without its Z
        let magnitude = abs(offset) / 60
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return wall + (offset < 0 ? "-" : "+") + two(magnitude / 60) + ":" + two(magnitude % 60)
    }
}
