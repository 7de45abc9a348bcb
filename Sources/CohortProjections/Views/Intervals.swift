import CohortLog

/// The stretches of time between meetings: before the first session, from each session to the next, and
/// after the last. A moment belongs to the stretch that starts with the last session whose first day is
/// on or before the moment's local date.
public struct Intervals: Sendable {
    /// One stretch.
    public struct Interval: Sendable, Equatable {
        /// The session it starts with (nil: before the first).
        public var from: Session?
        /// The session it ends with (nil: after the last).
        public var to: Session?

        /// Whether `at` falls, in its own offset, on one of the days of the session the stretch starts with:
        /// at the meeting, rather than in the practice between meetings.
        public func isAtMeeting(_ at: Timestamp) -> Bool {
            from?.days.contains(at.localDay) ?? false
        }
    }

    /// The stretches in order; one more than there are sessions.
    public let intervals: [Interval]
    let starts: [Day]

    /// The stretches between the sessions of `state` that were not cancelled.
    public init(_ state: CohortState) {
        let sessions = state.sessionsInOrder.filter { !$0.isCancelled }
        var intervals = [Interval(from: nil, to: sessions.first)]
        for (index, session) in sessions.enumerated() {
            intervals.append(Interval(from: session, to: index + 1 < sessions.count ? sessions[index + 1] : nil))
        }
        self.intervals = intervals
        starts = sessions.map(\.firstDay)
    }

    /// The index of the stretch `at` falls in.
    public func index(of at: Timestamp) -> Int {
        let day = at.localDay
        var index = 0
        while index < starts.count && starts[index] <= day { index += 1 }
        return index
    }
}
