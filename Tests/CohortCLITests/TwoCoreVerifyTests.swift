import Foundation
import Testing
import CohortLog

/// Verifying a file reads it on two cores (a batch of lines parsed ahead on another thread), or on one
/// when asked; verifying bytes in memory reads it line by line on one. All must find exactly the same,
/// wherever a problem falls against the batches' edges.
@Suite struct TwoCoreVerifyTests {
    /// A generated log of `events` records, its lines changed by `change`.
    func log(events: Int, _ change: (inout [String]) -> Void) throws -> (path: String, bytes: [UInt8]) {
        let path = try temporaryDirectory().appendingPathComponent("log.jsonl").path
        #expect(cohort(["generate", "--events", String(events), "--seed", "5", "-o", path]).status == 0)
        var lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        change(&lines)
        let text = lines.joined(separator: "\n")
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        return (path, Array(text.utf8))
    }

    func expectSame(_ path: String, _ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) throws {
        var seenOnTwoCores: [Int] = []
        let file = try LogVerifier.verify(path: path, observe: { record, _ in seenOnTwoCores.append(record.line) })
        let memory = LogVerifier.verify(bytes: bytes)
        #expect(file.problems == memory.problems, sourceLocation: sourceLocation)
        #expect(file.omitted == memory.omitted && file.records == memory.records && file.lines == memory.lines, sourceLocation: sourceLocation)
        #expect(file.head == memory.head && file.soundLength == memory.soundLength && file.tornTail == memory.tornTail, sourceLocation: sourceLocation)
        #expect(seenOnTwoCores == seenOnTwoCores.sorted(), "records are observed in log order", sourceLocation: sourceLocation)
        // Opened on one thread (as the audit of many logs opens each), the file is verified the same.
        let oneThread: LogVerifier = switch try VerifiedLog.open(path, threads: .one) {
        case .verified(let log): log.verifier
        case .doesNotVerify(let verifier): verifier
        }
        #expect(oneThread.problems == memory.problems && oneThread.records == memory.records, sourceLocation: sourceLocation)
        #expect(oneThread.head == memory.head && oneThread.soundLength == memory.soundLength, sourceLocation: sourceLocation)
    }

    @Test func aSoundLogOfManyBatchesVerifiesAsLineByLine() throws {
        let (path, bytes) = try log(events: 9000) { _ in }
        try expectSame(path, bytes)
        #expect(try LogVerifier.verify(path: path).isSound)
    }

    @Test func problemsOnEitherSideOfABatchsEdgeAreFoundAsLineByLine() throws {
        let (path, bytes) = try log(events: 9000) { lines in
            lines[99] += "\r"                                                   // CR LF on line 100
            // Batches are 2,048 lines (or 1 MiB, which lines of about 430 bytes do not reach first).
            lines[2047] = lines[2047].replacingOccurrences(of: "\"seq\":2048", with: "\"seq\":2051")  // the last line of the first batch
            lines[2048] = lines[2048].replacingOccurrences(of: "\"by\":\"", with: "\"by\":\"x")      // the first of the second
            lines.remove(at: 6000)                                              // a record missing
            lines.insert("", at: 8191)                                          // a blank line, at the end of the fourth
            lines.removeLast()                                                  // the file's last newline
            lines[lines.count - 1] = String(lines[lines.count - 1].prefix(40))  // a torn tail
        }
        try expectSame(path, bytes)
        #expect(!(try LogVerifier.verify(path: path).isSound))
    }
}
