import CohortLog
import CohortReports

/// The words of `cohort add`'s questions and messages, in English and Dutch (`--lang`, else the locale).
///
/// What a field means comes from its ``FieldSpec`` doc, in English; ``AddFieldDocs`` gives it in Dutch.
/// Problems the writer finds are its own messages (as `cohort append` prints them), named by flag.
struct AddWords: Sendable {
    let language: Language
    var dutch: Bool { language == .nl }

    func opening(_ type: EventType, log: String) -> String {
        dutch ? "\(type.rawValue) vastleggen in \(log) (Ctrl-D breekt af; Enter neemt wat tussen [ ] staat)"
              : "Recording \(type.rawValue) in \(log) (Ctrl-D cancels; Enter takes what stands in [ ])"
    }

    /// Shown for an erased name.
    var redacted: String { language.words.redacted }

    func doc(_ flag: FieldFlag) -> String {
        dutch ? AddFieldDocs.dutch(flag.spec.doc) : flag.spec.doc
    }

    var required: String { dutch ? "verplicht" : "required" }
    var optional: String { dutch ? "mag leeg blijven" : "optional: Enter leaves it out" }
    var optionalWithDefault: String { dutch ? "mag leeg blijven: - laat het weg" : "optional: - leaves it out" }
    func oneOf(_ words: [String]) -> String { (dutch ? "een van: " : "one of: ") + words.joined(separator: ", ") }
    var list: String { dutch ? "een lijst: scheid met komma's of puntkomma's" : "a list: separate with commas or semicolons" }
    func known(_ entries: [String], more: Int) -> String {
        (dutch ? "bekend: " : "known: ") + entries.joined(separator: "; ")
            + (more > 0 ? (dutch ? "; en nog \(more)" : "; and \(more) more") : "")
    }
    func expectation(_ kind: FieldKind) -> String {
        guard dutch else { return kind.expectation }
        switch kind {
        case .id(let kind, _): return "het id van een \(noun(kind))"
        case .ids(let kind, _): return "ids van \(noun(kind))"
        case .text: return "een tekst"
        case .texts: return "teksten"
        case .date: return "een datum JJJJ-MM-DD"
        case .dates: return "datums JJJJ-MM-DD"
        case .integer(let range): return "een geheel getal van \(range.lowerBound) tot en met \(range.upperBound)"
        case .choice(let words): return oneOf(words)
        case .object: return "een object"
        case .digest: return "64 hexadecimale tekens (kleine letters)"
        case .currency: return "een valutacode van drie hoofdletters, zoals EUR"
        }
    }
    func noun(_ kind: IDKind) -> String {
        guard dutch else { return kind.noun }
        switch kind {
        case .record: return "record"
        case .cohort: return "leergang"
        case .organiser: return "organisator"
        case .person: return "deelnemer of begeleider"
        case .participant: return "deelnemer"
        case .facilitator: return "begeleider"
        case .session: return "bijeenkomst"
        case .wish: return "leerwens"
        case .assignment: return "opdracht"
        case .reflection: return "reflectie"
        case .line: return "leerlijn"
        case .item: return "oogstitem"
        case .invoice: return "factuur"
        case .claim: return "declaratie"
        }
    }
    var atExpectation: String {
        dutch ? "een tijdstip RFC 3339 met verschil tot UTC, zoals 2014-06-12T11:05:00+02:00"
              : "a moment in RFC 3339 with its offset, such as 2014-06-12T11:05:00+02:00"
    }

    var answerRequired: String { dutch ? "dit veld is verplicht: geef een waarde" : "this field is required: give a value" }
    func notAccepted(_ message: String) -> String { (dutch ? "niet aanvaard: " : "not accepted: ") + message }
    func unknownID(_ id: String, _ kind: IDKind) -> String {
        dutch ? "\"\(id)\" is geen \(noun(kind)) in het log" : "\"\(id)\" is not a \(kind.noun) in the log"
    }
    func takenID(_ id: String, _ kind: IDKind) -> String {
        dutch ? "\"\(id)\" is al in gebruik; kies een nieuw id" : "\"\(id)\" is already taken; choose a new id"
    }
    func notActor(_ id: String) -> String {
        dutch ? "\"\(id)\" is geen begeleider, deelnemer of organisator in het log"
              : "\"\(id)\" is not a facilitator, participant or organiser in the log"
    }
    func tryAgain(_ flag: FieldFlag) -> String {
        dutch ? "probeer het opnieuw (\(flag.flag))" : "try again (\(flag.flag))"
    }

    var summaryTitle: String { dutch ? "Vast te leggen:" : "To be recorded:" }
    var confirm: String { dutch ? "Vastleggen? [J/n] " : "Record this? [Y/n] " }
    func isYes(_ answer: String) -> Bool? {
        switch answer.lowercased() {
        case "", "y", "yes", "j", "ja": true
        case "n", "no", "nee": false
        default: nil
        }
    }
    var yesOrNo: String { dutch ? "antwoord j of n" : "answer y or n" }
    func declined(_ log: String) -> String {
        dutch ? "cohort add: niet vastgelegd; \(log) is ongewijzigd" : "cohort add: not recorded; \(log) is unchanged"
    }
    func cancelled(_ log: String) -> String {
        dutch ? "cohort add: afgebroken (einde van de invoer); niets vastgelegd, \(log) is ongewijzigd"
              : "cohort add: cancelled (end of input); nothing recorded, \(log) is unchanged"
    }
    func proposed(_ flag: FieldFlag, _ value: String) -> String {
        dutch ? "cohort add: \(flag.flag) \(value) (voorgesteld: het volgende vrije id)"
              : "cohort add: \(flag.flag) \(value) (proposed: the next free id)"
    }

    // Usage errors.
    func missing(_ flags: [FieldFlag]) -> String {
        let named = flags.map { "\($0.flag) (\(doc($0)))" }.joined(separator: ", ")
        return dutch ? "ontbreekt: \(named); geef het met de vlag, of start in een terminal om ernaar gevraagd te worden"
                     : "missing \(named); give it as a flag, or run in a terminal to be asked"
    }
    func notAFlag(_ name: String, _ type: EventType, _ flags: [String]) -> String {
        dutch ? "--\(name) is geen veld van \(type.rawValue); de vlaggen zijn: \(flags.joined(separator: " "))"
              : "--\(name) is not a field of \(type.rawValue); its flags are: \(flags.joined(separator: " "))"
    }
    func givenTwice(_ flag: FieldFlag) -> String {
        dutch ? "\(flag.flag) staat er twee keer; alleen een lijst herhaalt haar vlag"
              : "\(flag.flag) is given twice; only a list repeats its flag"
    }
    func refusedName(_ type: EventType) -> String { type.rawValue }

    // Attendance for a whole session.
    func sessionHeader(_ id: String, title: String, day: String, dagdelen: Int) -> String {
        let size = language.words.count(dagdelen, .halfDay)
        return dutch ? "Aanwezigheid bij \(id) (\(title), \(day); \(size)): Enter = aanwezig, n = afwezig, of het aantal dagdelen"
                     : "Attendance at \(id) (\(title), \(day); \(size)): Enter = present, n = absent, or the number of half-days"
    }
    var present: String { dutch ? "aanwezig" : "present" }
    func attendanceAnswer(_ answer: String, dagdelen: Int) -> Int?? {
        switch answer.lowercased() {
        case "", "y", "yes", "j", "ja", "p", "present", "aanwezig", "x": return .some(dagdelen)
        case "n", "no", "nee", "a", "absent", "afwezig", "0": return .some(0)
        case "-", "skip", "overslaan": return .some(nil)
        default:
            if let number = Int(answer), (0...dagdelen).contains(number) { return .some(number) }
            return nil
        }
    }
    func attendanceHelp(_ dagdelen: Int) -> String {
        dutch ? "antwoord Enter (aanwezig), n (afwezig), een getal van 0 tot en met \(dagdelen), of - (niet vastleggen)"
              : "answer Enter (present), n (absent), a number from 0 to \(dagdelen), or - (do not record)"
    }
    func unknownSession(_ id: String) -> String {
        dutch ? "--session: \"\(id)\" is geen bijeenkomst in het log (of is afgelast)"
              : "--session: \"\(id)\" is not a session in the log (or it was cancelled)"
    }
    func notListed(_ ids: [String]) -> String {
        dutch ? "cohort add: geen aanwezigheid vastgelegd voor \(ids.joined(separator: ", "))"
              : "cohort add: no attendance recorded for \(ids.joined(separator: ", "))"
    }
    func partialValue(_ text: String) -> String {
        dutch ? "--partial \"\(text)\" moet DEELNEMER=AANTAL zijn, zoals p05=2"
              : "--partial \"\(text)\" must be PARTICIPANT=NUMBER, such as p05=2"
    }
    func listedTwice(_ id: String) -> String {
        dutch ? "\(id) staat meer dan eens bij --present, --absent en --partial"
              : "\(id) is named more than once in --present, --absent and --partial"
    }
    var sheetConflict: String {
        dutch ? "--participant en --dagdelen gaan niet samen met --present, --absent of --partial"
              : "--participant and --dagdelen do not go with --present, --absent or --partial"
    }
    var sheetMissing: String {
        dutch ? "ontbreekt: --participant (één deelnemer) of --present/--absent/--partial (de hele bijeenkomst)"
              : "missing --participant (one participant) or --present/--absent/--partial (the whole session)"
    }
    var nothingToRecord: String {
        dutch ? "cohort add: niets vast te leggen" : "cohort add: nothing to record"
    }
}
