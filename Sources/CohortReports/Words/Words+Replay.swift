/// The words of `cohort replay`: the history session by session, the meeting apart from the practice
/// between meetings. A sentence has its subject in front (the history is everyone's); names, titles and
/// texts come in as ``Inline``, already marked as what people wrote.
///
///     words.replay.support(context.person("p05"), "feedback", context.person("p01"))
///     // Bram (p05) gave feedback to Anna (p01)
public struct ReplayWords: Sendable {
    /// A count in a stretch's summary.
    public enum Tally: Sendable, Hashable, CaseIterable {
        case wishStated, wishRevised, wishClosed, support, assignmentStarted, progressStep, assignmentCompleted,
             reflection, contribution, lineEmerged, withdrawal, openWish
    }

    /// `At the meeting`.
    public let atMeeting: String
    /// `Between meetings, until 23 September 2014`.
    public let betweenUntil: @Sendable (_ day: String) -> String
    /// `Between meetings, after the last session`.
    public let betweenAfterLast: String
    /// `Between meetings` (before the first session).
    public let betweenBeforeFirst: String
    /// `still to come`.
    public let toCome: String
    /// `In this stretch:` before the summary.
    public let inThisStretch: String
    /// `(4 at the meeting, 6 between meetings)`: how support splits.
    public let supportSplit: @Sendable (_ atMeeting: Int, _ between: Int) -> String
    /// `At its end:` / `So far:` before the state at the end.
    public let atItsEnd: String
    public let soFar: String
    /// `assignments:` before the assignments' progress.
    public let assignmentsLabel: String
    /// `completed`.
    public let completed: String
    /// `none`.
    public let none: String
    /// `withdrew`, after a withdrawn participant's assignment.
    public let withdrawn: String
    /// `Attendance: 9 participants, 34 of 36 half-days` (the size already counted: ``Words/count(_:_:)``).
    public let attendance: @Sendable (_ participants: Int, _ attended: Int, _ possible: String) -> String
    /// Singular and plural of each count.
    public let tallies: [Tally: (one: String, many: String)]

    /// `Anna (p01) stated wish w-p01-1`.
    public let statedWish: @Sendable (_ who: Inline, _ wish: String) -> Inline
    /// `Anna (p01) revised wish w-p01-1`.
    public let revisedWish: @Sendable (_ who: Inline, _ wish: String) -> Inline
    /// `Anna (p01) closed wish w-p01-1: transformed into w-p01-3`.
    public let closedWish: @Sendable (_ who: Inline, _ wish: String, _ outcome: String, _ into: String?) -> Inline
    /// `Bram (p05) gave feedback to Anna (p01)`.
    public let support: @Sendable (_ from: Inline, _ kind: String, _ to: Inline) -> Inline
    /// `on wish w-p01-1`.
    public let onWish: @Sendable (_ wish: String) -> Inline
    /// `Anna (p01) started the assignment “…”`.
    public let startedAssignment: @Sendable (_ who: Inline, _ title: Inline) -> Inline
    /// `Anna (p01): assignment at 60%`.
    public let progressed: @Sendable (_ who: Inline, _ percent: Int) -> Inline
    /// `Anna (p01) completed the assignment: “…”`.
    public let completedAssignment: @Sendable (_ who: Inline, _ result: Inline) -> Inline
    /// `Anna (p01) reflected`.
    public let reflected: @Sendable (_ who: Inline) -> Inline
    /// `Anna (p01), Bram (p02) contributed a story: “…”`.
    public let contributed: @Sendable (_ who: Inline, _ kind: String, _ title: Inline) -> Inline
    /// `a learning line emerged: “Leiderschap”`.
    public let lineEmerged: @Sendable (_ title: Inline) -> Inline
    /// `Bas (p08) withdrew`.
    public let withdrew: @Sendable (_ who: Inline) -> Inline

    /// `n` and the name of what is counted, in the singular or plural as `n` asks.
    public func count(_ n: Int, _ tally: Tally) -> String {
        guard let forms = tallies[tally] else { return String(n) }
        return "\(n) \(n == 1 ? forms.one : forms.many)"
    }
}

extension ReplayWords {
    /// English.
    public static let english = ReplayWords(
        atMeeting: "At the meeting",
        betweenUntil: { "Between meetings, until \($0)" },
        betweenAfterLast: "Between meetings, after the last session",
        betweenBeforeFirst: "Before the first session",
        toCome: "still to come",
        inThisStretch: "In this stretch:",
        supportSplit: { "(\($0) at the meeting, \($1) between meetings)" },
        atItsEnd: "At its end:", soFar: "So far:",
        assignmentsLabel: "assignments:", completed: "completed", none: "none", withdrawn: "withdrew",
        attendance: { participants, attended, possible in
            "Attendance: \(participants) \(participants == 1 ? "participant" : "participants"), \(attended) of \(possible)"
        },
        tallies: [
            .wishStated: ("wish stated", "wishes stated"), .wishRevised: ("wish revised", "wishes revised"),
            .wishClosed: ("wish closed", "wishes closed"), .support: ("act of support", "acts of support"),
            .assignmentStarted: ("assignment started", "assignments started"),
            .progressStep: ("progress note", "progress notes"),
            .assignmentCompleted: ("assignment completed", "assignments completed"),
            .reflection: ("reflection", "reflections"), .contribution: ("contribution", "contributions"),
            .lineEmerged: ("learning line emerged", "learning lines emerged"), .withdrawal: ("withdrawal", "withdrawals"),
            .openWish: ("wish open", "wishes open"),
        ],
        statedWish: { who, wish in who + " stated wish \(user: wish)" },
        revisedWish: { who, wish in who + " revised wish \(user: wish)" },
        closedWish: { who, wish, outcome, into in
            who + " closed wish \(user: wish): \(outcome)" + (into.map { " into \(user: $0)" } ?? "")
        },
        support: { from, kind, to in from + " gave \(kind) to " + to },
        onWish: { "on wish \(user: $0)" },
        startedAssignment: { who, title in who + " started the assignment " + title },
        progressed: { who, percent in who + ": assignment at \(percent)%" },
        completedAssignment: { who, result in who + " completed the assignment: " + result },
        reflected: { who in who + " reflected" },
        contributed: { who, kind, title in who + " contributed (\(kind)): " + title },
        lineEmerged: { "a learning line emerged: " + $0 },
        withdrew: { who in who + " withdrew" })

    /// Nederlands.
    public static let dutch = ReplayWords(
        atMeeting: "Tijdens de bijeenkomst",
        betweenUntil: { "Tussen de bijeenkomsten, tot \($0)" },
        betweenAfterLast: "Tussen de bijeenkomsten, na de laatste bijeenkomst",
        betweenBeforeFirst: "Voor de eerste bijeenkomst",
        toCome: "nog niet gehouden",
        inThisStretch: "In deze periode:",
        supportSplit: { "(\($0) tijdens de bijeenkomst, \($1) tussen de bijeenkomsten)" },
        atItsEnd: "Aan het eind:", soFar: "Tot nu toe:",
        assignmentsLabel: "opdrachten:", completed: "afgerond", none: "geen", withdrawn: "teruggetrokken",
        attendance: { participants, attended, possible in
            "Aanwezigheid: \(participants) \(participants == 1 ? "deelnemer" : "deelnemers"), \(attended) van \(possible)"
        },
        tallies: [
            .wishStated: ("leerwens uitgesproken", "leerwensen uitgesproken"),
            .wishRevised: ("leerwens herzien", "leerwensen herzien"),
            .wishClosed: ("leerwens afgesloten", "leerwensen afgesloten"), .support: ("keer steun", "keer steun"),
            .assignmentStarted: ("opdracht begonnen", "opdrachten begonnen"),
            .progressStep: ("voortgangsnotitie", "voortgangsnotities"),
            .assignmentCompleted: ("opdracht afgerond", "opdrachten afgerond"),
            .reflection: ("reflectie", "reflecties"), .contribution: ("bijdrage", "bijdragen"),
            .lineEmerged: ("leerlijn ontstaan", "leerlijnen ontstaan"), .withdrawal: ("terugtrekking", "terugtrekkingen"),
            .openWish: ("leerwens open", "leerwensen open"),
        ],
        statedWish: { who, wish in who + " sprak leerwens \(user: wish) uit" },
        revisedWish: { who, wish in who + " herformuleerde leerwens \(user: wish)" },
        closedWish: { who, wish, outcome, into in
            who + " sloot leerwens \(user: wish) af: \(outcome)" + (into.map { " tot \(user: $0)" } ?? "")
        },
        support: { from, kind, to in from + " gaf \(kind) aan " + to },
        onWish: { "bij leerwens \(user: $0)" },
        startedAssignment: { who, title in who + " begon aan de opdracht " + title },
        progressed: { who, percent in who + ": opdracht op \(percent)%" },
        completedAssignment: { who, result in who + " rondde de opdracht af: " + result },
        reflected: { who in who + " reflecteerde" },
        contributed: { who, kind, title in who + " droeg bij (\(kind)): " + title },
        lineEmerged: { "een leerlijn ontstond: " + $0 },
        withdrew: { who in who + " trok zich terug" })
}
