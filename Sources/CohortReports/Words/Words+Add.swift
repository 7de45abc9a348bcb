import CohortLog

/// The words of `cohort add`'s questions and messages, in English and Dutch (`--lang`, else the locale).
///
/// What a field means comes from its ``FieldSpec`` doc, in English; ``doc(_:)`` gives it in the language
/// (the Dutch in Words+FieldDocs.swift). Problems the writer finds are its own messages (as `cohort
/// append` prints them), named by flag. Flags come in as they are written: `--session`.
public struct AddWords: Sendable {
    /// `Recording wish.stated in log.jsonl (Ctrl-D cancels; Enter takes what stands in [ ])`.
    public let opening: @Sendable (_ type: String, _ log: String) -> String
    /// The meaning of each field, by its English doc; a doc not in the table stays English.
    public let fieldDocs: [String: String]
    /// What the envelope's `--by` and `--at` mean.
    public let byDoc: String
    public let atDoc: String

    // About a field, after its meaning.
    public let required: String
    public let optional: String
    public let optionalWithDefault: String
    /// `one of: ` before the choices.
    let oneOfPrefix: String
    public let list: String
    /// `known: ` before the known ids, and `; and 3 more` after as many as are shown.
    let knownPrefix: String
    let andMore: @Sendable (_ count: Int) -> String
    /// What a value of a kind looks like: `a date YYYY-MM-DD`.
    public let expectation: @Sendable (_ kind: FieldKind) -> String
    /// The word for an id of a kind: `session`.
    public let noun: @Sendable (_ kind: IDKind) -> String
    public let atExpectation: String

    // Answers.
    public let answerRequired: String
    /// `not accepted: …`.
    public let notAccepted: @Sendable (_ message: String) -> String
    public let unknownID: @Sendable (_ id: String, _ kind: IDKind) -> String
    public let takenID: @Sendable (_ id: String) -> String
    public let notActor: @Sendable (_ id: String) -> String

    // The confirmation.
    public let summaryTitle: String
    /// `(with flags: cohort add …)`.
    public let withFlags: @Sendable (_ command: String) -> String
    public let confirm: String
    public let yesOrNo: String
    public let declined: @Sendable (_ log: String) -> String
    public let cancelled: @Sendable (_ log: String) -> String
    /// `cohort add: --wish w-pa-2 (proposed: the next free id)`.
    public let proposed: @Sendable (_ flag: String, _ value: String) -> String

    // Usage errors.
    /// `missing --session (the session), …; give it as a flag, …`, from the flags named with their meaning.
    let missingNamed: @Sendable (_ named: String) -> String
    public let notAFlag: @Sendable (_ name: String, _ type: String, _ flags: [String]) -> String
    public let givenTwice: @Sendable (_ flag: String) -> String

    // Attendance for a whole session.
    /// `Attendance at s1 (Start, 2014-06-12; 2 half-days): …`; the size already counted.
    public let sessionHeader: @Sendable (_ id: String, _ title: String, _ day: String, _ size: String) -> String
    public let present: String
    public let attendanceHelp: @Sendable (_ dagdelen: Int) -> String
    public let unknownSession: @Sendable (_ id: String) -> String
    public let notListed: @Sendable (_ ids: [String]) -> String
    public let partialValue: @Sendable (_ text: String) -> String
    public let listedTwice: @Sendable (_ id: String) -> String
    public let sheetConflict: String
    public let sheetMissing: String
    public let nothingToRecord: String
}

extension AddWords {
    /// What a field means, in this language, from its English doc.
    public func doc(_ english: String) -> String { fieldDocs[english] ?? english }

    /// `one of: a, b`.
    public func oneOf(_ words: [String]) -> String { oneOfPrefix + words.joined(separator: ", ") }

    /// `known: p01 Anna; p02 Bram; and 3 more`.
    public func known(_ entries: [String], more: Int) -> String {
        knownPrefix + entries.joined(separator: "; ") + (more > 0 ? andMore(more) : "")
    }

    /// The flags still missing, each with its meaning (from its English doc).
    public func missing(_ flags: [(flag: String, doc: String)]) -> String {
        missingNamed(flags.map { "\($0.flag) (\(doc($0.doc)))" }.joined(separator: ", "))
    }

    /// Whether an answer says yes (true), no (false) or neither (nil), in either language.
    public func isYes(_ answer: String) -> Bool? {
        switch answer.lowercased() {
        case "", "y", "yes", "j", "ja": true
        case "n", "no", "nee": false
        default: nil
        }
    }

    /// The dagdelen an answer gives for one participant, in either language: all of them (Enter, yes,
    /// present), none (no, absent), a number; `.some(nil)` to leave the participant out; nil for an answer
    /// that is none of these.
    public func attendanceAnswer(_ answer: String, dagdelen: Int) -> Int?? {
        switch answer.lowercased() {
        case "", "y", "yes", "j", "ja", "p", "present", "aanwezig", "x": return .some(dagdelen)
        case "n", "no", "nee", "a", "absent", "afwezig", "0": return .some(0)
        case "-", "skip", "overslaan": return .some(nil)
        default:
            if let number = Int(answer), (0...dagdelen).contains(number) { return .some(number) }
            return nil
        }
    }
}

extension AddWords {
    /// English.
    public static let english = AddWords(
        opening: { type, log in "Recording \(type) in \(log) (Ctrl-D cancels; Enter takes what stands in [ ])" },
        fieldDocs: [:],
        byDoc: "who records it: a facilitator or participant", atDoc: "when it happened",
        required: "required", optional: "optional: Enter leaves it out", optionalWithDefault: "optional: - leaves it out",
        oneOfPrefix: "one of: ", list: "a list: separate with commas or semicolons",
        knownPrefix: "known: ", andMore: { "; and \($0) more" },
        expectation: { $0.expectation }, noun: { $0.noun },
        atExpectation: "a moment in RFC 3339 with its offset, such as 2014-06-12T11:05:00+02:00",
        answerRequired: "this field is required: give a value",
        notAccepted: { "not accepted: " + $0 },
        unknownID: { id, kind in "\"\(id)\" is not a \(kind.noun) in the log" },
        takenID: { "\"\($0)\" is already taken; choose a new id" },
        notActor: { "\"\($0)\" is not a facilitator, participant or organiser in the log" },
        summaryTitle: "To be recorded:", withFlags: { "(with flags: " + $0 + ")" }, confirm: "Record this? [Y/n] ",
        yesOrNo: "answer y or n",
        declined: { "cohort add: not recorded; \($0) is unchanged" },
        cancelled: { "cohort add: cancelled (end of input); nothing recorded, \($0) is unchanged" },
        proposed: { flag, value in "cohort add: \(flag) \(value) (proposed: the next free id)" },
        missingNamed: { "missing \($0); give it as a flag, or run in a terminal to be asked" },
        notAFlag: { name, type, flags in "--\(name) is not a field of \(type); its flags are: \(flags.joined(separator: " "))" },
        givenTwice: { "\($0) is given twice; only a list repeats its flag" },
        sessionHeader: { id, title, day, size in
            "Attendance at \(id) (\(title), \(day); \(size)): Enter = present, n = absent, or the number of half-days"
        },
        present: "present",
        attendanceHelp: { "answer Enter (present), n (absent), a number from 0 to \($0), or - (do not record)" },
        unknownSession: { "--session: \"\($0)\" is not a session in the log (or it was cancelled)" },
        notListed: { "cohort add: no attendance recorded for \($0.joined(separator: ", "))" },
        partialValue: { "--partial \"\($0)\" must be PARTICIPANT=NUMBER, such as p05=2" },
        listedTwice: { "\($0) is named more than once in --present, --absent and --partial" },
        sheetConflict: "--participant and --dagdelen do not go with --present, --absent or --partial",
        sheetMissing: "missing --participant (one participant) or --present/--absent/--partial (the whole session)",
        nothingToRecord: "cohort add: nothing to record")

    /// Nederlands.
    public static let dutch = AddWords(
        opening: { type, log in "\(type) vastleggen in \(log) (Ctrl-D breekt af; Enter neemt wat tussen [ ] staat)" },
        fieldDocs: dutchFieldDocs,
        byDoc: "wie het vastlegt: een begeleider of deelnemer", atDoc: "wanneer het gebeurde",
        required: "verplicht", optional: "mag leeg blijven", optionalWithDefault: "mag leeg blijven: - laat het weg",
        oneOfPrefix: "een van: ", list: "een lijst: scheid met komma's of puntkomma's",
        knownPrefix: "bekend: ", andMore: { "; en nog \($0)" },
        expectation: dutchExpectation, noun: dutchNoun,
        atExpectation: "een tijdstip RFC 3339 met verschil tot UTC, zoals 2014-06-12T11:05:00+02:00",
        answerRequired: "dit veld is verplicht: geef een waarde",
        notAccepted: { "niet aanvaard: " + $0 },
        unknownID: { id, kind in "\"\(id)\" is geen \(dutchNoun(kind)) in het log" },
        takenID: { "\"\($0)\" is al in gebruik; kies een nieuw id" },
        notActor: { "\"\($0)\" is geen begeleider, deelnemer of organisator in het log" },
        summaryTitle: "Vast te leggen:", withFlags: { "(met vlaggen: " + $0 + ")" }, confirm: "Vastleggen? [J/n] ",
        yesOrNo: "antwoord j of n",
        declined: { "cohort add: niet vastgelegd; \($0) is ongewijzigd" },
        cancelled: { "cohort add: afgebroken (einde van de invoer); niets vastgelegd, \($0) is ongewijzigd" },
        proposed: { flag, value in "cohort add: \(flag) \(value) (voorgesteld: het volgende vrije id)" },
        missingNamed: { "ontbreekt: \($0); geef het met de vlag, of start in een terminal om ernaar gevraagd te worden" },
        notAFlag: { name, type, flags in "--\(name) is geen veld van \(type); de vlaggen zijn: \(flags.joined(separator: " "))" },
        givenTwice: { "\($0) staat er twee keer; alleen een lijst herhaalt haar vlag" },
        sessionHeader: { id, title, day, size in
            "Aanwezigheid bij \(id) (\(title), \(day); \(size)): Enter = aanwezig, n = afwezig, of het aantal dagdelen"
        },
        present: "aanwezig",
        attendanceHelp: { "antwoord Enter (aanwezig), n (afwezig), een getal van 0 tot en met \($0), of - (niet vastleggen)" },
        unknownSession: { "--session: \"\($0)\" is geen bijeenkomst in het log (of is afgelast)" },
        notListed: { "cohort add: geen aanwezigheid vastgelegd voor \($0.joined(separator: ", "))" },
        partialValue: { "--partial \"\($0)\" moet DEELNEMER=AANTAL zijn, zoals p05=2" },
        listedTwice: { "\($0) staat meer dan eens bij --present, --absent en --partial" },
        sheetConflict: "--participant en --dagdelen gaan niet samen met --present, --absent of --partial",
        sheetMissing: "ontbreekt: --participant (één deelnemer) of --present/--absent/--partial (de hele bijeenkomst)",
        nothingToRecord: "cohort add: niets vast te leggen")

    static func dutchExpectation(_ kind: FieldKind) -> String {
        switch kind {
        case .id(let kind, _): "het id van een \(dutchNoun(kind))"
        case .ids(let kind, _): "ids van \(dutchNoun(kind))"
        case .text: "een tekst"
        case .texts: "teksten"
        case .date: "een datum JJJJ-MM-DD"
        case .dates: "datums JJJJ-MM-DD"
        case .integer(let range): "een geheel getal van \(range.lowerBound) tot en met \(range.upperBound)"
        case .choice(let words): "een van: " + words.joined(separator: ", ")
        case .object: "een object"
        case .digest: "64 hexadecimale tekens (kleine letters)"
        case .currency: "een valutacode van drie hoofdletters, zoals EUR"
        }
    }

    static func dutchNoun(_ kind: IDKind) -> String {
        switch kind {
        case .record: "record"
        case .cohort: "leergang"
        case .organiser: "organisator"
        case .person: "deelnemer of begeleider"
        case .participant: "deelnemer"
        case .facilitator: "begeleider"
        case .session: "bijeenkomst"
        case .wish: "leerwens"
        case .assignment: "opdracht"
        case .reflection: "reflectie"
        case .line: "leerlijn"
        case .item: "oogstitem"
        case .invoice: "factuur"
        case .claim: "declaratie"
        }
    }
}
