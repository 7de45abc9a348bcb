/// The rule state in the writer's cache (``StateCache``): every fact, written and read back exactly.
extension RuleState {
    func encode(to out: inout SnapshotEncoder) {
        out.int(count)
        out.optionalText(organiser)
        out.optionalInt(openedAt)
        out.int(maxParticipants)
        out.int(activeParticipants)
        out.int(people.count)
        for (id, person) in people {
            out.text(id)
            out.bool(person.role == .facilitator)
            out.optionalInt(person.withdrawnAt)
            out.bool(person.registrationRetracted)
        }
        out.int(sessions.count)
        for (id, session) in sessions {
            out.text(id)
            out.int(session.sizes.count)
            for size in session.sizes {
                out.text(size.record)
                out.int(size.dagdelen)
            }
            out.int(session.cancellations.count)
            for cancellation in session.cancellations {
                out.text(cancellation.record)
                out.int(cancellation.seq)
            }
            out.int(session.attendance.count)
            for (participant, records) in session.attendance {
                out.text(participant)
                out.int(records.count)
                for record in records {
                    out.text(record.record)
                    out.int(record.dagdelen)
                }
            }
        }
        for table in [wishOwners, assignmentOwners] {
            out.int(table.count)
            for (id, owner) in table {
                out.text(id)
                out.text(owner)
            }
        }
        out.int(introduced.count)
        for (kind, ids) in introduced {
            out.text(kind.rawValue)
            ids.encode(to: &out)
        }
        records.encode(to: &out)
        out.int(retractedIDs.count)
        for (kind, ids) in retractedIDs {
            out.text(kind.rawValue)
            out.int(ids.count)
            for (id, seq) in ids {
                out.text(id)
                out.int(seq)
            }
        }
    }

    /// The state encoded in `input`, whose bytes are those of `storage` (which the record table keeps).
    init(from input: inout SnapshotDecoder, storage: [UInt8]) throws(SnapshotDecoder.Damaged) {
        self.init()
        count = try input.int()
        organiser = try input.optionalText()
        openedAt = try input.optionalInt()
        maxParticipants = try input.int()
        activeParticipants = try input.int()
        let peopleCount = try input.count()
        people.reserveCapacity(peopleCount)
        for _ in 0..<peopleCount {
            let id = try input.text()
            let role: Role = try input.bool() ? .facilitator : .participant
            let person = Person(role: role, withdrawnAt: try input.optionalInt(), registrationRetracted: try input.bool())
            if person.withdrawnAt != nil { withdrawals += 1 }
            people[id] = person
        }
        let sessionCount = try input.count()
        for _ in 0..<sessionCount {
            let id = try input.text()
            var session = Session(sizes: [])
            for _ in 0..<(try input.count()) { session.sizes.append((try input.text(), try input.int())) }
            for _ in 0..<(try input.count()) { session.cancellations.append((try input.text(), try input.int())) }
            for _ in 0..<(try input.count()) {
                let participant = try input.text()
                var records: [(record: String, dagdelen: Int)] = []
                for _ in 0..<(try input.count()) { records.append((try input.text(), try input.int())) }
                session.attendance[participant] = records
            }
            sessions[id] = session
        }
        for table in 0..<2 {
            let count = try input.count()
            var owners = IDMap<String>()
            owners.reserveCapacity(count)
            for _ in 0..<count { owners[try input.text()] = try input.text() }
            if table == 0 { wishOwners = owners } else { assignmentOwners = owners }
        }
        for _ in 0..<(try input.count()) {
            guard let kind = IDKind(rawValue: try input.text()) else { throw SnapshotDecoder.Damaged() }
            introducedSets[kind.place] = try IDSet.decode(from: &input, storage: storage)
        }
        records = try RecordTable.decode(from: &input, storage: storage)
        for _ in 0..<(try input.count()) {
            guard let kind = IDKind(rawValue: try input.text()) else { throw SnapshotDecoder.Damaged() }
            var ids = IDMap<Int>()
            for _ in 0..<(try input.count()) { ids[try input.text()] = try input.int() }
            retractedIDs[kind] = ids
        }
    }
}
