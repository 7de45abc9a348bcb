import CohortLog
import CohortProjections

/// `cohort certificate`: a certificate of participation, or its refusal, as a page or as text.
///
/// The page reads on a phone (a viewport meta, nothing of fixed width: it fits 390 px) and prints on
/// exactly one A4 sheet: the A4 layout holds only in print, where the frame stands at the page margin,
/// 12 mm from the paper's edge (office printers clip a frame printed to the edge), the sheet is as tall
/// as the page inside its margins and cuts off what would spill onto a second page, and the empty
/// margin boxes keep the browser from printing its own header and footer (the file's address).
///
/// The organiser is named by the organisation's name (`organiserName`), by its id only when the log
/// gives no name. What people wrote is escaped (``HTML/text(_:lineBreaks:)``).
public struct CertificatePage: Sendable {
    public let certificate: Certificate
    public let words: Words

    public init(_ certificate: Certificate, words: Words) {
        self.certificate = certificate
        self.words = words
    }

    var says: CertificateWords { words.certificate }
    var name: String { certificate.person.shownName }
    var title: String { certificate.programme?.title ?? "" }
    var period: String? {
        guard let period = certificate.programme?.period else { return nil }
        return "\(words.date(period.from)) \(words.through) \(words.date(period.to))"
    }
    /// The participant's role at work and municipality: `Organisatieadviseur, Delft`.
    var who: String? {
        let parts = [certificate.person.jobTitle, certificate.person.municipality].compactMap { $0 }.filter { !$0.isEmpty }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }
    var organisedBy: String? { certificate.organiser.map { "\(says.organisedBy) \($0)" } }
    var attendance: String {
        guard certificate.toCome > 0, let day = certificate.day else {
            return says.attendance(certificate.attended, certificate.held)
        }
        return says.attendanceBy(certificate.attended, certificate.held, words.date(day))
    }
    var issued: String? { certificate.day.map { says.issuedOn(words.date($0)) } }
    var heading: String { says.heading }

    /// The certificate as text for a terminal.
    public var text: String {
        var lines = [heading.uppercased(), "", name + (who.map { " (\($0))" } ?? "")]
        lines.append(says.tookPart)
        lines.append("“\(title)”")
        if let organisedBy { lines.append(organisedBy) }
        if let period { lines.append(period) }
        lines.append(attendance)
        if let assignmentTitle = certificate.assignment?.title?.text {
            lines.append(says.withTheAssignment + " “" + assignmentTitle + "”")
        }
        if !certificate.facilitators.isEmpty {
            lines.append("")
            lines.append("\(words.facilitators): " + certificate.facilitators.map(\.shownName).joined(separator: ", "))
        }
        if let issued { lines.append(issued) }
        return lines.map { Inline.cleaned($0) }.joined(separator: "\n") + "\n"
    }

    /// The certificate as a page.
    public var html: String {
        var body = "<p class=\"kicker\">\(t(heading))</p>\n"
        body += "<p class=\"lead\">\(t(says.weDeclare))</p>\n"
        body += "<h1>\(t(name))</h1>\n"
        if let who { body += "<p class=\"who\">\(t(who))</p>\n" }
        body += "<p class=\"lead\">\(t(says.tookPart))</p>\n"
        body += "<h2>\(t(title))</h2>\n"
        if let organisedBy { body += "<p class=\"organiser\">\(t(organisedBy))</p>\n" }
        if let period { body += "<p>\(t(period))</p>\n" }
        body += "<p class=\"attendance\">\(t(attendance))</p>\n"
        if let assignmentTitle = certificate.assignment?.title?.text {
            body += "<p>\(t(says.withTheAssignment))<br><em>“\(t(assignmentTitle))”</em></p>\n"
        }
        if !certificate.facilitators.isEmpty {
            body += "<div class=\"signatures\">\n"
            for facilitator in certificate.facilitators {
                body += "<div class=\"signature\"><span class=\"rule\"></span>\(t(facilitator.shownName))<br><small>\(t(says.facilitator))</small></div>\n"
            }
            body += "</div>\n"
        }
        if let issued { body += "<p class=\"issued\">\(t(issued))</p>\n" }
        return page(title: "\(heading): \(name)", class: "certificate", body: body)
    }

    /// The refusal as text: one line for standard error, with the figures that fall short and, when
    /// sessions are still to come, that they are not counted; before any session is held, just that.
    public func refusal(minimum: Int) -> String {
        let id = certificate.person.id.rawValue
        let share = words.percent(certificate.attended, of: certificate.held)
        let line = certificate.held == 0
            ? says.refusedNoneHeld(id)
            : says.refused(id, certificate.attended, certificate.held, share, minimum)
        return certificate.toCome > 0 ? line + "; " + says.notCounted(certificate.toCome) : line
    }

    /// The refusal as a page: who and which programme, why, the figures that fall short beside those
    /// needed, and that sessions still to come are not counted against anyone.
    public func refusalPage(minimum: Int) -> String {
        var body = "<p class=\"kicker\">\(t(title))</p>\n"
        body += "<h1 class=\"refused\">\(t(says.refusalHeading))</h1>\n"
        body += "<p class=\"name\">\(t(name))</p>\n"
        if let who { body += "<p class=\"who\">\(t(who))</p>\n" }
        if let withdrawal = certificate.person.withdrawal {
            body += "<p class=\"withdrawal\">\(t(says.withdrewOn(words.date(withdrawal.at))))</p>\n"
        }
        body += "<p class=\"lead\">\(t(says.refusalReason(minimum)))</p>\n"
        if certificate.held == 0 {
            body += "<p>\(t(says.noneHeld))</p>\n"
        } else {
            let needed = certificate.required(minimum: minimum)
            body += "<table class=\"figures\">\n<caption>\(t(says.figures))</caption>\n"
            body += "<thead><tr><td></td><th scope=\"col\">\(t(says.attendedColumn))</th><th scope=\"col\">\(t(says.neededColumn))</th></tr></thead>\n<tbody>\n"
            body += "<tr><th scope=\"row\">\(t(says.dagdelenRow(certificate.held)))</th><td class=\"short\">\(certificate.attended)</td>"
            body += "<td>\(t(says.atLeast(String(needed))))</td></tr>\n"
            body += "<tr><th scope=\"row\">\(t(says.shareRow))</th><td class=\"short\">\(t(words.percent(certificate.attended, of: certificate.held)))</td>"
            body += "<td>\(t(says.atLeast("\(minimum)%")))</td></tr>\n</tbody>\n</table>\n"
        }
        if let day = certificate.day {
            body += "<p>\(t(says.onlyHeldCount(words.date(day))))</p>\n"
            if certificate.toCome > 0 { body += "<p>\(t(says.stillToCome(certificate.toCome)))</p>\n" }
            body += "<p class=\"issued\">\(t(says.asOf(words.date(day))))</p>\n"
        }
        return page(title: "\(says.refusalHeading): \(name)", class: "certificate refusal", body: body)
    }

    func t(_ text: String) -> String { HTML.text(text) }

    /// A whole page around `body`.
    func page(title: String, class className: String, body: String) -> String {
        var page = "<!DOCTYPE html>\n<html lang=\"\(words.language.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n"
        page += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        page += "<title>\(t(title))</title>\n<style>\n\(CertificatePage.css)\n</style>\n</head>\n<body>\n"
        page += "<main class=\"\(className)\">\n" + body + "</main>\n"
        return page + "</body>\n</html>\n"
    }

    /// The style sheet: fluid on a screen, one A4 sheet in print.
    static let css = """
    * { box-sizing: border-box; }
    html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
    body { margin: 0; padding: clamp(12px, 4vw, 48px); background: #eef1f3; color: #1d2a33; font-family: Georgia, "DejaVu Serif", "Liberation Serif", serif; font-size: 17px; line-height: 1.45; overflow-wrap: break-word; }
    main { max-width: 190mm; margin: 0 auto; padding: 40px 24px; background: #fff; border: 6px solid #0f6e6e; outline: 1px solid #0f6e6e; outline-offset: -12px; text-align: center; box-shadow: 0 2px 12px rgba(0,0,0,.15); }
    main p { margin: .35em 0; }
    h1, h2, .kicker, .name, .who, .organiser, em, .signature { overflow-wrap: anywhere; }
    .kicker { text-transform: uppercase; letter-spacing: .2em; color: #0f6e6e; font-family: "Helvetica Neue", Arial, "Liberation Sans", sans-serif; font-size: .8rem; margin-bottom: 1.2em; }
    .lead { font-style: italic; color: #4f5f69; }
    h1 { font-size: clamp(1.75rem, 8vw, 2.6rem); line-height: 1.15; margin: .2em 0; }
    h1.refused { font-size: clamp(1.4rem, 6vw, 2rem); color: #0f6e6e; }
    h2 { font-size: clamp(1.3rem, 5.5vw, 1.8rem); line-height: 1.2; color: #0f6e6e; margin: .3em 0; }
    .name { font-size: 1.3rem; font-weight: bold; }
    .who, .organiser, .issued, .withdrawal { color: #4f5f69; }
    .attendance { font-weight: bold; }
    .signatures { display: flex; flex-wrap: wrap; justify-content: center; gap: 16px 32px; margin-top: 40px; }
    .signature { flex: 1 1 8rem; max-width: 15rem; font-size: .95rem; }
    .signature .rule { display: block; border-bottom: 1px solid #1d2a33; height: 48px; margin-bottom: 6px; }
    .issued { margin-top: 28px; font-size: .95rem; }
    table.figures { margin: 20px auto; border-collapse: collapse; max-width: 100%; font-size: .95rem; }
    table.figures caption { font-weight: bold; margin-bottom: 6px; }
    table.figures th, table.figures td { padding: 6px clamp(6px, 2vw, 12px); border-bottom: 1px solid #c9d3d9; text-align: right; font-variant-numeric: tabular-nums; }
    table.figures th[scope="row"] { text-align: left; font-weight: normal; }
    table.figures .short { color: #a3261a; font-weight: bold; }
    @media print {
      @page { size: A4; margin: 12mm; @top-left { content: ""; } @top-center { content: ""; } @top-right { content: ""; } @bottom-left { content: ""; } @bottom-center { content: ""; } @bottom-right { content: ""; } }
      html, body { background: #fff; }
      body { padding: 0; font-size: 12pt; }
      main { max-width: none; height: 272mm; margin: 0; padding: 20mm 18mm; border-width: 2.5mm; outline-width: .5mm; outline-offset: -5mm; box-shadow: none; display: flex; flex-direction: column; justify-content: center; overflow: hidden; break-inside: avoid; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      .kicker { font-size: 12pt; }
      h1 { font-size: 30pt; }
      h1.refused { font-size: 24pt; }
      h2 { font-size: 20pt; }
      .signatures { margin-top: 16mm; }
      .signature .rule { height: 16mm; }
    }
    """
}
