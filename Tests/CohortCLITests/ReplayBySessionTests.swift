import Foundation
import Testing

/// `cohort replay` session by session: every learning event in exactly one list, at the meeting or
/// between meetings as its day says, checked against an oracle read straight from the log's JSON.
@Suite struct ReplayBySessionTests {
    /// The learning events of a log by stretch, as the contract defines them, computed from its lines
    /// without the projections: retracted records and retractions left out, records after `asOf` too.
    struct Oracle {
        /// One stretch's lists, compared without their order (the contract promises none).
        struct Stretch: Equatable {
            var session: String?
            var atMeeting: [String] = []
            var between: [String] = []

            static func == (a: Stretch, b: Stretch) -> Bool {
                a.session == b.session && a.atMeeting.sorted() == b.atMeeting.sorted() && a.between.sorted() == b.between.sorted()
            }
        }

        var stretches: [Stretch]

        static let learningTypes: Set<String> = [
            "wish.stated", "wish.revised", "wish.closed", "assignment.started", "assignment.progressed",
            "assignment.completed", "reflection.recorded", "support.given", "harvest.contributed",
        ]

        init(log path: String, asOf: String? = nil) throws {
            let records = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map { line in
                try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            }
            func data(_ record: [String: Any]) -> [String: Any] { record["data"] as? [String: Any] ?? [:] }
            func day(_ record: [String: Any]) -> String { String((record["at"] as? String ?? "").prefix(10)) }
            let retracted = Set(records.filter { $0["type"] as? String == "event.retracted" }.compactMap { data($0)["target"] as? String })
            let standing = records.filter { record in
                guard let id = record["id"] as? String, !retracted.contains(id), record["type"] as? String != "event.retracted" else { return false }
                return asOf.map { day(record) <= $0 } ?? true
            }
            var days: [String: [String]] = [:]
            var cancelled = Set<String>()
            var order: [String] = []
            for record in standing {
                let fields = data(record)
                guard let session = fields["session"] as? String else { continue }
                switch record["type"] as? String {
                case "session.scheduled": days[session] = (fields["days"] as? [String] ?? []).sorted(); order.append(session)
                case "session.rescheduled": days[session] = (fields["days"] as? [String] ?? []).sorted()
                case "session.cancelled": cancelled.insert(session)
                default: break
                }
            }
            let sessions = order.filter { !cancelled.contains($0) }
                .sorted { ((days[$0]?.first ?? ""), $0) < ((days[$1]?.first ?? ""), $1) }
            var stretches = [Stretch(session: nil)] + sessions.map { Stretch(session: $0) }
            let learning = standing.filter { Self.learningTypes.contains($0["type"] as? String ?? "") }
                .enumerated().sorted { ((($0.element["at"] as? String) ?? "", $0.offset) < (($1.element["at"] as? String) ?? "", $1.offset)) }
                .map(\.element)
            for record in learning {
                let day = day(record)
                let index = sessions.lastIndex { (days[$0]?.first ?? "") <= day }.map { $0 + 1 } ?? 0
                let id = record["id"] as? String ?? ""
                if let session = stretches[index].session, days[session]?.contains(day) == true {
                    stretches[index].atMeeting.append(id)
                } else {
                    stretches[index].between.append(id)
                }
            }
            self.stretches = stretches
        }
    }

    /// The stretches of `cohort replay --format json` as the oracle's type.
    static func replayed(_ arguments: [String]) throws -> [Oracle.Stretch] {
        let run = cohort(["replay"] + arguments + ["--format", "json"])
        #expect(run.status == 0, "\(run.err)")
        let json = try #require(JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any])
        let stretches = try #require(json["stretches"] as? [[String: Any]])
        return stretches.map { stretch in
            Oracle.Stretch(session: stretch["session"] as? String, atMeeting: stretch["atMeeting"] as? [String] ?? [],
                           between: stretch["between"] as? [String] ?? [])
        }
    }

    static let fixtureLog = fixtures.appendingPathComponent("cohort/small.jsonl").path

    @Test(arguments: [nil, "2014-09-23", "2014-11-05", "2014-12-11"])
    func everyLearningEventOfTheRealCohortIsInExactlyOneListOnTheSideItsDaySays(_ asOf: String?) throws {
        let window = asOf.map { ["--as-of", $0] } ?? []
        let expected = try Oracle(log: realCohortLog, asOf: asOf)
        let actual = try Self.replayed([realCohortLog, "--audience", "facilitator"] + window)
        #expect(actual == expected.stretches)
        let all = actual.flatMap { $0.atMeeting + $0.between }
        #expect(Set(all).count == all.count)
        #expect(all.count > 100 || asOf != nil)
    }

    @Test func theFixtureCohortWithARetractionAgreesWithTheOracle() throws {
        #expect(try Self.replayed([Self.fixtureLog, "--audience", "facilitator"]) == Oracle(log: Self.fixtureLog).stretches)
    }

    @Test(arguments: [(8, 300, 5), (12, 1000, 6), (10, 600, 7)])
    func generatedCohortsAgreeWithTheOracle(_ participants: Int, _ events: Int, _ seed: Int) throws {
        let directory = try temporaryDirectory()
        let log = directory.appendingPathComponent("generated.jsonl").path
        let made = cohort(["generate", "--participants", "\(participants)", "--events", "\(events)", "--seed", "\(seed)", "-o", log])
        #expect(made.status == 0, "\(made.err)")
        let expected = try Oracle(log: log)
        #expect(expected.stretches.contains { !$0.atMeeting.isEmpty } && expected.stretches.contains { !$0.between.isEmpty })
        #expect(try Self.replayed([log, "--audience", "facilitator"]) == expected.stretches)
    }

    @Test func sessionsAfterTheDayTheHistoryLooksFromAreStillToCome() throws {
        let run = cohort(["replay", realCohortLog, "--as-of", "2014-11-05", "--format", "json"])
        let json = try #require(JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any])
        let stretches = try #require(json["stretches"] as? [[String: Any]])
        #expect(stretches.map { $0["toCome"] as? Bool } == [false, false, false, true, true, true])
        #expect(stretches.map { $0["end"] is NSNull } == [false, false, false, true, true, true])
        let current = try #require(stretches[2]["end"] as? [String: Any])
        // 16 wishes were open; the group does not see the two private ones.
        #expect((current["openWishes"] as? [String])?.count == 14)
        let text = cohort(["replay", realCohortLog, "--as-of", "2014-11-05"]).out
        #expect(text.contains("Eendaagse: vertrouwen en eigen regie in de eigen organisatie · 6 November 2014 (still to come)"))
        #expect(text.contains("So far: 14 wishes open"))
        #expect(cohort(["replay", realCohortLog, "--as-of", "2014-11-05", "--audience", "facilitator"]).out.contains("So far: 16 wishes open"))
    }

    @Test func theClosingSessionIsAMeetingOfItsOwnAndNotAfterTheLastMeeting() {
        let text = cohort(["replay", realCohortLog, "--audience", "facilitator"]).out
        let closing = text.components(separatedBy: "Slotbijeenkomst · 29 January 2015").last ?? ""
        let meeting = closing.components(separatedBy: "Between meetings, after the last session").first ?? ""
        #expect(meeting.contains("At the meeting"))
        #expect(meeting.contains("Attendance: 8 participants, 16 of 18 half-days"))
        #expect(meeting.contains("29 January 2015: Hanneke Jansen (p10) gave feedback to Femke de Graaf (p03) on wish w-p03-2"))
    }

    @Test func supportIsToldWithItsWishAndNoteAndProgressWithItsNote() {
        let text = cohort(["replay", realCohortLog, "--as-of", "2014-06-30"]).out
        #expect(text.contains(#"Annelies Verbeek (p05) gave feedback to Marieke Bosman (p01) on wish w-p01-1 (“Ik wil leren loslaten. …”) — “In de wensenronde teruggegeven"#))
        let later = cohort(["replay", realCohortLog, "--as-of", "2014-07-31"]).out
        #expect(later.contains(#"Sander Kuipers (p02): assignment at 20% — “Controller en ondernemingsraad akkoord"#))
    }

    @Test func aGroupReplayListsNoPrivateRecord() throws {
        let group = try Self.replayed([realCohortLog]).flatMap { $0.atMeeting + $0.between }
        let everything = try Self.replayed([realCohortLog, "--audience", "facilitator"]).flatMap { $0.atMeeting + $0.between }
        // ref-p03-1 is a private reflection, sup-074 private support, w-p09-2 a private wish.
        for id in ["ref-p03-1", "sup-074", "w-p09-2"] {
            #expect(everything.contains(id))
            #expect(!group.contains(id))
        }
        #expect(cohort(["replay", realCohortLog, "--audience", "participant:p03"]).out.contains("Het sparren vanmiddag hielp"))
        #expect(!cohort(["replay", realCohortLog]).out.contains("Het sparren vanmiddag hielp"))
    }

    static let goldens: [(name: String, arguments: [String])] = [
        ("replay-real.as-of-2014-11-05.txt", ["replay", realCohortLog, "--as-of", "2014-11-05"]),
        ("replay-real.facilitator.nl.md", ["replay", realCohortLog, "--audience", "facilitator", "--lang", "nl", "--format", "md"]),
    ]

    @Test(arguments: goldens.map(\.name))
    func theRealCohortsReplayMatchesItsGoldenFile(_ name: String) throws {
        let arguments = Self.goldens.first { $0.name == name }?.arguments ?? []
        let run = cohort(arguments)
        #expect(run.status == 0, "\(run.err)")
        try expectGolden(run.out, "cohort/reports/\(name)")
    }
}
