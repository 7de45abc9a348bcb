/// The words of the harvest as a page (`cohort harvest --format html`) that the Markdown harvest does not
/// share: the cover, the programme's facts, the support network's drawing and the colophon.
public struct PageWords: Sendable {
    /// Above the title on the cover.
    public let theHarvest: String
    /// The programme's facts.
    public let learningNetworkGroup: String
    public let organiser: String
    /// Below the support network's drawing: how to read it.
    public let networkLegend: String
    /// The columns of the support network's table.
    public let gaveSupport: String
    public let receivedSupport: String
    /// Before the head of the log at the foot of the page.
    public let madeFrom: String
}

extension PageWords {
    /// English.
    public static let english = PageWords(
        theHarvest: "The harvest", learningNetworkGroup: "Learning network group", organiser: "Organiser",
        networkLegend: "An arrow goes from who gave support to who received it; the thicker, the more often.",
        gaveSupport: "gave support", receivedSupport: "received support",
        madeFrom: "Made from the learning network group's log with cohort; head of the log")

    /// Nederlands.
    public static let dutch = PageWords(
        theHarvest: "De oogst", learningNetworkGroup: "Leernetwerkgroep", organiser: "Organisator",
        networkLegend: "Een pijl gaat van wie steun gaf naar wie die kreeg; hoe dikker, hoe vaker.",
        gaveSupport: "gaf steun", receivedSupport: "kreeg steun",
        madeFrom: "Gemaakt uit het logboek van de leernetwerkgroep met cohort; kop van het logboek")
}
