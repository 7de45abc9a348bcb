import Foundation
import Testing

/// The reports on the fixture cohort (Fixtures/cohort/small.jsonl): a golden file for each command,
/// format, language and audience that matters, and privacy as a property: no report shows an audience a
/// text it may not see.
@Suite struct ReportTests {
    static let log = fixtures.appendingPathComponent("cohort/small.jsonl").path

    static let goldens: [(name: String, arguments: [String])] = [
        ("timeline-pa.txt", ["timeline", log, "pa"]),
        ("timeline-pa.public.nl.md", ["timeline", log, "pa", "--audience", "public", "--format", "md", "--lang", "nl"]),
        ("timeline-pb.self.txt", ["timeline", log, "pb", "--audience", "participant:pb"]),
        ("timeline-pc.facilitator.json", ["timeline", log, "pc", "--audience", "facilitator", "--format", "json"]),
        ("lines.txt", ["lines", log]),
        ("lines.nl.md", ["lines", log, "--format", "md", "--lang", "nl"]),
        ("lines.json", ["lines", log, "--format", "json"]),
        ("harvest.md", ["harvest", log]),
        ("harvest.nl.md", ["harvest", log, "--lang", "nl"]),
        ("harvest.facilitator.md", ["harvest", log, "--audience", "facilitator"]),
        ("harvest.json", ["harvest", log, "--format", "json"]),
        ("harvest.as-of-2014-12-11.md", ["harvest", log, "--as-of", "2014-12-11"]),
        ("harvest.group.known-at-2014-12-06.md", ["harvest", log, "--audience", "group", "--known-at", "2014-12-06"]),
        ("replay.txt", ["replay", log]),
        ("replay.facilitator.nl.md", ["replay", log, "--audience", "facilitator", "--lang", "nl", "--format", "md"]),
        ("replay.json", ["replay", log, "--format", "json"]),
        ("stats.txt", ["stats", log]),
        ("stats.nl.md", ["stats", log, "--format", "md", "--lang", "nl"]),
        ("stats.as-of-2014-09-30.json", ["stats", log, "--format", "json", "--as-of", "2014-09-30"]),
    ]

    @Test(arguments: goldens.map(\.name))
    func everyReportMatchesItsGoldenFile(_ name: String) throws {
        let arguments = Self.goldens.first { $0.name == name }?.arguments ?? []
        let run = cohort(arguments, environment: [:])
        #expect(run.status == 0, "\(run.err)")
        #expect(run.err == "")
        try expectGolden(normalized(run.out, [(fixtures.path + "/", "")]), "cohort/reports/\(name)")
    }

    /// Texts of the fixture cohort, and the audiences that may see each (nil: nobody, it was retracted
    /// or erased).
    static let markers: [(text: String, audiences: Set<String>?)] = [
        ("PRIVE-WENS-PB", ["facilitator", "participant:pb"]),
        ("GROEP-WENS-PC", ["facilitator", "group", "participant:pa", "participant:pb", "participant:pc", "participant:pd"]),
        ("GROEP-WENS-PD", ["facilitator", "group", "participant:pa", "participant:pb", "participant:pc", "participant:pd"]),
        ("PRIVE-NOTITIE-PC", ["facilitator", "participant:pc"]),
        ("PRIVE-STEUN-PC-PB", ["facilitator", "participant:pc", "participant:pb"]),
        ("GROEP-STEUN-PA-PC", ["facilitator", "group", "participant:pa", "participant:pb", "participant:pc", "participant:pd"]),
        ("FOUTE-STEUN", nil),
        ("PRIVE-OPDRACHT-PB", ["facilitator", "participant:pb"]),
        ("GROEP-OPDRACHT-PC", ["facilitator", "group", "participant:pa", "participant:pb", "participant:pc", "participant:pd"]),
        ("PRIVE-REFLECTIE-PB", nil),
        ("PRIVE-REFLECTIE-PD", ["facilitator", "participant:pd"]),
        ("PRIVE-WENS-PC3", ["facilitator", "participant:pc"]),
        ("w-pc-3", ["facilitator", "participant:pc"]),
        ("withdrew", ["facilitator", "group", "participant:pa", "participant:pb", "participant:pc", "participant:pd"]),
        ("trok zich terug", ["facilitator", "group", "participant:pa", "participant:pb", "participant:pc", "participant:pd"]),
        ("registered", ["facilitator", "group", "participant:pa", "participant:pb", "participant:pc", "participant:pd"]),
        ("meldde zich aan", ["facilitator", "group", "participant:pa", "participant:pb", "participant:pc", "participant:pd"]),
        ("GROEP-REFLECTIE-PC", ["facilitator", "group", "participant:pa", "participant:pb", "participant:pc", "participant:pd"]),
        ("PRIVE-REFLECTIE-F1", ["facilitator"]),
        ("GROEP-HERZIENE-WENS-PB", ["facilitator", "group", "participant:pa", "participant:pb", "participant:pc", "participant:pd"]),
        ("PRIVE-REDEN-PD", ["facilitator", "participant:pd"]),
        ("PRIVE-RESULTAAT-PC", ["facilitator", "participant:pc"]),
        ("anna@example.org", []),
        ("dirk@example.org", []),
        ("Dirk Dekker", ["facilitator", "group", "participant:pa", "participant:pb", "participant:pc", "participant:pd"]),
        ("Woerden", ["facilitator", "group", "participant:pa", "participant:pb", "participant:pc", "participant:pd"]),
        ("Ada Begeleider", ["facilitator", "group", "participant:pa", "participant:pb", "participant:pc", "participant:pd"]),
    ]

    static let audiences = ["public", "group", "facilitator", "participant:pa", "participant:pb", "participant:pc", "participant:pd"]

    static let reports: [[String]] = [
        ["timeline", log, "pa"], ["timeline", log, "pb"], ["timeline", log, "pc"],
        ["lines", log], ["harvest", log], ["replay", log],
    ]

    @Test(arguments: audiences)
    func noReportShowsAnAudienceWhatItMayNotSee(_ audience: String) throws {
        // pd has nothing public: for the public there is no such participant.
        let reports = Self.reports + (audience == "public" ? [] : [["timeline", Self.log, "pd"]])
        for report in reports {
            for format in ["text", "md", "json"] {
                for language in ["en", "nl"] {
                    let run = cohort(report + ["--audience", audience, "--format", format, "--lang", language], environment: [:])
                    #expect(run.status == 0, "\(report) \(run.err)")
                    for (text, allowed) in Self.markers where !(allowed?.contains(audience) ?? false) {
                        #expect(!run.out.contains(text), "\(report[0]) \(report.count > 2 ? report[2] : "") --audience \(audience) --format \(format) shows \(text)")
                    }
                }
            }
        }
    }

    @Test func whatAnAudienceMaySeeIsShown() {
        let pb = cohort(["timeline", Self.log, "pb", "--audience", "participant:pb"], environment: [:]).out
        for text in ["PRIVE-WENS-PB", "PRIVE-STEUN-PC-PB", "PRIVE-OPDRACHT-PB", "GROEP-HERZIENE-WENS-PB"] { #expect(pb.contains(text)) }
        let facilitator = cohort(["replay", Self.log, "--audience", "facilitator"], environment: [:]).out
        for text in ["PRIVE-REFLECTIE-F1", "PRIVE-RESULTAAT-PC", "PRIVE-WENS-PB"] { #expect(facilitator.contains(text)) }
        let group = cohort(["timeline", Self.log, "pc"], environment: [:]).out
        for text in ["GROEP-WENS-PC", "GROEP-STEUN-PA-PC", "GROEP-REFLECTIE-PC", "GROEP-OPDRACHT-PC"] { #expect(group.contains(text)) }
    }

    @Test func thePublicHarvestCountsOnlyWhatThePublicSees() throws {
        let run = cohort(["harvest", Self.log, "--format", "json"], environment: [:])
        let object = try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any]
        let figures = object?["figures"] as? [String: Any]
        #expect(figures?["wishesStated"] as? Int == 2)
        #expect(figures?["supports"] as? Int == 1)
        #expect(figures?["assignmentsStarted"] as? Int == 2)
        #expect(figures?["reflections"] as? Int == 2)
        #expect(figures?["participants"] as? Int == 3)
        #expect(figures?["attendance"] == nil)
        let facilitator = try JSONSerialization.jsonObject(with: Data(cohort(["harvest", Self.log, "--format", "json", "--audience", "facilitator"], environment: [:]).out.utf8)) as? [String: Any]
        let all = facilitator?["figures"] as? [String: Any]
        #expect(all?["wishesStated"] as? Int == 6)
        #expect(all?["supports"] as? Int == 4)
        #expect((all?["attendance"] as? [Any])?.count == 4)
    }

    @Test func aResultMadePublicShowsWithoutTheTitleThatWasNot() {
        let harvest = cohort(["harvest", Self.log], environment: [:]).out
        #expect(harvest.contains("OPENBAAR-RESULTAAT-PB"))
        #expect(!harvest.contains("PRIVE-OPDRACHT-PB"))
    }

    @Test func aTransformationIntoAWishThePublicMayNotSeeShowsNoTarget() {
        let json = cohort(["timeline", Self.log, "pc", "--audience", "public", "--format", "json"], environment: [:]).out
        #expect(json.contains(#""outcome":"transformed","into":null"#))
    }

    @Test func hostileTextStaysHarmlessInTextAndMarkdown() {
        for format in ["text", "md"] {
            let out = cohort(["harvest", Self.log, "--format", format], environment: [:]).out
            #expect(out.contains("alert"))
            #expect(!out.contains("\u{202E}"))
            #expect(!out.contains("\n# geen kop"))
            #expect(!out.contains("\t"))
            if format == "md" {
                #expect(!out.contains("<script>"))
                #expect(!out.contains("<b>"))
                #expect(!out.contains("[link](http"))
                #expect(out.contains(##"\<script\>alert('x')\</script\> \| \*vet\* \_schuin\_ \[link\](http://example.org) \# geen kop  omgekeerd 1) geen lijst"##))
            }
        }
    }

    @Test func erasedTextsShowAsRedactedInBothLanguages() {
        let en = cohort(["timeline", Self.log, "pb", "--audience", "facilitator"], environment: [:]).out
        let nl = cohort(["timeline", Self.log, "pb", "--audience", "facilitator", "--lang", "nl"], environment: [:]).out
        #expect(en.contains("reflected [eigen regie] (private): [redacted]"))
        #expect(nl.contains("reflecteerde [eigen regie] (privé): [verwijderd]"))
        let json = cohort(["timeline", Self.log, "pb", "--audience", "facilitator", "--format", "json"], environment: [:]).out
        #expect(json.contains(#""text":{"redacted":true}"#))
    }

    @Test func aRetractionCountsOnlyFromWhenItIsInTheWindow() throws {
        let log = try baseLog()
        let support = #"{"id":"sup-x","type":"support.given","at":"2014-07-01T15:00:00+02:00","by":"pb","data":{"from":"pb","to":"pa","kind":"feedback","note":"Te snel genoteerd."}}"#
        #expect(cohort(["append", log, "-"], input: Array(support.utf8), environment: ["COHORT_NOW": "2014-07-01T14:00:00Z"]).status == 0)
        let retraction = #"{"type":"event.retracted","at":"2014-07-20T09:00:00+02:00","by":"f1","data":{"target":"sup-x","reason":"dubbel"}}"#
        #expect(cohort(["append", log, "-"], input: Array(retraction.utf8), environment: ["COHORT_NOW": "2014-07-20T08:00:00Z"]).status == 0)
        #expect(!cohort(["timeline", log, "pa"], environment: [:]).out.contains("Te snel genoteerd"))
        #expect(cohort(["timeline", log, "pa", "--known-at", "2014-07-10"], environment: [:]).out.contains("Te snel genoteerd"))
        #expect(cohort(["timeline", log, "pa", "--as-of", "2014-07-10"], environment: [:]).out.contains("Te snel genoteerd"))
        #expect(!cohort(["timeline", log, "pa", "--as-of", "2014-07-20"], environment: [:]).out.contains("Te snel genoteerd"))
    }

    @Test func theLocaleChoosesDutchWithoutLang() {
        let run = cohort(["lines", Self.log], environment: ["LANG": "nl_NL.UTF-8"])
        #expect(run.out.hasPrefix("Leerlijnen"))
        let overridden = cohort(["lines", Self.log], environment: ["LANG": "nl_NL.UTF-8", "LC_ALL": "en_GB.UTF-8"])
        #expect(overridden.out.hasPrefix("Learning lines"))
    }

    @Test(arguments: [
        (["timeline", log, "zz"], "cohort timeline: there is no participant zz that audience group may see in "),
        (["timeline", log, "pd", "--audience", "public"], "cohort timeline: there is no participant pd that audience public may see in "),
        (["harvest", log, "--audience", "everyone"], "cohort harvest: --audience must be public, group, facilitator or participant:ID, not \"everyone\""),
        (["replay", log, "--as-of", "yesterday"], "cohort replay: --as-of must be a date YYYY-MM-DD or an RFC 3339 timestamp, not \"yesterday\""),
        (["lines", log, "--audience", "participant:zz"], "cohort lines: --audience participant:zz: there is no participant or facilitator zz in "),
        (["harvest", log, "--format", "text", "--lang", "fr"], "cohort harvest: --lang must be one of en, nl, not \"fr\""),
    ])
    func badReportArgumentsAreUsageErrors(_ arguments: [String], _ message: String) {
        let run = cohort(arguments, environment: [:])
        #expect(run.status == 2)
        #expect(run.err.hasPrefix(message))
    }
}
