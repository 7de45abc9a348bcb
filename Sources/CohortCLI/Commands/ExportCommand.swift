import CohortLog
import CohortProjections
import CohortReports

extension Command {
    /// `cohort export LOG (--xapi | --ics | --participant ID)`: the log for other tools and people.
    static let export = Command(
        name: "export",
        summary: "the log as xAPI statements, the sessions as a calendar, or everything about one participant",
        usage: "cohort export LOG (--xapi [--audience A] [--iri-base IRI] | --ics | --participant ID [--format json|md]) [--as-of T] [--known-at T] [--lang en|nl] [-o FILE]",
        details: """
        --xapi: xAPI 1.0.3 statements as one JSON array, for a learning record store (docs/XAPI.md has the
        mapping): statement ids derived from the records' ids, so the same record gives the same statement in
        every export; a statement that changed since an earlier export (an erasure, a change of visibility, a
        retraction of what it refers to) is voided and follows under a new id; actors as pseudonymous
        accounts, never names or e-mail addresses; one registration for the whole cohort; retractions as
        voiding statements; only what the audience may see (default group). Our own verbs, activities and
        extensions are IRIs under --iri-base, which should be one the organiser controls; without it they
        stand under https://cohort.example/xapi/, a placeholder (.example is reserved and is nobody's).
        --ics: the sessions as an iCalendar file (RFC 5545): one all-day event for each session, with its
        place and host; a session whose event says something new (moved, cancelled, its host's name shown
        or erased) keeps its UID with a higher SEQUENCE and a later DTSTAMP; a cancelled one, or one whose
        scheduling was retracted, is STATUS:CANCELLED. What the public may see.
        --participant ID: everything the log holds about one participant (the GDPR's right of access): each
        record by them or about them, with who recorded it and when, their own personal data included, and
        nothing about anyone else. json (default) or md.
        """,
        options: [
            .flag("xapi", "xAPI 1.0.3 statements (a JSON array)"),
            .flag("ics", "the sessions as an iCalendar file"),
            .value("participant", "ID", "everything the log holds about participant ID"),
            .value("audience", "A", "for --xapi: public, group, facilitator or participant:ID (default group); --ics is public"),
            .value("iri-base", "IRI", "for --xapi: the base of our own IRIs, one you control (default https://cohort.example/xapi/, a placeholder)"),
            .value("as-of", "T", "the cohort as it had happened by T (a date YYYY-MM-DD or an RFC 3339 timestamp)"),
            .value("known-at", "T", "the cohort as the log knew it at T (by when records were written)"),
            .format(["json", "md"]),
            .value("lang", "LANG", choices: ["en", "nl"], "the language of the words (default: from LC_ALL, LC_MESSAGES or LANG; else en)"),
            .output,
        ],
        positionals: 1...1, positionalNames: ["LOG"]
    ) { arguments, invocation in
        let log = arguments.positionals[0]
        let modes = ["xapi", "ics", "participant"].filter { arguments.has($0) }
        guard modes.count == 1 else {
            throw UsageError(modes.isEmpty ? "say what to export: --xapi, --ics or --participant ID"
                                           : "export one thing at a time, not --\(modes.joined(separator: " and --"))",
                             command: "export")
        }
        // The calendar is the public's view: saying so (`--audience public`) is accepted, asking for more is not.
        if modes[0] != "xapi" && arguments.has("audience") && !(modes[0] == "ics" && arguments.value("audience") == "public") {
            throw UsageError("--audience is for --xapi; --ics shows what the public may see, --participant that participant's own view",
                             command: "export")
        }
        if modes[0] != "xapi" && arguments.has("iri-base") {
            throw UsageError("--iri-base is for --xapi: the base of the statements' own IRIs", command: "export")
        }
        if modes[0] != "participant" && arguments.has("format") {
            throw UsageError("--format is for --participant (json or md); --xapi is JSON and --ics iCalendar", command: "export")
        }
        switch modes[0] {
        case "xapi": return try exportXAPI(log: log, arguments: arguments, invocation: invocation)
        case "ics": return try exportICalendar(log: log, arguments: arguments, invocation: invocation)
        default: return try exportParticipant(log: log, arguments: arguments, invocation: invocation)
        }
    }
}
