import Foundation
import Testing

/// `cohort timeline` told as threads: the JSON `threads` against an oracle computed from the log's own
/// lines, what each audience finds in them, and the story of a real participant in both languages.
@Suite struct TimelineThreadTests {
    static let fixtureLog = fixtures.appendingPathComponent("cohort/small.jsonl").path

    // MARK: - The oracle

    /// A log's records as JSON objects, without the retracted ones and the retractions.
    static func standingRecords(_ path: String) throws -> [[String: Any]] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let records = try text.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
        let retracted = Set(records.compactMap { record -> String? in
            guard record["type"] as? String == "event.retracted" else { return nil }
            return (record["data"] as? [String: Any])?["target"] as? String
        })
        return records.filter { record in
            record["type"] as? String != "event.retracted" && !retracted.contains(record["id"] as? String ?? "")
        }
    }

    /// What the threads of `participant` must say, from the log alone: per wish of theirs in the order
    /// stated, the ids of the support records naming it, the reflection ids of the reflections naming it,
    /// and its outcome and `into` (or NSNull).
    struct Expected: Equatable {
        var wish: String
        var support: [String]
        var reflections: [String]
        var outcome: String?
        var into: String?
    }

    static func oracle(_ records: [[String: Any]], participant: String) -> [Expected] {
        func data(_ record: [String: Any]) -> [String: Any] { record["data"] as? [String: Any] ?? [:] }
        func ofType(_ type: String) -> [[String: Any]] { records.filter { $0["type"] as? String == type } }
        let wishes = ofType("wish.stated").filter { data($0)["participant"] as? String == participant }.compactMap { data($0)["wish"] as? String }
        return wishes.map { wish in
            let closing = ofType("wish.closed").last { data($0)["wish"] as? String == wish }.map(data)
            return Expected(
                wish: wish,
                support: ofType("support.given").filter { data($0)["wish"] as? String == wish }.compactMap { $0["id"] as? String }.sorted(),
                reflections: ofType("reflection.recorded").filter { data($0)["wish"] as? String == wish }.compactMap { data($0)["reflection"] as? String }.sorted(),
                outcome: closing?["outcome"] as? String,
                into: closing?["into"] as? String)
        }
    }

    /// What the report's JSON says of the same threads (ids sorted, since the oracle knows no order of `at`).
    static func reported(_ object: [String: Any]) -> [Expected] {
        (object["threads"] as? [[String: Any]] ?? []).map { thread in
            Expected(
                wish: thread["wish"] as? String ?? "?",
                support: (thread["support"] as? [String] ?? ["?"]).sorted(),
                reflections: (thread["reflections"] as? [String] ?? ["?"]).sorted(),
                outcome: thread["outcome"] as? String,
                into: thread["into"] as? String)
        }
    }

    static func timelineJSON(_ log: String, _ participant: String, _ extra: [String] = []) throws -> [String: Any] {
        let out = successfulOutput(["timeline", log, participant, "--format", "json"] + extra)
        return try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
    }

    @Test(arguments: ["real", "fixture", "generated"])
    func everyThreadHoldsExactlyTheSupportAndReflectionsThatNameItsWish(_ cohort: String) throws {
        let log: String
        switch cohort {
        case "real": log = realCohortLog
        case "fixture": log = Self.fixtureLog
        default:
            log = try temporaryDirectory().appendingPathComponent("generated.jsonl").path
            #expect(Self.cohortRun(["generate", "--events", "600", "--participants", "8", "--seed", "3", "-o", log]) == 0)
        }
        let records = try Self.standingRecords(log)
        let participants = records.filter { $0["type"] as? String == "participant.registered" }
            .compactMap { ($0["data"] as? [String: Any])?["participant"] as? String }
        #expect(participants.count >= 4)
        var supports = 0, reflections = 0, closings = 0
        for participant in participants {
            let object = try Self.timelineJSON(log, participant, ["--audience", "facilitator"])
            let expected = Self.oracle(records, participant: participant)
            #expect(Self.reported(object) == expected, "\(cohort) \(participant)")
            for thread in object["threads"] as? [[String: Any]] ?? [] {
                #expect(Set(thread.keys).isSuperset(of: ["wish", "support", "reflections", "outcome", "into"]))
            }
            supports += expected.map(\.support.count).reduce(0, +)
            reflections += expected.map(\.reflections.count).reduce(0, +)
            closings += expected.filter { $0.outcome != nil }.count
        }
        // Not vacuous: the cohorts have support on wishes, and closed wishes (the real one and the
        // fixture reflections naming wishes too).
        #expect(supports > 0 && closings > 0)
        if cohort != "generated" { #expect(reflections > 0) }
    }

    static func cohortRun(_ arguments: [String]) -> Int32 { cohort(arguments, environment: [:]).status }

    @Test func aRetractedSupportIsInNoThread() throws {
        // sup-4 (pd to pa) is retracted in the fixture; it named no wish, and it is nowhere.
        let object = try Self.timelineJSON(Self.fixtureLog, "pa", ["--audience", "facilitator"])
        let text = String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
        #expect(!text.contains("sup-4") && !text.contains("FOUTE-STEUN"))
        #expect(Self.reported(object).map(\.support) == [["sup-1"]])
    }

    @Test func aTransformedWishSaysWhatItBecameAndTheNewOneWhereItCameFrom() throws {
        let threads = try #require(try Self.timelineJSON(realCohortLog, "p03", ["--audience", "participant:p03"])["threads"] as? [[String: Any]])
        #expect(threads.map { $0["wish"] as? String } == ["w-p03-1", "w-p03-2"])
        #expect(threads[0]["outcome"] as? String == "transformed" && threads[0]["into"] as? String == "w-p03-2")
        #expect(threads[1]["from"] as? String == "w-p03-1")
        #expect(threads[1]["outcome"] as? String == "fulfilled" && threads[1]["into"] is NSNull)
        #expect(threads[0]["reflections"] as? [String] == ["ref-p03-1", "ref-p03-2"])
        #expect(threads[1]["reflections"] as? [String] == ["ref-p03-3"])
        #expect(threads[0]["support"] as? [String] == ["sup-005", "sup-013", "sup-028", "sup-039", "sup-047"])
    }

    // MARK: - Who sees what

    /// p03's private reflection on her first wish.
    static let privateReflection = "Het sparren vanmiddag hielp. Ik probeer leidinggevenden te overtuigen"

    @Test func theGroupFindsAPrivateReflectionInNoThreadAndNowhereElse() throws {
        let threads = try #require(try Self.timelineJSON(realCohortLog, "p03")["threads"] as? [[String: Any]])
        #expect(!threads.isEmpty)
        #expect(!threads.contains { ($0["reflections"] as? [String] ?? []).contains("ref-p03-1") })
        for format in ["text", "md", "json"] {
            for language in ["en", "nl"] {
                let out = successfulOutput(["timeline", realCohortLog, "p03", "--format", format, "--lang", language])
                #expect(!out.contains("ref-p03-1"), "\(format) \(language)")
                #expect(!out.contains(Self.privateReflection), "\(format) \(language)")
                #expect(!out.contains("Woensdagmiddag eerder vertrokken"), "\(format) \(language): attendance is private")
                #expect(out.contains("Je nieuwe wens klinkt als iets wat je al doet"), "\(format) \(language)")
            }
        }
    }

    @Test func theParticipantFindsHerPrivateReflectionInItsThread() throws {
        let threads = try #require(try Self.timelineJSON(realCohortLog, "p03", ["--audience", "participant:p03"])["threads"] as? [[String: Any]])
        #expect((threads.first?["reflections"] as? [String])?.contains("ref-p03-1") == true)
        let text = successfulOutput(["timeline", realCohortLog, "p03", "--audience", "participant:p03"])
        let thread = text.components(separatedBy: "Wish 2:").first ?? ""
        #expect(thread.contains("Wish 1:") && thread.contains(Self.privateReflection))
    }

    /// The record ids, reflection ids and personal texts of every support, reflection and wish in `log`
    /// that is not public.
    static func unpublished(_ records: [[String: Any]]) -> (ids: Set<String>, texts: Set<String>) {
        var ids = Set<String>(), texts = Set<String>()
        for record in records {
            guard let type = record["type"] as? String, ["support.given", "reflection.recorded", "wish.stated", "attendance.recorded"].contains(type)
            else { continue }
            let data = record["data"] as? [String: Any] ?? [:]
            guard type == "attendance.recorded" || (data["visibility"] as? String ?? "group") != "public" else { continue }
            if type != "attendance.recorded" { ids.insert(record["id"] as? String ?? "") }
            if let reflection = data["reflection"] as? String { ids.insert(reflection) }
            for (key, value) in record["personal"] as? [String: Any] ?? [:] where key != "salt" {
                if let text = value as? String, text.count > 12 { texts.insert(text) }
            }
        }
        return (ids, texts)
    }

    @Test(arguments: ["real", "fixture"])
    func thePublicFindsNoTraceOfWhatIsNotPublic(_ cohort: String) throws {
        let log = cohort == "real" ? realCohortLog : Self.fixtureLog
        let records = try Self.standingRecords(log)
        let (ids, texts) = Self.unpublished(records)
        let participants = records.filter { $0["type"] as? String == "participant.registered" }
            .compactMap { ($0["data"] as? [String: Any])?["participant"] as? String }
        var shown = 0, hidden = 0
        for participant in participants {
            // The facilitators see the unpublished items; otherwise this test would prove nothing.
            let all = successfulOutput(["timeline", log, participant, "--format", "json", "--audience", "facilitator"])
            hidden += texts.filter(all.contains).count
            for format in ["text", "md", "json"] {
                let run = Self.cohortRunOutput(["timeline", log, participant, "--format", format, "--audience", "public"])
                guard run.status == 0 else { continue }
                shown += 1
                let tokens = Set(run.out.split { !($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ".") }.map { String($0.reversed().drop { $0 == "." }.reversed()) })
                let leakedIDs = tokens.intersection(ids)
                #expect(leakedIDs.isEmpty, "\(participant) \(format) shows \(leakedIDs.sorted())")
                let leakedTexts = texts.filter(run.out.contains)
                #expect(leakedTexts.isEmpty, "\(participant) \(format) shows \(leakedTexts.map { $0.prefix(30) })")
                if format == "json" {
                    let object = try #require(try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any])
                    #expect((object["attendance"] as? [Any])?.isEmpty == true)
                    #expect(object["registered"] == nil && object["withdrew"] == nil)
                }
            }
        }
        #expect(shown > 0 && hidden > 0 && !ids.isEmpty)
    }

    static func cohortRunOutput(_ arguments: [String]) -> (status: Int32, out: String) {
        let run = cohort(arguments, environment: [:])
        return (run.status, run.out)
    }

    @Test func anErasedReflectionShowsAsRedactedAmongTheOthers() throws {
        let object = try Self.timelineJSON(Self.fixtureLog, "pb", ["--audience", "participant:pb"])
        let others = try #require(object["otherReflections"] as? [[String: Any]])
        #expect(others.map { $0["reflection"] as? String } == ["ref-pb-1"])
        #expect((others.first?["text"] as? [String: Any])?["redacted"] as? Bool == true)
        let nl = successfulOutput(["timeline", Self.fixtureLog, "pb", "--audience", "participant:pb", "--lang", "nl"])
        #expect(nl.contains("Andere reflecties\n-----------------\n  - 24 september 2014 · reflecteerde [eigen regie] (privé): [verwijderd]\n"))
    }

    // MARK: - The story

    @Test(arguments: [
        ("timeline-real-p03.participant.nl.txt", ["--audience", "participant:p03", "--lang", "nl"]),
        ("timeline-real-p03.participant.en.md", ["--audience", "participant:p03", "--format", "md", "--lang", "en"]),
        ("timeline-real-p03.group.json", ["--audience", "group", "--format", "json"]),
    ])
    func theRealParticipantsStoryMatchesItsGoldenFile(_ name: String, _ arguments: [String]) throws {
        try expectGolden(successfulOutput(["timeline", realCohortLog, "p03"] + arguments), "cohort/reports/\(name)")
    }

    @Test func theStoryTellsEachWishAsAThread() {
        let en = successfulOutput(["timeline", realCohortLog, "p03", "--audience", "participant:p03"])
        #expect(en.contains("\nWish 1: “Ik wil leren hoe ik het gesprek over vertrouwen op gang…” (w-p03-1)\n"))
        #expect(en.contains("  - 6 November 2014 · transformed into wish 2 — “De vraag hoe ik leidinggevenden overtuig"))
        #expect(en.contains("\nGrew out of wish 1.\n"))
        #expect(en.contains("  - 12 June 2014 · coaching from Esther Mulder (p07) at Startbijeenkomst: leerwensen en de stip op de horizon (group) — “Doorgevraagd:"))
        let nl = successfulOutput(["timeline", realCohortLog, "p03", "--audience", "participant:p03", "--lang", "nl"])
        #expect(nl.contains("  - 6 november 2014 · omgevormd tot leerwens 2 — “De vraag hoe ik leidinggevenden overtuig"))
        #expect(nl.contains("\nVoortgekomen uit leerwens 1.\n"))
        #expect(nl.contains("  - 15 december 2014 · reflecteerde (privé): “Het goede gesprek met mijn eigen leidinggevende gevoerd."))
        // The sections follow the threads in this order.
        let headings = ["Wish 1:", "Wish 2:", "Assignment:", "What they gave", "Taking part"].map { en.range(of: "\n" + $0)?.lowerBound }
        #expect(!headings.contains(nil))
        #expect(headings.compactMap { $0 } == headings.compactMap { $0 }.sorted())
    }
}
