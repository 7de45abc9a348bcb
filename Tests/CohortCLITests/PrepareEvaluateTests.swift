import Foundation
import Testing

/// `cohort prepare` and `cohort evaluate` against an oracle written from the contract: the log's JSON
/// read with Foundation (not the project's parser), the window and retractions applied as the contract
/// says, and every figure computed again, at the eve of every session and over the whole log, on the real
/// cohort, the fixture cohort and generated cohorts. Then goldens, the clock, usage errors and the
/// owner-only output file.
@Suite struct PrepareEvaluateTests {
    static let smallLog = fixtures.appendingPathComponent("cohort/small.jsonl").path

    /// Generated cohorts: participants, events, seed.
    static let generated: [(participants: Int, events: Int, seed: Int)] = [(8, 300, 3), (12, 600, 7), (10, 400, 42)]

    /// A generated cohort written to a temporary file; with `amended`, a retraction (dated in the middle of
    /// the programme) of its first support and of its first wish closing appended to it.
    static func generatedLog(_ spec: (participants: Int, events: Int, seed: Int), amended: Bool = false) throws -> String {
        let path = try temporaryDirectory().appendingPathComponent("gen-\(spec.seed).jsonl").path
        // Written with -o: generate writes standard output by its descriptor, not through the invocation.
        let run = cohort(["generate", "--participants", "\(spec.participants)", "--events", "\(spec.events)", "--seed", "\(spec.seed)", "-o", path])
        #expect(run.status == 0, "\(run.err)")
        guard amended else { return path }
        let records = try OracleLog.records(path)
        let support = try #require(records.first { $0.type == "support.given" })
        let closing = try #require(records.first { $0.type == "wish.closed" })
        let submission = [support.id, closing.id].map { target in
            #"{"type":"event.retracted","at":"2014-10-01T10:00:00+02:00","by":"f1","data":{"target":"\#(target)","reason":"entered in error"}}"#
        }.joined(separator: "\n") + "\n"
        let append = cohort(["append", path, "-"], input: Array(submission.utf8))
        #expect(append.status == 0, "\(append.err)")
        return path
    }

    /// Every log the oracle checks, by a name for messages.
    static func logs() throws -> [(name: String, path: String)] {
        var logs = [("real", realCohortLog), ("small", smallLog)]
        for spec in generated { logs.append(("generated seed \(spec.seed)", try generatedLog(spec))) }
        logs.append(("generated seed 3, amended", try generatedLog(generated[0], amended: true)))
        return logs
    }

    /// The members of a command's JSON output that `keys` name, as canonical JSON (sorted keys).
    static func members(_ output: String, _ keys: [String]) throws -> String {
        let value = try JSONSerialization.jsonObject(with: Data(output.utf8))
        let object = try #require(value as? [String: Any])
        var picked: [String: Any] = [:]
        for key in keys { picked[key] = object[key] ?? "MISSING" }
        return try canonical(picked)
    }

    static func canonical(_ value: [String: Any]) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys]), as: UTF8.self)
    }

    static func expectAgreement(_ arguments: [String], _ expected: [String: Any], _ what: String) throws {
        let run = cohort(arguments)
        #expect(run.status == 0, "\(what): \(run.err)")
        let actual = try members(run.out, Array(expected.keys))
        let oracle = try canonical(expected)
        #expect(actual == oracle, "\(what)\n  command: \(actual)\n  oracle:  \(oracle)")
    }

    @Test func prepareAndEvaluateAgreeWithTheOracleAtTheEveOfEverySessionAndOverTheWholeLog() throws {
        var checked = 0
        for (name, path) in try Self.logs() {
            let whole = try OracleLog(path, asOf: nil)
            try Self.expectAgreement(["evaluate", path, "--format", "json"], whole.evaluation, "\(name): evaluate")
            let eves = whole.liveSessions.map { OracleLog.day(OracleLog.dayNumber($0.firstDay) - 1) }
            #expect(!eves.isEmpty, "\(name) has sessions")
            for eve in Set(eves).sorted() {
                let oracle = try OracleLog(path, asOf: eve)
                try Self.expectAgreement(["prepare", path, "--as-of", eve, "--format", "json"], oracle.preparation, "\(name): prepare as of \(eve)")
                try Self.expectAgreement(["evaluate", path, "--as-of", eve, "--format", "json"], oracle.evaluation, "\(name): evaluate as of \(eve)")
                checked += 1
            }
        }
        #expect(checked >= 20)
    }

    @Test func theOracleFindsWhatTheRealCohortHeldOnTheEveOfTheOneDayMeeting() throws {
        // The oracle is not vacuous: on the real cohort it finds items in every list.
        let oracle = try OracleLog(realCohortLog, asOf: "2014-11-05")
        let preparation = try Self.canonical(oracle.preparation)
        #expect(preparation.contains(#""session":"s3""#))
        #expect(preparation.contains(#""wishesWithoutSupport":["w-p01-2","w-p05-2","w-p06-2","w-p09-2"]"#))
        #expect(preparation.contains(#""quietParticipants":[]"#))
        #expect(preparation.contains(#""stalledAssignments":["as-p03"]"#))
        #expect(preparation.contains(#""looseEnds":["w-p08-1","as-p08"]"#))
        let evaluation = try Self.canonical(try OracleLog(realCohortLog, asOf: nil).evaluation)
        #expect(evaluation.contains(#""participants":{"active":9,"registered":10,"withdrew":1}"#))
        #expect(evaluation.contains(#""wishes":{"dropped":2,"fulfilled":11,"open":3,"revisions":10,"stated":19,"transformed":3}"#))
        #expect(evaluation.contains(#""support":{"betweenMeetings":43,"total":84}"#))
        #expect(evaluation.contains(#""sessionsHeld":5"#) && evaluation.contains(#""reflections":41"#) && evaluation.contains(#""lines":3"#))
    }

    @Test func theAmendedCohortsRetractionsChangeTheFigures() throws {
        // The retractions are dated 1 October 2014: a window before them keeps the records, one after
        // leaves them out, and the commands follow.
        let path = try Self.generatedLog(Self.generated[0], amended: true)
        let plain = try Self.generatedLog(Self.generated[0])
        for log in [path, plain] {
            let oracle = try OracleLog(log, asOf: "2014-09-30")
            try Self.expectAgreement(["evaluate", log, "--as-of", "2014-09-30", "--format", "json"], oracle.evaluation, log)
        }
        let before = try members(cohort(["evaluate", path, "--as-of", "2014-09-30", "--format", "json"]).out, ["support"])
        let beforePlain = try members(cohort(["evaluate", plain, "--as-of", "2014-09-30", "--format", "json"]).out, ["support"])
        #expect(before == beforePlain)
        let after = try members(cohort(["evaluate", path, "--format", "json"]).out, ["support", "wishes"])
        let afterPlain = try members(cohort(["evaluate", plain, "--format", "json"]).out, ["support", "wishes"])
        #expect(after != afterPlain)
    }

    func members(_ output: String, _ keys: [String]) throws -> String { try Self.members(output, keys) }

    static let goldens: [(name: String, arguments: [String])] = [
        ("prepare/eigen-regie-2014.as-of-2014-11-05.txt", ["prepare", realCohortLog, "--as-of", "2014-11-05", "--lang", "en"]),
        ("prepare/eigen-regie-2014.as-of-2014-11-05.nl.md", ["prepare", realCohortLog, "--as-of", "2014-11-05", "--lang", "nl", "--format", "md"]),
        ("prepare/eigen-regie-2014.as-of-2014-11-05.json", ["prepare", realCohortLog, "--as-of", "2014-11-05", "--format", "json"]),
        ("prepare/small.as-of-2014-12-09.txt", ["prepare", smallLog, "--as-of", "2014-12-09", "--lang", "en"]),
        ("evaluate/eigen-regie-2014.txt", ["evaluate", realCohortLog, "--lang", "en"]),
        ("evaluate/eigen-regie-2014.nl.md", ["evaluate", realCohortLog, "--lang", "nl", "--format", "md"]),
        ("evaluate/eigen-regie-2014.json", ["evaluate", realCohortLog, "--format", "json"]),
        ("evaluate/small.as-of-2014-09-22.nl.txt", ["evaluate", smallLog, "--as-of", "2014-09-22", "--lang", "nl"]),
    ]

    @Test(arguments: goldens.map(\.name))
    func everyReportMatchesItsGoldenFile(_ name: String) throws {
        let arguments = Self.goldens.first { $0.name == name }?.arguments ?? []
        let run = cohort(arguments, environment: [:])
        #expect(run.status == 0, "\(run.err)")
        #expect(run.err == "")
        try expectGolden(run.out, name)
    }

    @Test func prepareWithoutAsOfLooksFromCohortNow() throws {
        let now = "2014-11-05T12:00:00+01:00"
        let implicit = cohort(["prepare", realCohortLog, "--format", "json"], environment: ["COHORT_NOW": now])
        let explicit = cohort(["prepare", realCohortLog, "--format", "json", "--as-of", now], environment: ["COHORT_NOW": "2015-06-30T12:00:00Z"])
        #expect(implicit.status == 0 && explicit.status == 0, "\(implicit.err)\(explicit.err)")
        #expect(implicit.out == explicit.out)
        #expect(implicit.out.contains(#""asOf":"2014-11-05T12:00:00+01:00""#) && implicit.out.contains(#""session":"s3""#))
        // Another clock, another next session: the clock is what decides.
        let december = cohort(["prepare", realCohortLog, "--format", "json"], environment: ["COHORT_NOW": "2014-12-01T09:00:00Z"])
        #expect(december.out.contains(#""session":"s4""#), "\(december.out)")
        let text = cohort(["prepare", realCohortLog], environment: ["COHORT_NOW": now])
        #expect(text.out.contains("as of 5 November 2014 12:00 (+01:00)"), "\(text.out)")
    }

    @Test func prepareRefusesAnInvalidClockAsAUsageError() {
        let run = cohort(["prepare", realCohortLog], environment: ["COHORT_NOW": "yesterday"])
        #expect(run.status == 2)
        #expect(run.err.contains("COHORT_NOW \"yesterday\" is not an RFC 3339 timestamp"), "\(run.err)")
    }

    @Test(arguments: ["prepare", "evaluate"])
    func anAudienceIsRefusedAsAUsageError(_ command: String) {
        for audience in ["facilitator", "public"] {
            let run = cohort([command, realCohortLog, "--audience", audience])
            #expect(run.status == 2)
            #expect(run.out == "")
            #expect(run.err == "cohort \(command): unknown option --audience (see `cohort help \(command)`)\n", "\(run.err)")
        }
    }

    @Test(arguments: ["prepare", "evaluate"])
    func aFormatNotOfferedAndAMissingLogAreUsageErrors(_ command: String) {
        let html = cohort([command, realCohortLog, "--format", "html"])
        #expect(html.status == 2)
        #expect(html.err.contains("--format must be one of text, md, json, not \"html\""), "\(html.err)")
        let missing = cohort([command])
        #expect(missing.status == 2)
        #expect(missing.err.hasPrefix("cohort \(command): missing LOG"), "\(missing.err)")
    }

    @Test(arguments: ["prepare", "evaluate"])
    func aWrittenReportIsReadableByItsOwnerOnly(_ command: String) throws {
        let output = try temporaryDirectory().appendingPathComponent("\(command).md").path
        let run = cohort([command, realCohortLog, "--as-of", "2014-11-05", "--format", "md", "-o", output])
        #expect(run.status == 0, "\(run.err)")
        let attributes = try FileManager.default.attributesOfItem(atPath: output)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(try String(contentsOfFile: output, encoding: .utf8) == cohort([command, realCohortLog, "--as-of", "2014-11-05", "--format", "md"]).out)
    }

    @Test func aLogThatDoesNotVerifyReportsNothing() {
        let tampered = fixtures.appendingPathComponent("logs/tampered.jsonl").path
        for command in ["prepare", "evaluate"] {
            let run = cohort([command, tampered])
            #expect(run.status == 1, "\(run.err)")
            #expect(run.out == "")
        }
    }
}

/// A log read independently of the project: each line with Foundation's JSON, the window of an
/// `--as-of` date (a record's `at` on that date or before, in its own offset), and the retractions in the
/// window applied (their targets and the retractions themselves left out). Then the contract's
/// definitions of `prepare` and `evaluate`, computed again.
struct OracleLog {
    struct Rec {
        var id: String
        var type: String
        var at: String
        var data: [String: Any]
        /// The date of `at` in its own offset.
        var day: String { String(at.prefix(10)) }
        /// `at` as an instant.
        var instant: Date { OracleLog.instant(at) }
        func string(_ key: String) -> String? { data[key] as? String }
    }

    /// A session as the records left it.
    struct OracleSession {
        var id: String
        var title: String
        var kind: String
        var days: [String]
        var dagdelen: Int
        var host: String?
        var location: String?
        var cancelled = false
        var firstDay: String { days.first ?? "" }
    }

    let records: [Rec]
    let asOf: String?

    /// The records of the log at `path`, as written.
    static func records(_ path: String) throws -> [Rec] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return try text.split(separator: "\n").map { line in
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            return Rec(id: object["id"] as? String ?? "", type: object["type"] as? String ?? "", at: object["at"] as? String ?? "",
                       data: object["data"] as? [String: Any] ?? [:])
        }
    }

    init(_ path: String, asOf: String?) throws {
        self.asOf = asOf
        let inWindow = try OracleLog.records(path).filter { record in asOf.map { record.day <= $0 } ?? true }
        let retracted = Set(inWindow.filter { $0.type == "event.retracted" }.compactMap { $0.string("target") })
        records = inWindow.filter { $0.type != "event.retracted" && !retracted.contains($0.id) }
    }

    static func instant(_ text: String) -> Date {
        let plain = ISO8601DateFormatter()
        if let date = plain.date(from: text) { return date }
        let fractional = ISO8601DateFormatter()
        fractional.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return fractional.date(from: text) ?? Date(timeIntervalSince1970: 0)
    }

    /// Days since 1970-01-01 of a `YYYY-MM-DD` date (the proleptic Gregorian calendar).
    static func dayNumber(_ text: String) -> Int {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return 0 }
        var components = DateComponents()
        components.year = parts[0]
        components.month = parts[1]
        components.day = parts[2]
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
        let date = calendar.date(from: components) ?? Date(timeIntervalSince1970: 0)
        return Int((date.timeIntervalSince1970 / 86_400).rounded(.down))
    }

    /// The `YYYY-MM-DD` date of a day number.
    static func day(_ number: Int) -> String {
        let formatter = DateFormatter()
        formatter.calendar = Calendar(identifier: .gregorian)
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date(timeIntervalSince1970: Double(number) * 86_400))
    }

    func of(_ type: String) -> [Rec] { records.filter { $0.type == type } }

    /// Sessions in the order they were scheduled, as rescheduled and cancelled.
    var sessions: [OracleSession] {
        var sessions: [OracleSession] = []
        for record in records {
            let id = record.string("session") ?? ""
            let index = sessions.firstIndex { $0.id == id }
            switch record.type {
            case "session.scheduled" where index == nil:
                sessions.append(OracleSession(
                    id: id, title: record.string("title") ?? "", kind: record.string("kind") ?? "",
                    days: ((record.data["days"] as? [String]) ?? []).sorted(), dagdelen: record.data["dagdelen"] as? Int ?? 0,
                    host: record.string("host"), location: record.string("location")))
            case "session.rescheduled":
                if let index {
                    sessions[index].days = ((record.data["days"] as? [String]) ?? []).sorted()
                    if let dagdelen = record.data["dagdelen"] as? Int { sessions[index].dagdelen = dagdelen }
                }
            case "session.cancelled":
                if let index { sessions[index].cancelled = true }
            default:
                break
            }
        }
        return sessions
    }

    /// The sessions not cancelled, by first day, then id.
    var liveSessions: [OracleSession] {
        sessions.filter { !$0.cancelled }.sorted { ($0.firstDay, $0.id) < ($1.firstDay, $1.id) }
    }

    var registered: [String] { of("participant.registered").compactMap { $0.string("participant") } }
    /// Who withdrew, and the `at` of their withdrawal.
    var withdrawn: [String: String] {
        Dictionary(of("participant.withdrew").compactMap { record in record.string("participant").map { ($0, record.at) } }, uniquingKeysWith: { a, _ in a })
    }
    var active: [String] { registered.filter { withdrawn[$0] == nil } }
    /// Wish ids in the order stated, with their participant.
    var wishes: [(id: String, owner: String)] { of("wish.stated").map { ($0.string("wish") ?? "", $0.string("participant") ?? "") } }
    /// The outcome of each closed wish (the latest closing).
    var closed: [String: String] {
        var closed: [String: String] = [:]
        for record in of("wish.closed") { closed[record.string("wish") ?? ""] = record.string("outcome") ?? "" }
        return closed
    }
    /// Assignment ids in the order started, with their participant and start.
    var assignments: [(id: String, owner: String, start: Rec)] {
        of("assignment.started").map { ($0.string("assignment") ?? "", $0.string("participant") ?? "", $0) }
    }
    var completed: Set<String> { Set(of("assignment.completed").compactMap { $0.string("assignment") }) }
    var facilitators: Set<String> { Set(of("facilitator.joined").compactMap { $0.string("facilitator") }) }

    /// The day the evaluation looks from: the `--as-of` date, else the date of the latest moment.
    var lookingFrom: String? {
        if let asOf { return asOf }
        return records.max { $0.instant < $1.instant }?.day
    }

    /// `cohort evaluate`'s figures.
    var evaluation: [String: Any] {
        let sessionDays = Set(liveSessions.flatMap(\.days))
        let supports = of("support.given")
        let closed = self.closed
        let day = lookingFrom
        return [
            "participants": ["registered": registered.count, "withdrew": withdrawn.count, "active": active.count],
            "wishes": [
                "stated": of("wish.stated").count, "revisions": of("wish.revised").count,
                "fulfilled": closed.values.filter { $0 == "fulfilled" }.count, "dropped": closed.values.filter { $0 == "dropped" }.count,
                "transformed": closed.values.filter { $0 == "transformed" }.count, "open": wishes.count - closed.count,
            ],
            "assignments": ["started": assignments.count, "completed": completed.count],
            "support": ["total": supports.count, "betweenMeetings": supports.filter { !sessionDays.contains($0.day) }.count],
            "reflections": of("reflection.recorded").count,
            "reflectionsBy": [
                "participants": of("reflection.recorded").filter { !facilitators.contains($0.string("participant") ?? "") }.count,
                "facilitators": of("reflection.recorded").filter { facilitators.contains($0.string("participant") ?? "") }.count,
            ],
            "lines": of("line.emerged").count,
            "sessionsHeld": liveSessions.filter { session in day.map { session.firstDay <= $0 } ?? false }.count,
            "linesEmerged": of("line.emerged").compactMap { $0.string("line") },
            "realisedContributions": of("harvest.contributed").filter { $0.string("cycle") == "realised" }.compactMap { $0.string("item") },
        ]
    }

    /// `cohort prepare`'s lists, as of the `--as-of` date.
    var preparation: [String: Any] {
        let t = asOf ?? ""
        let live = liveSessions
        let next = live.first { $0.firstDay > t }
        let last = live.last { $0.firstDay <= t }
        let since = last?.firstDay ?? ""
        let active = self.active
        let closed = self.closed
        let named = Set(of("support.given").compactMap { $0.string("wish") })

        var busy = Set<String>()
        for record in of("support.given") where record.day >= since {
            busy.formUnion([record.string("from"), record.string("to")].compactMap { $0 })
        }
        for record in of("reflection.recorded") where record.day >= since { busy.insert(record.string("participant") ?? "") }

        var latest: [String: Rec] = [:]
        for assignment in assignments { latest[assignment.id] = assignment.start }
        for record in of("assignment.progressed") {
            let id = record.string("assignment") ?? ""
            if let current = latest[id], record.instant >= current.instant { latest[id] = record }
        }
        let stalled = assignments.filter { assignment in
            guard active.contains(assignment.owner), !completed.contains(assignment.id), let record = latest[assignment.id] else { return false }
            return OracleLog.dayNumber(t) - OracleLog.dayNumber(record.day) > 28
        }

        var attendance: [String: Int] = [:]
        if let last {
            for record in of("attendance.recorded") where record.string("session") == last.id {
                attendance[record.string("participant") ?? ""] = record.data["dagdelen"] as? Int
            }
        }
        let gaps: [[String: Any]] = last.map { session in
            active.compactMap { participant in
                let dagdelen = attendance[participant]
                guard (dagdelen ?? -1) < session.dagdelen else { return nil }
                return ["participant": participant, "dagdelen": dagdelen.map { $0 as Any } ?? NSNull(), "of": session.dagdelen]
            }
        } ?? []

        var nextSession: Any = NSNull()
        if let next {
            nextSession = [
                "session": next.id, "title": next.title, "kind": next.kind, "days": next.days, "dagdelen": next.dagdelen,
                "host": next.host.map { $0 as Any } ?? NSNull(), "location": next.location.map { $0 as Any } ?? NSNull(),
            ] as [String: Any]
        }
        return [
            "session": next.map { $0.id as Any } ?? NSNull(),
            "nextSession": nextSession,
            "lastSession": last.map { $0.id as Any } ?? NSNull(),
            "wishesWithoutSupport": wishes.filter { active.contains($0.owner) && closed[$0.id] == nil && !named.contains($0.id) }.map(\.id),
            "quietParticipants": active.filter { !busy.contains($0) },
            "stalledAssignments": stalled.map(\.id),
            "looseEnds": wishes.filter { withdrawn[$0.owner] != nil && closed[$0.id] == nil }.map(\.id)
                + assignments.filter { withdrawn[$0.owner] != nil && !completed.contains($0.id) }.map(\.id),
            "attendanceGaps": gaps,
            "facilitatorReflections": of("reflection.recorded")
                .filter { facilitators.contains($0.string("participant") ?? "") && $0.day >= since }.compactMap { $0.string("reflection") },
        ]
    }
}
