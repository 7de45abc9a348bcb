/// How many *dagdelen* of a session a participant attended (0 = absent). A later record for the same
/// session and participant replaces the earlier.
public struct AttendanceRecorded: EventPayload {
    /// The session.
    public var session: SessionID
    /// The participant.
    public var participant: ParticipantID
    /// *Dagdelen* attended, from 0 to the session's size.
    public var dagdelen: Int
    /// A note (personal), when given.
    public var note: PersonalText?

    public static let type = EventType.attendanceRecorded
    public static let fields: [FieldSpec] = [
        .required("session", .id(.session, .refers), "the session"),
        .required("participant", .id(.participant, .refers), "the participant"),
        .required("dagdelen", .integer(0...100), "dagdelen attended: 0 for absent, at most the session's size"),
        .optionalPersonal("note", "a note on the attendance"),
    ]

    public init?(_ v: FieldValues) {
        guard let session: SessionID = v.id("session"), let participant: ParticipantID = v.id("participant"),
            let dagdelen = v.integer("dagdelen")
        else { return nil }
        self.session = session
        self.participant = participant
        self.dagdelen = dagdelen
        note = v.personal("note")
    }

    public func visitIDs(_ visitor: inout some IDVisitor) {
        visitor.visit(session, .refers, "data.session")
        visitor.visit(participant, .refers, "data.participant")
    }
}
