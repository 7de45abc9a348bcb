/// What the writer's rules need to know of the log so far: a fold over its records that never fails.
///
/// It knows the people and their roles, who withdrew, the sessions with their size and cancellations,
/// whose wish and assignment each is, every id introduced, and every record's type and whether it was
/// retracted. Retractions undo what their target did to these facts (a retracted withdrawal makes the
/// participant active again; a retracted cancellation reopens the session).
public struct RuleState: Sendable {
    /// A person of the cohort.
    public struct Person: Sendable {
        /// Whether a participant or a facilitator.
        public var role: Role
        /// The `seq` of the withdrawal, while it stands.
        public var withdrawnAt: Int?
        /// Whether the registration was retracted.
        public var registrationRetracted = false
    }

    /// A participant or a facilitator.
    public enum Role: Sendable { case participant, facilitator }

    /// A session's size and cancellations.
    public struct Session: Sendable {
        /// The size given by each non-retracted scheduling or rescheduling, in order (record id, dagdelen).
        var sizes: [(record: String, dagdelen: Int)]
        /// The non-retracted cancellations (record id, seq).
        var cancellations: [(record: String, seq: Int)] = []
        /// The non-retracted attendance records by participant, in log order (record id, dagdelen): the
        /// last of each participant is their attendance.
        var attendance: [String: [(record: String, dagdelen: Int)]] = [:]

        /// The session's size now.
        public var dagdelen: Int { sizes.last?.dagdelen ?? 0 }
        /// The `seq` of a standing cancellation.
        public var cancelledAt: Int? { cancellations.last?.seq }
        /// The largest attendance recorded for the session (each participant's latest standing record):
        /// what a rescheduling may not shrink it below.
        public var largestAttendance: (participant: String, dagdelen: Int, record: String)? {
            var largest: (participant: String, dagdelen: Int, record: String)?
            for (participant, records) in attendance {
                guard let last = records.last else { continue }
                if largest.map({ last.dagdelen > $0.dagdelen || (last.dagdelen == $0.dagdelen && participant < $0.participant) }) ?? true {
                    largest = (participant, last.dagdelen, last.record)
                }
            }
            return largest
        }
    }

    /// What the rules keep of each record (one of these for every record of the log: the members are
    /// ordered so that it takes 40 bytes).
    public struct RecordInfo: Sendable, Equatable {
        /// Its position.
        public var seq: Int
        /// The `seq` of its retraction, or 0.
        var retraction = 0
        /// The id it introduced, or the participant or session whose facts it changed (withdrawal,
        /// rescheduling, cancellation), so that a retraction can undo it.
        var subject: String?
        /// Its type.
        public var type: EventType
        /// Whether it has (or had) personal values.
        public var hasPersonalValues: Bool

        /// A record not retracted.
        public init(type: EventType, seq: Int, hasPersonalValues: Bool) {
            self.type = type
            self.seq = seq
            self.hasPersonalValues = hasPersonalValues
        }

        /// The `seq` of its retraction, if retracted.
        public var retractedAt: Int? {
            get { retraction > 0 ? retraction : nil }
            set { retraction = newValue ?? 0 }
        }
    }

    /// About how many records a log of `bytes` bytes holds (a record is about 400 bytes), to make room
    /// for them before reading.
    public static func expectedRecords(logBytes bytes: Int) -> Int { bytes / 400 }

    /// How many records have been folded in.
    public internal(set) var count = 0
    /// The organiser named by `cohort.opened`.
    public internal(set) var organiser: String?
    /// The `seq` of `cohort.opened`.
    public internal(set) var openedAt: Int?
    /// The most participants who may be registered and not withdrawn at once.
    public internal(set) var maxParticipants = Int.max
    /// Registered, not withdrawn, not retracted participants.
    public internal(set) var activeParticipants = 0
    /// People whose withdrawal stands (not retracted): while there are none, no event can name one.
    public internal(set) var withdrawals = 0
    /// People by id.
    public internal(set) var people = IDMap<Person>()
    /// Sessions by id.
    public internal(set) var sessions = IDMap<Session>()
    /// Whose wish each wish is.
    public internal(set) var wishOwners = IDMap<String>()
    /// Whose assignment each assignment is.
    public internal(set) var assignmentOwners = IDMap<String>()
    /// Ids introduced, by namespace, for the kinds without a table above.
    public internal(set) var introduced: [IDKind: IDSet] {
        get {
            var sets: [IDKind: IDSet] = [:]
            for kind in IDKind.allCases { if let set = introducedSets[kind.place] { sets[kind] = set } }
            return sets
        }
        set {
            introducedSets = Array(repeating: nil, count: IDKind.allCases.count)
            for (kind, set) in newValue { introducedSets[kind.place] = set }
        }
    }
    /// ``introduced``, by each kind's place: found by a jump, not by hashing the kind.
    var introducedSets = [IDSet?](repeating: nil, count: IDKind.allCases.count)
    /// Records by id.
    public internal(set) var records = RecordTable()
    /// Ids whose introducing record was retracted, by namespace, with the retraction's `seq`: they are
    /// as if never introduced for what comes after, yet stay taken (an id never names two things).
    public internal(set) var retractedIDs: [IDKind: IDMap<Int>] = [:]

    /// An empty log's state.
    public init() {}

    /// Makes room for about `count` records, so that a long log is read without rehashing.
    public mutating func reserveCapacity(records count: Int) {
        records.reserveCapacity(count)
    }

    /// Whether `id` of namespace `kind` has been introduced.
    public func knows(_ id: String, kind: IDKind) -> Bool {
        switch kind.namespace {
        case .person: people[id] != nil
        case .session: sessions[id] != nil
        case .wish: wishOwners[id] != nil
        case .assignment: assignmentOwners[id] != nil
        case .record: records[id] != nil
        case .organiser: organiser == id
        default: introducedSets[kind.namespace.place]?.contains(id) ?? false
        }
    }

    /// The `seq` of the retraction of the record that introduced `id`, when it was retracted.
    public func retraction(of id: String, kind: IDKind) -> Int? {
        retractedIDs.isEmpty ? nil : retractedIDs[kind.namespace]?[id]
    }

    /// The `seq` of the withdrawal of `participant`, when they have withdrawn.
    public func withdrawal(of participant: String) -> Int? {
        people[participant]?.withdrawnAt
    }

    /// Folds one record (or accepted candidate) in.
    public mutating func apply(_ candidate: Candidate) {
        count += 1
        let id = candidate.id.rawValue
        var info = RecordInfo(type: candidate.event.type, seq: candidate.seq, hasPersonalValues: candidate.hasPersonalValues)
        switch candidate.event {
        case .cohortOpened(let e):
            if openedAt == nil {
                organiser = e.organiser.rawValue
                openedAt = candidate.seq
                maxParticipants = e.participants.max
                _ = introduce(e.cohort.rawValue, .cohort)
            }
        case .facilitatorJoined(let e):
            if people[e.facilitator.rawValue] == nil {
                people[e.facilitator.rawValue] = Person(role: .facilitator)
                info.subject = e.facilitator.rawValue
            }
        case .participantRegistered(let e):
            if people[e.participant.rawValue] == nil {
                people[e.participant.rawValue] = Person(role: .participant)
                activeParticipants += 1
                info.subject = e.participant.rawValue
            }
        case .participantWithdrew(let e):
            if var person = people[e.participant.rawValue], person.role == .participant, person.withdrawnAt == nil {
                person.withdrawnAt = candidate.seq
                withdrawals += 1
                if !person.registrationRetracted { activeParticipants -= 1 }
                people[e.participant.rawValue] = person
                info.subject = e.participant.rawValue
            }
        case .sessionScheduled(let e):
            if sessions[e.session.rawValue] == nil {
                sessions[e.session.rawValue] = Session(sizes: [(id, e.dagdelen)])
                info.subject = e.session.rawValue
            }
        case .sessionRescheduled(let e):
            if let dagdelen = e.dagdelen, sessions[e.session.rawValue] != nil {
                sessions[e.session.rawValue]?.sizes.append((id, dagdelen))
                info.subject = e.session.rawValue
            }
        case .sessionCancelled(let e):
            if sessions[e.session.rawValue] != nil {
                sessions[e.session.rawValue]?.cancellations.append((id, candidate.seq))
                info.subject = e.session.rawValue
            }
        case .wishStated(let e):
            if wishOwners[e.wish.rawValue] == nil {
                wishOwners[e.wish.rawValue] = e.participant.rawValue
                info.subject = e.wish.rawValue
            }
        case .assignmentStarted(let e):
            if assignmentOwners[e.assignment.rawValue] == nil {
                assignmentOwners[e.assignment.rawValue] = e.participant.rawValue
                info.subject = e.assignment.rawValue
            }
        case .reflectionRecorded(let e): info.subject = introduce(e.reflection.rawValue, .reflection)
        case .lineEmerged(let e): info.subject = introduce(e.line.rawValue, .line)
        case .harvestContributed(let e): info.subject = introduce(e.item.rawValue, .item)
        case .feeInvoiced(let e): info.subject = introduce(e.invoice.rawValue, .invoice)
        case .subsidyClaimed(let e): info.subject = introduce(e.claim.rawValue, .claim)
        case .eventRetracted(let e): retract(e.target.rawValue, at: candidate.seq)
        case .attendanceRecorded(let e):
            if sessions[e.session.rawValue] != nil {
                sessions[e.session.rawValue]?.attendance[e.participant.rawValue, default: []].append((id, e.dagdelen))
                info.subject = e.session.rawValue + "\u{0}" + e.participant.rawValue
            }
        case .wishRevised, .wishClosed, .supportGiven, .assignmentProgressed, .assignmentCompleted, .dataRedacted:
            break
        }
        records.insertIfAbsent(id, info)
    }

    /// Where checking and folding a record will look in the large tables: the hashes of its id and of
    /// the id it introduces. Made from the record alone, on the thread that parsed it.
    struct Lookups {
        /// The hash of the record's id (``IDTable/hash(_:)``).
        var record: UInt64 = 0
        /// The hash of the id it introduces, and the table it goes to (nil: none of the large ones).
        var introduced: UInt64 = 0
        var table: IDKind?

        init() {}

        init(_ record: borrowing Record) {
            self.record = IDTable.withBytes(of: record.id.rawValue, IDTable.hash)
            let introduced: String
            switch record.event {
            case .reflectionRecorded(let e): (introduced, table) = (e.reflection.rawValue, .reflection)
            case .harvestContributed(let e): (introduced, table) = (e.item.rawValue, .item)
            case .wishStated(let e): (introduced, table) = (e.wish.rawValue, .wish)
            default: return
            }
            self.introduced = IDTable.withBytes(of: introduced, IDTable.hash)
        }
    }

    /// Reads ahead the places of the large tables where checking and folding a record will look.
    /// ``LogVerifier`` touches a few records ahead of checking them, so that their cache misses overlap
    /// (``IDTable/touch(hash:)``); returns what it read, to be kept.
    func touch(_ lookups: Lookups) -> UInt64 {
        var read = records.touch(hash: lookups.record)
        switch lookups.table {
        case .wish?: read ^= wishOwners.touch(hash: lookups.introduced)
        case let kind?: read ^= introducedSets[kind.place]?.touch(hash: lookups.introduced) ?? 0
        case nil: break
        }
        return read
    }

    /// Notes a new id of `kind`; returns it when it was new.
    mutating func introduce(_ id: String, _ kind: IDKind) -> String? {
        if introducedSets[kind.place] == nil { introducedSets[kind.place] = [] }
        return introducedSets[kind.place]!.insert(id).inserted ? id : nil
    }

    /// Undoes what the record `target` did to the facts the rules use.
    mutating func retract(_ target: String, at seq: Int) {
        guard var info = records[target], info.retractedAt == nil else { return }
        info.retractedAt = seq
        records[target] = info
        guard let subject = info.subject else { return }
        if let kind = info.type.introducedKind {
            retractedIDs[kind, default: IDMap()][subject] = seq
        }
        switch info.type {
        case .participantRegistered:
            if var person = people[subject], !person.registrationRetracted {
                person.registrationRetracted = true
                if person.withdrawnAt == nil { activeParticipants -= 1 }
                people[subject] = person
            }
        case .participantWithdrew:
            if var person = people[subject], person.withdrawnAt != nil {
                person.withdrawnAt = nil
                withdrawals -= 1
                if !person.registrationRetracted { activeParticipants += 1 }
                people[subject] = person
            }
        case .sessionScheduled, .sessionRescheduled:
            sessions[subject]?.sizes.removeAll { $0.record == target }
        case .sessionCancelled:
            sessions[subject]?.cancellations.removeAll { $0.record == target }
        case .attendanceRecorded:
            let pair = subject.split(separator: "\u{0}", maxSplits: 1).map(String.init)
            if pair.count == 2 { sessions[pair[0]]?.attendance[pair[1]]?.removeAll { $0.record == target } }
        default:
            break
        }
    }
}

extension EventType {
    /// The namespace of the id this type introduces (beyond `cohort.opened`, which cannot be retracted).
    var introducedKind: IDKind? {
        switch self {
        case .facilitatorJoined, .participantRegistered: .person
        case .sessionScheduled: .session
        case .wishStated: .wish
        case .assignmentStarted: .assignment
        case .reflectionRecorded: .reflection
        case .lineEmerged: .line
        case .harvestContributed: .item
        case .feeInvoiced: .invoice
        case .subsidyClaimed: .claim
        default: nil
        }
    }
}

extension IDKind {
    /// The kind's place in `allCases`.
    var place: Int {
        switch self {
        case .record: 0
        case .cohort: 1
        case .organiser: 2
        case .person: 3
        case .participant: 4
        case .facilitator: 5
        case .session: 6
        case .wish: 7
        case .assignment: 8
        case .reflection: 9
        case .line: 10
        case .item: 11
        case .invoice: 12
        case .claim: 13
        }
    }
}
