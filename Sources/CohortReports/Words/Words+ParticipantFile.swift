/// The words of everything the log holds about one person (`cohort export LOG --participant ID --format
/// md`): the labels of the file's facts and of each record's.
public struct ParticipantFileWords: Sendable {
    /// The heading: `Everything the log holds about pa`.
    public let title: @Sendable (_ person: String) -> Inline
    /// What the file holds and leaves out.
    public let intro: String
    public let log: String
    public let head: String
    public let asOf: String
    public let knownAt: String
    public let records: String
    /// When the log holds no record about the person.
    public let none: String
    public let happened: String
    public let written: String
    public let by: String
    public let retracted: String
    public let erased: String
}

extension ParticipantFileWords {
    /// English.
    public static let english = ParticipantFileWords(
        title: { "Everything the log holds about \(user: $0)" }, intro:
            "Each record below was recorded by or about this person, with every field it holds. Other people's records that merely refer to theirs are not included.",
        log: "Log", head: "Head of the log", asOf: "As it had happened by", knownAt: "As the log knew it at",
        records: "Records", none: "The log holds no record about this person.", happened: "happened",
        written: "written", by: "recorded by", retracted: "retracted", erased: "personal data erased")

    /// Nederlands.
    public static let dutch = ParticipantFileWords(
        title: { "Alles wat het logboek bewaart over \(user: $0)" }, intro:
            "Hieronder staat elk record dat door of over deze persoon is vastgelegd, met al zijn velden. Records van anderen die alleen naar de hunne verwijzen staan er niet bij.",
        log: "Logboek", head: "Kop van het logboek", asOf: "Zoals het was gebeurd op", knownAt: "Zoals het logboek het wist op",
        records: "Records", none: "Het logboek bewaart geen record over deze persoon.", happened: "gebeurd",
        written: "vastgelegd", by: "vastgelegd door", retracted: "ingetrokken", erased: "persoonsgegevens gewist")
}
