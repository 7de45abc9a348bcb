import Foundation
import Testing
import CohortLog

@Suite struct AppendTests {
    @Test func appendCreatesTheLogAndPrintsTheSeqAndIdOfEachRecord() throws {
        let directory = try temporaryDirectory()
        let log = directory.appendingPathComponent("new.jsonl").path
        let run = cohort(["append", log, fixtures.appendingPathComponent("submissions/base.jsonl").path])
        #expect(run.status == 0)
        #expect(run.out.split(separator: "\n").first == "seq 1 id open")
        #expect(run.out.split(separator: "\n").count == 12)
        #expect(run.err.contains("appended 12 records (seq 1–12)"))
        #expect(cohort(["verify", log]).status == 0)
    }

    @Test func theWritersCacheBesideTheLogIsReplacedNotFollowedOrBelieved() throws {
        let log = try baseLog()
        let cache = log + ".state"
        let support = #"{"id":"x1","type":"support.given","at":"2014-06-13T10:00:00+02:00","by":"pb","data":{"from":"pb","to":"pa","kind":"feedback"}}"#
        // Garbage where the cache should be: ignored, and a sound cache written in its place.
        try write("not a cache\n", to: cache)
        #expect(cohort(["append", log, "-"], input: Array((support + "\n").utf8)).status == 0)
        #expect(try bytes(cache).starts(with: Data("cohort stamp".utf8)))
        // A symbolic link planted in its place: replaced, the file it points to untouched.
        let victim = log + ".victim"
        try write("precious\n", to: victim)
        try FileManager.default.removeItem(atPath: cache)
        try FileManager.default.createSymbolicLink(atPath: cache, withDestinationPath: victim)
        let again = support.replacingOccurrences(of: "x1", with: "x2")
        #expect(cohort(["append", log, "-"], input: Array((again + "\n").utf8)).status == 0)
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "precious\n")
        #expect(try FileManager.default.attributesOfItem(atPath: cache)[.type] as? FileAttributeType == .typeRegular)
        #expect(cohort(["verify", log]).status == 0)
    }

    @Test func aRefusedFirstAppendCreatesNothing() throws {
        let directory = try temporaryDirectory()
        let log = directory.appendingPathComponent("new.jsonl").path
        let submission = fixtures.appendingPathComponent("submissions/first/not-opening.jsonl").path
        let run = cohort(["append", log, submission])
        #expect(run.status == 1)
        try expectGolden(normalized(run.err, [(fixtures.path + "/submissions/first/", ""), (directory.path + "/", "")]),
                         "submissions/first/not-opening.expected")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == [])
    }

    @Test func submittingTheSameFileAgainAddsNothing() throws {
        let log = try baseLog()
        let before = try bytes(log)
        let run = cohort(["append", log, fixtures.appendingPathComponent("submissions/base.jsonl").path])
        #expect(run.status == 0)
        #expect(run.out == "")
        #expect(run.err.contains("appended nothing; 12 already in the log with identical content"))
        #expect(try bytes(log) == before)
    }

    @Test func eventsWithoutIdsGetIdsFromTheirContentSoThatAResubmissionAddsNothing() throws {
        let log = try baseLog()
        let line = #"{"type":"support.given","at":"2014-06-13T10:00:00+02:00","by":"pb","data":{"from":"pb","to":"pa","kind":"feedback","note":"Goed gesprek."}}"#
        // Two identical events in one file stay two; the same file again adds nothing.
        let submission = Array((line + "\n" + line + "\n").utf8)
        let first = cohort(["append", log, "-", "--format", "json"], input: submission)
        #expect(first.status == 0)
        let appended = try JSONSerialization.jsonObject(with: Data(first.out.utf8)) as? [String: Any]
        let ids = (appended?["appended"] as? [[String: Any]])?.compactMap { $0["id"] as? String } ?? []
        #expect(ids.count == 2)
        #expect(Set(ids).count == 2)
        #expect(ids.allSatisfy { $0.hasPrefix("e-") && $0.count == 22 })
        let again = cohort(["append", log, "-"], input: submission)
        #expect(again.status == 0)
        #expect(again.out == "")
        // Member order, spacing and escapes do not make another event.
        let reordered = #"{ "by":"pb", "at":"2014-06-13T10:00:00+02:00", "type":"support.given", "data":{"note":"Goed\u0020gesprek.","kind":"feedback","to":"pa","from":"pb"} }"#
        let third = cohort(["append", log, "-"], input: Array((reordered + "\r\n").utf8))
        #expect(third.status == 0)
        #expect(third.out == "")
    }

    @Test func theSameIdWithOtherContentIsRefused() throws {
        let log = try baseLog()
        let run = cohort(["append", log, "-"], input: Array(#"{"id":"a-pa","type":"attendance.recorded","at":"2014-06-12T17:00:00+02:00","by":"f1","data":{"session":"s1","participant":"pa","dagdelen":1}}"#.utf8))
        #expect(run.status == 1)
        #expect(run.err.contains("id \"a-pa\" is already in the log (seq 10, attendance.recorded) with other content [rule.id-unique]"))
    }

    @Test func aSubmissionWithPersonalFieldsFlatInDataIsSealedWithThemInPersonal() throws {
        let log = try baseLog()
        let lines = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n")
        #expect(lines[2].hasSuffix(#""data":{"municipality":"Leiden","participant":"pa","role":"HR-adviseur"},"personal":{"email":"anna@example.org","name":"Anna Proef","salt":"00000000000000000000000000000002"}}"#))
        #expect(lines[5].hasSuffix(#","personal":{}}"#))
    }

    @Test func aSubmissionMayUseCRLFABOMAndBlankLines() throws {
        let directory = try temporaryDirectory()
        let log = directory.appendingPathComponent("log.jsonl").path
        let text = try String(contentsOf: fixtures.appendingPathComponent("submissions/base.jsonl"), encoding: .utf8)
        let windows = "\u{FEFF}" + text.replacingOccurrences(of: "\n", with: "\r\n\r\n")
        let run = cohort(["append", log, "-"], input: Array(windows.utf8), environment: ["COHORT_NOW": baseWritten])
        #expect(run.status == 0, "\(run.err)")
        #expect(try bytes(log) == (try bytes(try baseLog())))
    }

    @Test func appendingOntoATornLogIsRefusedWithAdvice() throws {
        let directory = try temporaryDirectory()
        let log = directory.appendingPathComponent("torn.jsonl").path
        try FileManager.default.copyItem(atPath: fixtures.appendingPathComponent("logs/torn.jsonl").path, toPath: log)
        let before = try bytes(log)
        let run = cohort(["append", log, "-"], input: Array(reflections(1, prefix: "t").utf8))
        #expect(run.status == 1)
        #expect(run.err.contains("does not verify, so nothing was appended; run `cohort repair \(log)`"))
        #expect(try bytes(log) == before)
    }

    @Test func appendingOntoABrokenChainIsRefusedWithAdvice() throws {
        let directory = try temporaryDirectory()
        let log = directory.appendingPathComponent("tampered.jsonl").path
        try FileManager.default.copyItem(atPath: fixtures.appendingPathComponent("logs/tampered.jsonl").path, toPath: log)
        let before = try bytes(log)
        let run = cohort(["append", log, "-"], input: Array(reflections(1, prefix: "t").utf8))
        #expect(run.status == 1)
        #expect(run.err.contains("tampered.jsonl:18: error: prev does not match"))
        #expect(run.err.contains("run `cohort verify \(log)` to see every problem"))
        #expect(try bytes(log) == before)
    }

    @Test func anInvalidCohortNowIsAUsageError() throws {
        let log = try baseLog()
        let run = cohort(["append", log, "-"], input: Array(reflections(1, prefix: "t").utf8), environment: ["COHORT_NOW": "yesterday"])
        #expect(run.status == 2)
        #expect(run.err == "cohort append: COHORT_NOW \"yesterday\" is not an RFC 3339 timestamp such as 2014-06-12T09:00:00Z; unset it or correct it (see `cohort help append`)\n")
    }

    @Test(arguments: ["0001-01-01T00:30:00+01:00", "9999-12-31T23:30:00-01:00"])
    func aCohortNowOutsideTheYearsAReaderAcceptsIsAUsageError(_ now: String) throws {
        let log = try baseLog()
        let before = try bytes(log)
        let run = cohort(["append", log, "-"], input: Array(reflections(1, prefix: "t").utf8), environment: ["COHORT_NOW": now])
        #expect(run.status == 2)
        #expect(run.err.contains("falls outside the years 1 to 9999 in UTC"))
        #expect(try bytes(log) == before)
    }

    @Test func aSubmittedLineLongerThan16MiBIsRefused() throws {
        let log = try baseLog()
        let before = try bytes(log)
        let text = String(repeating: "lang ", count: (16 << 20) / 5 + 1)
        let line = #"{"type":"reflection.recorded","at":"2014-07-01T10:00:00+02:00","by":"pa","data":{"reflection":"r-long","participant":"pa","text":"\#(text)"}}"#
        let run = cohort(["append", log, "-"], input: Array(line.utf8))
        #expect(run.status == 1)
        #expect(run.err.hasPrefix("<stdin>:1: error: the line is 16777353 bytes long; a submitted event may be at most 16 MiB [format.line]"))
        #expect(try bytes(log) == before)
    }

    @Test func cohortNowIsTheRecordedTimeInUTC() throws {
        let log = try baseLog()
        let run = cohort(["append", log, "-"], input: Array(reflections(1, prefix: "t").utf8), environment: ["COHORT_NOW": "2014-07-11T09:30:00+02:00"])
        #expect(run.status == 0)
        let last = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n").last ?? ""
        #expect(last.contains(#""recorded":"2014-07-11T07:30:00Z""#))
    }

    @Test func theIndependentVerifierComputesTheSameHeadBeforeAndAfterRedaction() throws {
        let log = try baseLog()
        #expect(cohort(["append", log, fixtures.appendingPathComponent("submissions/more.jsonl").path]).status == 0)
        func agree() throws {
            let ours = cohort(["verify", log, "--format", "json"])
            let head = (try JSONSerialization.jsonObject(with: Data(ours.out.utf8)) as? [String: Any])?["head"] as? String
            let python = try runPythonScript("scripts/independent_verify.py", [log])
            #expect(python.status == 0, "\(python.output)")
            #expect(python.output.hasSuffix(" \(head ?? "?")\n"), "python: \(python.output) cohort: \(head ?? "?")")
        }
        try agree()
        #expect(cohort(["redact", log, "--participant", "pa", "--reason", "verzoek", "--by", "f1"]).status == 0)
        try agree()
    }
}
