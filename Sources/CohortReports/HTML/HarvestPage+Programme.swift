import CohortLog
import CohortProjections

extension HarvestPage {
    /// Who gave and received support, by name: most support (given and received together) first, then
    /// by name.
    var supportRows: [(name: String, gave: Int, received: Int)] {
        let given = harvest.network.given, received = harvest.network.received
        return Set(given.keys).union(received.keys)
            .map { (name: plainName($0), gave: given[$0] ?? 0, received: received[$0] ?? 0) }
            .sorted { ($1.gave + $1.received, $0.name) < ($0.gave + $0.received, $1.name) }
    }

    /// The support network as a ranked chart of support given and received.
    func support() -> String {
        let rows = supportRows
        guard !rows.isEmpty else { return "" }
        var html = "<section id=\"support\">\n<h2>\(t(says.support))</h2>\n<p class=\"muted\">\(t(says.networkLegend))</p>\n"
        let description = rows.map { says.gaveReceived($0.name, $0.gave, $0.received) }.joined(separator: "; ") + "."
        html += SVGCharts.support(rows, id: "support-chart", title: says.supportTitle, description: description,
                                  gave: says.gaveSupport, received: says.receivedSupport) + "\n"
        return html + "</section>\n"
    }

    /// The programme's details: its facts (the organiser by name, never by id), its sessions as a
    /// timeline that stacks on a narrow screen, and attendance where the audience may see it.
    func programme() -> String {
        var html = "<section id=\"programme\">\n<h2>\(t(says.programme))</h2>\n<dl class=\"facts\">\n"
        func fact(_ term: String, _ value: String) { html += "<div><dt>\(t(term))</dt><dd>\(value)</dd></div>\n" }
        if let p = harvest.programme {
            fact(says.learningNetworkGroup, u(p.title))
            if let organiser = p.organiserName { fact(says.organiser, u(organiser)) }
            fact(w.period.capitalizedFirst, t("\(w.date(p.period.from)) \(w.through) \(w.date(p.period.to))"))
            fact(says.length, t(w.count(p.dagdelen, .halfDay)))
            fact(says.feePerParticipant, t("\(w.euros(p.fee.amount)) (\(p.fee.vat == .excluded ? w.vatExcluded : w.vatIncluded))"))
            if let subsidy = p.subsidy {
                fact(w.subsidy.capitalizedFirst, inline(says.subsidy("\(subsidy.percent)%", .user(subsidy.fund), .user(subsidy.scheme))))
            }
        }
        if !harvest.facilitators.isEmpty {
            fact(w.facilitators.capitalizedFirst, names(harvest.facilitators.map(\.id.rawValue)))
        }
        html += "</dl>\n"
        if !harvest.sessions.isEmpty {
            html += "<h3>\(t(w.sessions))</h3>\n<ol class=\"sessions\">\n"
            for entry in harvest.sessions {
                let session = entry.session
                html += "<li class=\"\(entry.held ? "held" : "to-come")\"><span class=\"when\">\(t(w.days(session.days)))</span> "
                html += "<strong>\(u(session.title))</strong> "
                var details = [t(w.name(session.kind)), t(w.count(session.dagdelen, .halfDay))]
                if let location = session.location { details.append(u(location)) }
                if let host = session.host { details.append("\(t(w.hostedBy)) \(name(host.rawValue))") }
                details.append(t(entry.held ? w.held : w.toCome))
                html += "<span class=\"muted\">" + details.joined(separator: " · ") + "</span></li>\n"
            }
            html += "</ol>\n"
        }
        if let attendance = harvest.figures.attendance, !attendance.isEmpty {
            html += "<h3>\(t(w.attendance.capitalizedFirst))</h3>\n<div class=\"scroll\"><table>\n"
            for entry in attendance {
                let value = entry.attended.map { "\(says.attendedOf($0, w.count(entry.possible, .halfDay))) (\(w.percent($0, of: entry.possible)))" } ?? w.notRecorded
                html += "<tr><th scope=\"row\">\(inline(context.session(entry.session)))</th><td class=\"number\">\(t(value))</td></tr>\n"
            }
            html += "</table></div>\n"
        }
        return html + "</section>\n"
    }
}
