/// An event as submitted for sealing (docs/FORMAT.md section 7): no position yet, and perhaps no id.
///
/// It keeps the canonical bytes of its `data` and `personal` members, which the writer seals, and gives
/// two fingerprints of its content: ``SubmittedEvent/content`` (type, at, by, data and personal) decides
/// whether a resubmitted id is the same event; ``SubmittedEvent/structure`` (the same without personal)
/// stands in when the record in the log has since been redacted. They are computed when asked for, as
/// most events of a submission never need them.
public struct SubmittedEvent: Sendable {
    /// The 1-based line of the submission it came from (for `cohort add`: 1).
    public let line: Int
    /// The id the submitter gave, if any.
    public let givenID: RecordID?
    /// When it happened.
    public let at: Timestamp
    /// `at` as written (RFC 3339), as it is sealed.
    public let atText: String
    /// Who records it.
    public let by: ActorID
    /// The event.
    public let event: Event
    /// The canonical `data` object, personal fields moved out.
    public let data: [UInt8]
    /// The canonical personal members (`"name":"value"` pieces), sorted by name; no salt.
    public let personalMembers: [(name: String, json: [UInt8])]
    /// SHA-256 of the canonical content: type, at, by, data and personal members.
    public var content: Digest { fingerprints.content }
    /// SHA-256 of the canonical content without the personal members.
    public var structure: Digest { fingerprints.structure }
    /// Both fingerprints at once.
    public var fingerprints: (content: Digest, structure: Digest) {
        ContentFingerprint.of(type: event.type, at: atText, by: by.rawValue, data: data, personal: personalMembers)
    }
    /// The line as submitted (a slice of the submission, not a copy).
    let source: ArraySlice<UInt8>
    /// The start of the line as submitted, for messages.
    public var excerpt: String { SubmittedEvent.excerpt(of: source) }

    /// The first 400 bytes of a submitted line, as text.
    package static func excerpt(of source: ArraySlice<UInt8>) -> String {
        String(decoding: source.prefix(400), as: UTF8.self)
    }

    /// The event's type.
    public var type: EventType { event.type }

    init(
        line: Int, givenID: RecordID?, at: Timestamp, atText: String, by: ActorID, event: Event, data: [UInt8],
        personalMembers: [(name: String, json: [UInt8])], source: ArraySlice<UInt8>
    ) {
        self.line = line
        self.givenID = givenID
        self.at = at
        self.atText = atText
        self.by = by
        self.event = event
        self.data = data
        self.personalMembers = personalMembers
        self.source = source
    }

    /// The id this event is sealed under: the given one, or one derived from its content and its
    /// ordinal among identical contents in its submission (1 for the first), so that submitting the same
    /// file again derives the same ids: `e-` and 20 hex characters of SHA-256(content ‖ ordinal).
    public func derivedID(ordinal: Int) -> RecordID {
        if let givenID { return givenID }
        var hasher = SHA256()
        hasher.update(content)
        hasher.update(String(ordinal))
        return RecordID(unchecked: "e-" + String(hasher.finalize().hex.prefix(20)))
    }
}

/// The fingerprints by which a submitted event and a sealed record are compared (rule 7).
enum ContentFingerprint {
    static func of(
        type: EventType, at: String, by: String, data: [UInt8], personal: [(name: String, json: [UInt8])]
    ) -> (content: Digest, structure: Digest) {
        var hasher = SHA256()
        hasher.update(type.rawValue)
        hasher.update([0])
        hasher.update(at)
        hasher.update([0])
        hasher.update(by)
        hasher.update([0])
        hasher.update(data)
        let structure = hasher.finalize()
        for member in personal {
            hasher.update([0])
            hasher.update(member.name)
            hasher.update([1])
            hasher.update(member.json)
        }
        return (hasher.finalize(), structure)
    }
}
