import CohortLog

/// `chain.invalid` (error): the log does not verify (format, seq, digest, torn tail, or a writer's
/// rule); nothing else is checked for that log.
public enum ChainInvalid {
    public static let code = AuditCode.chainInvalid

    /// The one finding of a log that does not verify: its first problem and how many there are.
    public static func finding(_ verifier: LogVerifier) -> AuditFinding? {
        guard !verifier.isSound, let first = verifier.problems.first else { return nil }
        return AuditFinding(code: code, seq: nil, facts: .chainInvalid(
            line: first.line, message: first.message, problems: verifier.problems.count + verifier.omitted))
    }
}
