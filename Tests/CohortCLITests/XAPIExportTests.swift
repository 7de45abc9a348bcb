import Foundation
import Testing
import CohortLog
import CohortReports

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
    /// The version of its record's statement that a statement is (or, for the voiding of a version, voids).
    static func version(of statement: [String: Any]) -> Int {
        ((statement["context"] as? [String: Any])?["extensions"] as? [String: Any])?[ours + "extensions/version"] as? Int ?? 0
    }
    static let voided = "http://adlnet.gov/expapi/verbs/voided"
    /// Whether a statement voids a version of its own record's statement (not a retraction's voiding).
    static func voidsAVersion(_ statement: [String: Any]) -> Bool {
        verb(of: statement) == voided && statement["timestamp"] == nil
    }
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
    static let own = ["joined", "withdrew", "missed", "stated", "revised", "closed", "supported", "started", "reflected", "identified"].map {
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
                let name = XAPIVocabularyCheck.name(record: record, version: Self.version(of: statement))
                let at = try #require(records[record]?["at"] as? String, "\(record) is not a record of the log")
                if Self.voidsAVersion(statement) {
                    #expect(id == XAPIVocabularyCheck.statementID(registration: registration, record: name + "/voided"))
                } else {
                    #expect(id == XAPIVocabularyCheck.statementID(registration: registration, record: name))
                    #expect(statement["timestamp"] as? String == Self.written(at), "\(id): timestamp is not the record's at")
                }
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
        let voiding = statements.filter { Self.verb(of: $0) == Self.voided && !Self.voidsAVersion($0) }
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
        #expect(!public_.contains { Self.verb(of: $0) == Self.voided && !Self.voidsAVersion($0) })
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
        #expect(!statements.contains { Self.verb(of: $0) == Self.voided && !Self.voidsAVersion($0) })
    }

    // MARK: Statements are immutable: versions and their voiding

    /// The statements of an export by id, each as its line (so "unchanged" means byte for byte); an id
    /// given twice is an issue.
    static func lines(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: String] {
        var result: [String: String] = [:]
        for line in text.split(separator: "\n") where line.hasPrefix("{") {
            let json = String(line.hasSuffix(",") ? line.dropLast() : line)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any], sourceLocation: sourceLocation)
            let id = try #require(object["id"] as? String, sourceLocation: sourceLocation)
            #expect(result[id] == nil, "\(id) twice", sourceLocation: sourceLocation)
            result[id] = json
        }
        return result
    }

    /// Expects every statement of `earlier` to be in `later` byte for byte, or voided there (and then no
    /// longer there, unless a retraction voided it); returns how many `later` voided.
    @discardableResult
    static func expectKeptOrVoided(_ earlier: String, _ later: String, _ label: String,
                                   sourceLocation: SourceLocation = #_sourceLocation) throws -> Int {
        let before = try lines(earlier, sourceLocation: sourceLocation)
        let after = try lines(later, sourceLocation: sourceLocation)
        let voidings = try statements(later).filter { verb(of: $0) == voided }
        let voidedIDs = Set(voidings.compactMap { object(of: $0)["id"] as? String })
        let outdated = Set(voidings.filter(voidsAVersion).compactMap { object(of: $0)["id"] as? String })
        var count = 0
        for (id, line) in before {
            if let now = after[id] {
                #expect(now == line, "\(label): \(id) changed under the same id:\n- \(line)\n+ \(now)", sourceLocation: sourceLocation)
                #expect(!outdated.contains(id), "\(label): \(id) is shown and voided as outdated", sourceLocation: sourceLocation)
            } else {
                #expect(voidedIDs.contains(id), "\(label): \(id) vanished without a voiding:\n\(line)", sourceLocation: sourceLocation)
                count += 1
            }
        }
        return count
    }

    /// A copy of the fixture cohort in a fresh directory.
    static func smallCopy() throws -> String {
        let log = try temporaryDirectory().appendingPathComponent("log.jsonl").path
        try FileManager.default.copyItem(atPath: small, toPath: log)
        return log
    }

    /// Appends `lines` to `log` with the writer's clock at `now`.
    static func append(_ log: String, _ lines: [String], now: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let run = cohort(["append", log, "-"], input: Array(lines.joined(separator: "\n").utf8), environment: ["COHORT_NOW": now])
        #expect(run.status == 0, "\(run.err)", sourceLocation: sourceLocation)
    }

    static let registrationOfSmall = XAPIVocabularyCheck.registration(cohort: "proef-2014")
    static func id(_ name: String) -> String { XAPIVocabularyCheck.statementID(registration: registrationOfSmall, record: name) }

    @Test func everyStatementOfAnEarlierExportStaysOrIsVoidedAsTheLogIsErasedRevisedAndRetracted() throws {
        let log = try Self.smallCopy()
        let audiences = ["group", "public", "facilitator", "participant:pc", "participant:pb"]
        var exports: [String: [String]] = [:]
        var voided: [String: Int] = [:]
        func exportAll(_ step: String) throws {
            for audience in audiences {
                let out = Self.export(log, ["--audience", audience])
                #expect(out == Self.export(log, ["--audience", audience]), "\(step), \(audience): not the same bytes twice")
                for (index, earlier) in (exports[audience] ?? []).enumerated() {
                    let count = try Self.expectKeptOrVoided(earlier, out, "\(step), --audience \(audience), against export \(index + 1)")
                    if index == (exports[audience]?.count ?? 0) - 1 { voided[step + " " + audience] = count }
                }
                exports[audience, default: []].append(out)
            }
        }
        try exportAll("as it is")
        // An erasure of a text everyone inside the cohort was shown.
        let erased = cohort(["redact", log, "--id", "sup-3", "--reason", "verzoek", "--by", "f1"], environment: ["COHORT_NOW": "2015-02-10T10:00:00Z"])
        #expect(erased.status == 0, "\(erased.err)")
        try exportAll("erased")
        // A wish made private, then public.
        Self.append(log, [#"{"type":"wish.revised","at":"2015-02-11T09:00:00+01:00","by":"pb","data":{"wish":"w-pb-1","visibility":"private","text":"NU-PRIVE"}}"#],
                    now: "2015-02-11T10:00:00Z")
        try exportAll("made private")
        Self.append(log, [#"{"type":"wish.revised","at":"2015-02-12T09:00:00+01:00","by":"pb","data":{"wish":"w-pb-1","visibility":"public","text":"NU-OPENBAAR"}}"#],
                    now: "2015-02-12T10:00:00Z")
        try exportAll("made public")
        // A retraction of what statements refer to: the learning line of a reflection, then the wish of a closing.
        Self.append(log, [#"{"type":"event.retracted","at":"2015-02-13T09:00:00+01:00","by":"f1","data":{"target":"ln-1","reason":"dubbel"}}"#],
                    now: "2015-02-13T10:00:00Z")
        try exportAll("line retracted")
        Self.append(log, [#"{"type":"event.retracted","at":"2015-02-14T09:00:00+01:00","by":"f1","data":{"target":"w-pc","reason":"dubbel"}}"#],
                    now: "2015-02-14T10:00:00Z")
        try exportAll("wish retracted")
        // Each step changed something the group had been shown, so the check above was not vacuous.
        for step in ["erased", "made private", "line retracted", "wish retracted"] {
            #expect((voided[step + " group"] ?? 0) > 0, "\(step): nothing voided")
        }
        // Made public again, the wish's statements come back to the group under new ids, and to the public.
        let group = try Self.statements(exports["group"]?[3] ?? "")
        let wish = group.filter { Self.record(of: $0) == "wr-pb" && !Self.voidsAVersion($0) }
        #expect(wish.count == 1 && wish.allSatisfy { Self.version(of: $0) == 1 })
        #expect((exports["public"]?[3] ?? "").contains("NU-OPENBAAR"))
    }

    @Test func anErasedTextIsVoidedAndFollowsUnderANewIDThatListsTheErasedField() throws {
        let log = try Self.smallCopy()
        let before = try Self.lines(Self.export(log))
        #expect(cohort(["redact", log, "--id", "sup-3", "--reason", "verzoek", "--by", "f1"], environment: ["COHORT_NOW": "2015-02-10T10:00:00Z"]).status == 0)
        let statements = try Self.statements(Self.export(log))
        let old = Self.id("sup-3")
        #expect(before[old] != nil)
        let voiding = try #require(statements.first { Self.object(of: $0)["id"] as? String == old })
        #expect(voiding["id"] as? String == Self.id("sup-3/voided"))
        #expect(Self.voidsAVersion(voiding) && Self.record(of: voiding) == "sup-3")
        let now = try #require(statements.first { $0["id"] as? String == Self.id("sup-3#1") })
        #expect(Self.version(of: now) == 1 && Self.record(of: now) == "sup-3")
        let result = now["result"] as? [String: Any] ?? [:]
        #expect(result["response"] == nil)
        #expect((result["extensions"] as? [String: Any])?[Self.ours + "extensions/redacted"] as? [String] == ["note"])
        #expect(!statements.contains { $0["id"] as? String == old })
    }

    @Test func theRealCohortAfterErasingAParticipantKeepsOrVoidsEveryStatementItExportedBefore() throws {
        let log = try temporaryDirectory().appendingPathComponent("eigen-regie-2014.jsonl").path
        try FileManager.default.copyItem(atPath: Self.realLog, toPath: log)
        let audiences = ["group", "facilitator", "public", "participant:p03"]
        let before = Dictionary(uniqueKeysWithValues: audiences.map { ($0, Self.export(log, ["--audience", $0])) })
        let erased = cohort(["redact", log, "--participant", "p03", "--reason", "verzoek", "--by", "f1"],
                            environment: ["COHORT_NOW": "2015-03-01T10:00:00Z"])
        #expect(erased.status == 0, "\(erased.err)")
        for audience in audiences {
            let after = Self.export(log, ["--audience", audience])
            let count = try Self.expectKeptOrVoided(before[audience] ?? "", after, "--audience \(audience)")
            #expect(count > 0, "--audience \(audience): erasing p03 voided nothing")
            if Self.tincan {
                let path = try temporaryDirectory().appendingPathComponent("statements.json").path
                try write(after, to: path)
                let check = try runPythonScript("scripts/interop/check-xapi.py", [path, log])
                #expect(check.status == 0, "\(check.output)")
            }
        }
    }

    // MARK: What a statement says

    @Test func anAbsenceIsMissedAndAttendanceIsAScaledScore() throws {
        let statements = try Self.statements(Self.export(Self.small, ["--audience", "facilitator"]))
        let attendance = statements.filter { Self.record(of: $0)?.hasPrefix("att-") ?? false }
        #expect(attendance.count == 11)
        for statement in attendance {
            let result = try #require(statement["result"] as? [String: Any])
            let score = try #require(result["score"] as? [String: Any])
            let raw = try #require(score["raw"] as? Int)
            let max = try #require(score["max"] as? Int)
            let scaled = try #require(score["scaled"] as? Double)
            #expect(score["min"] as? Int == 0 && abs(scaled - Double(raw) / Double(max)) < 1e-12 && (-1...1).contains(scaled))
            #expect(Self.verb(of: statement) == (raw == 0 ? Self.ours + "verbs/missed" : "http://adlnet.gov/expapi/verbs/attended"),
                    "\(Self.record(of: statement) ?? ""): \(raw) dagdelen")
        }
        #expect(attendance.contains { Self.record(of: $0) == "att-s2-pd" && Self.verb(of: $0) == Self.ours + "verbs/missed" })
    }

    @Test func onlyAFulfilledWishIsCompleted() throws {
        let log = try Self.smallCopy()
        Self.append(log, [
            #"{"type":"wish.stated","at":"2015-02-05T10:00:00+01:00","by":"pa","data":{"wish":"w-pa-9","participant":"pa","text":"LOS"}}"#,
            #"{"type":"wish.closed","at":"2015-02-05T11:00:00+01:00","by":"pa","data":{"wish":"w-pa-9","outcome":"dropped"}}"#,
        ], now: "2015-02-08T10:00:00Z")
        let statements = try Self.statements(Self.export(log))
        func result(_ record: String) -> [String: Any]? { statements.first { Self.record(of: $0) == record }?["result"] as? [String: Any] }
        #expect(result("wc-pa")?["completion"] as? Bool == true && result("wc-pa")?["success"] as? Bool == true)   // fulfilled
        #expect(result("wc-pc")?["completion"] == nil)                                                                // transformed
        let dropped = try #require(statements.first { Self.record(of: $0)?.hasPrefix("e-") ?? false && Self.verb(of: $0) == Self.ours + "verbs/closed" })
        #expect((dropped["result"] as? [String: Any])?["completion"] as? Bool == false)
    }

    @Test func titlesPeopleWroteClaimNoLanguageAndOurWordsCarryEnglishAndDutch() throws {
        let out = Self.export(Self.small, ["--audience", "facilitator"])
        #expect(out.contains(#""name":{"und":"Proefgroep eigen regie"}"#))
        #expect(out.contains(#""name":{"en-US":"Learning wish w-pa-1","nl-NL":"Leerwens w-pa-1"}"#))
        // No name anywhere has the same text under two languages.
        let sameTwice = #/"en-US":("[^"]*"),"nl-NL":\1/#
        #expect(out.firstMatch(of: sameTwice) == nil)
    }

    @Test func anErasedAssignmentNamesItsDescriptionAmongTheErasedFields() throws {
        let log = try Self.smallCopy()
        #expect(cohort(["redact", log, "--id", "as-pc", "--reason", "verzoek", "--by", "f1"], environment: ["COHORT_NOW": "2015-02-10T10:00:00Z"]).status == 0)
        let statement = try #require(try Self.statements(Self.export(log)).first { Self.record(of: $0) == "as-pc" && !Self.voidsAVersion($0) })
        let extensions = (statement["result"] as? [String: Any])?["extensions"] as? [String: Any]
        #expect(extensions?[Self.ours + "extensions/redacted"] as? [String] == ["title", "description"])
    }

    // MARK: IRIs the organiser controls

    @Test func theIRIBaseIsTheOrganisersAndIdsDoNotDependOnIt() throws {
        let placeholder = Self.export(Self.small)
        let own = Self.export(Self.small, ["--iri-base", "https://leren.example.org/xapi"])
        #expect(!own.contains("cohort.example"))
        #expect(own.contains(#""id":"https://leren.example.org/xapi/verbs/stated""#))
        #expect(own.contains(#""homePage":"https://leren.example.org/xapi/cohorts/proef-2014""#))
        #expect(own.contains(#""https://leren.example.org/xapi/extensions/record":"#))
        #expect(own.replacingOccurrences(of: "https://leren.example.org/xapi/", with: Self.ours) == placeholder)
        for bad in ["leren.example.org", "ftp://leren.example.org/", "https:///xapi/", "https://leren.example.org/x?y", "https://a b/"] {
            let run = cohort(["export", Self.small, "--xapi", "--iri-base", bad], environment: [:])
            #expect(run.status == 2 && run.err.hasPrefix("cohort export: --iri-base \(bad): "), "\(bad): \(run.err)")
        }
        #expect(cohort(["export", Self.small, "--ics", "--iri-base", "https://leren.example.org/"], environment: [:]).status == 2)
        let help = successfulOutput(["help", "export"])
        #expect(help.contains("--iri-base IRI") && help.contains("placeholder"))
        if Self.tincan {
            let path = try temporaryDirectory().appendingPathComponent("statements.json").path
            try write(own, to: path)
            let check = try runPythonScript("scripts/interop/check-xapi.py", [path, Self.small, "--iri-base", "https://leren.example.org/xapi"])
            #expect(check.status == 0, "\(check.output)")
        }
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
            let attended = statements.filter {
                Self.verb(of: $0) == "http://adlnet.gov/expapi/verbs/attended" || Self.verb(of: $0) == Self.ours + "verbs/missed"
            }
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
    /// Version `version` of a record's statement: the record's id, or `ID#N`.
    static func name(record: String, version: Int) -> String { version == 0 ? record : "\(record)#\(version)" }
    static func registration(cohort: String) -> String { NameBasedUUID(namespace: namespace, name: cohort).description }
    static func statementID(registration: String, record: String) -> String {
        NameBasedUUID(namespace: NameBasedUUID(unchecked: registration), name: record).description
    }
}
