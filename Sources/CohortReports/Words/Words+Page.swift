import CohortLog
import CohortProjections

/// The words of the harvest as a page (`cohort harvest --format html`) that the Markdown harvest does not
/// share: the opening and its sentence on the year, the figures, the journeys' cards, the charts' titles
/// and descriptions, the programme's facts, the print margins and the colophon.
///
/// A sentence that holds what a person wrote takes it as ``Inline`` and keeps it theirs; counted nouns
/// come from ``Words/count(_:_:)``, so that `1 leerwens` and `2 leerwensen` are both right.
///
///     words.page.withdrew("3 November 2014")        // Withdrew on 3 November 2014.
///     words.page.stretch(nil, "12 Jun")             // before 12 Jun
public struct PageWords: Sendable {
    /// Above the title in the opening.
    public let theHarvest: String
    /// The sentence on what the year was, once sessions were held: from the first and last day held, the
    /// number of participants, and the participants and the sessions counted (`10 participants`,
    /// `5 sessions`).
    public let year: @Sendable (_ from: String, _ to: String, _ n: Int, _ participants: String, _ sessions: String) -> String
    /// The same sentence before any session was held: from the programme's period.
    public let yearAhead: @Sendable (_ from: String, _ to: String, _ n: Int, _ participants: String, _ sessions: String) -> String
    /// `1 session is still to come.`: from the number and the counted sessions.
    public let stillToCome: @Sendable (_ n: Int, _ sessions: String) -> String
    /// The heading of the figures.
    public let yearInFigures: String
    /// Before the participants in the figures: `active participants`.
    public let active: String
    /// After the assignments in the figures: `assignments completed`.
    public let completed: String
    /// The heading of the strip of featured contributions.
    public let featured: String
    /// `and 7 others`, after the first names of a featured contribution's contributors (2 or more others).
    public let andOthers: @Sendable (_ others: Int) -> String
    /// The heading of the table of contents.
    public let contents: String
    /// The heading of the participants' cards.
    public let journeys: String
    /// The heading of the contributions.
    public let contributions: String
    /// The heading of the support network.
    public let support: String
    /// The heading of the programme's details, at the end.
    public let programme: String
    /// The headings of the contributions of each kind (plural).
    public let kindHeadings: [HarvestKind: String]

    /// On a card: `Withdrew on 3 November 2014.`, from the day.
    public let withdrew: @Sendable (_ day: String) -> String
    /// The label above a wish.
    public let learningWish: String
    /// The badge of a wish that has not ended.
    public let stillOpen: String
    /// Before a wish's earlier wording.
    public let earlier: String
    /// `Support: 5 times, from Anna, Femke`, from the counted times and who gave it.
    public let supportOn: @Sendable (_ times: String, _ from: Inline) -> Inline
    /// The label below a reflection.
    public let reflection: String

    /// A progress chart's title, from the person's name.
    public let progressTitle: @Sendable (_ name: String) -> String
    /// `started on 12 June 2014`, in a progress chart's description.
    public let startedOn: @Sendable (_ day: String) -> String
    /// `completed on 17 December 2014`, in a progress chart's description.
    public let completedOn: @Sendable (_ day: String) -> String
    /// `the sessions are marked: …`, in a progress chart's description.
    public let sessionsMarked: String
    /// An activity chart's title, from the line's title.
    public let activityTitle: @Sendable (_ line: String) -> String
    /// A stretch between sessions by the short days of the sessions around it: `before 12 Jun`,
    /// `12 Jun – 23 Sep`, `from 29 Jan`.
    public let stretch: @Sendable (_ from: String?, _ to: String?) -> String
    /// The months in three or four letters: `Jun`, `mrt`.
    public let shortMonths: [String]

    /// The support chart's title.
    public let supportTitle: String
    /// How to read the support chart.
    public let networkLegend: String
    /// The support chart's column of support given.
    public let gaveSupport: String
    /// The support chart's column of support received.
    public let receivedSupport: String
    /// One person in the support chart's description: `Anna: gave 3, received 5`.
    public let gaveReceived: @Sendable (_ name: String, _ gave: Int, _ received: Int) -> String

    /// The matrix's corner cell.
    public let cycle: String
    /// The legend of the matrix's shading, before its steps.
    public let darkerIsMore: String
    /// The matrix's highest step.
    public let threeOrMore: String

    /// The programme's title, among its facts.
    public let learningNetworkGroup: String
    /// The organiser's name, among the programme's facts.
    public let organiser: String
    /// The declared size of the trajectory in dagdelen, among the programme's facts.
    public let length: String
    /// The fee, among the programme's facts.
    public let feePerParticipant: String
    /// `50% paid by A+O fonds Gemeenten (Innovatieve projectenregeling)`.
    public let subsidy: @Sendable (_ percent: String, _ fund: Inline, _ scheme: Inline) -> Inline
    /// `12 of 20 half-days`, from the attended number and the counted possible half-days.
    public let attendedOf: @Sendable (_ attended: Int, _ possible: String) -> String

    /// The colophon: how the page was made.
    public let madeWith: String
    /// The colophon: before the head of the log (the facilitators' page only).
    public let headOfTheLog: String
    /// The printed page number, `page 2 of 6`: the word before the page's number.
    public let pageWord: String
    /// The printed page number: the word between the page's number and the number of pages.
    public let ofWord: String
}

extension PageWords {
    /// English.
    public static let english = PageWords(
        theHarvest: "The harvest",
        year: { from, to, n, participants, sessions in
            "Between \(from) and \(to), \(participants) met in \(sessions) to work on what they wanted to learn"
                + (n == 1 ? "." : ", and learned from one another along the way.")
        },
        yearAhead: { from, to, _, participants, sessions in
            "From \(from) to \(to), \(participants) will meet in \(sessions) to work on what they want to learn."
        },
        stillToCome: { n, sessions in "\(sessions) \(n == 1 ? "is" : "are") still to come." },
        yearInFigures: "The year in figures", active: "active", completed: "completed", featured: "Highlights",
        andOthers: { "and \($0) others" }, contents: "Contents", journeys: "Journeys", contributions: "Contributions to the harvest",
        support: "Support network", programme: "The programme",
        kindHeadings: [.insight: "Insights", .product: "Products", .story: "Stories", .plan: "Plans"],
        withdrew: { "Withdrew on \($0)." }, learningWish: "Learning wish", stillOpen: "still open", earlier: "Earlier",
        supportOn: { times, from in "Support: \(times), from " + from }, reflection: "Reflection",
        progressTitle: { "Progress of the assignment of \($0)" },
        startedOn: { "started on \($0)" }, completedOn: { "completed on \($0)" },
        sessionsMarked: "the sessions are marked",
        activityTitle: { "Activity on the line “\($0)” per stretch between sessions" },
        stretch: { from, to in
            switch (from, to) {
            case (let from?, let to?): "\(from) – \(to)"
            case (let from?, nil): "from \(from)"
            case (nil, let to?): "before \(to)"
            case (nil, nil): "the whole programme"
            }
        },
        shortMonths: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
        supportTitle: "Support given and received, per person",
        networkLegend: "How often each person gave and received support; those who did most first.",
        gaveSupport: "gave support", receivedSupport: "received support",
        gaveReceived: { name, gave, received in "\(name): gave \(gave), received \(received)" },
        cycle: "Cycle", darkerIsMore: "The darker, the more:", threeOrMore: "3 or more",
        learningNetworkGroup: "Learning network group", organiser: "Organiser", length: "Length of the programme",
        feePerParticipant: "Fee per participant",
        subsidy: { percent, fund, scheme in "\(percent) paid by " + fund + " (" + scheme + ")" },
        attendedOf: { "\($0) of \($1)" },
        madeWith: "Made with cohort from the learning network group's log.", headOfTheLog: "Head of the log",
        pageWord: "page", ofWord: "of")

    /// Nederlands.
    public static let dutch = PageWords(
        theHarvest: "De oogst",
        year: { from, to, n, participants, sessions in
            n == 1
                ? "Tussen \(from) en \(to) werkte \(participants) in \(sessions) aan wat die wilde leren."
                : "Tussen \(from) en \(to) kwamen \(participants) samen in \(sessions) om te werken aan wat zij wilden leren, en leerden zij onderweg van elkaar."
        },
        yearAhead: { from, to, n, participants, sessions in
            n == 1
                ? "Van \(from) tot en met \(to) werkt \(participants) in \(sessions) aan wat die wil leren."
                : "Van \(from) tot en met \(to) komen \(participants) samen in \(sessions) om te werken aan wat zij willen leren."
        },
        stillToCome: { n, sessions in "Nog \(sessions) \(n == 1 ? "volgt" : "volgen")." },
        yearInFigures: "Het jaar in cijfers", active: "actieve", completed: "afgerond", featured: "Uitgelicht",
        andOthers: { "en \($0) anderen" }, contents: "Inhoud", journeys: "Leerwegen", contributions: "Bijdragen aan de oogst",
        support: "Steunnetwerk", programme: "Het programma",
        kindHeadings: [.insight: "Inzichten", .product: "Producten", .story: "Verhalen", .plan: "Plannen"],
        withdrew: { "Trok zich terug op \($0)." }, learningWish: "Leerwens", stillOpen: "nog open", earlier: "Eerder",
        supportOn: { times, from in "Steun: \(times), van " + from }, reflection: "Reflectie",
        progressTitle: { "Voortgang van de opdracht van \($0)" },
        startedOn: { "begonnen op \($0)" }, completedOn: { "afgerond op \($0)" },
        sessionsMarked: "de bijeenkomsten zijn gemarkeerd",
        activityTitle: { "Activiteit rond de leerlijn “\($0)” per periode tussen de bijeenkomsten" },
        stretch: { from, to in
            switch (from, to) {
            case (let from?, let to?): "\(from) – \(to)"
            case (let from?, nil): "vanaf \(from)"
            case (nil, let to?): "vóór \(to)"
            case (nil, nil): "het hele programma"
            }
        },
        shortMonths: ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
        supportTitle: "Steun gegeven en gekregen, per persoon",
        networkLegend: "Hoe vaak ieder steun gaf en kreeg; wie het meest deed eerst.",
        gaveSupport: "gaf steun", receivedSupport: "kreeg steun",
        gaveReceived: { name, gave, received in "\(name): gaf \(gave), kreeg \(received)" },
        cycle: "Cyclus", darkerIsMore: "Hoe donkerder, hoe meer:", threeOrMore: "3 of meer",
        learningNetworkGroup: "Leernetwerkgroep", organiser: "Organisator", length: "Omvang van het traject",
        feePerParticipant: "Deelnamekosten per deelnemer",
        subsidy: { percent, fund, scheme in "\(percent) betaald door " + fund + " (" + scheme + ")" },
        attendedOf: { "\($0) van \($1)" },
        madeWith: "Gemaakt met cohort uit het logboek van de leernetwerkgroep.", headOfTheLog: "Kop van het logboek",
        pageWord: "pagina", ofWord: "van")
}

extension PageWords {
    /// A day in short: `12 Jun`, `6 mrt`.
    public func short(_ day: Day) -> String {
        let (_, month, dayOfMonth) = day.components
        return "\(dayOfMonth) \(shortMonths[month - 1])"
    }
}
