import CohortLog

/// The figures `cohort stats` reports of a log: records per type, people, sessions, the span of `at`,
/// and the head. A fold that never fails.
public struct LogStats: Sendable {
    /// Records folded in.
    public private(set) var records = 0
    /// Records per type.
    public private(set) var perType: [EventType: Int] = [:]
    /// Participants registered (retractions not subtracted: this counts what the log holds).
    public private(set) var participants = 0
    /// Participants who withdrew.
    public private(set) var withdrawals = 0
    /// Facilitators.
    public private(set) var facilitators = 0
    /// Sessions scheduled.
    public private(set) var sessions = 0
    /// Sessions cancelled.
    public private(set) var cancellations = 0
    /// The earliest and latest `at`.
    public private(set) var first: Timestamp?
    public private(set) var last: Timestamp?
    /// The digest of the last record.
    public private(set) var head = Digest.zero

    public init() {}

    /// Folds one record in.
    public mutating func apply(_ record: Record) {
        apply(type: record.type, at: record.at)
        if let digest = record.digest { head = digest }
    }

    /// Folds in a record of `type` that happened `at` (all that the counts need: each registration,
    /// withdrawal, joining, scheduling and cancellation is one of its kind).
    public mutating func apply(type: EventType, at: Timestamp) {
        records += 1
        perType[type, default: 0] += 1
        switch type {
        case .participantRegistered: participants += 1
        case .participantWithdrew: withdrawals += 1
        case .facilitatorJoined: facilitators += 1
        case .sessionScheduled: sessions += 1
        case .sessionCancelled: cancellations += 1
        default: break
        }
        if first.map({ at < $0 }) ?? true { first = at }
        if last.map({ at > $0 }) ?? true { last = at }
    }

    /// Sets the head: the digest of the log's last record.
    public mutating func note(head: Digest) { self.head = head }

    /// Adds another log's figures (for the total over several logs; the head is not summed).
    public mutating func add(_ other: LogStats) {
        records += other.records
        for (type, count) in other.perType { perType[type, default: 0] += count }
        participants += other.participants
        withdrawals += other.withdrawals
        facilitators += other.facilitators
        sessions += other.sessions
        cancellations += other.cancellations
        if let f = other.first, first.map({ f < $0 }) ?? true { first = f }
        if let l = other.last, last.map({ l > $0 }) ?? true { last = l }
    }
}
