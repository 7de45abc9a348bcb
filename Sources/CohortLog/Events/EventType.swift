/// The event types of docs/FORMAT.md section 4, by their names in the log.
public enum EventType: String, Sendable, CaseIterable, Hashable {
    case cohortOpened = "cohort.opened"
    case facilitatorJoined = "facilitator.joined"
    case participantRegistered = "participant.registered"
    case participantWithdrew = "participant.withdrew"
    case sessionScheduled = "session.scheduled"
    case sessionRescheduled = "session.rescheduled"
    case sessionCancelled = "session.cancelled"
    case attendanceRecorded = "attendance.recorded"
    case wishStated = "wish.stated"
    case wishRevised = "wish.revised"
    case wishClosed = "wish.closed"
    case supportGiven = "support.given"
    case assignmentStarted = "assignment.started"
    case assignmentProgressed = "assignment.progressed"
    case assignmentCompleted = "assignment.completed"
    case reflectionRecorded = "reflection.recorded"
    case lineEmerged = "line.emerged"
    case harvestContributed = "harvest.contributed"
    case feeInvoiced = "fee.invoiced"
    case subsidyClaimed = "subsidy.claimed"
    case eventRetracted = "event.retracted"
    case dataRedacted = "data.redacted"

    /// The payload type that holds this event's fields.
    public var payload: any EventPayload.Type {
        switch self {
        case .cohortOpened: CohortOpened.self
        case .facilitatorJoined: FacilitatorJoined.self
        case .participantRegistered: ParticipantRegistered.self
        case .participantWithdrew: ParticipantWithdrew.self
        case .sessionScheduled: SessionScheduled.self
        case .sessionRescheduled: SessionRescheduled.self
        case .sessionCancelled: SessionCancelled.self
        case .attendanceRecorded: AttendanceRecorded.self
        case .wishStated: WishStated.self
        case .wishRevised: WishRevised.self
        case .wishClosed: WishClosed.self
        case .supportGiven: SupportGiven.self
        case .assignmentStarted: AssignmentStarted.self
        case .assignmentProgressed: AssignmentProgressed.self
        case .assignmentCompleted: AssignmentCompleted.self
        case .reflectionRecorded: ReflectionRecorded.self
        case .lineEmerged: LineEmerged.self
        case .harvestContributed: HarvestContributed.self
        case .feeInvoiced: FeeInvoiced.self
        case .subsidyClaimed: SubsidyClaimed.self
        case .eventRetracted: EventRetracted.self
        case .dataRedacted: DataRedacted.self
        }
    }

    /// The fields of this type.
    public var fields: [FieldSpec] { EventType.fieldLists[index] }

    /// The type's position in ``allCases`` (a jump table, not a lookup: this is on the reader's hot path).
    var index: Int {
        switch self {
        case .cohortOpened: 0
        case .facilitatorJoined: 1
        case .participantRegistered: 2
        case .participantWithdrew: 3
        case .sessionScheduled: 4
        case .sessionRescheduled: 5
        case .sessionCancelled: 6
        case .attendanceRecorded: 7
        case .wishStated: 8
        case .wishRevised: 9
        case .wishClosed: 10
        case .supportGiven: 11
        case .assignmentStarted: 12
        case .assignmentProgressed: 13
        case .assignmentCompleted: 14
        case .reflectionRecorded: 15
        case .lineEmerged: 16
        case .harvestContributed: 17
        case .feeInvoiced: 18
        case .subsidyClaimed: 19
        case .eventRetracted: 20
        case .dataRedacted: 21
        }
    }
    static let fieldLists: [[FieldSpec]] = allCases.map { $0.payload.fields }

    /// The type named by `bytes` (its name in the log), or nil.
    public static func named(_ bytes: UnsafeRawBufferPointer) -> EventType? {
        guard let base = bytes.baseAddress else { return nil }
        return names.withUnsafeBufferPointer { names in
            var start = 0
            for (index, end) in nameEnds.enumerated() {
                defer { start = end }
                if end - start == bytes.count, memoryEquals(names.baseAddress! + start, base, bytes.count) {
                    return allCases[index]
                }
            }
            return nil
        }
    }

    /// Every type's name, end to end in the order of `allCases`, and where each ends.
    static let names: [UInt8] = allCases.flatMap { Array($0.rawValue.utf8) }
    static let nameEnds: [Int] = allCases.reduce(into: []) { ends, type in ends.append((ends.last ?? 0) + type.rawValue.utf8.count) }
}
