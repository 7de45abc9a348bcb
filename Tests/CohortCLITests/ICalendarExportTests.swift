import Foundation
import Testing
import CohortReports

/// `cohort export LOG --ics`: the sessions as an RFC 5545 calendar. Golden files for the real cohort and
/// for a cohort whose sessions move (Fixtures/ics), the bytes RFC 5545 demands (CRLF, lines folded at 75
/// octets, never inside a character), escaping that unfolds back to the log's texts, SEQUENCE and
/// STATUS following the sessions, UIDs stable as the log grows, nothing but what the public may see, and
/// a real iCalendar parser (Python's icalendar) reading the files.
@Suite struct ICalendarExportTests {
    static let realLog = realCohortLog
    static let smallLog = fixtures.appendingPathComponent("cohort/small.jsonl").path
    static let moments = ["2014-05-12T10:00:00Z", "2014-08-01T10:00:00Z", "2014-09-15T10:00:00Z"]

    /// The calendar fixture (Fixtures/ics/README.md) sealed in a fresh directory, its first `stages`
    /// submissions each at its moment.
    static func movedLog(stages: Int = 3) throws -> String {
        let log = try temporaryDirectory().appendingPathComponent("moved.jsonl").path
        for stage in 0..<stages {
            let file = fixtures.appendingPathComponent("ics/moved-\(stage + 1).jsonl").path
            let run = cohort(["append", log, file], environment: ["COHORT_NOW": moments[stage]])
            #expect(run.status == 0, "\(run.err)")
        }
        return log
    }

    /// Runs `cohort export LOG --ics` with `more` arguments and returns the calendar.
    static func export(_ log: String, _ more: [String] = [], sourceLocation: SourceLocation = #_sourceLocation) -> String {
        successfulOutput(["export", log, "--ics"] + more, sourceLocation: sourceLocation)
    }

    /// Every export the suite looks at, by name.
    static func allExports() throws -> [(String, String)] {
        let moved = try movedLog()
        return [
            ("real", export(realLog)), ("real nl", export(realLog, ["--lang", "nl"])), ("small", export(smallLog)),
            ("moved", export(moved)), ("moved nl", export(moved, ["--lang", "nl"])),
        ]
    }

    // MARK: - Golden files

    @Test func theRealCohortMatchesItsGoldenFile() throws {
        try expectGolden(Self.export(Self.realLog), "ics/eigen-regie-2014.ics")
    }

    @Test func movedSessionsMatchTheirGoldenFiles() throws {
        let log = try Self.movedLog()
        try expectGolden(Self.export(log), "ics/moved.ics")
        try expectGolden(Self.export(log, ["--lang", "nl"]), "ics/moved.nl.ics")
        try expectGolden(Self.export(log, ["--known-at", "2014-08-01"]), "ics/moved.known-at-2014-08-01.ics")
    }

    // MARK: - The bytes RFC 5545 demands

    @Test func everyLineEndsInCRLFIsAtMost75OctetsAndHoldsWholeCharacters() throws {
        for (name, text) in try Self.allExports() {
            let bytes = Array(text.utf8)
            #expect(bytes.suffix(2) == [0x0D, 0x0A], "\(name): does not end in CRLF")
            var lines: [[UInt8]] = [[]]
            var index = 0
            while index < bytes.count {
                if bytes[index] == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A {
                    lines.append([])
                    index += 2
                    continue
                }
                #expect(bytes[index] != 0x0D && bytes[index] != 0x0A, "\(name): a bare CR or LF at byte \(index)")
                lines[lines.count - 1].append(bytes[index])
                index += 1
            }
            lines.removeLast()
            for (number, line) in lines.enumerated() {
                #expect(line.count <= 75, "\(name) line \(number + 1): \(line.count) octets")
                #expect(String(data: Data(line), encoding: .utf8) != nil, "\(name) line \(number + 1): a character split by folding")
                // A folded line never ends inside an escape: an odd number of trailing backslashes would.
                if number + 1 < lines.count, lines[number + 1].first == 0x20 {
                    let backslashes = line.reversed().prefix { $0 == 0x5C }.count
                    #expect(backslashes % 2 == 0, "\(name) line \(number + 1): folded inside an escape")
                }
            }
            #expect(lines.contains { $0.first == 0x20 }, "\(name): no line was folded, so folding went untested")
        }
    }

    @Test func foldingSplitsNoCharacterOfAnySizeAtAnyPlace() {
        // Lines of 1- to 4-byte characters and escapes, starting at every offset, folded and unfolded.
        let pieces = ["a", "é", "€", "🎉", "\\,", "\\;", "\\\\", "\\n", " "]
        for shift in 0..<80 {
            for (index, piece) in pieces.enumerated() {
                let line = "SUMMARY:" + String(repeating: "x", count: shift)
                    + (0..<40).map { pieces[($0 * 7 + index) % pieces.count] + (($0 % 3 == 0) ? piece : "") }.joined()
                let folded = ICalendar.fold(line)
                #expect(folded.hasSuffix("\r\n"))
                let physicals = folded.dropLast(2).components(separatedBy: "\r\n")
                for (number, physical) in physicals.enumerated() {
                    #expect(physical.utf8.count <= 75)
                    #expect(String(data: Data(physical.utf8), encoding: .utf8) == physical)
                    // Every backslash starts an escape: an odd number of them at a fold splits one.
                    if number + 1 < physicals.count {
                        #expect(physical.reversed().prefix { $0 == "\\" }.count % 2 == 0, "folded inside an escape: \(physical)")
                    }
                }
                #expect(Self.unfold(folded) == [line])
            }
        }
    }

    @Test func escapingCoversBackslashSemicolonCommaAndLineBreaks() {
        #expect(ICalendar.escape("a\\b;c,d\ne\r\nf\rg") == "a\\\\b\\;c\\,d\\ne\\nf\\ng")
        #expect(ICalendar.escape("tab\there: kept; \"quotes\" too") == "tab\there: kept\\; \"quotes\" too")
        #expect(ICalendar.escape("bell\u{7}del\u{7F}c1\u{85}") == "bell del c1 ")
        #expect(ICalendar.escape("één 🎉") == "één 🎉")
    }

    @Test func unfoldingAndUnescapingGivesBackTheLogsTexts() throws {
        let text = Self.export(try Self.movedLog())
        let events = Self.events(text)
        let s1 = try #require(events.first { $0["UID"] == "s1@agenda-2014.cohort" })
        #expect(Self.unescape(try #require(s1["SUMMARY"]))
                == "Startbijeenkomst: één lange titel met ë, ü, ø en 🎉 zodat het vouwen over meerdere regels gaat, en nog wat")
        #expect(Self.unescape(try #require(s1["LOCATION"])) == "Stadhuis, zaal 3; ingang \\ achterzijde")
        #expect(Self.unescape(try #require(s1["DESCRIPTION"]))
                == "Leren, loslaten; en \\ vertrouwen — één agenda\nstart, 2 half-days, hosted by Zoë Ñúñez-Ørsted")
        let name = try #require(Self.unfold(text).first { $0.hasPrefix("X-WR-CALNAME:") })
        #expect(Self.unescape(String(name.dropFirst(13))) == "Leren, loslaten; en \\ vertrouwen — één agenda")
        // Every text value is escaped: with the escapes taken out, no , ; or \ is left.
        for event in events {
            for key in ["SUMMARY", "LOCATION", "DESCRIPTION"] {
                guard let value = event[key] else { continue }
                let bare = value.replacingOccurrences(of: #"\\[\\;,n]"#, with: "", options: .regularExpression)
                #expect(!bare.contains(",") && !bare.contains(";") && !bare.contains("\\"), "\(key): \(value)")
            }
        }
    }

    // MARK: - What the events say

    @Test func sequenceStatusAndDatesFollowTheSessions() throws {
        let events = Self.events(Self.export(try Self.movedLog()))
        func event(_ session: String) -> [String: String] {
            events.first { $0["UID"] == "\(session)@agenda-2014.cohort" } ?? [:]
        }
        #expect(events.map { $0["UID"] ?? "" }
                == ["s1", "s2", "s3", "s4", "s5"].map { "\($0)@agenda-2014.cohort" })
        // s1: as scheduled; its host named in public (a public wish) after the scheduling: one revision.
        #expect(event("s1")["SEQUENCE"] == "1")
        #expect(event("s1")["STATUS"] == "CONFIRMED")
        #expect(event("s1")["DTSTAMP"] == "20140512T100000Z")
        #expect(event("s1")["DTSTART;VALUE=DATE"] == "20140612")
        #expect(event("s1")["DTEND;VALUE=DATE"] == "20140613")
        // s2: moved twice; the last move holds.
        #expect(event("s2")["SEQUENCE"] == "2")
        #expect(event("s2")["DTSTART;VALUE=DATE"] == "20141007")
        #expect(event("s2")["DTEND;VALUE=DATE"] == "20141009")
        #expect(event("s2")["DTSTAMP"] == "20140915T100000Z")
        // s3: cancelled, still in the file.
        #expect(event("s3")["STATUS"] == "CANCELLED")
        #expect(event("s3")["SEQUENCE"] == "1")
        #expect(event("s3")["DTSTAMP"] == "20140801T100000Z")
        // s4: moved, the move retracted: back on its day, and the sequence never goes down.
        #expect(event("s4")["DTSTART;VALUE=DATE"] == "20141120")
        #expect(event("s4")["SEQUENCE"] == "2")
        #expect(event("s4")["STATUS"] == "CONFIRMED")
        // s5: two days with a gap: one event from the first to the day after the last.
        #expect(event("s5")["DTSTART;VALUE=DATE"] == "20141201")
        #expect(event("s5")["DTEND;VALUE=DATE"] == "20141204")
        #expect(Self.unescape(event("s5")["DESCRIPTION"] ?? "").hasSuffix("\n1 December 2014, 3 December 2014"))
    }

    @Test func theCalendarIsTheSameOnEveryExportAndNeedsNoClock() throws {
        let log = try Self.movedLog()
        let first = cohort(["export", log, "--ics"], environment: ["COHORT_NOW": "2030-01-01T00:00:00Z"]).out
        let second = cohort(["export", log, "--ics"], environment: [:]).out
        #expect(first == second)
        #expect(!first.contains("2030"))
    }

    @Test func asOfAndKnownAtLookAtTheSessionsAsTheyWere() throws {
        let log = try Self.movedLog()
        // Before the moves happened: as scheduled, nothing cancelled.
        let before = Self.events(Self.export(log, ["--as-of", "2014-07-31"]))
        #expect(before.count == 5)
        #expect(before.allSatisfy { $0["STATUS"] == "CONFIRMED" })
        #expect(before.map { $0["SEQUENCE"] ?? "" } == ["1", "0", "0", "0", "0"])
        #expect(before.first { $0["UID"] == "s2@agenda-2014.cohort" }?["DTSTART;VALUE=DATE"] == "20140923")
        // As the log knew it after the second moment: s2 moved once, s4 moved and not yet back.
        let known = Self.events(Self.export(log, ["--known-at", "2014-08-01"]))
        #expect(known.first { $0["UID"] == "s2@agenda-2014.cohort" }?["DTSTART;VALUE=DATE"] == "20140930")
        #expect(known.first { $0["UID"] == "s2@agenda-2014.cohort" }?["SEQUENCE"] == "1")
        #expect(known.first { $0["UID"] == "s4@agenda-2014.cohort" }?["DTSTART;VALUE=DATE"] == "20141127")
        #expect(known.first { $0["UID"] == "s4@agenda-2014.cohort" }?["SEQUENCE"] == "1")
        // Before any session was scheduled: a calendar without events.
        let empty = Self.export(log, ["--as-of", "2014-05-01"])
        #expect(Self.events(empty).isEmpty)
        #expect(empty.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
    }

    @Test func uidsStayAndUnchangedEventsStayByteForByteWhenRecordsAreAppended() throws {
        let log = try Self.movedLog(stages: 2)
        let before = Self.export(log)
        // The third moment, then records that change no session, and a new session.
        #expect(cohort(["append", log, fixtures.appendingPathComponent("ics/moved-3.jsonl").path],
                       environment: ["COHORT_NOW": "2014-09-15T10:00:00Z"]).status == 0)
        let more = """
        {"type":"reflection.recorded","at":"2014-09-20T20:00:00+02:00","by":"pa","data":{"reflection":"ref-1","participant":"pa","visibility":"public","text":"Loslaten lukt."}}
        {"type":"session.scheduled","at":"2014-09-21T10:00:00+02:00","by":"f1","data":{"session":"s6","title":"Extra","kind":"meeting","days":["2014-12-15"],"dagdelen":2}}
        """
        #expect(cohort(["append", log, "-"], input: Array(more.utf8), environment: ["COHORT_NOW": "2014-09-22T09:00:00Z"]).status == 0)
        let after = Self.export(log)
        let old = Dictionary(uniqueKeysWithValues: Self.eventBlocks(before).map { (Self.uid(of: $0), $0) })
        let new = Dictionary(uniqueKeysWithValues: Self.eventBlocks(after).map { (Self.uid(of: $0), $0) })
        #expect(Set(old.keys).isSubset(of: Set(new.keys)))
        #expect(Set(new.keys).subtracting(old.keys) == ["s6@agenda-2014.cohort"])
        for session in ["s1", "s3", "s5"] {
            #expect(old["\(session)@agenda-2014.cohort"] == new["\(session)@agenda-2014.cohort"], "\(session) changed")
        }
        Self.expectRevisionsRead(before, after)
        for session in ["s2", "s4"] {
            let sequence = { (block: String?) in Int(Self.events(block ?? "").first?["SEQUENCE"] ?? "") ?? -1 }
            #expect(sequence(new["\(session)@agenda-2014.cohort"]) > sequence(old["\(session)@agenda-2014.cohort"]),
                    "\(session): SEQUENCE did not go up")
        }
    }

    // MARK: - Every change to what an event says is a revision

    /// The event of `session` in the moved fixture's calendar `text`, as written.
    static func block(_ text: String, _ session: String) -> String {
        eventBlocks(text).first { uid(of: $0) == "\(session)@agenda-2014.cohort" } ?? ""
    }

    /// Expects `session`'s event to have a higher SEQUENCE in `after` than in `before` and DTSTAMP
    /// `stamp`, and every other event to be byte for byte the same.
    static func expectOnlyRevised(_ session: String, _ before: String, _ after: String, stamp: String,
                                  sourceLocation: SourceLocation = #_sourceLocation) {
        let old = events(block(before, session)).first ?? [:]
        let new = events(block(after, session)).first ?? [:]
        #expect((Int(new["SEQUENCE"] ?? "") ?? -1) == (Int(old["SEQUENCE"] ?? "") ?? -1) + 1, "SEQUENCE did not rise", sourceLocation: sourceLocation)
        #expect(new["DTSTAMP"] == stamp && old["DTSTAMP"] != stamp, "DTSTAMP \(new["DTSTAMP"] ?? "none")", sourceLocation: sourceLocation)
        for other in ["s1", "s2", "s3", "s4", "s5"] where other != session {
            #expect(block(before, other) == block(after, other), "\(other) changed too", sourceLocation: sourceLocation)
        }
        expectRevisionsRead(before, after, sourceLocation: sourceLocation)
    }

    /// Where Python's icalendar is installed: scripts/interop/check-ics.py reads `after` against
    /// `before` (no event dropped; one that says something else has a higher SEQUENCE and a later DTSTAMP).
    static func expectRevisionsRead(_ before: String, _ after: String, sourceLocation: SourceLocation = #_sourceLocation) {
        guard pythonIcalendar else { return }
        do {
            let directory = try temporaryDirectory()
            let earlier = directory.appendingPathComponent("earlier.ics").path
            let later = directory.appendingPathComponent("later.ics").path
            try write(before, to: earlier)
            try write(after, to: later)
            let check = try runPythonScript("scripts/interop/check-ics.py", [later, "--earlier", earlier])
            #expect(check.status == 0, "\(check.output)", sourceLocation: sourceLocation)
        } catch {
            Issue.record(error, sourceLocation: sourceLocation)
        }
    }

    @Test func erasingTheHostsNameRaisesTheSequenceAndMovesTheStampOfThatEventOnly() throws {
        let log = try Self.movedLog()
        let before = Self.export(log)
        #expect(before.contains("Zoë Ñúñez-Ørsted"))
        let run = cohort(["redact", log, "--id", "r-pa", "--reason", "verzoek", "--by", "f1"], environment: ["COHORT_NOW": "2014-10-01T08:00:00Z"])
        #expect(run.status == 0, "\(run.err)")
        let after = Self.export(log)
        #expect(!after.contains("Zoë Ñúñez-Ørsted"))
        Self.expectOnlyRevised("s1", before, after, stamp: "20141001T080000Z")
        // As the log knew it before the erasure: the name is gone from the file all the same, so the event
        // says what it says now, with the same revision and the erasure's moment.
        #expect(Self.block(Self.export(log, ["--known-at", "2014-09-30"]), "s1") == Self.block(after, "s1"))
    }

    @Test func aHostMadePublicRaisesTheSequenceAndMovesTheStampOfThatEventOnly() throws {
        let log = try Self.movedLog()
        let before = Self.export(log)
        #expect(!before.contains("NAAM-PB"))
        let wish = #"{"type":"wish.stated","at":"2014-10-01T09:00:00+02:00","by":"pb","data":{"wish":"w-pb-2","participant":"pb","visibility":"public","text":"Ik wil delen."}}"#
        #expect(cohort(["append", log, "-"], input: Array(wish.utf8), environment: ["COHORT_NOW": "2014-10-02T08:00:00Z"]).status == 0)
        let after = Self.export(log)
        let description = Self.unescape(Self.events(Self.block(after, "s2")).first?["DESCRIPTION"] ?? "")
        #expect(description.contains("hosted by NAAM-PB Verborgen"))
        Self.expectOnlyRevised("s2", before, after, stamp: "20141002T080000Z")
        // Something more in public about a host already named changes nothing.
        let more = #"{"type":"wish.stated","at":"2014-10-03T09:00:00+02:00","by":"pb","data":{"wish":"w-pb-3","participant":"pb","visibility":"public","text":"Nog een."}}"#
        #expect(cohort(["append", log, "-"], input: Array(more.utf8), environment: ["COHORT_NOW": "2014-10-04T08:00:00Z"]).status == 0)
        #expect(Self.export(log) == after)
    }

    @Test func aRetractedSchedulingStaysCancelledWithAHigherSequence() throws {
        let log = try Self.movedLog()
        let scheduled = #"{"id":"s6","type":"session.scheduled","at":"2014-10-01T09:00:00+02:00","by":"f1","data":{"session":"s6","title":"Extra","kind":"meeting","days":["2014-12-15"],"dagdelen":2}}"#
        #expect(cohort(["append", log, "-"], input: Array(scheduled.utf8), environment: ["COHORT_NOW": "2014-10-01T08:00:00Z"]).status == 0)
        let before = Self.export(log)
        #expect(Self.events(Self.block(before, "s6")).first?["STATUS"] == "CONFIRMED")
        let retraction = #"{"type":"event.retracted","at":"2014-10-02T09:00:00+02:00","by":"f1","data":{"target":"s6","reason":"dubbel"}}"#
        #expect(cohort(["append", log, "-"], input: Array(retraction.utf8), environment: ["COHORT_NOW": "2014-10-02T08:00:00Z"]).status == 0)
        let after = Self.export(log)
        let event = Self.events(Self.block(after, "s6")).first ?? [:]
        #expect(event["STATUS"] == "CANCELLED")
        #expect(event["SEQUENCE"] == "1")
        #expect(event["DTSTAMP"] == "20141002T080000Z")
        let description = Self.unescape(event["DESCRIPTION"] ?? "")
        #expect(description.contains("cancelled"))
        for other in ["s1", "s2", "s3", "s4", "s5"] { #expect(Self.block(before, other) == Self.block(after, other)) }
        Self.expectRevisionsRead(before, after)
        // Before the session was scheduled, the calendar never showed it: no event, not even a cancelled one.
        #expect(Self.block(Self.export(log, ["--known-at", "2014-09-30"]), "s6").isEmpty)
        #expect(Self.events(Self.block(Self.export(log, ["--known-at", "2014-10-01T12:00:00Z"]), "s6")).first?["STATUS"] == "CONFIRMED")
    }

    @Test func aSessionRunsFromItsEarliestToItsLatestDayWhateverOrderTheyWereWrittenIn() throws {
        let log = try Self.movedLog()
        let lines = [
            #"{"id":"s7","type":"session.scheduled","at":"2014-10-01T09:00:00+02:00","by":"f1","data":{"session":"s7","title":"Achterstevoren","kind":"meeting","days":["2014-12-19","2014-12-17","2014-12-18"],"dagdelen":6}}"#,
            #"{"type":"session.rescheduled","at":"2014-10-01T09:05:00+02:00","by":"f1","data":{"session":"s5","days":["2014-12-10","2014-12-08"]}}"#,
        ]
        #expect(cohort(["append", log, "-"], input: Array(lines.joined(separator: "\n").utf8), environment: ["COHORT_NOW": "2014-10-01T08:00:00Z"]).status == 0)
        let events = Self.events(Self.export(log))
        let s7 = events.first { $0["UID"] == "s7@agenda-2014.cohort" } ?? [:]
        #expect(s7["DTSTART;VALUE=DATE"] == "20141217" && s7["DTEND;VALUE=DATE"] == "20141220")
        let s5 = events.first { $0["UID"] == "s5@agenda-2014.cohort" } ?? [:]
        #expect(s5["DTSTART;VALUE=DATE"] == "20141208" && s5["DTEND;VALUE=DATE"] == "20141211")
        let description = Self.unescape(s5["DESCRIPTION"] ?? "")
        #expect(description.hasSuffix("\n8 December 2014, 10 December 2014"))
    }

    // MARK: - What the public may see

    @Test func theCalendarShowsWhatThePublicMaySeeAndNothingElse() throws {
        let small = Self.export(Self.smallLog)
        for marker in ReportTests.markers where !(marker.audiences?.contains("public") ?? false) {
            #expect(!small.contains(marker.text), "the calendar shows \(marker.text)")
        }
        // Roles, a reason for a cancellation (personal), the participants' municipalities where no place names them.
        for hidden in ["HR-adviseur", "HRM-manager", "Te weinig aanmeldingen", "Woerden"] {
            #expect(!small.contains(hidden), "the calendar shows \(hidden)")
        }
        let moved = Self.export(try Self.movedLog())
        for hidden in ["NAAM-PB", "GEMEENTE-PA", "GEMEENTE-PB", "zoe@example.org", "PRIVE-", "HR-adviseur", "Ada Begeleider", "Ik wil"] {
            #expect(!moved.contains(hidden), "the calendar shows \(hidden)")
        }
        // The host named in public (a public wish) is shown; pb, named nowhere in public, is not.
        #expect(moved.contains("Zoë Ñúñez-Ørsted"))
    }

    @Test func otherAudiencesAndFormatAreRefusedForTheCalendar() {
        #expect(cohort(["export", Self.smallLog, "--ics", "--audience", "group"]).status == 2)
        #expect(cohort(["export", Self.smallLog, "--ics", "--audience", "facilitator"]).status == 2)
        // Asking for what it shows anyway is no error.
        let publicRun = cohort(["export", Self.smallLog, "--ics", "--audience", "public"], environment: [:])
        #expect(publicRun.status == 0)
        #expect(publicRun.out == Self.export(Self.smallLog))
        #expect(cohort(["export", Self.smallLog, "--ics", "--format", "json"]).status == 2)
    }

    @Test func outputToAFileKeepsTheBytes() throws {
        let path = try temporaryDirectory().appendingPathComponent("sessions.ics").path
        let run = cohort(["export", Self.smallLog, "--ics", "-o", path], environment: [:])
        #expect(run.status == 0)
        #expect(run.out == "")
        #expect(try bytes(path) == Data(Self.export(Self.smallLog).utf8))
    }

    // MARK: - A real parser

    static let pythonIcalendar = pythonCanImport("icalendar")

    @Test(.enabled(if: pythonIcalendar,
                   "python3 with the icalendar package is not available (python3 -m pip install icalendar): the calendars were not read by a real parser; the other checks of this suite stand on their own"))
    func pythonsIcalendarReadsEveryEventAsTheLogHasIt() throws {
        let directory = try temporaryDirectory()
        let moved = try Self.movedLog()
        let expectations: [(name: String, log: String, expected: [String: Any])] = [
            ("real", Self.realLog, try Self.expectation(fromLog: Self.realLog)),
            ("small", Self.smallLog, try Self.expectation(fromLog: Self.smallLog)),
            ("moved", moved, Self.movedExpectation),
        ]
        for (name, log, expected) in expectations {
            let calendar = directory.appendingPathComponent("\(name).ics").path
            let json = directory.appendingPathComponent("\(name).json").path
            #expect(cohort(["export", log, "--ics", "-o", calendar], environment: [:]).status == 0)
            try JSONSerialization.data(withJSONObject: expected, options: [.sortedKeys]).write(to: URL(fileURLWithPath: json))
            let check = try runPythonScript("scripts/interop/check-ics.py", [calendar, json])
            #expect(check.status == 0, "\(name): \(check.output)")
            #expect(check.output.contains("ok: \((expected["events"] as? [Any])?.count ?? -1) events"), "\(name): \(check.output)")
        }
    }

    /// What the moved fixture's calendar must say, written out by hand.
    static var movedExpectation: [String: Any] { [
        "name": "Leren, loslaten; en \\ vertrouwen — één agenda",
        "events": [
            ["uid": "s1@agenda-2014.cohort", "start": "2014-06-12", "end": "2014-06-13", "status": "CONFIRMED", "sequence": 1,
             "dtstamp": "2014-05-12T10:00:00Z", "summary": "Startbijeenkomst: één lange titel met ë, ü, ø en 🎉 zodat het vouwen over meerdere regels gaat, en nog wat",
             "location": "Stadhuis, zaal 3; ingang \\ achterzijde"],
            ["uid": "s2@agenda-2014.cohort", "start": "2014-10-07", "end": "2014-10-09", "status": "CONFIRMED", "sequence": 2,
             "dtstamp": "2014-09-15T10:00:00Z", "summary": "Tweedaagse", "location": "Buurthuis"],
            ["uid": "s3@agenda-2014.cohort", "start": "2014-10-15", "end": "2014-10-16", "status": "CANCELLED", "sequence": 1,
             "dtstamp": "2014-08-01T10:00:00Z", "summary": "Verdieping", "location": NSNull()],
            ["uid": "s4@agenda-2014.cohort", "start": "2014-11-20", "end": "2014-11-21", "status": "CONFIRMED", "sequence": 2,
             "dtstamp": "2014-09-15T10:00:00Z", "summary": "Manifestatie", "location": "Raadhuis"],
            ["uid": "s5@agenda-2014.cohort", "start": "2014-12-01", "end": "2014-12-04", "status": "CONFIRMED", "sequence": 0,
             "dtstamp": "2014-05-12T10:00:00Z", "summary": "Slot in twee delen", "location": NSNull()],
        ],
    ] }

    /// What a calendar of a log without retractions of sessions must say, read from the log's JSON
    /// with Foundation (not with the project's reader): each session's title, place, days and status.
    /// (Its SEQUENCE and DTSTAMP also follow whether the public may see who the host is, which this does
    /// not work out again: the moved fixture's are written out by hand, and the golden files hold them.)
    static func expectation(fromLog path: String) throws -> [String: Any] {
        var name: Any = NSNull()
        var cohort = ""
        var order: [String] = []
        var sessions: [String: [String: Any]] = [:]
        var days: [String: [String]] = [:]
        var changes = Set<String>()
        for line in try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n") {
            let record = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let data = record["data"] as? [String: Any] ?? [:]
            if (record["type"] as? String ?? "").hasPrefix("session.") { changes.insert(record["id"] as? String ?? "") }
            switch record["type"] as? String {
            case "cohort.opened":
                name = data["title"] ?? NSNull()
                cohort = data["cohort"] as? String ?? ""
            case "event.retracted":
                if changes.contains(data["target"] as? String ?? "") {
                    Issue.record("\(path) retracts a session's record, which this expectation does not follow")
                }
            case "session.scheduled":
                let id = data["session"] as? String ?? ""
                order.append(id)
                days[id] = data["days"] as? [String] ?? []
                sessions[id] = ["uid": "\(id)@\(cohort).cohort", "status": "CONFIRMED",
                                "summary": data["title"] ?? NSNull(), "location": data["location"] ?? NSNull()]
            case "session.rescheduled", "session.cancelled":
                let id = data["session"] as? String ?? ""
                if let moved = data["days"] as? [String] { days[id] = moved } else { sessions[id]?["status"] = "CANCELLED" }
            default:
                break
            }
        }
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd"
        formatter.timeZone = TimeZone(identifier: "UTC")
        var events: [[String: Any]] = []
        for id in order {
            var event = sessions[id] ?? [:]
            let sorted = (days[id] ?? []).sorted()
            event["start"] = sorted.first ?? ""
            let last = formatter.date(from: sorted.last ?? "") ?? Date()
            event["end"] = formatter.string(from: last.addingTimeInterval(86_400))
            events.append(event)
        }
        return ["name": name, "events": events]
    }

    // MARK: - Reading a calendar

    /// The content lines of a calendar: folds undone (CRLF and one space removed), split at CRLF.
    static func unfold(_ text: String) -> [String] {
        text.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n").filter { !$0.isEmpty }
    }

    /// Each VEVENT's properties: the name with its parameters (`DTSTART;VALUE=DATE`) → the value as written.
    static func events(_ text: String) -> [[String: String]] {
        var events: [[String: String]] = []
        for line in unfold(text) {
            if line == "BEGIN:VEVENT" {
                events.append([:])
            } else if !events.isEmpty, line != "END:VEVENT", let colon = line.firstIndex(of: ":") {
                events[events.count - 1][String(line[..<colon])] = String(line[line.index(after: colon)...])
            }
        }
        return events
    }

    /// Each VEVENT as written, folded lines and all.
    static func eventBlocks(_ text: String) -> [String] {
        text.components(separatedBy: "BEGIN:VEVENT\r\n").dropFirst().map { "BEGIN:VEVENT\r\n" + ($0.components(separatedBy: "END:VEVENT\r\n").first ?? "") + "END:VEVENT\r\n" }
    }

    static func uid(of block: String) -> String { events(block).first?["UID"] ?? "" }

    /// A TEXT value with its escapes undone.
    static func unescape(_ value: String) -> String {
        var out = ""
        var escaped = false
        for character in value {
            if escaped {
                out.append(character == "n" || character == "N" ? "\n" : character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                out.append(character)
            }
        }
        return out
    }
}
