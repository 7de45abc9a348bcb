import CohortLog
import CohortProjections
import CohortReports

/// A person's own page: a line that says who records, the forms for what they may record (with what
/// went wrong beside the form that was sent), their timeline, and the harvest as they may see it.
struct PersonPage {
    let person: Person
    /// The cohort as the person may see it.
    let visible: CohortState
    let words: WebWords
    /// Where the forms post to: the page's own path.
    let action: String
    let csrf: String
    /// What the last post did: recorded (a type), or refused with messages beside its form.
    var notice: Notice?
    /// The values of a refused form, to fill it in again.
    var posted: FormData?

    enum Notice {
        case recorded(EventType)
        case refused(EventType?, [String])
    }

    var html: String {
        let w = words
        let reportWords = w.language.words
        let context = ReportContext(words: reportWords, audience: person.ownAudience, window: RecordWindow(), state: visible)
        let title = visible.programme?.title ?? "cohort"
        var body = "<header><p class=\"crumb\">\(HTML.text(title))</p><h1>\(HTML.text(w.yourPage)): \(HTML.text(person.shownName))</h1>"
        body += "<p>\(HTML.text(w.recordedAs)) <strong>\(HTML.text(person.id.rawValue))</strong>.</p></header>\n"
        if case .recorded(let type) = notice {
            body += "<p class=\"notice ok\" role=\"status\">\(HTML.text(w.recorded)) \(HTML.text(w.title(type)))</p>\n"
        }
        let forms = WebForm.forms(for: person, in: visible, words: w)
        let shown = WebForm.offered(forms, to: person)
        // A refusal of a form the page does not show stands at the top.
        if case .refused(let type, let messages) = notice, !(type.map(shown.contains) ?? false) { body += refusal(messages) }
        body += "<section id=\"forms\"><h2>\(HTML.text(w.forms))</h2>\n"
        for form in forms { body += render(form) }
        if person.role == .facilitator { body += attendanceForm }
        body += "</section>\n"
        if person.role == .facilitator {
            let mine = visible.reflections.filter { $0.author == person.id }.reversed()
            if !mine.isEmpty {
                body += "<section id=\"reflections\"><h2>\(HTML.text(w.yourReflections))</h2>\n<ul>\n"
                for reflection in mine {
                    body += "<li>\(HTML.text(reflection.at.description.prefix(10).description)): \(context.text(reflection.text).html)</li>\n"
                }
                body += "</ul></section>\n"
            }
        }
        if person.role == .participant {
            let timeline = TimelineReport(Timeline(visible, participant: person.id.rawValue), participant: person.id.rawValue, context: context)
            body += "<section id=\"timeline\"><h2>\(HTML.text(w.timeline))</h2>\n\(timeline.document.html(headingShift: 2))</section>\n"
        }
        let harvest = HarvestReport(Harvest(visible, attendance: person.role == .facilitator), context: context)
        body += "<section id=\"harvest\"><h2>\(HTML.text(w.harvest))</h2>\n\(harvest.document.html(headingShift: 2))</section>\n"
        return PageLayout.page(title: w.yourPage + " – " + title, language: w.language, body: body)
    }

    /// The messages of a refused form.
    func refusal(_ messages: [String]) -> String {
        "<div class=\"notice error\" role=\"alert\"><p>\(HTML.text(words.notRecorded))</p><ul>"
            + messages.map { "<li>\(HTML.text($0))</li>" }.joined() + "</ul></div>\n"
    }

    /// The value a refused post gave `name`, to fill the form in again.
    func previous(_ name: String, of type: EventType) -> String? {
        guard let posted, posted["type"] == type.rawValue else { return nil }
        let values = posted.all(name)
        return values.isEmpty ? nil : values.joined(separator: ", ")
    }

    func render(_ form: WebForm) -> String {
        let w = words
        var html = "<form method=\"post\" action=\"\(HTML.attribute(action))\" id=\"form-\(form.type.rawValue)\">\n"
        html += "<h3>\(HTML.text(w.title(form.type)))</h3>\n"
        if case .refused(form.type?, let messages) = notice { html += refusal(messages) }
        html += hidden("type", form.type.rawValue) + hidden("csrf", csrf)
        for field in form.fields {
            let id = "\(form.type.rawValue)-\(field.name)"
            let label = "<label for=\"\(id)\">\(HTML.text(w.label(field.name)))\(field.required ? "" : " <small>(\(HTML.text(w.optional)))</small>")</label>"
            let value = previous(field.name, of: form.type)
            let required = field.required ? " required" : ""
            switch field.input {
            case .hidden(let fixed):
                html += hidden(field.name, fixed)
            case .textarea:
                // Line by line, so that the line breaks of a text given back stay in it.
                let text = (value ?? "").split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map { HTML.text(String($0)) }.joined(separator: "\n")
                html += "<p>\(label)<textarea id=\"\(id)\" name=\"\(field.name)\" rows=\"4\"\(required)>\(text)</textarea></p>\n"
            case .text(let list):
                let hint = list ? " <small>(\(HTML.text(w.listHint)))</small>" : ""
                html += "<p>\(label)\(hint)<input type=\"text\" id=\"\(id)\" name=\"\(field.name)\" value=\"\(HTML.attribute(value ?? ""))\"\(required)></p>\n"
            case .number(let range):
                html += "<p>\(label)<input type=\"number\" id=\"\(id)\" name=\"\(field.name)\" min=\"\(range.lowerBound)\" max=\"\(range.upperBound)\" value=\"\(HTML.attribute(value ?? ""))\"\(required)></p>\n"
            case .select(let options, let optional):
                html += "<p>\(label)<select id=\"\(id)\" name=\"\(field.name)\"\(required)>"
                if optional { html += "<option value=\"\">– \(HTML.text(w.none)) –</option>" }
                for option in options {
                    let selected = option.value == value ? " selected" : ""
                    html += "<option value=\"\(HTML.attribute(option.value))\"\(selected)>\(HTML.text(option.label))</option>"
                }
                html += "</select></p>\n"
            }
        }
        html += "<p><button type=\"submit\">\(HTML.text(w.record))</button></p>\n</form>\n"
        return html
    }

    /// The facilitators' attendance form: a session, and each active participant's dagdelen.
    var attendanceForm: String {
        let w = words
        let type = EventType.attendanceRecorded
        let sessions = visible.sessionsInOrder.filter { !$0.isCancelled }
        let participants = visible.participants.filter { $0.withdrawal == nil }
        guard !sessions.isEmpty, !participants.isEmpty else { return "" }
        var html = "<form method=\"post\" action=\"\(HTML.attribute(action))\" id=\"form-\(type.rawValue)\">\n"
        html += "<h3>\(HTML.text(w.title(type)))</h3>\n"
        if case .refused(type?, let messages) = notice { html += refusal(messages) }
        html += hidden("type", type.rawValue) + hidden("csrf", csrf)
        html += "<p><label for=\"attendance-session\">\(HTML.text(w.label("session")))</label><select id=\"attendance-session\" name=\"session\" required>"
        for session in sessions {
            html += "<option value=\"\(HTML.attribute(session.id.rawValue))\">\(HTML.text(session.title)) (\(session.dagdelen))</option>"
        }
        html += "</select></p>\n<fieldset><legend>\(HTML.text(w.attendanceHint))</legend>\n"
        for (index, participant) in participants.enumerated() {
            let id = "attendance-\(index)"
            html += hidden("participant", participant.id.rawValue)
            html += "<p class=\"row\"><label for=\"\(id)\">\(HTML.text(participant.shownName))</label><input type=\"number\" id=\"\(id)\" name=\"dagdelen\" min=\"0\" max=\"100\"></p>\n"
        }
        html += "</fieldset>\n<p><button type=\"submit\">\(HTML.text(w.record))</button></p>\n</form>\n"
        return html
    }

    func hidden(_ name: String, _ value: String) -> String {
        "<input type=\"hidden\" name=\"\(HTML.attribute(name))\" value=\"\(HTML.attribute(value))\">\n"
    }
}

/// The frame of every page of `serve`: one self-contained document with an inline style sheet that fits
/// a phone (no fonts, scripts or images fetched).
enum PageLayout {
    static func page(title: String, language: Language, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="referrer" content="no-referrer">
        <title>\(HTML.text(title))</title>
        <style>\(style)</style>
        </head>
        <body>
        <main>
        \(body)
        </main>
        </body>
        </html>

        """
    }

    static let style = """
        *{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,sans-serif;color:#1b1b1b;background:#fafaf7}
        main{max-width:46rem;margin:0 auto;padding:1rem}h1{font-size:1.5rem;line-height:1.25}h2{font-size:1.25rem;margin-top:2rem}
        h3{font-size:1.05rem}.crumb{color:#555;margin:0}.u{overflow-wrap:anywhere}
        form{background:#fff;border:1px solid #ddd;border-radius:.5rem;padding:.75rem 1rem;margin:1rem 0}
        label{display:block;font-weight:600}input,select,textarea{width:100%;max-width:100%;font:inherit;padding:.4rem;border:1px solid #999;border-radius:.25rem}
        fieldset{border:0;padding:0;margin:0}.row{display:flex;gap:.5rem;align-items:center}.row label{flex:1}.row input{width:6rem}
        button{font:inherit;padding:.5rem 1.25rem;border:0;border-radius:.25rem;background:#24527a;color:#fff}
        .notice{padding:.5rem 1rem;border-radius:.25rem}.ok{background:#e3f1e3}.error{background:#fbe4e4}
        table{border-collapse:collapse;width:100%;table-layout:fixed}td,th{border-bottom:1px solid #ddd;padding:.25rem .3rem;text-align:left;overflow-wrap:anywhere;hyphens:auto}
        """
}
