import Foundation
import Testing
import CohortLog

/// `cohort verify` on sealed logs that are sound, torn, tampered, reordered, truncated, or hold a blank
/// line, a CRLF or a BOM (Fixtures/logs, made by scripts/make-log-fixtures.py), each against the golden
/// file of what it must say.
@Suite struct VerifyTests {
    static let soundHead = "1d2c75232a3308ecc53cbe343f00966c72db2ae0f0e45e405dbd4c21ea7530d3"
    static let logs: [(name: String, status: Int32)] = [
        ("sound", 0), ("other-writer", 0), ("empty", 0), ("torn", 1), ("tampered", 1), ("reordered", 1),
        ("record-deleted", 1), ("blank-line", 1), ("crlf", 1), ("bom", 1), ("rule-broken", 1),
        ("redaction-forged", 1), ("redaction-unfinished", 1), ("tampered-last", 0), ("resealed-history", 0),
        ("truncated", 1),
    ]

    static func path(_ name: String) -> String { fixtures.appendingPathComponent("logs/\(name).jsonl").path }

    @Test(arguments: logs.map(\.name))
    func verifySaysWhatIsWrongWithEachLog(_ name: String) throws {
        let expected = Self.logs.first { $0.name == name }?.status
        let text = cohort(["verify", Self.path(name)])
        #expect(text.status == expected)
        let json = cohort(["verify", Self.path(name), "--format", "json"])
        #expect(json.status == expected)
        #expect(json.err == "")
        let prefix = fixtures.path + "/"
        try expectGolden(normalized(text.err + text.out, [(prefix, "")]), "logs/\(name).verify.txt")
        try expectGolden(normalized(json.out, [(prefix, "")]), "logs/\(name).verify.json")
    }

    @Test func theJSONOutputHasTheKeysOfTheContract() throws {
        let run = cohort(["verify", Self.path("tampered"), "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any]
        #expect(object?["ok"] as? Bool == false)
        #expect(object?["records"] as? Int == 28)
        #expect(object?["head"] as? String == Self.soundHead)
        let problems = object?["problems"] as? [[String: Any]]
        #expect(problems?.first?["line"] as? Int == 18)
        #expect((problems?.first?["message"] as? String)?.contains("line 17 was changed") == true)
    }

    @Test func aChangeToTheLastRecordIsFoundByTheHeadNotedBeforeIt() {
        let run = cohort(["verify", Self.path("tampered-last"), "--head", Self.soundHead])
        #expect(run.status == 1)
        #expect(run.err.contains("no record has the digest \(Self.soundHead)"))
    }

    /// The last three records (the erasure among them) cut off: the erased records no longer have their
    /// data.redacted, and the head noted before is gone.
    @Test func recordsCutFromTheEndAreFoundByTheHeadNotedBefore() {
        let run = cohort(["verify", Self.path("truncated"), "--head", Self.soundHead])
        #expect(run.status == 1)
        #expect(run.out.hasPrefix("not ok: 25 records, 3 problems"))
        #expect(run.err.contains("no record has the digest \(Self.soundHead)"))
    }

    @Test func aResealedRewriteOfHistoryIsFoundByAnEarlierHead() {
        let run = cohort(["verify", Self.path("resealed-history"), "--head", Self.soundHead])
        #expect(run.status == 1)
        #expect(run.err.contains("[chain.head]"))
    }

    @Test func anEarlierHeadStillStandsInTheSoundLog() throws {
        let lines = try String(contentsOfFile: Self.path("sound"), encoding: .utf8).split(separator: "\n")
        let prevOfLast = String(lines[27].split(separator: "\"prev\":\"")[1].prefix(64))
        let run = cohort(["verify", Self.path("sound"), "--head", prevOfLast])
        #expect(run.status == 0)
        #expect(run.out == "ok: 28 records, head \(Self.soundHead)\n")
        #expect(run.err.contains("\(prevOfLast) is the digest of a record in the log"))
    }

    @Test func aHeadThatIsNotHexIsAUsageError() {
        let run = cohort(["verify", Self.path("sound"), "--head", "xyz"])
        #expect(run.status == 2)
        #expect(run.err == "cohort verify: --head must be 64 lowercase hex characters, not \"xyz\" (see `cohort help verify`)\n")
    }

    @Test func aMissingLogIsAnUnreadableFile() {
        let run = cohort(["verify", "/nonexistent/log.jsonl"])
        #expect(run.status == 2)
        #expect(run.err == "cohort verify: /nonexistent/log.jsonl: cannot open: No such file or directory\n")
    }

    /// Every byte of the sound log changed (its lowest bit flipped) fails verification, and the problems
    /// name the changed byte's line: a problem on that line, or on the next one saying that the line was
    /// changed; a change that leaves the last record well-formed is found by the head noted before,
    /// which the problem names.
    @Test func everySingleByteChangeIsDetectedOnItsLine() throws {
        let original = Array(try bytes(Self.path("sound")))
        let head = Digest(hex: Self.soundHead)!
        var lines: [Int] = []
        var line = 1
        for byte in original {
            lines.append(line)
            if byte == 0x0A { line += 1 }
        }
        let lineOf = lines
        let lastLine = line - 1
        let found = Found()
        DispatchQueue.concurrentPerform(iterations: original.count) { position in
            var changed = original
            changed[position] ^= 0x01
            let verifier = LogVerifier.verify(bytes: changed, wantedHead: head)
            let line = lineOf[position]
            let named = verifier.problems.contains { problem in
                problem.line == line
                    || (problem.line == line + 1 && problem.message.contains("line \(line) was changed"))
                    || (line == lastLine && problem.check == .chainHead && problem.message.contains(Self.soundHead))
            }
            if verifier.isSound || !named { found.add(position) }
        }
        #expect(found.positions == [], "changes at these byte offsets went unnoticed or were not placed on their line")
    }
}

/// Positions collected from concurrent work.
final class Found: @unchecked Sendable {
    private(set) var positions: [Int] = []
    private let lock = NSLock()
    func add(_ position: Int) {
        lock.lock()
        positions.append(position)
        lock.unlock()
    }
}
