import CohortLog
import CohortProjections

/// `cohort certificate`: a certificate of participation, as one printable A4 page or as text.
public struct CertificatePage: Sendable {
    public let certificate: Certificate
    public let words: Words

    public init(_ certificate: Certificate, words: Words) {
        self.certificate = certificate
        self.words = words
    }

    var says: CertificateWords { words.certificate }
    var name: String { certificate.person.name.text ?? words.redacted }
    var title: String { certificate.programme?.title ?? "" }
    var period: String {
        guard let period = certificate.programme?.period else { return "" }
        return "\(words.date(period.from)) \(words.through) \(words.date(period.to))"
    }
    var attendance: String { says.attendance(certificate.attended, certificate.scheduled) }
    var heading: String { says.heading }

    /// The certificate as text for a terminal.
    public var text: String {
        var lines = [heading.uppercased(), "", name + (certificate.person.municipality.map { " (\($0))" } ?? "")]
        lines.append(says.tookPart)
        lines.append("“\(title)”")
        lines.append(period)
        lines.append(attendance)
        if let assignmentTitle = certificate.assignment?.title?.text {
            lines.append(says.withTheAssignment + " “" + assignmentTitle + "”")
        }
        if !certificate.facilitators.isEmpty {
            lines.append("")
            lines.append("\(words.facilitators): " + certificate.facilitators.map { $0.name.text ?? words.redacted }.joined(separator: ", "))
        }
        if let day = certificate.day { lines.append(words.date(day)) }
        return lines.map { Inline.cleaned($0) }.joined(separator: "\n") + "\n"
    }

    /// The certificate as one A4 page.
    public var html: String {
        func t(_ text: String) -> String { HTML.text(text) }
        var page = "<!DOCTYPE html>\n<html lang=\"\(words.language.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n"
        page += "<title>\(t(heading)): \(t(name))</title>\n<style>\n\(CertificatePage.css)\n</style>\n</head>\n<body>\n<div class=\"sheet\">\n"
        page += "<p class=\"kicker\">\(t(heading))</p>\n"
        page += "<p class=\"lead\">\(t(says.weDeclare))</p>\n"
        page += "<h1>\(t(name))</h1>\n"
        if let municipality = certificate.person.municipality { page += "<p class=\"who\">\(t(municipality))</p>\n" }
        page += "<p class=\"lead\">\(t(says.tookPart))</p>\n"
        page += "<h2>\(t(title))</h2>\n<p>\(t(period))</p>\n<p class=\"attendance\">\(t(attendance))</p>\n"
        if let assignmentTitle = certificate.assignment?.title?.text {
            page += "<p>\(t(says.withTheAssignment))<br><em>“\(t(assignmentTitle))”</em></p>\n"
        }
        page += "<div class=\"signatures\">\n"
        for facilitator in certificate.facilitators {
            page += "<div class=\"signature\"><span class=\"rule\"></span>\(t(facilitator.name.text ?? words.redacted))<br><small>\(t(says.facilitator))</small></div>\n"
        }
        page += "</div>\n"
        if let day = certificate.day { page += "<p class=\"date\">\(t(words.date(day)))</p>\n" }
        if let organiser = certificate.programme?.organiser { page += "<p class=\"organiser\">\(t(organiser.rawValue))</p>\n" }
        return page + "</div>\n</body>\n</html>\n"
    }

    static let css = """
    @page { size: A4; margin: 0; }
    * { box-sizing: border-box; }
    html, body { margin: 0; background: #fff; color: #1d2a33; font-family: Georgia, "DejaVu Serif", "Liberation Serif", serif; overflow-wrap: anywhere; }
    .sheet { width: 210mm; height: 297mm; margin: 0 auto; padding: 28mm 24mm; border: 10mm solid #0f6e6e; text-align: center; display: flex; flex-direction: column; justify-content: center; gap: 2mm; }
    .kicker { text-transform: uppercase; letter-spacing: .25em; color: #0f6e6e; font-family: "Helvetica Neue", Arial, "Liberation Sans", sans-serif; font-size: 12pt; margin: 0 0 8mm; }
    .lead { font-style: italic; color: #5b6b75; margin: 2mm 0; }
    h1 { font-size: 30pt; margin: 2mm 0; }
    h2 { font-size: 20pt; color: #0f6e6e; margin: 2mm 0; }
    .who { margin: 0; color: #5b6b75; }
    .attendance { font-weight: bold; }
    .signatures { display: flex; justify-content: space-around; gap: 10mm; margin-top: 16mm; }
    .signature { min-width: 55mm; font-size: 11pt; }
    .signature .rule { display: block; border-bottom: 1px solid #1d2a33; margin-bottom: 2mm; height: 16mm; }
    .date, .organiser { color: #5b6b75; font-size: 10pt; margin: 1mm 0; }
    @media screen { body { background: #eef1f3; } .sheet { margin: 10mm auto; box-shadow: 0 2px 12px rgba(0,0,0,.15); background: #fff; } }
    """
}
