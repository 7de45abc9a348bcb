import CohortLog

/// The IRIs, verbs and ids of the xAPI export (docs/XAPI.md is the table a reader needs).
///
/// ADL's verbs where ADL's vocabulary has one (`http://adlnet.gov/expapi/verbs/…`); our own under
/// ``base`` where it has none (stating a wish, reflecting, supporting, missing a session, …), and so the
/// activity types, extensions, activities and accounts. xAPI asks that whoever defines an IRI controls it,
/// so the organiser gives a base of their own (`cohort export --xapi --iri-base IRI`); without one the
/// export uses ``placeholderBase``, under `.example`, a name reserved so that it is never anyone's server
/// (RFC 6761): a placeholder that says it is one.
///
/// Ids do not depend on the base: a statement's id is a name-based UUID (version 5) in a namespace of
/// the cohort's id, so it is the same in every export and can be recomputed with any UUID library.
public struct XAPIVocabulary: Sendable, Equatable {
    /// The base of our own IRIs when the organiser gives none: a placeholder.
    public static let placeholderBase = "https://cohort.example/xapi/"

    /// The vocabulary under ``placeholderBase``.
    public static let placeholder = XAPIVocabulary(checked: placeholderBase)

    /// The base of our own IRIs: verbs, activity types, extensions, activities and accounts; ends in `/`.
    public let base: String

    /// The vocabulary under `base`: an absolute `http` or `https` IRI with a host (accounts' home pages
    /// must be locators), without a query or fragment, since paths are appended to it; a `/` is added when
    /// it does not end in one. Nil when `base` is none of that.
    ///
    /// `https://leren.example.org/xapi` gives `https://leren.example.org/xapi/verbs/stated`, …
    public init?(base: String) {
        let lower = base.lowercased()
        guard let scheme = ["https://", "http://"].first(where: { lower.hasPrefix($0) }) else { return nil }
        let rest = base.dropFirst(scheme.count)
        let host = rest.prefix { $0 != "/" }
        let forbidden = Set(" \"<>\\^`{|}?#")
        guard !host.isEmpty,
            !base.unicodeScalars.contains(where: { $0.value < 0x21 || (0x7F...0x9F).contains($0.value) || forbidden.contains(Character($0)) })
        else { return nil }
        self.init(checked: base.hasSuffix("/") ? base : base + "/")
    }

    init(checked base: String) {
        self.base = base
    }

    // MARK: Ids

    /// The namespace of registrations: `uuid5(NAMESPACE_URL, "https://cohort.example/xapi/")`, fixed
    /// (it does not follow ``base``, so that ids stay when an organiser sets a base of their own).
    public static let namespace = NameBasedUUID(unchecked: "ad1f9f38-6ea3-5a4f-9002-6cc450b77c48")

    /// The cohort's registration (`context.registration` of every statement): `uuid5(namespace, cohort id)`.
    public static func registration(cohort: String) -> NameBasedUUID {
        NameBasedUUID(namespace: namespace, name: cohort)
    }

    /// The name of version `version` of a record's statement: the record's id for the first, `ID#N` for
    /// the Nth after it (a record id holds no `#`, so no name is another's).
    public static func statementName(record: String, version: Int) -> String {
        version == 0 ? record : record + "#" + String(version)
    }

    /// The id of version `version` of a record's statement: `uuid5(registration, name)` (see
    /// ``statementName(record:version:)``); the first is `uuid5(registration, record id)`.
    public static func statementID(registration: NameBasedUUID, record: String, version: Int = 0) -> NameBasedUUID {
        NameBasedUUID(namespace: registration, name: statementName(record: record, version: version))
    }

    /// The id of the voiding of version `version` of a record's statement when a newer version replaces it
    /// or the audience loses sight of it: `uuid5(registration, name + "/voided")`.
    public static func voidingID(registration: NameBasedUUID, record: String, version: Int) -> NameBasedUUID {
        NameBasedUUID(namespace: registration, name: statementName(record: record, version: version) + "/voided")
    }

    // MARK: Verbs

    /// A verb: its name and how it reads in English and Dutch; its IRI is ADL's or under the base.
    public struct Verb: Sendable, Equatable {
        /// The last segment of its IRI.
        public let name: String
        /// Whether it is ADL's (`http://adlnet.gov/expapi/verbs/NAME`), else ours (`BASE/verbs/NAME`).
        public let isADL: Bool
        public let english: String
        public let dutch: String

        init(adl name: String, _ english: String, _ dutch: String) {
            (self.name, isADL, self.english, self.dutch) = (name, true, english, dutch)
        }

        init(own name: String, _ english: String, _ dutch: String) {
            (self.name, isADL, self.english, self.dutch) = (name, false, english, dutch)
        }
    }

    /// The IRI of `verb`.
    public func id(of verb: Verb) -> String {
        verb.isADL ? "http://adlnet.gov/expapi/verbs/" + verb.name : base + "verbs/" + verb.name
    }

    // ADL's verbs.
    static let registered = Verb(adl: "registered", "registered", "meldde zich aan")
    static let attended = Verb(adl: "attended", "attended", "was aanwezig bij")
    static let progressed = Verb(adl: "progressed", "progressed", "vorderde met")
    static let completed = Verb(adl: "completed", "completed", "rondde af")
    static let shared = Verb(adl: "shared", "shared", "deelde")
    static let voided = Verb(adl: "voided", "voided", "maakte ongeldig")
    // Our own: ADL's vocabulary has none for these.
    static let joined = Verb(own: "joined", "joined", "sloot zich aan bij")
    static let withdrew = Verb(own: "withdrew", "withdrew from", "trok zich terug uit")
    static let missed = Verb(own: "missed", "missed", "was afwezig bij")
    static let stated = Verb(own: "stated", "stated", "sprak uit")
    static let revised = Verb(own: "revised", "revised", "herformuleerde")
    static let closed = Verb(own: "closed", "closed", "sloot af")
    static let supported = Verb(own: "supported", "supported", "ondersteunde")
    static let started = Verb(own: "started", "started", "begon aan")
    static let reflected = Verb(own: "reflected", "reflected", "reflecteerde")
    static let identified = Verb(own: "identified", "identified", "benoemde")

    /// Every verb the export uses, in the order of docs/XAPI.md.
    public static let verbs: [Verb] = [
        registered, joined, withdrew, attended, missed, stated, revised, closed, supported, started, progressed, completed,
        reflected, identified, shared, voided,
    ]

    // MARK: Activity types and extensions

    static let cohortType = "http://adlnet.gov/expapi/activities/course"
    static let sessionType = "http://adlnet.gov/expapi/activities/meeting"
    var wishType: String { base + "activities/learning-wish" }
    var assignmentType: String { base + "activities/assignment" }
    var reflectionType: String { base + "activities/reflection" }
    var lineType: String { base + "activities/learning-line" }
    var itemType: String { base + "activities/harvest-item" }

    /// cmi5's registered extension for progress in percent (an integer 0–100).
    static let progress = "https://w3id.org/xapi/cmi5/result/extensions/progress"

    /// Our own extension IRI `name`.
    func extensionIRI(_ name: String) -> String { base + "extensions/" + name }
}
