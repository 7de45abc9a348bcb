import CohortLog

/// `registration.after-deadline` (warning): a registration's `at` (its local date) is after
/// `registrationDeadline`; the deadline day itself is in time.
public enum RegistrationAfterDeadline: AuditCheck {
    public static let code = AuditCode.registrationAfterDeadline

    public static func findings(_ facts: AuditFacts) -> [AuditFinding] {
        guard let deadline = facts.programme?.registrationDeadline else { return [] }
        return facts.registrations.filter { facts.stands($0.source) && $0.source.at.localDay > deadline }.map {
            AuditFinding(code: code, seq: $0.source.seq, facts: .registrationAfterDeadline(
                participant: $0.participant, registered: $0.source.at.localDay, deadline: deadline))
        }
    }
}
