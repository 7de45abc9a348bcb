/// The words of a certificate of participation (`cohort certificate`), as a page and as text, and of the
/// refusal when the attendance does not support one (a line on standard error, and a page with
/// `--format html`).
public struct CertificateWords: Sendable {
    /// The title: `Certificate of participation`.
    public let heading: String
    /// Before the participant's name on the page: `We declare that`.
    public let weDeclare: String
    /// After the name: `took part in the learning network group`.
    public let tookPart: String
    /// Before the organiser's name: `organised by`.
    public let organisedBy: String
    /// `present at 7 of the 8 half-days (dagdelen)`: attended of held, when every session has been held.
    public let attendance: @Sendable (_ attended: Int, _ held: Int) -> String
    /// `present at 7 of the 8 half-days (dagdelen) held by 11 December 2014`: attended of held, when
    /// sessions are still to come.
    public let attendanceBy: @Sendable (_ attended: Int, _ held: Int, _ date: String) -> String
    /// Before the assignment's title: `with the assignment`.
    public let withTheAssignment: String
    /// Below a facilitator's signature.
    public let facilitator: String
    /// The labelled date of issue: `Issued on 11 December 2014`.
    public let issuedOn: @Sendable (_ date: String) -> String
    /// Why there is no certificate, on standard error: `p05 attended 3 of the 8 dagdelen held
    /// (37.5%); a certificate needs at least 80%` (the sessions held; see ``notCounted``).
    public let refused: @Sendable (_ participant: String, _ attended: Int, _ held: Int, _ share: String, _ minimum: Int) -> String
    /// Why there is no certificate before any session is held: `p05: no session has been held yet`.
    public let refusedNoneHeld: @Sendable (_ participant: String) -> String
    /// Added to ``refused`` when sessions are still to come: `the 2 dagdelen still to come are not counted`.
    public let notCounted: @Sendable (_ toCome: Int) -> String

    // The refusal as a page.
    /// The refusal's title: `No certificate of participation`.
    public let refusalHeading: String
    /// Why: `The attendance falls short of what a certificate needs: at least 80% of the half-days
    /// (dagdelen) held.`
    public let refusalReason: @Sendable (_ minimum: Int) -> String
    /// The figures' table: its caption and the heads of its columns.
    public let figures: String
    public let attendedColumn: String
    public let neededColumn: String
    /// The rows: `Half-days of the 10 held` and `Share`.
    public let dagdelenRow: @Sendable (_ held: Int) -> String
    public let shareRow: String
    /// `at least 8`, `at least 80%`: a figure needed (a no-break space before it, so it never stands
    /// alone on a line).
    public let atLeast: @Sendable (_ needed: String) -> String
    /// The rule for sessions to come: `Only the sessions held by 11 December 2014 count: sessions still
    /// to come are not counted against anyone.`
    public let onlyHeldCount: @Sendable (_ date: String) -> String
    /// `Still to come: 4 half-days (dagdelen).`
    public let stillToCome: @Sendable (_ dagdelen: Int) -> String
    /// A withdrawal, on the refusal: `Withdrew from the programme on 13 October 2014.`
    public let withdrewOn: @Sendable (_ date: String) -> String
    /// When nothing has been held: `No session has been held yet.`
    public let noneHeld: String
    /// The day the figures are as of: `As of 11 December 2014`.
    public let asOf: @Sendable (_ date: String) -> String
}

extension CertificateWords {
    /// English.
    public static let english = CertificateWords(
        heading: "Certificate of participation", weDeclare: "We declare that", tookPart: "took part in the learning network group",
        organisedBy: "organised by",
        attendance: { "present at \($0) of the \(englishHalfDays($1))" },
        attendanceBy: { "present at \($0) of the \(englishHalfDays($1)) held by \($2)" },
        withTheAssignment: "with the assignment", facilitator: "facilitator",
        issuedOn: { "Issued on \($0)" },
        refused: { participant, attended, held, share, minimum in
            "\(participant) attended \(attended) of the \(held == 1 ? "1 dagdeel" : "\(held) dagdelen") held (\(share)); a certificate needs at least \(minimum)%"
        },
        refusedNoneHeld: { "\($0): no session has been held yet" },
        notCounted: { "the \($0) \($0 == 1 ? "dagdeel" : "dagdelen") still to come \($0 == 1 ? "is" : "are") not counted" },
        refusalHeading: "No certificate of participation",
        refusalReason: { "The attendance falls short of what a certificate needs: at least \($0)% of the half-days (dagdelen) held." },
        figures: "Attendance", attendedColumn: "attended", neededColumn: "needed",
        dagdelenRow: { "Half-days of the \($0) held" }, shareRow: "Share",
        atLeast: { "at least\u{00A0}\($0)" },
        onlyHeldCount: { "Only the sessions held by \($0) count: sessions still to come are not counted against anyone." },
        stillToCome: { "Still to come: \($0) \($0 == 1 ? "half-day (dagdeel)" : "half-days (dagdelen)")." },
        withdrewOn: { "Withdrew from the programme on \($0)." },
        noneHeld: "No session has been held yet.",
        asOf: { "As of \($0)" })

    /// Nederlands.
    public static let dutch = CertificateWords(
        heading: "Bewijs van deelname", weDeclare: "Hierbij verklaren wij dat", tookPart: "heeft deelgenomen aan de leernetwerkgroep",
        organisedBy: "georganiseerd door",
        attendance: { "aanwezig bij \($0) van \(dutchDagdelen($1))" },
        attendanceBy: { "aanwezig bij \($0) van \(dutchDagdelen($1)) die tot en met \($2) zijn gehouden" },
        withTheAssignment: "met de opdracht", facilitator: "leerbegeleider",
        issuedOn: { "Uitgereikt op \($0)" },
        refused: { participant, attended, held, share, minimum in
            "\(participant) was aanwezig bij \(attended) van \(held == 1 ? "het ene gehouden dagdeel" : "de \(held) gehouden dagdelen") (\(share)); een bewijs van deelname vraagt ten minste \(minimum)%"
        },
        refusedNoneHeld: { "\($0): er is nog geen bijeenkomst gehouden" },
        notCounted: { $0 == 1 ? "het dagdeel dat nog komt, telt niet mee" : "de \($0) dagdelen die nog komen, tellen niet mee" },
        refusalHeading: "Geen bewijs van deelname",
        refusalReason: { "De aanwezigheid is te laag voor een bewijs van deelname: daarvoor is ten minste \($0)% van de gehouden dagdelen nodig." },
        figures: "Aanwezigheid", attendedColumn: "aanwezig", neededColumn: "nodig",
        dagdelenRow: { "Dagdelen van de \($0) gehouden" }, shareRow: "Aandeel",
        atLeast: { "ten minste\u{00A0}\($0)" },
        onlyHeldCount: { "Alleen de bijeenkomsten tot en met \($0) tellen mee: bijeenkomsten die nog komen, worden niemand aangerekend." },
        stillToCome: { "Nog te gaan: \($0) \($0 == 1 ? "dagdeel" : "dagdelen")." },
        withdrewOn: { "Uitgeschreven op \($0)." },
        noneHeld: "Er is nog geen bijeenkomst gehouden.",
        asOf: { "Stand op \($0)" })

    /// `the 8 half-days (dagdelen)`, `the 1 half-day (dagdeel)`.
    static func englishHalfDays(_ n: Int) -> String {
        n == 1 ? "1 half-day (dagdeel)" : "\(n) half-days (dagdelen)"
    }

    /// `de 8 dagdelen`, `1 dagdeel`.
    static func dutchDagdelen(_ n: Int) -> String {
        n == 1 ? "1 dagdeel" : "de \(n) dagdelen"
    }
}
