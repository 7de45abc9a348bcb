/// The sentences of a participant's timeline and of the cohort's history: what a person did, said
/// without the person (a timeline is theirs; the history puts their name in front). Ids people chose come
/// in as `String` and are marked as theirs; names, titles and texts come in as ``Inline``, already theirs.
///
///     words.timeline.gaveSupport("feedback", context.person("pb"))   // gave feedback to Bram (pb)
public struct TimelineWords: Sendable {
    /// `registered`.
    public let registered: String
    /// `withdrew`, or with the reason: `withdrew — reason: “…”`.
    public let withdrew: @Sendable (_ reason: Inline?) -> Inline
    /// `stated wish w-pa-1`.
    public let statedWish: @Sendable (_ wish: String) -> Inline
    /// `revised wish w-pa-1`.
    public let revisedWish: @Sendable (_ wish: String) -> Inline
    /// `closed wish w-pa-1: transformed`, or with the wish it became: `… into w-pa-2`.
    public let closedWish: @Sendable (_ wish: String, _ outcome: String, _ into: String?) -> Inline
    /// `gave feedback to Bram (pb)`.
    public let gaveSupport: @Sendable (_ kind: String, _ to: Inline) -> Inline
    /// `received feedback from Anna (pa)`.
    public let receivedSupport: @Sendable (_ kind: String, _ from: Inline) -> Inline
    /// `on wish w-pa-1`.
    public let onWish: @Sendable (_ wish: String) -> Inline
    /// `at Startbijeenkomst`.
    public let atSession: @Sendable (_ session: Inline) -> Inline
    /// `attended Startbijeenkomst: 2 of 2 half-days`.
    public let attended: @Sendable (_ session: Inline, _ dagdelen: String) -> Inline
    /// `was absent from Startbijeenkomst`.
    public let absentFrom: @Sendable (_ session: Inline) -> Inline
    /// `1 of 2 half-days`: dagdelen attended of a session's size (already counted: ``Words/count(_:_:)``).
    public let dagdelenOf: @Sendable (_ attended: Int, _ size: String) -> String
    /// `started the assignment: “…”`.
    public let startedAssignment: @Sendable (_ title: Inline) -> Inline
    /// `assignment at 60%`.
    public let assignmentAt: @Sendable (_ percent: Int) -> String
    /// `completed the assignment: “…”`.
    public let completedAssignment: @Sendable (_ result: Inline) -> Inline
    /// `reflected`.
    public let reflected: String
    /// `contributed (story): “…”`.
    public let contributed: @Sendable (_ kind: String, _ title: Inline) -> Inline
    /// `a learning line emerged: Eigen regie`.
    public let lineEmerged: @Sendable (_ title: String) -> Inline
}

extension TimelineWords {
    /// English.
    public static let english = TimelineWords(
        registered: "registered",
        withdrew: { reason in reason.map { "withdrew — reason: " + $0 } ?? "withdrew" },
        statedWish: { "stated wish \(user: $0)" },
        revisedWish: { "revised wish \(user: $0)" },
        closedWish: { wish, outcome, into in "closed wish \(user: wish): \(outcome)" + (into.map { " into \(user: $0)" } ?? "") },
        gaveSupport: { kind, to in "gave \(kind) to " + to },
        receivedSupport: { kind, from in "received \(kind) from " + from },
        onWish: { "on wish \(user: $0)" },
        atSession: { "at " + $0 },
        attended: { session, dagdelen in "attended " + session + ": \(dagdelen)" },
        absentFrom: { "was absent from " + $0 },
        dagdelenOf: { "\($0) of \($1)" },
        startedAssignment: { "started the assignment: " + $0 },
        assignmentAt: { "assignment at \($0)%" },
        completedAssignment: { "completed the assignment: " + $0 },
        reflected: "reflected",
        contributed: { kind, title in "contributed (\(kind)): " + title },
        lineEmerged: { "a learning line emerged: \(user: $0)" })

    /// Nederlands.
    public static let dutch = TimelineWords(
        registered: "meldde zich aan",
        withdrew: { reason in reason.map { "trok zich terug — reden: " + $0 } ?? "trok zich terug" },
        statedWish: { "sprak leerwens uit \(user: $0)" },
        revisedWish: { "herformuleerde leerwens \(user: $0)" },
        closedWish: { wish, outcome, into in "sloot leerwens af \(user: wish): \(outcome)" + (into.map { " tot \(user: $0)" } ?? "") },
        gaveSupport: { kind, to in "gaf \(kind) aan " + to },
        receivedSupport: { kind, from in "kreeg \(kind) van " + from },
        onWish: { "bij leerwens \(user: $0)" },
        atSession: { "tijdens " + $0 },
        attended: { session, dagdelen in "was aanwezig bij " + session + ": \(dagdelen)" },
        absentFrom: { "was afwezig bij " + $0 },
        dagdelenOf: { "\($0) van \($1)" },
        startedAssignment: { "begon aan de opdracht: " + $0 },
        assignmentAt: { "opdracht op \($0)%" },
        completedAssignment: { "rondde de opdracht af: " + $0 },
        reflected: "reflecteerde",
        contributed: { kind, title in "droeg bij (\(kind)): " + title },
        lineEmerged: { "een leerlijn ontstond: \(user: $0)" })
}
