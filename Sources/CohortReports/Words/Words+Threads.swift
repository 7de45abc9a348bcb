import CohortLog

/// The words of a participant's timeline told as threads: one per wish, then the assignment, what they gave,
/// what names no wish of theirs, and their taking part. The sentences of single moments that the timeline
/// shares with the history (registered, gave, attended, …) are ``TimelineWords``.
///
///     words.threads.wishHeading(1, "“Ik wil leren…”", "w-p03-1")   // Wish 1: “Ik wil leren…” (w-p03-1)
///     words.threads.received("coaching", context.person("p07"))    // coaching from Joost Verbeek (p07)
///     words.threads.closed(.transformed, "wish 2")                 // transformed into wish 2
public struct ThreadWords: Sendable {
    /// `Wish 1: “Ik wil leren…” (w-p03-1)`: a thread's heading from its number, its words (quoted,
    /// shortened) and its id.
    public let wishHeading: @Sendable (_ number: Int, _ words: Inline, _ id: String) -> Inline
    /// `wish 2`: another thread of the same person, by its number.
    public let wishNumber: @Sendable (_ number: Int) -> String
    /// `wish w-p07-1`: a wish that is not one of this person's threads, by its id.
    public let wishID: @Sendable (_ id: String) -> Inline
    /// `Grew out of wish 1.`: the wish transformed into this one.
    public let grewOutOf: @Sendable (_ wish: Inline) -> Inline
    /// `stated the wish`.
    public let stated: String
    /// `revised the wish`.
    public let revised: String
    /// `coaching from Joost Verbeek (p07)`: support received, by its kind and who gave it.
    public let received: @Sendable (_ kind: String, _ from: Inline) -> Inline
    /// `Ada Begeleider (f1) reflected`: a reflection on the wish by someone else.
    public let reflectedBy: @Sendable (_ author: Inline) -> Inline
    /// `on the learning line Vertrouwen`.
    public let onLine: @Sendable (_ title: Inline) -> Inline
    /// `fulfilled`, `dropped`, `transformed`, or `transformed into wish 2`.
    public let closed: @Sendable (_ outcome: WishOutcome, _ into: Inline?) -> Inline
    /// `Assignment: “Het goede gesprek” (as-p03)`, or without a title the audience may see, `Assignment (as-p03)`.
    public let assignmentHeading: @Sendable (_ title: Inline?, _ id: String) -> Inline
    /// `started the assignment`.
    public let startedAssignment: String
    /// `completed the assignment`.
    public let completedAssignment: String
    /// `contributed to the harvest (plan): “Een leernetwerk”`.
    public let contributed: @Sendable (_ kind: String, _ title: Inline) -> Inline
    /// `, with Joost Verbeek (p07)`: the other contributors.
    public let with: @Sendable (_ others: Inline) -> Inline
    /// `What they gave`.
    public let gaveHeading: String
    /// `Other support received`: support that names no wish of theirs.
    public let otherSupportHeading: String
    /// `Other reflections`: their reflections that name no wish of theirs.
    public let otherReflectionsHeading: String
    /// `Taking part`: registration, attendance and withdrawal.
    public let takingPartHeading: String
}

extension ThreadWords {
    /// English.
    public static let english = ThreadWords(
        wishHeading: { number, words, id in "Wish \(number): " + words + " (\(user: id))" },
        wishNumber: { "wish \($0)" },
        wishID: { "wish \(user: $0)" },
        grewOutOf: { "Grew out of " + $0 + "." },
        stated: "stated the wish",
        revised: "revised the wish",
        received: { kind, from in "\(kind) from " + from },
        reflectedBy: { $0 + " reflected" },
        onLine: { "on the learning line " + $0 },
        closed: { outcome, into in
            switch outcome {
            case .fulfilled: "fulfilled"
            case .dropped: "dropped"
            case .transformed: into.map { "transformed into " + $0 } ?? "transformed"
            }
        },
        assignmentHeading: { title, id in title.map { "Assignment: " + $0 + " (\(user: id))" } ?? "Assignment (\(user: id))" },
        startedAssignment: "started the assignment",
        completedAssignment: "completed the assignment",
        contributed: { kind, title in "contributed to the harvest (\(kind)): " + title },
        with: { ", with " + $0 },
        gaveHeading: "What they gave",
        otherSupportHeading: "Other support received",
        otherReflectionsHeading: "Other reflections",
        takingPartHeading: "Taking part")

    /// Nederlands.
    public static let dutch = ThreadWords(
        wishHeading: { number, words, id in "Leerwens \(number): " + words + " (\(user: id))" },
        wishNumber: { "leerwens \($0)" },
        wishID: { "leerwens \(user: $0)" },
        grewOutOf: { "Voortgekomen uit " + $0 + "." },
        stated: "sprak de leerwens uit",
        revised: "herformuleerde de leerwens",
        received: { kind, from in "\(kind) van " + from },
        reflectedBy: { $0 + " reflecteerde" },
        onLine: { "bij de leerlijn " + $0 },
        closed: { outcome, into in
            switch outcome {
            case .fulfilled: "vervuld"
            case .dropped: "losgelaten"
            case .transformed: into.map { "omgevormd tot " + $0 } ?? "omgevormd"
            }
        },
        assignmentHeading: { title, id in title.map { "Opdracht: " + $0 + " (\(user: id))" } ?? "Opdracht (\(user: id))" },
        startedAssignment: "begon aan de opdracht",
        completedAssignment: "rondde de opdracht af",
        contributed: { kind, title in "droeg bij aan de oogst (\(kind)): " + title },
        with: { ", samen met " + $0 },
        gaveHeading: "Gegeven aan anderen en aan de oogst",
        otherSupportHeading: "Andere ontvangen steun",
        otherReflectionsHeading: "Andere reflecties",
        takingPartHeading: "Deelname")
}
