import CohortLog

/// What attendance counts: one definition for every view (the attendance list, certificates, the
/// harvest's figures), the same as the audit's evidence. A pair's attendance is its latest record
/// (``CohortState/attendance`` keeps only that); it counts nothing for a cancelled session or for one
/// whose first day is after the local date of the participant's withdrawal, and never more than the
/// session's size. So no rate built from it is ever above 100%.
extension CohortState {
    /// The latest attendance record of `participant` at `session`, if any.
    public func attendance(of participant: PersonID, at session: SessionID) -> Attendance? {
        attendanceIndex[session.rawValue + "\u{0}" + participant.rawValue].map { attendance[$0] }
    }

    /// The dagdelen of `participant` at `session` that count.
    public func countedDagdelen(of participant: Person, at session: Session) -> Int {
        guard !session.isCancelled, let record = attendance(of: participant.id, at: session.id) else { return 0 }
        if let withdrawal = participant.withdrawal, session.firstDay > withdrawal.at.localDay { return 0 }
        return min(record.dagdelen, session.dagdelen)
    }

    /// Whether `participant` was expected at `session`: registered on or before its first day, and not
    /// withdrawn before it.
    public func wasExpected(_ participant: Person, at session: Session) -> Bool {
        let joined = participant.joinedAt.map { $0.localDay <= session.firstDay } ?? false
        let stayed = participant.withdrawal.map { $0.at.localDay >= session.firstDay } ?? true
        return joined && stayed
    }
}
