/// An event of a cohort's log: a closed enum with one payload per type (docs/FORMAT.md section 4).
///
/// Every fold switches over it, so the compiler names the fold that forgot a new type. The envelope
/// (`seq`, `id`, `at`, `recorded`, `by`, `prev`) is not part of the event: see ``Record`` and
/// ``SubmittedEvent``.
///
/// Every case is boxed (`indirect`): an event is one reference to its payload, so handing it from the
/// parser to a record and a candidate counts one reference instead of every string in the payload, and
/// moves eight bytes instead of the largest payload.
public indirect enum Event: Sendable, Equatable {
    case cohortOpened(CohortOpened)
    case facilitatorJoined(FacilitatorJoined)
    case participantRegistered(ParticipantRegistered)
    case participantWithdrew(ParticipantWithdrew)
    case sessionScheduled(SessionScheduled)
    case sessionRescheduled(SessionRescheduled)
    case sessionCancelled(SessionCancelled)
    case attendanceRecorded(AttendanceRecorded)
    case wishStated(WishStated)
    case wishRevised(WishRevised)
    case wishClosed(WishClosed)
    case supportGiven(SupportGiven)
    case assignmentStarted(AssignmentStarted)
    case assignmentProgressed(AssignmentProgressed)
    case assignmentCompleted(AssignmentCompleted)
    case reflectionRecorded(ReflectionRecorded)
    case lineEmerged(LineEmerged)
    case harvestContributed(HarvestContributed)
    case feeInvoiced(FeeInvoiced)
    case subsidyClaimed(SubsidyClaimed)
    case eventRetracted(EventRetracted)
    case dataRedacted(DataRedacted)

    /// The event's type.
    public var type: EventType {
        switch self {
        case .cohortOpened: .cohortOpened
        case .facilitatorJoined: .facilitatorJoined
        case .participantRegistered: .participantRegistered
        case .participantWithdrew: .participantWithdrew
        case .sessionScheduled: .sessionScheduled
        case .sessionRescheduled: .sessionRescheduled
        case .sessionCancelled: .sessionCancelled
        case .attendanceRecorded: .attendanceRecorded
        case .wishStated: .wishStated
        case .wishRevised: .wishRevised
        case .wishClosed: .wishClosed
        case .supportGiven: .supportGiven
        case .assignmentStarted: .assignmentStarted
        case .assignmentProgressed: .assignmentProgressed
        case .assignmentCompleted: .assignmentCompleted
        case .reflectionRecorded: .reflectionRecorded
        case .lineEmerged: .lineEmerged
        case .harvestContributed: .harvestContributed
        case .feeInvoiced: .feeInvoiced
        case .subsidyClaimed: .subsidyClaimed
        case .eventRetracted: .eventRetracted
        case .dataRedacted: .dataRedacted
        }
    }

    /// The payload, as the protocol every payload shares.
    public var payload: any EventPayload {
        switch self {
        case .cohortOpened(let p): p
        case .facilitatorJoined(let p): p
        case .participantRegistered(let p): p
        case .participantWithdrew(let p): p
        case .sessionScheduled(let p): p
        case .sessionRescheduled(let p): p
        case .sessionCancelled(let p): p
        case .attendanceRecorded(let p): p
        case .wishStated(let p): p
        case .wishRevised(let p): p
        case .wishClosed(let p): p
        case .supportGiven(let p): p
        case .assignmentStarted(let p): p
        case .assignmentProgressed(let p): p
        case .assignmentCompleted(let p): p
        case .reflectionRecorded(let p): p
        case .lineEmerged(let p): p
        case .harvestContributed(let p): p
        case .feeInvoiced(let p): p
        case .subsidyClaimed(let p): p
        case .eventRetracted(let p): p
        case .dataRedacted(let p): p
        }
    }

    /// Calls `visitor` with every id the event holds.
    public func visitIDs(_ visitor: inout some IDVisitor) {
        switch self {
        case .cohortOpened(let p): p.visitIDs(&visitor)
        case .facilitatorJoined(let p): p.visitIDs(&visitor)
        case .participantRegistered(let p): p.visitIDs(&visitor)
        case .participantWithdrew(let p): p.visitIDs(&visitor)
        case .sessionScheduled(let p): p.visitIDs(&visitor)
        case .sessionRescheduled(let p): p.visitIDs(&visitor)
        case .sessionCancelled(let p): p.visitIDs(&visitor)
        case .attendanceRecorded(let p): p.visitIDs(&visitor)
        case .wishStated(let p): p.visitIDs(&visitor)
        case .wishRevised(let p): p.visitIDs(&visitor)
        case .wishClosed(let p): p.visitIDs(&visitor)
        case .supportGiven(let p): p.visitIDs(&visitor)
        case .assignmentStarted(let p): p.visitIDs(&visitor)
        case .assignmentProgressed(let p): p.visitIDs(&visitor)
        case .assignmentCompleted(let p): p.visitIDs(&visitor)
        case .reflectionRecorded(let p): p.visitIDs(&visitor)
        case .lineEmerged(let p): p.visitIDs(&visitor)
        case .harvestContributed(let p): p.visitIDs(&visitor)
        case .feeInvoiced(let p): p.visitIDs(&visitor)
        case .subsidyClaimed(let p): p.visitIDs(&visitor)
        case .eventRetracted(let p): p.visitIDs(&visitor)
        case .dataRedacted(let p): p.visitIDs(&visitor)
        }
    }

    /// Assembles an event of `type` from validated fields.
    static func assemble(_ type: EventType, _ values: FieldValues) -> Event? {
        switch type {
        case .cohortOpened: CohortOpened(values).map(Event.cohortOpened)
        case .facilitatorJoined: FacilitatorJoined(values).map(Event.facilitatorJoined)
        case .participantRegistered: ParticipantRegistered(values).map(Event.participantRegistered)
        case .participantWithdrew: ParticipantWithdrew(values).map(Event.participantWithdrew)
        case .sessionScheduled: SessionScheduled(values).map(Event.sessionScheduled)
        case .sessionRescheduled: SessionRescheduled(values).map(Event.sessionRescheduled)
        case .sessionCancelled: SessionCancelled(values).map(Event.sessionCancelled)
        case .attendanceRecorded: AttendanceRecorded(values).map(Event.attendanceRecorded)
        case .wishStated: WishStated(values).map(Event.wishStated)
        case .wishRevised: WishRevised(values).map(Event.wishRevised)
        case .wishClosed: WishClosed(values).map(Event.wishClosed)
        case .supportGiven: SupportGiven(values).map(Event.supportGiven)
        case .assignmentStarted: AssignmentStarted(values).map(Event.assignmentStarted)
        case .assignmentProgressed: AssignmentProgressed(values).map(Event.assignmentProgressed)
        case .assignmentCompleted: AssignmentCompleted(values).map(Event.assignmentCompleted)
        case .reflectionRecorded: ReflectionRecorded(values).map(Event.reflectionRecorded)
        case .lineEmerged: LineEmerged(values).map(Event.lineEmerged)
        case .harvestContributed: HarvestContributed(values).map(Event.harvestContributed)
        case .feeInvoiced: FeeInvoiced(values).map(Event.feeInvoiced)
        case .subsidyClaimed: SubsidyClaimed(values).map(Event.subsidyClaimed)
        case .eventRetracted: EventRetracted(values).map(Event.eventRetracted)
        case .dataRedacted: DataRedacted(values).map(Event.dataRedacted)
        }
    }
}
