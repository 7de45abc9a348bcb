import CohortLog

/// A person of the cohort: a participant or a facilitator.
public struct Person: Sendable, Equatable {
    /// Whether a participant or a facilitator.
    public enum Role: String, Sendable { case participant, facilitator }

    public var id: PersonID
    public var role: Role
    /// Their name (group; shown to the public beside something public of theirs).
    public var name: PersonalText
    /// The municipality they work for (participants; group).
    public var municipality: String?
    /// Their role at work (participants; group).
    public var jobTitle: String?
    /// Their e-mail address (private).
    public var email: PersonalText?
    /// When they registered or joined (group; nil in a view for the public).
    public var joinedAt: Timestamp?
    /// Their withdrawal, if they withdrew.
    public var withdrawal: Withdrawal?

    /// Their name, or their id where the name is withheld (erased, or left out of an evidence copy): what
    /// a report shows where a name stands alone, never an empty string.
    public var shownName: String { name.text ?? id.rawValue }

    /// A participant's withdrawal: the fact is group, the reason private.
    public struct Withdrawal: Sendable, Equatable {
        public var at: Timestamp
        public var reason: PersonalText?
    }
}

/// A session and what became of it.
public struct Session: Sendable, Equatable {
    public var id: SessionID
    public var title: String
    public var kind: SessionKind
    /// Its days now (after any rescheduling).
    public var days: [Day]
    /// Its size in dagdelen now.
    public var dagdelen: Int
    /// The participant whose municipality hosts it.
    public var host: ParticipantID?
    public var location: String?
    /// Whether it was cancelled.
    public var isCancelled: Bool
    /// When it was put on the programme.
    public var scheduledAt: Timestamp

    /// Its first day.
    public var firstDay: Day { days.first ?? Day(daysSinceEpoch: 0) }
    /// Its last day.
    public var lastDay: Day { days.last ?? firstDay }
}

/// A learning wish with every version of its words.
public struct Wish: Sendable, Equatable {
    /// One version of the wish: as stated, or as revised.
    public struct Version: Sendable, Equatable {
        /// The record that stated or revised it.
        public var record: RecordID
        public var at: Timestamp
        public var text: PersonalText
        public var themes: [String]
        /// Who may see this version (a revision without visibility keeps the wish's).
        public var visibility: Visibility
        /// Whether this is the first statement (else a revision).
        public var isStatement: Bool
    }

    /// How the wish ended.
    public struct Closing: Sendable, Equatable {
        /// The record that closed it.
        public var record: RecordID
        public var at: Timestamp
        public var outcome: WishOutcome
        public var into: WishID?
        public var note: PersonalText?
    }

    public var id: WishID
    public var owner: ParticipantID
    public var versions: [Version]
    public var closing: Closing?

    /// Who may see the wish now: its latest version's visibility (a closing follows it).
    public var visibility: Visibility { versions.last?.visibility ?? .group }
    /// Its themes now.
    public var themes: [String] { versions.last?.themes ?? [] }
    /// When it was stated.
    public var statedAt: Timestamp { versions.first?.at ?? Timestamp(epochSeconds: 0) }
}

/// An assignment and its progress.
public struct Assignment: Sendable, Equatable {
    /// A step of progress.
    public struct Step: Sendable, Equatable {
        /// The record of this step.
        public var record: RecordID
        public var at: Timestamp
        public var progress: Int
        public var note: PersonalText?
    }

    /// Its result.
    public struct Completion: Sendable, Equatable {
        /// The record that completed it (the latest, when it was completed more than once).
        public var record: RecordID
        public var at: Timestamp
        public var result: PersonalText
        public var visibility: Visibility
    }

    public var id: AssignmentID
    public var owner: ParticipantID
    /// Its title; nil in a view for an audience that may not see how it started.
    public var title: PersonalText?
    public var description: PersonalText?
    /// Who may see how it started (title, description).
    public var startVisibility: Visibility
    /// The record that started it.
    public var startRecord: RecordID
    public var startedAt: Timestamp
    public var steps: [Step]
    public var completion: Completion?

    /// Who may see it now: the result's visibility once completed, else the start's. Progress follows it.
    public var visibility: Visibility { completion?.visibility ?? startVisibility }

    /// How far it is now, in percent (100 once completed).
    public var progress: Int { completion != nil ? 100 : (steps.last?.progress ?? 0) }
}

/// A reflection.
public struct Reflection: Sendable, Equatable {
    public var id: ReflectionID
    /// The record that holds it (its id may differ from the reflection's).
    public var record: RecordID
    public var author: PersonID
    public var at: Timestamp
    public var session: SessionID?
    public var wish: WishID?
    public var line: LineID?
    public var themes: [String]
    public var visibility: Visibility
    public var text: PersonalText
}

/// Support one person gave a participant.
public struct Support: Sendable, Equatable {
    public var record: RecordID
    public var at: Timestamp
    public var from: PersonID
    public var to: ParticipantID
    public var kind: SupportKind
    public var wish: WishID?
    public var session: SessionID?
    public var visibility: Visibility
    public var note: PersonalText?
}

/// The attendance of one participant at one session (the latest record for the pair).
public struct Attendance: Sendable, Equatable {
    public var session: SessionID
    public var participant: ParticipantID
    public var dagdelen: Int
    public var at: Timestamp
    public var note: PersonalText?
}

/// A learning line.
public struct LearningLine: Sendable, Equatable {
    public var id: LineID
    public var title: String
    public var themes: [String]
    public var session: SessionID?
    public var description: PersonalText?
    public var at: Timestamp
}

/// A harvest contribution (always public).
public struct Contribution: Sendable, Equatable {
    public var id: ItemID
    /// The record that holds it (its id may differ from the item's).
    public var record: RecordID
    public var at: Timestamp
    public var kind: HarvestKind
    public var contributors: [ParticipantID]
    public var line: LineID?
    public var cycle: ValueCycle?
    public var title: PersonalText
    public var text: PersonalText
}

/// An invoice (private).
public struct Invoice: Sendable, Equatable {
    public var id: InvoiceID
    public var participant: ParticipantID
    public var amount: Cents
    public var date: Day?
    public var at: Timestamp
}

/// A subsidy claim (facilitators only).
public struct Claim: Sendable, Equatable {
    public var id: ClaimID
    public var at: Timestamp
    public var amount: Cents
    public var participants: Int
    public var attendedDagdelen: Int
    public var head: Digest?
    public var note: PersonalText?
}
