import CohortLog

/// How grave a finding is: an error fails the audit (exit status 1), a warning does not.
public enum Severity: String, Sendable, Comparable {
    case error, warning

    public static func < (a: Severity, b: Severity) -> Bool { a == .error && b == .warning }
}

/// The stable codes of docs/AUDIT.md, with their severities.
public enum AuditCode: String, Sendable, CaseIterable {
    case chainInvalid = "chain.invalid"
    case logEmpty = "log.empty"
    case participantsBelowMinimum = "participants.below-minimum"
    case registrationAfterDeadline = "registration.after-deadline"
    case scheduleDagdelenMismatch = "schedule.dagdelen-mismatch"
    case attendanceBeforeSession = "attendance.before-session"
    case attendanceLate = "attendance.late"
    case attendanceMissing = "attendance.missing"
    case attendanceExceedsSession = "attendance.exceeds-session"
    case attendanceAfterWithdrawal = "attendance.after-withdrawal"
    case invoiceMissing = "invoice.missing"
    case invoiceAmountMismatch = "invoice.amount-mismatch"
    case invoiceDuplicate = "invoice.duplicate"
    case claimParticipantsExceedsEvidence = "claim.participants-exceeds-evidence"
    case claimDagdelenExceedsEvidence = "claim.dagdelen-exceeds-evidence"
    case claimAmountExceedsClaimable = "claim.amount-exceeds-claimable"
    case claimBelowEvidence = "claim.below-evidence"
    case claimTotalExceedsClaimable = "claim.total-exceeds-claimable"
    case claimHeadUnknown = "claim.head-unknown"
    case claimBackfilledEvidence = "claim.backfilled-evidence"

    /// The severity docs/AUDIT.md gives the code.
    public var severity: Severity {
        switch self {
        case .registrationAfterDeadline, .scheduleDagdelenMismatch, .attendanceLate, .attendanceMissing, .invoiceMissing,
            .invoiceAmountMismatch, .claimBelowEvidence, .claimBackfilledEvidence:
            .warning
        default:
            .error
        }
    }
}

/// One finding of the audit: its code, the record it is about, and the facts on both sides, from which
/// the report writes a message in plain words in either language.
public struct AuditFinding: Sendable, Equatable {
    public var code: AuditCode
    /// The `seq` of the record it is about, when there is one.
    public var seq: Int?
    /// The facts.
    public var facts: Facts

    public var severity: Severity { code.severity }

    /// What a finding says, per code.
    public enum Facts: Sendable, Equatable {
        /// The log does not verify: the first problem and how many there are.
        case chainInvalid(line: Int, message: String, problems: Int)
        /// The log holds no record: nothing to audit.
        case logEmpty
        case participantsBelowMinimum(active: [ParticipantID], minimum: Int, day: Day)
        case registrationAfterDeadline(participant: ParticipantID, registered: Day, deadline: Day)
        case scheduleDagdelenMismatch(scheduled: Int, declared: Int, sessions: [(SessionID, Int)])
        case attendanceBeforeSession(participant: ParticipantID, session: SessionID, at: Day, firstDay: Day)
        case attendanceLate(participant: ParticipantID, session: SessionID, recorded: Day, lastDay: Day, days: Int)
        case attendanceMissing(participant: ParticipantID, session: SessionID, firstDay: Day)
        case attendanceExceedsSession(participant: ParticipantID, session: SessionID, dagdelen: Int, sessionDagdelen: Int)
        case attendanceAfterWithdrawal(participant: ParticipantID, session: SessionID, dagdelen: Int, withdrew: Day, firstDay: Day)
        case invoiceMissing(participant: ParticipantID, attended: Int)
        case invoiceAmountMismatch(invoice: InvoiceID, participant: ParticipantID, amount: Cents, fee: Cents)
        case invoiceDuplicate(participant: ParticipantID, invoices: [InvoiceID])
        case claimParticipants(claim: ClaimID, claimed: Int, evidence: [ParticipantID])
        case claimDagdelen(claim: ClaimID, claimed: Int, evidence: Int)
        case claimAmount(claim: ClaimID, claimed: Cents, claimable: Cents)
        case claimBelowEvidence(claim: ClaimID, below: [ClaimFigure])
        /// The live claims up to and including `claim` ask `total` together; the evidence before it supports `claimable`.
        case claimTotalExceedsClaimable(claim: ClaimID, claims: [ClaimID], total: Cents, claimable: Cents)
        case claimHeadUnknown(claim: ClaimID, head: Digest)
        case claimBackfilled(claim: ClaimID, claimAt: Timestamp, record: RecordID, type: EventType, at: Timestamp, retracted: Bool)

        public static func == (a: Facts, b: Facts) -> Bool { "\(a)" == "\(b)" }
    }

    /// One of a claim's three figures against what the evidence supports.
    public struct ClaimFigure: Sendable, Equatable {
        public enum Name: String, Sendable { case participants, attendedDagdelen, amountCents }
        public var name: Name
        public var claimed: Int
        public var evidence: Int
    }
}
