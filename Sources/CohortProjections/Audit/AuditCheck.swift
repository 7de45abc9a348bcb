import CohortLog

/// One finding of docs/AUDIT.md as a named check: it reads the evidence folded from the log
/// (``AuditFacts``) and returns its findings. Each lives in its own file under `Checks/`.
public protocol AuditCheck {
    /// The stable code it reports under.
    static var code: AuditCode { get }
    /// Its findings on `facts`.
    static func findings(_ facts: AuditFacts) -> [AuditFinding]
}

/// The checks in the order of docs/AUDIT.md (``ChainInvalid`` stands apart: when the log does not verify,
/// nothing else is checked; so does ``LogEmpty``: a log without records has nothing to check).
public enum AuditChecks {
    public static let all: [any AuditCheck.Type] = [
        ParticipantsBelowMinimum.self, RegistrationAfterDeadline.self, ScheduleDagdelenMismatch.self,
        AttendanceBeforeSession.self, AttendanceLate.self, AttendanceMissing.self, AttendanceExceedsSession.self,
        AttendanceAfterWithdrawal.self, InvoiceMissing.self, InvoiceAmountMismatch.self, InvoiceDuplicate.self,
        ClaimParticipantsExceedsEvidence.self, ClaimDagdelenExceedsEvidence.self, ClaimAmountExceedsClaimable.self,
        ClaimBelowEvidence.self, ClaimTotalExceedsClaimable.self, ClaimHeadUnknown.self, ClaimBackfilledEvidence.self,
    ]
}
