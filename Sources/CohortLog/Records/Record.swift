/// A sealed line of a log: the envelope the writer gave it and the event it holds.
///
/// `{"seq":7,"id":"e7","type":"wish.stated","at":…,"recorded":…,"by":"p03","prev":…,"data":{…},"personal":{…}}`
public struct Record: Sendable {
    /// The 1-based line of the file it stands on (equal to `seq` in a sound log).
    public let line: Int
    /// Its position in the log: 1, 2, 3, … without gaps.
    public let seq: Int
    /// Its id, unique in the log.
    public let id: RecordID
    /// When it happened, with the offset as written.
    public let at: Timestamp
    /// When it was written to the log, in UTC.
    public let recorded: Timestamp
    /// Who recorded it.
    public let by: ActorID
    /// The digest of the previous record (zero for record 1).
    public let prev: Digest
    /// The event.
    public let event: Event
    /// What its `personal` member holds.
    public let personal: PersonalState
    /// Its own digest (the chain, docs/FORMAT.md); the next record's `prev`. Nil when it was read without
    /// hashing (``RecordParser/Hashing/skipped``: the folds of a log that verified when it was opened).
    public let digest: Digest?
    /// Where its `data` object stands in its line (byte offsets, the braces included).
    public let dataBytes: Range<Int>
    /// Where its `personal` object stands in its line (byte offsets, the braces included): `P` of the
    /// chain.
    public let personalBytes: Range<Int>

    /// The event's type.
    public var type: EventType { event.type }

    /// Its `data` object's bytes in `line`, the line it was read from.
    public func data(in line: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(rebasing: line[dataBytes])
    }

    /// Its `personal` object's bytes in `line`, the line it was read from.
    public func personal(in line: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(rebasing: line[personalBytes])
    }
}

/// What a record's `personal` member holds.
public enum PersonalState: Sendable, Equatable {
    /// `{}`: the record has no personal values.
    case none
    /// Personal values and a salt.
    case values
    /// `{"redacted":"<hex>"}`: the values were erased; the digest of the original bytes stands in.
    case redacted(Digest)

    /// Whether the record has, or had, personal values.
    public var hasValues: Bool { self != .none }
}

/// The digest chain of docs/FORMAT.md section 3.
public enum Chain {
    /// `SHA-256(H ‖ SHA-256(P))`: `header` is the line up to and including `"personal":`, and
    /// `personalDigest` is `SHA-256(P)` of the personal member's bytes (or, for a redacted record, the
    /// digest it holds).
    @inlinable
    public static func digest(header: UnsafeRawBufferPointer, personalDigest: Digest) -> Digest {
        var hasher = SHA256()
        hasher.update(header)
        hasher.update(personalDigest)
        return hasher.finalize()
    }

    /// The digest of a whole record line (without its newline) whose personal value starts at
    /// `personalStart`.
    public static func digest(line: UnsafeRawBufferPointer, personalStart: Int) -> Digest {
        let header = UnsafeRawBufferPointer(rebasing: line[0..<personalStart])
        let personal = UnsafeRawBufferPointer(rebasing: line[personalStart..<(line.count - 1)])
        return digest(header: header, personalDigest: SHA256.hash(personal))
    }
}
