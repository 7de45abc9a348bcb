import CohortLog

/// `log.empty` (error): the log holds no record (no `cohort.opened`): there is nothing to audit, which
/// is never "ok".
public enum LogEmpty {
    public static let code = AuditCode.logEmpty

    /// The finding of a log (or window) without records, if it is one.
    public static func finding(_ facts: AuditFacts) -> AuditFinding? {
        facts.records == 0 || facts.programme == nil ? AuditFinding(code: code, seq: nil, facts: .logEmpty) : nil
    }
}
