import CohortLog

/// The figures of an audited log (docs/AUDIT.md "totals").
public struct AuditTotals: Sendable, Equatable {
    /// Registered and not withdrawn.
    public var activeParticipants = 0
    /// A standing invoice and at least one counted dagdeel.
    public var eligibleParticipants = 0
    /// The dagdelen of the sessions that were not cancelled.
    public var scheduledDagdelen = 0
    /// The counted dagdelen of all participants.
    public var attendedDagdelen = 0
    /// The standing invoices.
    public var invoiced = Cents(0)
    /// What the evidence supports claiming now.
    public var claimable = Cents(0)
    /// The standing claims.
    public var claimed = Cents(0)
}

/// The evidence behind the totals, traceable to records: the auditor's working paper.
public struct AuditEvidence: Sendable {
    /// One participant's evidence.
    public struct Row: Sendable {
        public var participant: ParticipantID
        /// The `seq` of the registration, and of a withdrawal.
        public var registered: Int?
        public var withdrew: Int?
        /// The invoice that counts (the latest standing one): id, amount, `seq`.
        public var invoice: (id: InvoiceID, amount: Cents, seq: Int)?
        /// Per held session (as ``sessions``): the counted dagdelen and the `seq` of the attendance record.
        public var attendance: [(dagdelen: Int, seq: Int)?]
        public var attended: Int
        public var eligible: Bool
        public var claimable: Cents
    }

    /// One claim against the evidence before it.
    public struct ClaimRow: Sendable {
        public var claim: ClaimID
        public var seq: Int
        public var claimed: (participants: Int, dagdelen: Int, amount: Cents)
        public var evidence: (participants: Int, dagdelen: Int, amount: Cents)
        public var head: Digest?
        public var headKnown: Bool
    }

    /// The sessions that were not cancelled, with the `seq` of their scheduling.
    public var sessions: [(id: SessionID, dagdelen: Int, seq: Int)] = []
    public var rows: [Row] = []
    public var claims: [ClaimRow] = []
}

/// The audit of one log: its findings and totals, and the head it audited.
///
/// A log that does not verify has the one finding `chain.invalid`, the problems `verify` names and the
/// number of lines read, and nothing else: figures read from such a log are not evidence, so it has no
/// totals, evidence or head.
public struct AuditResult: Sendable {
    public var file: String
    /// Records audited (in the window).
    public var records: Int
    /// Lines read.
    public var lines: Int
    /// The digest of the last record: note it, and check later with `cohort verify --head`; nil for a
    /// log that does not verify.
    public var head: Digest?
    /// Findings, errors first, then by `seq`.
    public var findings: [AuditFinding]
    /// The totals; nil for a log that does not verify.
    public var totals: AuditTotals?
    /// The evidence behind the totals; nil for a log that does not verify.
    public var evidence: AuditEvidence?
    /// The problems that `verify` names, for a log that does not verify (at most
    /// ``LogVerifier/problemLimit``; ``omittedProblems`` more).
    public var problems: [Diagnostic] = []
    public var omittedProblems = 0

    /// Whether the log has no error finding.
    public var ok: Bool { !findings.contains { $0.severity == .error } }
}

/// The subsidy audit (docs/AUDIT.md): one pass over a log that verifies it and folds the evidence, then the
/// checks. A log that does not verify gets the one finding `chain.invalid` and nothing else; a log (or
/// window) without records gets `log.empty`.
public enum Audit {
    /// The audit of a log opened with `facts` folded in as it was verified, as it stands in the source's
    /// window (`--as-of`, `--known-at`: the evidence of the records in the window; the whole log is
    /// verified whatever the window):
    ///
    ///     var facts = AuditFacts()
    ///     let opening = try VerifiedLog.open(path) { record, _ in facts.apply(record, inWindow: window.contains(record)) }
    ///     let result = Audit.result(of: opening, file: path, facts: facts)
    public static func result(of opening: VerifiedLog.Opening, file: String, facts: AuditFacts) -> AuditResult {
        switch opening {
        case .verified(let log): result(file: file, verifier: log.verifier, facts: facts)
        case .doesNotVerify(let verifier): result(file: file, verifier: verifier, facts: facts)
        }
    }

    /// The result of a log read into `verifier` and `facts`.
    public static func result(file: String, verifier: LogVerifier, facts: AuditFacts) -> AuditResult {
        if let invalid = ChainInvalid.finding(verifier) {
            return AuditResult(file: file, records: verifier.records, lines: verifier.lines, head: nil, findings: [invalid],
                               totals: nil, evidence: nil, problems: verifier.problems, omittedProblems: verifier.omitted)
        }
        var findings: [AuditFinding]
        if let empty = LogEmpty.finding(facts) {
            findings = [empty]
        } else {
            findings = AuditChecks.all.flatMap { $0.findings(facts) }
        }
        findings = findings.enumerated().sorted {
            ($0.element.severity == .error ? 0 : 1, $0.element.seq ?? 0, $0.offset)
                < ($1.element.severity == .error ? 0 : 1, $1.element.seq ?? 0, $1.offset)
        }.map(\.element)
        return AuditResult(file: file, records: facts.records, lines: verifier.lines, head: facts.records > 0 ? facts.head : verifier.head,
                           findings: findings, totals: totals(facts), evidence: evidence(facts))
    }

    /// The working paper of `facts`: per participant the records behind their figures, per claim the
    /// figures on both sides.
    public static func evidence(_ facts: AuditFacts) -> AuditEvidence {
        var paper = AuditEvidence()
        let sessions = facts.heldSessions
        paper.sessions = sessions.map { ($0.id, $0.dagdelen, $0.source.seq) }
        for participant in facts.participants {
            let invoice = facts.invoices(of: participant).last
            let attendance: [(dagdelen: Int, seq: Int)?] = sessions.map { session in
                guard let record = facts.attendance(session.id, participant) else { return nil }
                return (facts.countedDagdelen(session.id, participant), record.source.seq)
            }
            let attended = facts.attended(participant)
            let eligible = invoice != nil && attended >= 1
            paper.rows.append(AuditEvidence.Row(
                participant: participant, registered: facts.registration(of: participant)?.source.seq,
                withdrew: facts.withdrawal(of: participant)?.source.seq,
                invoice: invoice.map { ($0.invoice, $0.amount, $0.source.seq) }, attendance: attendance, attended: attended,
                eligible: eligible, claimable: eligible ? facts.claimable(invoice?.amount ?? Cents(0)) : Cents(0)))
        }
        paper.claims = facts.claims.filter { facts.stands($0.source) }.map { snapshot in
            AuditEvidence.ClaimRow(
                claim: snapshot.claim.claim, seq: snapshot.source.seq,
                claimed: (snapshot.claim.participants, snapshot.claim.attendedDagdelen, snapshot.claim.amount),
                evidence: (snapshot.evidence.eligible.count, snapshot.evidence.attendedDagdelen, snapshot.evidence.claimable),
                head: snapshot.claim.head, headKnown: snapshot.headKnown)
        }
        return paper
    }

    /// The totals of `facts`.
    public static func totals(_ facts: AuditFacts) -> AuditTotals {
        var totals = AuditTotals()
        let evidence = facts.currentEvidence()
        totals.activeParticipants = facts.participants.filter { facts.isActive($0) }.count
        totals.eligibleParticipants = evidence.eligible.count
        totals.scheduledDagdelen = facts.heldSessions.reduce(0) { $0 + $1.dagdelen }
        totals.attendedDagdelen = facts.participants.reduce(0) { $0 + facts.attended($1) }
        totals.invoiced = facts.invoices.filter { facts.stands($0.source) }.reduce(Cents(0)) { $0 + $1.amount }
        totals.claimable = evidence.claimable
        totals.claimed = facts.claims.filter { facts.stands($0.source) }.reduce(Cents(0)) { $0 + $1.claim.amount }
        return totals
    }
}
