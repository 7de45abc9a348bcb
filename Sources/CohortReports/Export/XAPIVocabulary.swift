import CohortLog

/// The IRIs, verbs and ids of the xAPI export (docs/XAPI.md is the table a reader needs).
///
/// ADL's verbs where ADL's vocabulary has one (`http://adlnet.gov/expapi/verbs/…`); our own under
/// ``base`` where it has none (stating a wish, reflecting, supporting, …). Ids do not depend on the base:
/// a statement's id is a name-based UUID (version 5) of the record's id in a namespace of the cohort's id,
/// so it is the same in every export and can be recomputed with any UUID library.
public enum XAPIVocabulary {
    /// The base of our own IRIs: verbs, activity types, extensions, activities and accounts.
    ///
    /// `.example` is a reserved name (RFC 6761): it can never be someone else's server. An organisation
    /// that publishes the vocabulary under its own domain changes this constant; statement ids and
    /// registrations do not depend on it.
    public static let base = "https://cohort.example/xapi/"

    /// The namespace of registrations: `uuid5(NAMESPACE_URL, "https://cohort.example/xapi/")`, fixed
    /// (it does not follow a change of ``base``).
    public static let namespace = NameBasedUUID(unchecked: "ad1f9f38-6ea3-5a4f-9002-6cc450b77c48")

    /// The cohort's registration (`context.registration` of every statement): `uuid5(namespace, cohort id)`.
    public static func registration(cohort: String) -> NameBasedUUID {
        NameBasedUUID(namespace: namespace, name: cohort)
    }

    /// A record's statement id: `uuid5(registration, record id)`.
    public static func statementID(registration: NameBasedUUID, record: String) -> NameBasedUUID {
        NameBasedUUID(namespace: registration, name: record)
    }

    /// A verb: its IRI and how it reads in English and Dutch.
    public struct Verb: Sendable {
        public let id: String
        public let english: String
        public let dutch: String

        init(adl name: String, _ english: String, _ dutch: String) {
            id = "http://adlnet.gov/expapi/verbs/" + name
            self.english = english
            self.dutch = dutch
        }

        init(own name: String, _ english: String, _ dutch: String) {
            id = XAPIVocabulary.base + "verbs/" + name
            self.english = english
            self.dutch = dutch
        }
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
    static let stated = Verb(own: "stated", "stated", "sprak uit")
    static let revised = Verb(own: "revised", "revised", "herformuleerde")
    static let closed = Verb(own: "closed", "closed", "sloot af")
    static let supported = Verb(own: "supported", "supported", "ondersteunde")
    static let started = Verb(own: "started", "started", "begon aan")
    static let reflected = Verb(own: "reflected", "reflected", "reflecteerde")
    static let identified = Verb(own: "identified", "identified", "benoemde")

    /// Every verb the export uses, in the order of docs/XAPI.md.
    public static let verbs: [Verb] = [
        registered, joined, withdrew, attended, stated, revised, closed, supported, started, progressed, completed,
        reflected, identified, shared, voided,
    ]

    // Activity types.
    static let cohortType = "http://adlnet.gov/expapi/activities/course"
    static let sessionType = "http://adlnet.gov/expapi/activities/meeting"
    static let wishType = base + "activities/learning-wish"
    static let assignmentType = base + "activities/assignment"
    static let reflectionType = base + "activities/reflection"
    static let lineType = base + "activities/learning-line"
    static let itemType = base + "activities/harvest-item"

    /// cmi5's registered extension for progress in percent (an integer 0–100).
    static let progress = "https://w3id.org/xapi/cmi5/result/extensions/progress"

    /// Our own extension IRI `name`.
    static func extensionIRI(_ name: String) -> String { base + "extensions/" + name }
}
