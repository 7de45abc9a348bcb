import CohortLog

/// `participants.below-minimum` (error): fewer active participants than `participants.min` on the
/// first day of the first session.
public enum ParticipantsBelowMinimum: AuditCheck {
    public static let code = AuditCode.participantsBelowMinimum

    public static func findings(_ facts: AuditFacts) -> [AuditFinding] {
        guard let minimum = facts.programme?.participants.min, let first = facts.heldSessions.first,
            let day = first.days.first
        else { return [] }
        let active = facts.participants.filter { facts.isActive($0, on: day) }
        guard active.count < minimum else { return [] }
        return [AuditFinding(code: code, seq: first.source.seq, facts: .participantsBelowMinimum(active: active, minimum: minimum, day: day))]
    }
}
