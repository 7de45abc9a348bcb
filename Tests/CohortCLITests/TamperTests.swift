import Foundation
import Testing
@testable import CohortLog

/// Tamper evidence, exhaustively: on the largest sound log of Fixtures/logs (other-writer.jsonl, 29
/// records, the last sealed by scripts/make-log-fixtures.py rather than by `cohort`), every swap of two
/// records and every deletion of one record but the last fails `verify` on the first line that differs;
/// the deletion of the last record and a re-sealed rewrite of history at any position fail
/// `verify --head` with every head noted since the change, and pass with every head noted before it.
///
/// The hundreds of cases run through ``LogVerifier`` in-process; a handful run the real `cohort`.
@Suite struct TamperTests {
    static let name = "other-writer"
    static let path = fixtures.appendingPathComponent("logs/\(name).jsonl").path
    /// The records' lines, without their newlines.
    static let lines: [[UInt8]] = {
        let data = (try? bytes(path)) ?? Data()
        return data.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast().map { Array($0) }
    }()
    /// The digest of each record: `heads[m]` is the head noted when the log held records 1…m+1.
    static let heads: [Digest] = lines.map(digest)

    static func digest(_ line: [UInt8]) -> Digest {
        var parser = RecordParser()
        return line.withUnsafeBytes { bytes in
            switch parser.parse(bytes, number: 1) {
            case .record(let record): return record.digest ?? .zero
            case .invalid(_, let digest, _, _): return digest ?? .zero
            }
        }
    }

    static func join(_ lines: [[UInt8]]) -> [UInt8] { lines.flatMap { $0 + [0x0A] } }

    static func verify(_ lines: [[UInt8]], head: Digest? = nil) -> LogVerifier {
        LogVerifier.verify(bytes: join(lines), wantedHead: head)
    }

    /// The log with record `index` (0-based) changed (its `recorded` one second later) and the chain
    /// re-sealed from there on: what a forger with write access would make. It verifies.
    static func rewritten(at index: Int) -> [[UInt8]] {
        var result = lines
        var line = result[index]
        let marker = Array(#","recorded":""#.utf8)
        guard let start = (0...(line.count - marker.count)).first(where: { Array(line[$0..<($0 + marker.count)]) == marker })
        else { return result }
        let secondsDigit = start + marker.count + 18  // 2014-07-10T10:00:0|0|Z
        line[secondsDigit] = line[secondsDigit] == UInt8(ascii: "1") ? UInt8(ascii: "2") : UInt8(ascii: "1")
        result[index] = line
        var previous = index == 0 ? Digest.zero : heads[index - 1]
        let prev = Array(#","prev":""#.utf8)
        for position in index..<result.count {
            var line = result[position]
            if let start = (0...(line.count - prev.count)).first(where: { Array(line[$0..<($0 + prev.count)]) == prev }) {
                line.replaceSubrange((start + prev.count)..<(start + prev.count + 64), with: Array(previous.hex.utf8))
            }
            result[position] = line
            previous = digest(line)
        }
        return result
    }

    /// The problems as `LINE check: message`, for failure messages.
    static func listed(_ verifier: LogVerifier) -> String {
        verifier.problems.map { "\($0.line) \($0.check): \($0.message)" }.joined(separator: "\n")
    }

    @Test func theFixtureIsSoundAndLargeEnough() {
        #expect(Self.lines.count == 29)
        #expect(Self.verify(Self.lines, head: Self.heads[0]).isSound)
        #expect(Self.heads.last?.hex == "ac445fd5b9a36c6a8324e6ae46c081d4f16c0cf7b449c3afd70daa2e8655a8d4")
    }

    /// Records i < j swapped: line i is the first that differs, and the first problem is a broken chain
    /// there (its seq or its prev).
    @Test func everySwapOfTwoRecordsIsFoundOnTheFirstLineThatDiffers() {
        var failures: [String] = []
        var cases = 0
        for i in 0..<Self.lines.count {
            for j in (i + 1)..<Self.lines.count {
                var swapped = Self.lines
                swapped.swapAt(i, j)
                let verifier = Self.verify(swapped)
                cases += 1
                let first = verifier.problems.first
                if verifier.isSound || first?.line != i + 1 || first?.check.rawValue.hasPrefix("chain.") != true {
                    failures.append("swap of lines \(i + 1) and \(j + 1):\n\(Self.listed(verifier))")
                }
            }
        }
        #expect(cases == 29 * 28 / 2)
        #expect(failures.isEmpty, "\(failures.count) swaps not found on their first line:\n\(failures.prefix(5).joined(separator: "\n\n"))")
    }

    /// Record k deleted (not the last): line k now holds record k+1, whose seq is one too high and whose
    /// prev is the digest of record k, not of the record before it; the chain breaks there first. (Other
    /// problems may stand on earlier lines: with the data.redacted of line 28 gone, the records it erased
    /// are reported as erased without one.)
    @Test func everyDeletionOfARecordButTheLastIsFoundOnItsLine() {
        var failures: [String] = []
        for k in 0..<(Self.lines.count - 1) {
            var shortened = Self.lines
            shortened.remove(at: k)
            let verifier = Self.verify(shortened)
            let line = k + 1
            let chain = verifier.problems.filter { $0.check.rawValue.hasPrefix("chain.") }
            let atLine = chain.prefix { $0.line == line }
            let seqNamed = atLine.contains {
                $0.check == .chainSeq && $0.message.hasPrefix("seq is \(line + 1) but \(line) was expected")
            }
            let prevNamed = atLine.contains { $0.check == .chainPrev }
            let before = verifier.problems.filter { $0.line < line && $0.check != .redactionUnauthorised }
            if verifier.isSound || chain.first?.line != line || !seqNamed || !prevNamed || !before.isEmpty {
                failures.append("deletion of line \(line):\n\(Self.listed(verifier))")
            }
        }
        #expect(failures.isEmpty, "\(failures.count) deletions not found on their line:\n\(failures.prefix(5).joined(separator: "\n\n"))")
    }

    /// The last record deleted leaves a log that verifies (here: sound.jsonl itself); only the head
    /// noted before finds it, and says which head is missing.
    @Test func deletingTheLastRecordIsFoundByTheHeadNotedBefore() {
        let shortened = Array(Self.lines.dropLast())
        #expect(Self.verify(shortened).isSound)
        let head = Self.heads[Self.heads.count - 1]
        let verifier = Self.verify(shortened, head: head)
        #expect(!verifier.isSound)
        #expect(verifier.problems.count == 1)
        #expect(verifier.problems.first?.check == .chainHead)
        #expect(verifier.problems.first?.message.contains("no record has the digest \(head.hex)") == true)
        // The head noted one record earlier still stands.
        #expect(Self.verify(shortened, head: Self.heads[Self.heads.count - 2]).isSound)
    }

    /// A rewrite of record k, re-sealed: the log verifies, every head noted before record k still stands,
    /// and every head noted since (record k's own included) is missing, named in the problem. So the
    /// earliest head that fails dates the rewrite.
    @Test func aResealedRewriteAtEveryPositionIsFoundByEveryHeadNotedSinceAndByNoneBefore() {
        var failures: [String] = []
        for k in 0..<Self.lines.count {
            let forged = Self.rewritten(at: k)
            if forged == Self.lines { failures.append("rewrite at line \(k + 1) changed nothing") }
            let plain = Self.verify(forged)
            if !plain.isSound { failures.append("rewrite at line \(k + 1) does not verify:\n\(Self.listed(plain))") }
            for m in 0..<Self.lines.count {
                let verifier = Self.verify(forged, head: Self.heads[m])
                if m < k {
                    if !verifier.isSound { failures.append("rewrite at line \(k + 1), head of line \(m + 1) should stand:\n\(Self.listed(verifier))") }
                } else {
                    let named = verifier.problems.count == 1 && verifier.problems[0].check == .chainHead
                        && verifier.problems[0].line == 0
                        && verifier.problems[0].message.contains("no record has the digest \(Self.heads[m].hex)")
                    if !named { failures.append("rewrite at line \(k + 1), head of line \(m + 1) not reported:\n\(Self.listed(verifier))") }
                }
            }
        }
        #expect(failures.isEmpty, "\(failures.count) failures:\n\(failures.prefix(5).joined(separator: "\n\n"))")
    }

    // MARK: The real executable, for a handful of cases.

    /// Writes `lines` as a log in a fresh directory; returns its path.
    static func store(_ lines: [[UInt8]]) throws -> String {
        let log = try temporaryDirectory().appendingPathComponent("log.jsonl").path
        try Data(join(lines)).write(to: URL(fileURLWithPath: log))
        return log
    }

    @Test(arguments: [(1, 2), (3, 20), (14, 15), (1, 29), (28, 29)])
    func theExecutableNamesTheFirstLineOfASwap(_ i: Int, _ j: Int) throws {
        var swapped = Self.lines
        swapped.swapAt(i - 1, j - 1)
        let log = try Self.store(swapped)
        let text = try runCohortProcess(["verify", log])
        #expect(text.status == 1)
        #expect(text.err.hasPrefix("\(log):\(i): error: "), "\(text.err)")
        let json = try runCohortProcess(["verify", log, "--format", "json"])
        #expect(json.status == 1)
        let object = try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any]
        #expect(object?["ok"] as? Bool == false)
        #expect((object?["problems"] as? [[String: Any]])?.first?["line"] as? Int == i)
    }

    @Test(arguments: [1, 10, 28])
    func theExecutableNamesTheLineOfADeletion(_ line: Int) throws {
        var shortened = Self.lines
        shortened.remove(at: line - 1)
        let log = try Self.store(shortened)
        let run = try runCohortProcess(["verify", log])
        #expect(run.status == 1)
        let chain = run.err.split(separator: "\n").first { $0.hasSuffix("[chain.seq]") || $0.hasSuffix("[chain.prev]") }
        #expect(chain?.hasPrefix("\(log):\(line): error: seq is \(line + 1) but \(line) was expected") == true, "\(run.err)")
    }

    @Test func theExecutableFindsTheLastRecordDeletedOnlyWithTheHeadNotedBefore() throws {
        let log = try Self.store(Array(Self.lines.dropLast()))
        #expect(try runCohortProcess(["verify", log]).status == 0)
        let head = Self.heads[Self.heads.count - 1].hex
        let run = try runCohortProcess(["verify", log, "--head", head])
        #expect(run.status == 1)
        #expect(run.err.hasPrefix("\(log): error: no record has the digest \(head): "), "\(run.err)")
        #expect(run.err.contains("[chain.head]"))
    }

    @Test func theExecutableFindsAResealedRewriteWithAHeadNotedSinceButNotBefore() throws {
        let log = try Self.store(Self.rewritten(at: 4))
        #expect(try runCohortProcess(["verify", log]).status == 0)
        #expect(try runCohortProcess(["verify", log, "--head", Self.heads[3].hex]).status == 0)
        for m in [4, 28] {
            let run = try runCohortProcess(["verify", log, "--head", Self.heads[m].hex, "--format", "json"])
            #expect(run.status == 1)
            let object = try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any]
            let problems = object?["problems"] as? [[String: Any]]
            #expect(problems?.count == 1)
            #expect(problems?.first?["line"] as? Int == 0)
            #expect((problems?.first?["message"] as? String)?.contains("no record has the digest \(Self.heads[m].hex)") == true)
        }
    }
}
