import CohortProjections

/// The words of `cohort lines`: theme dynamics, evidence-tied lines and value-creation stories. Names,
/// titles and texts come in as ``Inline``, already marked as a person's.
///
///     words.lines.reflectionBy(context.person("pa"), context.quoted(text))   // reflection by Anna (pa): “…”
public struct LinesWords: Sendable {
    /// The heading of the candidate lines.
    public let candidates: String
    /// Before the records that name a line: `Named by`.
    public let namedBy: String
    /// Before what shares a line's themes: `Shares its themes`.
    public let sharesThemes: String
    /// The heading of a line's activity table: `activity since it emerged`.
    public let activitySince: String
    /// `reflection by Anna (pa): “…”`.
    public let reflectionBy: @Sendable (_ person: Inline, _ text: Inline) -> Inline
    /// `story “Regels loslaten” by Anna (pa), Cor (pc)`.
    public let contributionBy: @Sendable (_ kind: String, _ title: Inline, _ people: Inline) -> Inline
    /// The heading of the theme dynamics.
    public let themeDynamics: String
    /// What the theme dynamics count.
    public let dynamicsExplained: String
    /// When no theme has been mentioned.
    public let noThemes: String
    /// The column of the themes.
    public let theme: String
    /// The column of the totals.
    public let total: String
    /// The column of the trends, and the word before one.
    public let trend: String
    let trends: [ThemeDynamics.Trend: String]
    /// The heading of the themes that occur together.
    public let together: String
    /// What the themes that occur together count.
    public let togetherExplained: String
    /// When no two themes occur together twice.
    public let noTogether: String
    /// `eigen regie and vertrouwen: 3 times`.
    public let pair: @Sendable (_ a: Inline, _ b: Inline, _ count: Int) -> Inline
    /// Before the themes a candidate occurs together with: `occurs together with`.
    public let occursWith: String
    /// The label of a value-creation table: `Value creation`.
    public let valueCreation: String
    /// The column of the cycles.
    public let cycle: String
    /// The column of the contributions labelled with a cycle.
    public let labelled: String
    /// The column of the indicators.
    public let indicators: String
    /// Where the log holds no indicator of a cycle (of a line: applied and realised value).
    public let noIndicator: String
    /// Where there is nothing: `none`.
    public let none: String
    let indicatorNames: [ValueCreation.Indicator: String]

    /// The name of a trend: `rising`, `stijgend`.
    public func name(_ trend: ThemeDynamics.Trend) -> String { trends[trend] ?? trend.rawValue }
    /// The name of an indicator: `support received`, `steun ontvangen`.
    public func name(_ indicator: ValueCreation.Indicator) -> String { indicatorNames[indicator] ?? indicator.rawValue }
}

extension LinesWords {
    /// English.
    public static let english = LinesWords(
        candidates: "Candidate lines: themes that no line holds yet, of open wishes or reflections of 3 or more active participants",
        namedBy: "Named by", sharesThemes: "Shares its themes", activitySince: "activity since it emerged",
        reflectionBy: { person, text in "reflection by " + person + ": " + text },
        contributionBy: { kind, title, people in "\(kind) " + title + " by " + people },
        themeDynamics: "Themes in motion",
        dynamicsExplained: "Mentions of each theme per stretch between sessions (a column is the stretch from that session's "
            + "first day on): wishes stated or revised, unless dropped, and reflections, of active participants. The trend "
            + "compares the latest stretch with mentions with the stretch before it.",
        noThemes: "No themes mentioned yet.", theme: "theme", total: "total", trend: "trend",
        trends: [.rising: "rising", .fading: "fading", .steady: "steady", .new: "new"],
        together: "Themes that occur together",
        togetherExplained: "Pairs of themes carried together by the same counted wish version or reflection, twice or more.",
        noTogether: "No two themes occur together twice or more.",
        pair: { a, b, count in a + " and " + b + ": \(count) times" },
        occursWith: "occurs together with",
        valueCreation: "Value creation", cycle: "value-creation cycle", labelled: "contributions labelled with it",
        indicators: "indicators in the log", noIndicator: "no indicator in the log", none: "none",
        indicatorNames: [
            .supportReceived: "support received", .supportGiven: "support given", .sessionsAttended: "sessions attended",
            .supportOnWishes: "support on the wishes that feed it", .productsAndPlans: "products and plans",
            .wishRevisions: "wish revisions", .progressNotes: "assignment progress with a note",
            .assignmentResults: "assignment results", .transformedWishes: "wishes transformed",
        ])

    /// Nederlands.
    public static let dutch = LinesWords(
        candidates: "Mogelijke leerlijnen: thema's zonder leerlijn in open leerwensen of reflecties van 3 of meer actieve deelnemers",
        namedBy: "Genoemd door", sharesThemes: "Deelt haar thema's", activitySince: "activiteit sinds het ontstaan",
        reflectionBy: { person, text in "reflectie van " + person + ": " + text },
        contributionBy: { kind, title, people in "\(kind) " + title + " van " + people },
        themeDynamics: "Thema's in beweging",
        dynamicsExplained: "Hoe vaak elk thema genoemd wordt per periode tussen de bijeenkomsten (een kolom is de periode vanaf "
            + "de eerste dag van die bijeenkomst): uitgesproken of herziene leerwensen, tenzij losgelaten, en reflecties, van "
            + "actieve deelnemers. De trend vergelijkt de laatste periode waarin iets genoemd is met de periode daarvoor.",
        noThemes: "Nog geen thema's genoemd.", theme: "thema", total: "totaal", trend: "trend",
        trends: [.rising: "stijgend", .fading: "afnemend", .steady: "stabiel", .new: "nieuw"],
        together: "Thema's die samen voorkomen",
        togetherExplained: "Paren van thema's die twee keer of vaker samen in dezelfde getelde leerwens of reflectie staan.",
        noTogether: "Geen thema's die twee keer of vaker samen voorkomen.",
        pair: { a, b, count in a + " en " + b + ": \(count) keer" },
        occursWith: "komt samen voor met",
        valueCreation: "Waardecreatie", cycle: "cyclus van waardecreatie", labelled: "bijdragen met deze cyclus",
        indicators: "aanwijzingen in het logboek", noIndicator: "geen aanwijzing in het logboek", none: "geen",
        indicatorNames: [
            .supportReceived: "steun ontvangen", .supportGiven: "steun gegeven", .sessionsAttended: "bijeenkomsten bijgewoond",
            .supportOnWishes: "steun bij de leerwensen die haar voeden", .productsAndPlans: "producten en plannen",
            .wishRevisions: "herziene leerwensen", .progressNotes: "voortgang van de opdracht met een toelichting",
            .assignmentResults: "resultaten van de opdracht", .transformedWishes: "omgevormde leerwensen",
        ])
}
