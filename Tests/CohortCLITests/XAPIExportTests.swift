import Foundation
import Testing
import CohortLog

/// `cohort export LOG --xapi` (docs/XAPI.md): a golden file for the real cohort, the form of every
/// statement, ids that stay the same as the log grows, retractions as voiding statements, what each
/// audience may see, no names or e-mail addresses; and the export loaded by TinCanPython, an xAPI library
/// this project did not write, where it is installed.
@Suite struct XAPIExportTests {
    static let realLog = realCohortLog
    static let small = fixtures.appendingPathComponent("cohort/small.jsonl").path
    static let audiences = ["public", "group", "facilitator", "participant:pa", "participant:pb", "participant:pc", "participant:pd"]

    /// The statements of an export.
    static func statements(_ out: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [[String: Any]] {
        let parsed = try JSONSerialization.jsonObject(with: Data(out.utf8))
        let array = try #require(parsed as? [[String: Any]], "not a JSON array of objects", sourceLocation: sourceLocation)
        return array
    }

    /// Exports `log` for `arguments`, expecting success and nothing on standard error.
    static func export(_ log: String, _ arguments: [String] = [], sourceLocation: SourceLocation = #_sourceLocation) -> String {
        successfulOutput(["export", log, "--xapi"] + arguments, sourceLocation: sourceLocation)
    }

    /// The records of a log by id: their JSON objects.
    static func records(_ log: String) throws -> [String: [String: Any]] {
        let text = try String(contentsOfFile: log, encoding: .utf8)
        var records: [String: [String: Any]] = [:]
        for line in text.split(separator: "\n") {
            if let record = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], let id = record["id"] as? String {
                records[id] = record
            }
        }
        return records
    }

    static let ours = "https://cohort.example/xapi/"
    static func record(of statement: [String: Any]) -> String? {
        ((statement["context"] as? [String: Any])?["extensions"] as? [String: Any])?[ours + "extensions/record"] as? String
    }
    static func verb(of statement: [String: Any]) -> String? { (statement["verb"] as? [String: Any])?["id"] as? String }
    static func object(of statement: [String: Any]) -> [String: Any] { statement["object"] as? [String: Any] ?? [:] }

    // MARK: Golden files

    @Test(arguments: [
        ("eigen-regie-2014.group.json", realLog, [String]()),
        ("small.facilitator.json", small, ["--audience", "facilitator"]),
        ("small.public.json", small, ["--audience", "public"]),
    ])
    func theExportMatchesItsGoldenFile(_ name: String, _ log: String, _ arguments: [String]) throws {
        try expectGolden(Self.export(log, arguments), "xapi/\(name)")
    }

    // MARK: The form of every statement

    static var uuid: Regex<Substring> { #/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/# }
    static let adl = ["registered", "attended", "progressed", "completed", "shared", "voided"].map { "http://adlnet.gov/expapi/verbs/" + $0 }
    static let own = ["joined", "withdrew", "stated", "revised", "closed", "supported", "started", "reflected", "identified"].map {
        ours + "verbs/" + $0
    }

    @Test(arguments: [
        (realLog, ["public", "group", "facilitator", "participant:p03", "participant:p04"]),
        (small, audiences),
    ])
    func everyStatementHasAnIDActorVerbObjectTimestampAndTheCohortsRegistration(_ log: String, _ audiences: [String]) throws {
        let records = try Self.records(log)
        let cohortID = try #require(records.values.first { $0["type"] as? String == "cohort.opened" }?["data"] as? [String: Any])["cohort"] as? String
        let registration = XAPIVocabularyCheck.registration(cohort: try #require(cohortID))
        for audience in audiences {
            let statements = try Self.statements(Self.export(log, ["--audience", audience]))
            #expect(!statements.isEmpty)
            var ids = Set<String>()
            for statement in statements {
                let id = try #require(statement["id"] as? String)
                #expect(id.wholeMatch(of: Self.uuid) != nil, "\(id): not a version 5 UUID of RFC 4122's variant")
                #expect(ids.insert(id).inserted, "\(id) twice")
                let record = try #require(Self.record(of: statement), "\(id) names no record")
                #expect(id == XAPIVocabularyCheck.statementID(registration: registration, record: record))
                let at = try #require(records[record]?["at"] as? String, "\(record) is not a record of the log")
                #expect(statement["timestamp"] as? String == Self.written(at), "\(id): timestamp is not the record's at")
                #expect(statement["stored"] == nil && statement["authority"] == nil && statement["version"] == nil)
                let context = try #require(statement["context"] as? [String: Any])
                #expect(context["registration"] as? String == registration)
                let actor = try #require(statement["actor"] as? [String: Any])
                let members = actor["objectType"] as? String == "Group" && actor["account"] == nil ? actor["member"] as? [[String: Any]] ?? [] : [actor]
                #expect(!members.isEmpty)
                for agent in members {
                    let account = try #require(agent["account"] as? [String: Any], "\(id): an actor without an account")
                    #expect(account["homePage"] as? String != nil && account["name"] as? String != nil)
                    #expect(Set(agent.keys).isSubset(of: ["objectType", "account"]), "\(id): an actor with \(agent.keys.sorted())")
                }
                let verb = try #require(statement["verb"] as? [String: Any])
                let verbID = try #require(verb["id"] as? String)
                #expect(Self.adl.contains(verbID) || Self.own.contains(verbID), "\(verbID)")
                let display = verb["display"] as? [String: String] ?? [:]
                #expect(display["en-US"] != nil && display["nl-NL"] != nil)
                let object = Self.object(of: statement)
                #expect(["Activity", "Agent", "StatementRef"].contains(object["objectType"] as? String ?? ""))
                #expect(object["id"] != nil || object["account"] != nil)
            }
        }
    }

    /// A record's `at` as a statement's timestamp: as written, but `-00:00` (RFC 3339's unknown offset,
    /// which xAPI does not allow) as `Z`.
    static func written(_ at: String) -> String { at.hasSuffix("-00:00") ? String(at.dropLast(6)) + "Z" : at }

    @Test func anUnknownOffsetBecomesUTC() throws {
        let directory = try temporaryDirectory()
        let log = directory.appendingPathComponent("log.jsonl").path
        try FileManager.default.copyItem(atPath: Self.small, toPath: log)
        let reflection = #"{"id":"ref-nz","type":"reflection.recorded","at":"2015-02-05T10:00:00-00:00","by":"pa","data":{"reflection":"ref-nz","participant":"pa","text":"zonder offset"}}"#
        #expect(cohort(["append", log, "-"], input: Array(reflection.utf8), environment: ["COHORT_NOW": "2015-02-08T10:00:00Z"]).status == 0)
        let statement = try #require(try Self.statements(Self.export(log)).first { Self.record(of: $0) == "ref-nz" })
        #expect(statement["timestamp"] as? String == "2015-02-05T10:00:00Z")
    }

    // MARK: Ids that stay

    @Test func idsAndStatementsStayTheSameWhenTheLogGrows() throws {
        let directory = try temporaryDirectory()
        let log = directory.appendingPathComponent("log.jsonl").path
        try FileManager.default.copyItem(atPath: Self.small, toPath: log)
        let before = Self.export(log)
        let later = [
            #"{"type":"support.given","at":"2015-02-05T15:00:00+01:00","by":"pb","data":{"from":"pb","to":"pc","kind":"feedback","wish":"w-pc-2","note":"LATER-STEUN"}}"#,
            #"{"type":"reflection.recorded","at":"2015-02-06T20:00:00+01:00","by":"pa","data":{"reflection":"ref-pa-later","participant":"pa","text":"LATER-REFLECTIE"}}"#,
            #"{"type":"event.retracted","at":"2015-02-07T09:00:00+01:00","by":"f1","data":{"target":"sup-3","reason":"dubbel"}}"#,
        ].joined(separator: "\n")
        let appended = cohort(["append", log, "-"], input: Array(later.utf8), environment: ["COHORT_NOW": "2015-02-08T10:00:00Z"])
        #expect(appended.status == 0, "\(appended.err)")
        let after = Self.export(log)
        // One statement to a line: every statement of the first export is in the second, byte for byte.
        func lines(_ text: String) -> Set<String> {
            Set(text.split(separator: "\n").map { String($0.hasSuffix(",") ? $0.dropLast() : $0) }.filter { $0.hasPrefix("{") })
        }
        #expect(lines(before).count == (try Self.statements(before)).count)
        #expect(lines(before).isSubset(of: lines(after)))
        #expect(lines(after).count == lines(before).count + 3)
        #expect(after.contains("LATER-STEUN") && after.contains("LATER-REFLECTIE"))
    }

    // MARK: Retractions

    @Test func aRetractionVoidsTheStatementOfTheRecordItRetracted() throws {
        let statements = try Self.statements(Self.export(Self.small))
        let voiding = statements.filter { Self.verb(of: $0) == "http://adlnet.gov/expapi/verbs/voided" }
        #expect(voiding.count == 1)
        let void = try #require(voiding.first)
        #expect(Self.record(of: void) == "ret-1")
        let object = Self.object(of: void)
        #expect(object["objectType"] as? String == "StatementRef")
        let target = try #require(statements.firstIndex { Self.record(of: $0) == "sup-4" }, "the retracted support has no statement")
        #expect(object["id"] as? String == statements[target]["id"] as? String)
        #expect(target < (statements.firstIndex { Self.record(of: $0) == "ret-1" } ?? -1))
    }

    @Test func aRetractionOfWhatTheAudienceMayNotSeeLeavesNoTrace() throws {
        // The public may not see the support sup-4 (group): neither it nor its voiding.
        let public_ = try Self.statements(Self.export(Self.small, ["--audience", "public"]))
        #expect(!public_.contains { Self.record(of: $0) == "sup-4" || Self.record(of: $0) == "ret-1" })
        #expect(!public_.contains { Self.verb(of: $0) == "http://adlnet.gov/expapi/verbs/voided" })
        // The real cohort retracts p04's attendance (private): only the facilitators and p04 see the voiding.
        for (audience, sees) in [("group", false), ("facilitator", true), ("participant:p04", true), ("participant:p06", false)] {
            let statements = try Self.statements(Self.export(Self.realLog, ["--audience", audience]))
            #expect(statements.contains { Self.record(of: $0) == "ret-1" } == sees, "\(audience)")
            #expect(statements.contains { Self.record(of: $0) == "att-s2-p04" } == sees, "\(audience)")
        }
    }

    @Test func aRetractionOutsideTheWindowVoidsNothing() throws {
        let statements = try Self.statements(Self.export(Self.small, ["--as-of", "2014-07-04"]))
        #expect(statements.contains { Self.record(of: $0) == "sup-4" })
        #expect(!statements.contains { Self.verb(of: $0) == "http://adlnet.gov/expapi/verbs/voided" })
    }

    // MARK: Audiences

    /// The fixture cohort's markers (Fixtures/cohort/README.md), and who may see each in the statements. The
    /// retracted support FOUTE-STEUN is exported as it was, then voided, to the audiences that could see it.
    static let markers: [(text: String, audiences: Set<String>)] = {
        let inside: Set<String> = ["facilitator", "group", "participant:pa", "participant:pb", "participant:pc", "participant:pd"]
        return [
            ("PRIVE-WENS-PB", ["facilitator", "participant:pb"]),
            ("GROEP-WENS-PC", inside), ("GROEP-WENS-PD", inside),
            ("PRIVE-NOTITIE-PC", ["facilitator", "participant:pc"]),
            ("PRIVE-STEUN-PC-PB", ["facilitator", "participant:pc", "participant:pb"]),
            ("GROEP-STEUN-PA-PC", inside), ("FOUTE-STEUN", inside),
            ("PRIVE-OPDRACHT-PB", ["facilitator", "participant:pb"]),
            ("GROEP-OPDRACHT-PC", inside),
            ("PRIVE-REFLECTIE-PB", []),
            ("PRIVE-REFLECTIE-PD", ["facilitator", "participant:pd"]),
            ("PRIVE-WENS-PC3", ["facilitator", "participant:pc"]), ("w-pc-3", ["facilitator", "participant:pc"]),
            ("GROEP-REFLECTIE-PC", inside), ("PRIVE-REFLECTIE-F1", ["facilitator"]),
            ("GROEP-HERZIENE-WENS-PB", inside),
            ("PRIVE-REDEN-PD", ["facilitator", "participant:pd"]),
            ("PRIVE-RESULTAAT-PC", ["facilitator", "participant:pc"]),
            ("OPENBAAR-RESULTAAT-PB", inside.union(["public"])),
        ]
    }()

    @Test(arguments: audiences)
    func anAudienceIsShownExactlyWhatItMaySee(_ audience: String) {
        let out = Self.export(Self.small, ["--audience", audience])
        for (text, allowed) in Self.markers {
            #expect(out.contains(text) == allowed.contains(audience), "--audience \(audience): \(text) \(out.contains(text) ? "shown" : "not shown")")
        }
    }

    @Test func whatAnAudienceMayNotSeeChangesNothingItIsShown() throws {
        let directory = try temporaryDirectory()
        let log = directory.appendingPathComponent("log.jsonl").path
        try FileManager.default.copyItem(atPath: Self.small, toPath: log)
        let before = Dictionary(uniqueKeysWithValues: Self.audiences.map { ($0, Self.export(log, ["--audience", $0])) })
        let hidden = [
            #"{"type":"wish.stated","at":"2015-02-05T10:00:00+01:00","by":"pa","data":{"wish":"w-pa-9","participant":"pa","visibility":"private","text":"VERBORGEN-WENS"}}"#,
            #"{"type":"support.given","at":"2015-02-05T11:00:00+01:00","by":"pa","data":{"from":"pa","to":"pb","kind":"coaching","visibility":"private","note":"VERBORGEN-STEUN"}}"#,
            #"{"type":"reflection.recorded","at":"2015-02-05T12:00:00+01:00","by":"pa","data":{"reflection":"ref-pa-9","participant":"pa","visibility":"private","text":"VERBORGEN-REFLECTIE"}}"#,
            #"{"type":"attendance.recorded","at":"2015-02-05T13:00:00+01:00","by":"f1","data":{"session":"s4","participant":"pa","dagdelen":2}}"#,
            #"{"type":"event.retracted","at":"2015-02-05T14:00:00+01:00","by":"f1","data":{"target":"att-s1-pa","reason":"verkeerd"}}"#,
        ].joined(separator: "\n")
        let appended = cohort(["append", log, "-"], input: Array(hidden.utf8), environment: ["COHORT_NOW": "2015-02-08T10:00:00Z"])
        #expect(appended.status == 0, "\(appended.err)")
        for audience in Self.audiences {
            let after = Self.export(log, ["--audience", audience])
            let sees = ["facilitator", "participant:pa", "participant:pb"].contains(audience)
            #expect((after == before[audience]) == !sees, "--audience \(audience)")
        }
    }

    @Test func attendanceIsPrivateToTheParticipantAndTheFacilitators() throws {
        let attendance = try Self.records(Self.small).values.filter { $0["type"] as? String == "attendance.recorded" }
        let ofPC = attendance.filter { ($0["data"] as? [String: Any])?["participant"] as? String == "pc" }
        #expect(attendance.count > ofPC.count && !ofPC.isEmpty)
        for (audience, count) in [("group", 0), ("public", 0), ("participant:pc", ofPC.count), ("facilitator", attendance.count)] {
            let statements = try Self.statements(Self.export(Self.small, ["--audience", audience]))
            let attended = statements.filter { Self.verb(of: $0) == "http://adlnet.gov/expapi/verbs/attended" }
            #expect(attended.count == count, "\(audience)")
            for statement in attended {
                let result = statement["result"] as? [String: Any]
                #expect((result?["score"] as? [String: Any])?["raw"] != nil, "attendance without its dagdelen")
            }
        }
    }

    @Test(arguments: [
        (realLog, ["public", "group", "facilitator", "participant:p03", "participant:p08"]),
        (small, audiences),
    ])
    func noNameOrEmailAddressIsExportedToAnyone(_ log: String, _ audiences: [String]) throws {
        var secrets = Set<String>()
        for record in try Self.records(log).values {
            let personal = record["personal"] as? [String: Any] ?? [:]
            for field in ["name", "email"] { if let value = personal[field] as? String { secrets.insert(value) } }
        }
        #expect(secrets.count >= 6)
        for audience in audiences {
            let out = Self.export(log, ["--audience", audience])
            for secret in secrets { #expect(!out.contains(secret), "--audience \(audience) shows \(secret)") }
            #expect(!out.contains("mbox") && !out.contains("mailto:"))
        }
    }

    // MARK: Windows and arguments

    @Test func asOfAndKnownAtChooseTheRecords() throws {
        let records = try Self.records(Self.small)
        let asOf = try Self.statements(Self.export(Self.small, ["--as-of", "2014-09-24"]))
        #expect(!asOf.isEmpty)
        for statement in asOf { #expect((statement["timestamp"] as? String ?? "") < "2014-09-25") }
        let knownAt = try Self.statements(Self.export(Self.small, ["--known-at", "2014-08-20"]))
        #expect(!knownAt.isEmpty)
        for statement in knownAt {
            #expect(records[Self.record(of: statement) ?? ""]?["recorded"] as? String == "2014-08-20T10:00:00Z")
        }
        #expect(knownAt.count < (try Self.statements(Self.export(Self.small))).count)
    }

    @Test func anUnknownParticipantAudienceIsAUsageError() {
        let run = cohort(["export", Self.small, "--xapi", "--audience", "participant:zz"], environment: [:])
        #expect(run.status == 2)
        #expect(run.err.hasPrefix("cohort export: --audience participant:zz: there is no participant or facilitator zz in "))
    }

    @Test func theExportGoesToAFileWithO() throws {
        let out = try temporaryDirectory().appendingPathComponent("statements.json").path
        let run = cohort(["export", Self.small, "--xapi", "-o", out], environment: [:])
        #expect(run.status == 0 && run.out == "")
        #expect(try String(contentsOfFile: out, encoding: .utf8) == Self.export(Self.small))
    }

    // MARK: A library this project did not write

    /// Whether TinCanPython (`python3 -m pip install tincan`) can be imported.
    static let tincan = pythonCanImport("tincan")

    @Test(.enabled(if: tincan, "TinCanPython is not installed (python3 -m pip install tincan): scripts/interop/check-xapi.py not run"),
          arguments: [(realLog, "group"), (realLog, "facilitator"), (small, "facilitator"), (small, "public")])
    func tinCanPythonLoadsEveryStatement(_ log: String, _ audience: String) throws {
        let directory = try temporaryDirectory()
        let path = directory.appendingPathComponent("statements.json").path
        try write(Self.export(log, ["--audience", audience]), to: path)
        let check = try runPythonScript("scripts/interop/check-xapi.py", [path, log])
        #expect(check.status == 0, "\(check.output)")
        #expect(check.output.contains("statements loaded by TinCanPython"), "\(check.output)")
    }
}

/// The ids of docs/XAPI.md, computed here with the project's name-based UUIDs (whose SHA-1 and UUIDs are
/// checked against published values in NameBasedUUIDTests; the Python check recomputes them with
/// `uuid.uuid5`).
enum XAPIVocabularyCheck {
    static let namespace = NameBasedUUID(namespace: .url, name: "https://cohort.example/xapi/")
    static func registration(cohort: String) -> String { NameBasedUUID(namespace: namespace, name: cohort).description }
    static func statementID(registration: String, record: String) -> String {
        NameBasedUUID(namespace: NameBasedUUID(unchecked: registration), name: record).description
    }
}
