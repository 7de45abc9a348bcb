/// The words of `cohort evaluate`: the programme against its promises, for the fund and the
/// municipalities.
///
/// Figures come in as numbers and each sentence puts its nouns in the singular or the plural as they
/// ask (`1 wish`, `2 wishes`; `1 leerwens`, `2 leerwensen`); a share comes in already written
/// (``Words/percent(_:of:)``), dates already written, titles and names as ``Inline``, already theirs.
///
///     words.evaluation.retention(9, 10, 1)   // 9 of 10 participants stayed; 1 withdrew.
public struct EvaluationWords: Sendable {
    /// `Evaluation`, with the programme's title when known: `Evaluation: “…”`.
    public let title: @Sendable (_ programme: Inline?) -> Inline
    /// `Counted up to and including 29 January 2015.`
    public let countedUpTo: @Sendable (_ date: String) -> String

    /// `Participants`.
    public let participants: String
    /// `9 of 10 participants stayed; 1 withdrew.`, from the active, the registered and those who withdrew.
    public let retention: @Sendable (_ active: Int, _ registered: Int, _ withdrew: Int) -> String
    /// `No participant registered.`
    public let noParticipants: String

    /// `Assignments`.
    public let assignments: String
    /// `8 of 10 assignments completed.`
    public let completed: @Sendable (_ completed: Int, _ started: Int) -> String
    /// `No assignment was started.`
    public let noAssignments: String

    /// `How the learning wishes evolved`.
    public let wishes: String
    /// `19 wishes stated`.
    public let stated: @Sendable (_ count: Int) -> String
    /// `10 revisions along the way`.
    public let revisions: @Sendable (_ count: Int) -> String
    /// `11 fulfilled`.
    public let fulfilled: @Sendable (_ count: Int) -> String
    /// `3 transformed into another wish — evidence that …`.
    public let transformed: @Sendable (_ count: Int) -> String
    /// `2 dropped`.
    public let dropped: @Sendable (_ count: Int) -> String
    /// `3 still open`.
    public let open: @Sendable (_ count: Int) -> String
    /// `No wish was stated.`
    public let noWishes: String

    /// `Peer support`.
    public let support: String
    /// `Support was given 84 times; 43 of these (51.2%) between meetings, in daily practice.`, from the
    /// total, those between meetings and their share already written.
    public let supportGiven: @Sendable (_ total: Int, _ between: Int, _ share: String) -> String
    /// `No support was recorded.`
    public let noSupport: String

    /// `Reflections`.
    public let reflections: String
    /// `41 reflections: 33 by participants, 8 by facilitators.`
    public let reflectionsRecorded: @Sendable (_ total: Int, _ participants: Int, _ facilitators: Int) -> String
    /// `No reflection was recorded.`
    public let noReflections: String

    /// `Sessions held (5)`.
    public let sessionsHeld: @Sendable (_ count: Int) -> String
    /// `hosted by Anna (pa), Leiden`, the municipality when known.
    public let hostedBy: @Sendable (_ person: Inline, _ municipality: Inline?) -> Inline
    /// `1 session still to come.`
    public let toCome: @Sendable (_ count: Int) -> String
    /// `No session was held.`
    public let noSessionsHeld: String

    /// `Learning lines that emerged (3)`.
    public let lines: @Sendable (_ count: Int) -> String
    /// `emerged on 24 September 2014`.
    public let emergedOn: @Sendable (_ date: String) -> String
    /// `No learning line emerged.`
    public let noLines: String

    /// `Realised value (2)`.
    public let realised: @Sendable (_ count: Int) -> String
    /// What the section holds.
    public let realisedExplained: String
    /// `No contribution of realised value.`
    public let noRealised: String
}

/// `n` with the noun that `n` asks for: `1 wish`, `2 wishes`.
private func counted(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }

extension EvaluationWords {
    /// English.
    public static let english = EvaluationWords(
        title: { programme in programme.map { "Evaluation: " + $0 } ?? "Evaluation" },
        countedUpTo: { "Counted up to and including \($0)." },
        participants: "Participants",
        retention: { active, registered, withdrew in
            "\(active) of \(counted(registered, "participant", "participants")) stayed; "
                + (withdrew == 0 ? "nobody withdrew." : "\(withdrew) withdrew.")
        },
        noParticipants: "No participant registered.",
        assignments: "Assignments",
        completed: { completed, started in "\(completed) of \(counted(started, "assignment", "assignments")) completed." },
        noAssignments: "No assignment was started.",
        wishes: "How the learning wishes evolved",
        stated: { counted($0, "wish", "wishes") + " stated" },
        revisions: { counted($0, "revision", "revisions") + " along the way" },
        fulfilled: { "\($0) fulfilled" },
        transformed: { "\($0) transformed into another wish — evidence that participants learned other things than they first thought" },
        dropped: { "\($0) dropped" },
        open: { "\($0) still open" },
        noWishes: "No wish was stated.",
        support: "Peer support",
        supportGiven: { total, between, share in
            "Support was given " + (total == 1 ? "once" : "\(total) times")
                + "; \(between) of these (\(share)) between meetings, in daily practice."
        },
        noSupport: "No support was recorded.",
        reflections: "Reflections",
        reflectionsRecorded: { total, participants, facilitators in
            counted(total, "reflection", "reflections") + ": \(participants) by participants, \(facilitators) by facilitators."
        },
        noReflections: "No reflection was recorded.",
        sessionsHeld: { "Sessions held (\($0))" },
        hostedBy: { person, municipality in "hosted by " + person + (municipality.map { ", " + $0 } ?? "") },
        toCome: { counted($0, "session", "sessions") + " still to come." },
        noSessionsHeld: "No session was held.",
        lines: { "Learning lines that emerged (\($0))" },
        emergedOn: { "emerged on \($0)" },
        noLines: "No learning line emerged.",
        realised: { "Realised value (\($0))" },
        realisedExplained: "Contributions to the harvest that show realised value: what changed in the participants' work.",
        noRealised: "No contribution shows realised value.")

    /// Nederlands.
    public static let dutch = EvaluationWords(
        title: { programme in programme.map { "Evaluatie: " + $0 } ?? "Evaluatie" },
        countedUpTo: { "Geteld tot en met \($0)." },
        participants: "Deelnemers",
        retention: { active, registered, withdrew in
            "\(active) van de \(counted(registered, "deelnemer", "deelnemers")) \(active == 1 ? "bleef" : "bleven") erbij; "
                + (withdrew == 0 ? "niemand trok zich terug." : "\(withdrew) \(withdrew == 1 ? "trok" : "trokken") zich terug.")
        },
        noParticipants: "Er meldde zich geen deelnemer aan.",
        assignments: "Opdrachten",
        completed: { completed, started in
            "\(completed) van de \(counted(started, "opdracht", "opdrachten")) \(completed == 1 ? "is" : "zijn") afgerond."
        },
        noAssignments: "Er is geen opdracht gestart.",
        wishes: "Hoe de leerwensen zich ontwikkelden",
        stated: { counted($0, "leerwens", "leerwensen") + " uitgesproken" },
        revisions: { counted($0, "herformulering", "herformuleringen") + " onderweg" },
        fulfilled: { "\($0) vervuld" },
        transformed: { "\($0) omgevormd tot een andere leerwens — een teken dat deelnemers andere dingen leerden dan ze eerst dachten" },
        dropped: { "\($0) losgelaten" },
        open: { "\($0) nog open" },
        noWishes: "Er is geen leerwens uitgesproken.",
        support: "Steun aan elkaar",
        supportGiven: { total, between, share in
            "\(total) keer steun gegeven; daarvan \(between) (\(share)) tussen de bijeenkomsten, in de praktijk van het werk."
        },
        noSupport: "Er is geen steun vastgelegd.",
        reflections: "Reflecties",
        reflectionsRecorded: { total, participants, facilitators in
            counted(total, "reflectie", "reflecties") + ": \(participants) van deelnemers, \(facilitators) van begeleiders."
        },
        noReflections: "Er is geen reflectie vastgelegd.",
        sessionsHeld: { "Gehouden bijeenkomsten (\($0))" },
        hostedBy: { person, municipality in "te gast bij " + person + (municipality.map { ", " + $0 } ?? "") },
        toCome: { "Nog " + counted($0, "bijeenkomst", "bijeenkomsten") + " te gaan." },
        noSessionsHeld: "Er is geen bijeenkomst gehouden.",
        lines: { "Leerlijnen die ontstonden (\($0))" },
        emergedOn: { "ontstaan op \($0)" },
        noLines: "Er is geen leerlijn ontstaan.",
        realised: { "Gerealiseerde waarde (\($0))" },
        realisedExplained: "Bijdragen aan de oogst die gerealiseerde waarde laten zien: wat er in het werk van de deelnemers veranderde.",
        noRealised: "Geen bijdrage laat gerealiseerde waarde zien.")
}
