/// One rule a writer enforces (docs/FORMAT.md section 5), with a stable name: a named check that returns
/// every problem it finds for a candidate, rather than throwing on the first.
///
/// The rules are an ordered list, ``WriterRule/all``; each lives in its own file as a static member.
/// `verify` runs the same list over every record of a log.
public struct WriterRule: Sendable {
    /// The stable name, as diagnostics print it (`rule.references-known`).
    public let code: DiagnosticCode
    /// Where the rule stands in docs/FORMAT.md (`5.2`).
    public let section: String
    /// The rule in one line.
    public let summary: String
    /// The check: the problems `candidate` has against the log so far (`state`), each made with
    /// `report`. Lines are filled in by the caller.
    public let check: @Sendable (_ candidate: Candidate, _ state: RuleState, _ report: RuleReport) -> [Diagnostic]
    /// The types of event the rule looks at, a bit for each by its place in `EventType.allCases`: the
    /// others pass it without a call.
    let types: UInt32

    /// A rule; `types` are the types of event it looks at (nil: every type).
    public init(
        code: DiagnosticCode, section: String, summary: String, types: [EventType]? = nil,
        check: @escaping @Sendable (_ candidate: Candidate, _ state: RuleState, _ report: RuleReport) -> [Diagnostic]
    ) {
        self.code = code
        self.section = section
        self.summary = summary
        self.check = check
        self.types = types.map { $0.reduce(0) { $0 | 1 << UInt32($1.index) } } ?? ~0
    }

    /// Whether the rule looks at events of `type`.
    public func looks(at type: EventType) -> Bool { types & 1 << UInt32(type.index) != 0 }

    /// The rules, in the order of docs/FORMAT.md.
    public static let all: [WriterRule] = [
        .opensFirst, .referencesKnown, .idsNew, .recorderAllowed, .groupSize, .withdrawnNotNamed,
        .supportBetweenTwo, .attendanceWithinSession, .sessionDaysDistinct, .sessionKeepsAttendance, .idUnique,
        .retractionTarget, .atNotAfterRecorded, .redactionTarget,
    ]

    /// Runs every rule on `candidate`.
    public static func check(_ candidate: Candidate, against state: RuleState) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        let type = candidate.event.type
        // Through the buffer, so that each rule's strings and closure are not copied for every record.
        all.withUnsafeBufferPointer { rules in
            for index in rules.indices where rules[index].looks(at: type) {
                let found = rules[index].check(candidate, state, RuleReport(code: rules[index].code))
                if !found.isEmpty { problems += found }
            }
        }
        return problems
    }

}

/// Makes the diagnostics of one rule, under its code.
public struct RuleReport: Sendable {
    /// The rule's code.
    public let code: DiagnosticCode

    /// A problem with `field`.
    public func problem(_ field: FieldPath?, _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(check: code, field: field, message: message, hint: hint)
    }

    /// A problem with the field an ``IDVisitor`` names (`data.targets[1]`).
    public func problem(_ field: String, _ message: String, hint: String? = nil) -> Diagnostic {
        problem(FieldPath(parsing: field), message, hint: hint)
    }

    /// A problem with the field an id stands in.
    public func problem(_ field: IDField, _ message: String, hint: String? = nil) -> Diagnostic {
        problem(field.description, message, hint: hint)
    }
}
