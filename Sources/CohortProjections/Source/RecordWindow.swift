import CohortLog

/// A moment to look at the cohort from: a date (the whole day counts) or an instant.
public enum TimeBound: Sendable, Equatable, CustomStringConvertible {
    /// A day: everything on that day or before.
    case day(Day)
    /// An instant: everything not after it.
    case instant(Timestamp)

    /// Parses `YYYY-MM-DD` or an RFC 3339 timestamp.
    public init?(_ text: String) {
        if let day = Day(text) {
            self = .day(day)
        } else if let instant = Timestamp(text) {
            self = .instant(instant)
        } else {
            return nil
        }
    }

    public var description: String {
        switch self {
        case .day(let day): day.description
        case .instant(let instant): instant.description
        }
    }
}

/// Which records a report looks at (`--as-of`, `--known-at`).
public struct RecordWindow: Sendable, Equatable {
    /// What had happened by then: records whose `at` is not after it (a date: whose `at`, in its own
    /// offset, falls on that day or before).
    public var asOf: TimeBound?
    /// What the log knew then: records whose `recorded` is not after it (a date: whose UTC date is that
    /// day or before).
    public var knownAt: TimeBound?

    public init(asOf: TimeBound? = nil, knownAt: TimeBound? = nil) {
        self.asOf = asOf
        self.knownAt = knownAt
    }

    /// The day of `asOf`: the date itself, or the instant's date in its own offset (nil without `asOf`).
    public var asOfDay: Day? {
        switch asOf {
        case .day(let day)?: day
        case .instant(let instant)?: instant.localDay
        case nil: nil
        }
    }

    /// Whether `record` is in the window.
    public func contains(_ record: Record) -> Bool {
        contains(at: record.at, recorded: record.recorded)
    }

    /// Whether a record with this `at` and `recorded` is in the window.
    public func contains(at: Timestamp, recorded: Timestamp) -> Bool {
        switch asOf {
        case .day(let day)?: if at.localDay > day { return false }
        case .instant(let instant)?: if at > instant { return false }
        case nil: break
        }
        switch knownAt {
        case .day(let day)?: if recorded.utcDay > day { return false }
        case .instant(let instant)?: if recorded > instant { return false }
        case nil: break
        }
        return true
    }
}

