/// The words of a certificate of participation (`cohort certificate`), as a page and as text, and of the
/// refusal when the attendance does not support one.
public struct CertificateWords: Sendable {
    /// The title: `Certificate of participation`.
    public let heading: String
    /// Before the participant's name on the page: `We declare that`.
    public let weDeclare: String
    /// After the name: `took part in the learning network group`.
    public let tookPart: String
    /// `present at 7 of the 8 half-days (dagdelen)`.
    public let attendance: @Sendable (_ attended: Int, _ scheduled: Int) -> String
    /// Before the assignment's title: `with the assignment`.
    public let withTheAssignment: String
    /// Below a facilitator's signature.
    public let facilitator: String
    /// Why there is no certificate: `p05 attended 3 of the 8 scheduled dagdelen (37.5%); a certificate
    /// needs at least 80%`.
    public let refused: @Sendable (_ participant: String, _ attended: Int, _ scheduled: Int, _ share: String, _ minimum: Int) -> String
}

extension CertificateWords {
    /// English.
    public static let english = CertificateWords(
        heading: "Certificate of participation", weDeclare: "We declare that", tookPart: "took part in the learning network group",
        attendance: { "present at \($0) of the \($1) half-days (dagdelen)" }, withTheAssignment: "with the assignment",
        facilitator: "facilitator",
        refused: { participant, attended, scheduled, share, minimum in
            "\(participant) attended \(attended) of the \(scheduled) scheduled dagdelen (\(share)); a certificate needs at least \(minimum)%"
        })

    /// Nederlands.
    public static let dutch = CertificateWords(
        heading: "Bewijs van deelname", weDeclare: "Hierbij verklaren wij dat", tookPart: "heeft deelgenomen aan de leernetwerkgroep",
        attendance: { "aanwezig bij \($0) van de \($1) dagdelen" }, withTheAssignment: "met de opdracht",
        facilitator: "leerbegeleider",
        refused: { participant, attended, scheduled, share, minimum in
            "\(participant) was aanwezig bij \(attended) van de \(scheduled) geplande dagdelen (\(share)); een bewijs van deelname vraagt ten minste \(minimum)%"
        })
}
