import CohortLog

/// The evidence the audit reads, folded from a log in one pass: registrations, withdrawals, sessions,
/// every attendance record, invoices and claims, each with the record it came from, so that a later
/// retraction can take it back and every figure can be traced to records. A fold that never fails.
///
/// When a claim arrives, the evidence that stood before it (records with a lower `seq`) is computed and
/// kept with it (docs/AUDIT.md: a claim is checked against the evidence before it); evidence recorded or
/// retracted after a claim, with an `at` before the claim's, is noted as backfilled.
public struct AuditFacts: Sendable {
    /// A record that something rests on.
    public struct Source: Sendable, Equatable {
        public var record: RecordID
        public var seq: Int
        public var at: Timestamp
        public var recorded: Timestamp
    }

    public struct Registration: Sendable { public var participant: ParticipantID; public var source: Source }
    public struct Withdrawal: Sendable { public var participant: ParticipantID; public var source: Source }
    public struct SessionVersion: Sendable { public var source: Source; public var days: [Day]; public var dagdelen: Int? }
    public struct Cancellation: Sendable { public var source: Source }
    public struct AttendanceRecord: Sendable {
        public var source: Source
        public var session: SessionID
        public var participant: ParticipantID
        public var dagdelen: Int
    }
    public struct InvoiceRecord: Sendable {
        public var source: Source
        public var invoice: InvoiceID
        public var participant: ParticipantID
        public var amount: Cents
    }

    /// What the evidence supports at some moment.
    public struct Evidence: Sendable, Equatable {
        /// Eligible participants: a non-retracted invoice and at least one counted dagdeel.
        public var eligible: [ParticipantID] = []
        /// The counted dagdelen of the eligible participants.
        public var attendedDagdelen = 0
        /// Over the eligible, floor(latest invoice × percent / (100 − percent)).
        public var claimable = Cents(0)
    }

    /// A claim and the evidence that stood before it.
    public struct ClaimSnapshot: Sendable {
        public var source: Source
        public var claim: SubsidyClaimed
        public var evidence: Evidence
        /// Whether its `head` (when given) is the digest of a record before it.
        public var headKnown: Bool
    }

    /// Evidence recorded, or retracted, after a claim, with an `at` before the claim's.
    public struct Backfill: Sendable {
        public var seq: Int
        public var claim: ClaimID
        public var claimRecord: RecordID
        public var claimAt: Timestamp
        public var record: RecordID
        public var type: EventType
        public var at: Timestamp
        public var retracted: Bool
    }

    public private(set) var programme: CohortOpened?
    public private(set) var records = 0
    public private(set) var head = Digest.zero
    /// The latest `at` of any record.
    public private(set) var lastAt: Timestamp?
    public private(set) var registrations: [Registration] = []
    public private(set) var withdrawals: [Withdrawal] = []
    public private(set) var sessionOrder: [SessionID] = []
    public private(set) var sessionVersions: [String: [SessionVersion]] = [:]
    public private(set) var cancellations: [String: [Cancellation]] = [:]
    public private(set) var attendance: [AttendanceRecord] = []
    public private(set) var invoices: [InvoiceRecord] = []
    public private(set) var claims: [ClaimSnapshot] = []
    public private(set) var backfills: [Backfill] = []
    /// The ids of retracted records.
    public private(set) var retracted: Set<String> = []
    var attendanceByPair: [String: [Int]] = [:]
    var evidence: [String: (type: EventType, at: Timestamp)] = [:]
    /// Every record's digest so far, in log order: what a claim's head must be one of. An array, not a
    /// set: appending is all most records cost, and the few claims each scan it once.
    var digests: [Digest] = []

    public init() {}

    /// Folds one record in, as it is verified (observing ``VerifiedLog/open(_:wantedHead:progress:threads:observe:)``:
    /// records with their digests); a record outside the window looked at (`inWindow` false) is only remembered
    /// as a record a claim's head may name. Retractions are taken where they stand in the log: a claim is
    /// judged by the evidence that stood before it, and a retraction after it is a finding.
    public mutating func apply(_ record: Record, inWindow: Bool = true) {
        guard inWindow else {
            if let digest = record.digest { digests.append(digest) }
            return
        }
        records += 1
        if lastAt.map({ record.at > $0 }) ?? true { lastAt = record.at }
        let source = Source(record: record.id, seq: record.seq, at: record.at, recorded: record.recorded)
        switch record.event {
        case .cohortOpened(let e):
            if programme == nil { programme = e }
        case .participantRegistered(let e):
            registrations.append(Registration(participant: e.participant, source: source))
            noteEvidence(record)
        case .participantWithdrew(let e):
            withdrawals.append(Withdrawal(participant: e.participant, source: source))
        case .sessionScheduled(let e):
            if sessionVersions[e.session.rawValue] == nil { sessionOrder.append(e.session) }
            sessionVersions[e.session.rawValue, default: []].append(SessionVersion(source: source, days: e.days, dagdelen: e.dagdelen))
        case .sessionRescheduled(let e):
            sessionVersions[e.session.rawValue, default: []].append(SessionVersion(source: source, days: e.days, dagdelen: e.dagdelen))
        case .sessionCancelled(let e):
            cancellations[e.session.rawValue, default: []].append(Cancellation(source: source))
        case .attendanceRecorded(let e):
            attendanceByPair[e.session.rawValue + "\u{0}" + e.participant.rawValue, default: []].append(attendance.count)
            attendance.append(AttendanceRecord(source: source, session: e.session, participant: e.participant, dagdelen: e.dagdelen))
            noteEvidence(record)
        case .feeInvoiced(let e):
            invoices.append(InvoiceRecord(source: source, invoice: e.invoice, participant: e.participant, amount: e.amount))
            noteEvidence(record)
        case .subsidyClaimed(let e):
            let headKnown = e.head.map { digests.contains($0) } ?? true
            claims.append(ClaimSnapshot(source: source, claim: e, evidence: currentEvidence(), headKnown: headKnown))
        case .eventRetracted(let e):
            retracted.insert(e.target.rawValue)
            if let target = evidence[e.target.rawValue] {
                noteBackfill(seq: record.seq, record: e.target, type: target.type, at: target.at, retracted: true)
            }
        default:
            break
        }
        if let digest = record.digest {
            digests.append(digest)
            head = digest
        }
    }

    mutating func noteEvidence(_ record: Record) {
        evidence[record.id.rawValue] = (record.type, record.at)
        noteBackfill(seq: record.seq, record: record.id, type: record.type, at: record.at, retracted: false)
    }

    mutating func noteBackfill(seq: Int, record: RecordID, type: EventType, at: Timestamp, retracted: Bool) {
        for claim in claims where at < claim.source.at && !self.retracted.contains(claim.source.record.rawValue) {
            backfills.append(Backfill(seq: seq, claim: claim.claim.claim, claimRecord: claim.source.record, claimAt: claim.source.at, record: record,
                                      type: type, at: at, retracted: retracted))
        }
    }
}

extension AuditFacts {
    /// Whether the record `source` stands (was not retracted).
    public func stands(_ source: Source) -> Bool { !retracted.contains(source.record.rawValue) }

    /// The participants registered (registration not retracted), in order.
    public var participants: [ParticipantID] {
        var seen = Set<String>()
        return registrations.filter { stands($0.source) && seen.insert($0.participant.rawValue).inserted }.map(\.participant)
    }

    /// The standing registration of `participant`.
    public func registration(of participant: ParticipantID) -> Registration? {
        registrations.last { $0.participant == participant && stands($0.source) }
    }

    /// The standing withdrawal of `participant`, if any.
    public func withdrawal(of participant: ParticipantID) -> Withdrawal? {
        withdrawals.last { $0.participant == participant && stands($0.source) }
    }

    /// Whether `participant` was active on `day`: registered by then and not withdrawn before it.
    public func isActive(_ participant: ParticipantID, on day: Day) -> Bool {
        guard let registration = registration(of: participant), registration.source.at.localDay <= day else { return false }
        return withdrawal(of: participant).map { $0.source.at.localDay >= day } ?? true
    }

    /// Whether `participant` is active now (registered and not withdrawn).
    public func isActive(_ participant: ParticipantID) -> Bool {
        registration(of: participant) != nil && withdrawal(of: participant) == nil
    }

    /// A session's days and size now, from its standing scheduling and reschedulings.
    public func session(_ id: SessionID) -> (days: [Day], dagdelen: Int, source: Source)? {
        let versions = (sessionVersions[id.rawValue] ?? []).filter { stands($0.source) }
        guard let last = versions.last else { return nil }
        let dagdelen = versions.last(where: { $0.dagdelen != nil })?.dagdelen ?? 0
        return (last.days, dagdelen, versions[0].source)
    }

    /// Whether a session is cancelled (a standing cancellation).
    public func isCancelled(_ id: SessionID) -> Bool {
        (cancellations[id.rawValue] ?? []).contains { stands($0.source) }
    }

    /// The sessions that stand and were not cancelled, by first day.
    public var heldSessions: [(id: SessionID, days: [Day], dagdelen: Int, source: Source)] {
        sessionOrder.compactMap { id in
            guard !isCancelled(id), let session = session(id) else { return nil }
            return (id, session.days, session.dagdelen, session.source)
        }.sorted { ($0.days.first ?? Day(daysSinceEpoch: 0), $0.id.rawValue) < ($1.days.first ?? Day(daysSinceEpoch: 0), $1.id.rawValue) }
    }

    /// The attendance of a pair: the last standing record.
    public func attendance(_ session: SessionID, _ participant: ParticipantID) -> AttendanceRecord? {
        let indices = attendanceByPair[session.rawValue + "\u{0}" + participant.rawValue] ?? []
        for index in indices.reversed() where stands(attendance[index].source) { return attendance[index] }
        return nil
    }

    /// The dagdelen of `participant` at `session` that count as evidence: none for a cancelled session or
    /// one that began after the participant withdrew, and never more than the session's size.
    public func countedDagdelen(_ session: SessionID, _ participant: ParticipantID) -> Int {
        guard !isCancelled(session), let current = self.session(session), let first = current.days.first,
            let record = attendance(session, participant)
        else { return 0 }
        if let withdrawal = withdrawal(of: participant), first > withdrawal.source.at.localDay { return 0 }
        return min(record.dagdelen, current.dagdelen)
    }

    /// The counted dagdelen of `participant` over all sessions.
    public func attended(_ participant: ParticipantID) -> Int {
        sessionOrder.reduce(0) { $0 + countedDagdelen($1, participant) }
    }

    /// The standing invoices of `participant`, in log order.
    public func invoices(of participant: ParticipantID) -> [InvoiceRecord] {
        invoices.filter { $0.participant == participant && stands($0.source) }
    }

    /// floor(amount × percent / (100 − percent)), the subsidy that an invoice stands for.
    public func claimable(_ amount: Cents) -> Cents {
        guard let percent = programme?.subsidy?.percent, percent > 0, percent < 100 else { return Cents(0) }
        return Cents(amount.value * percent / (100 - percent))
    }

    /// What the evidence supports now.
    public func currentEvidence() -> Evidence {
        var evidence = Evidence()
        for participant in participants {
            guard let invoice = invoices(of: participant).last else { continue }
            let attended = attended(participant)
            guard attended >= 1 else { continue }
            evidence.eligible.append(participant)
            evidence.attendedDagdelen += attended
            evidence.claimable = evidence.claimable + claimable(invoice.amount)
        }
        return evidence
    }
}
