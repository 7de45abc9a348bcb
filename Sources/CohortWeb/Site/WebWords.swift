import CohortLog
import CohortReports

/// The words of the web pages, in Dutch and in English (the one place where the pages choose them).
public struct WebWords: Sendable {
    public let language: Language
    let yourPage: String
    let record: String
    let recorded: String
    let notRecorded: String
    let timeline: String
    let yourReflections: String
    let harvest: String
    let forms: String
    let optional: String
    let choose: String
    let none: String
    let listHint: String
    let save: String
    let notFound: String
    let forbidden: String
    let badForm: String
    let logUnsound: String
    let attendanceHint: String
    let recordedAs: String
    let offeredNot: String
    let noAttendance: String
    let yoursOnly: String
    let notSeen: String
    /// The title of each form, by event type.
    let formTitles: [EventType: String]
    /// The label of each field, by name.
    let labels: [String: String]
    /// The words of visibility.
    let visibility: [Visibility: String]

    public static func of(_ language: Language) -> WebWords { language.web }

    func title(_ type: EventType) -> String { formTitles[type] ?? type.rawValue }
    func label(_ field: String) -> String { labels[field] ?? field }
    func unseen(_ field: String, _ id: String) -> String { "data.\(field) \"\(id)\" " + notSeen }
    func notYours(_ field: String) -> String { "data.\(field) " + yoursOnly }
    func notOffered(_ type: String) -> String { offeredNot + " " + (type.isEmpty ? "–" : type) + "." }

    static let english = WebWords(
        language: .en, yourPage: "Your page", record: "Record", recorded: "Recorded.", notRecorded: "Not recorded:",
        timeline: "Your timeline", yourReflections: "Your reflections", harvest: "The harvest as you may see it", forms: "Record your learning",
        optional: "optional", choose: "choose", none: "none", listHint: "separate with commas", save: "Save",
        notFound: "Not found.", forbidden: "This form has expired or did not come from your page: open your page again and send it once more.",
        badForm: "The form could not be read.",
        logUnsound: "The cohort's log does not verify; a facilitator can check it with cohort verify.",
        attendanceHint: "dagdelen attended per participant: 0 for absent, at most the session's size",
        recordedAs: "You record as", offeredNot: "This page has no form for", noAttendance: "Give the dagdelen of at least one participant.",
        yoursOnly: "names someone else: on your page you record for yourself only.",
        notSeen: "is not one you can choose here.",
        formTitles: [
            .wishStated: "State a wish", .wishRevised: "Revise a wish", .reflectionRecorded: "Record a reflection",
            .supportGiven: "Record support you gave", .assignmentStarted: "Start your assignment",
            .assignmentProgressed: "Progress on your assignment", .assignmentCompleted: "Complete your assignment",
            .attendanceRecorded: "Attendance of a session",
        ],
        labels: [
            "text": "Text", "themes": "Themes", "visibility": "Who may see it", "wish": "Wish", "session": "Session",
            "line": "Learning line", "to": "To", "kind": "Kind of support", "note": "Note", "assignment": "Assignment",
            "progress": "Progress (percent)", "result": "Result", "title": "Title", "description": "Description",
            "dagdelen": "Dagdelen", "participant": "Participant", "from": "From",
        ],
        visibility: [.private: "private (you and the facilitators)", .group: "the group", .public: "public (the manifestation)"])

    static let dutch = WebWords(
        language: .nl, yourPage: "Jouw pagina", record: "Vastleggen", recorded: "Vastgelegd.", notRecorded: "Niet vastgelegd:",
        timeline: "Jouw tijdlijn", yourReflections: "Jouw reflecties", harvest: "De oogst zoals jij die mag zien", forms: "Leg je leren vast",
        optional: "optioneel", choose: "kies", none: "geen", listHint: "scheid met komma's", save: "Opslaan",
        notFound: "Niet gevonden.", forbidden: "Dit formulier is verlopen of kwam niet van jouw pagina: open je pagina opnieuw en verstuur het nog eens.",
        badForm: "Het formulier kon niet worden gelezen.",
        logUnsound: "Het logboek van de groep klopt niet; een begeleider kan het nagaan met cohort verify.",
        attendanceHint: "bijgewoonde dagdelen per deelnemer: 0 bij afwezigheid, hoogstens de omvang van de bijeenkomst",
        recordedAs: "Je legt vast als", offeredNot: "Deze pagina heeft geen formulier voor", noAttendance: "Vul bij minstens één deelnemer de dagdelen in.",
        yoursOnly: "noemt iemand anders: op jouw pagina leg je alleen voor jezelf vast.",
        notSeen: "is er geen die je hier kunt kiezen.",
        formTitles: [
            .wishStated: "Een leerwens uitspreken", .wishRevised: "Een leerwens bijstellen", .reflectionRecorded: "Een reflectie vastleggen",
            .supportGiven: "Steun die je gaf vastleggen", .assignmentStarted: "Je opdracht starten",
            .assignmentProgressed: "Voortgang van je opdracht", .assignmentCompleted: "Je opdracht afronden",
            .attendanceRecorded: "Aanwezigheid bij een bijeenkomst",
        ],
        labels: [
            "text": "Tekst", "themes": "Thema's", "visibility": "Wie mag het zien", "wish": "Leerwens", "session": "Bijeenkomst",
            "line": "Leerlijn", "to": "Aan", "kind": "Soort steun", "note": "Notitie", "assignment": "Opdracht",
            "progress": "Voortgang (procent)", "result": "Resultaat", "title": "Titel", "description": "Omschrijving",
            "dagdelen": "Dagdelen", "participant": "Deelnemer", "from": "Van",
        ],
        visibility: [.private: "privé (jij en de begeleiders)", .group: "de groep", .public: "openbaar (de manifestatie)"])
}

extension Language {
    /// The words of the web pages in this language: where the pages choose them.
    var web: WebWords {
        switch self {
        case .en: .english
        case .nl: .dutch
        }
    }
}
