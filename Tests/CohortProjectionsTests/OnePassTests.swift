import Foundation
import Testing
import CohortLog
@testable import CohortProjections

/// A report on a log without retractions folds its cohort as the log is verified, in one pass: that
/// fold is the state a replay would give. Any other log or window is replayed.
@Suite struct OnePassTests {
    static let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("events/eigen-regie-2014.jsonl").path

    /// A temporary copy of the first `count` lines of the sample cohort (a prefix of a log is a log).
    static func prefix(_ count: Int) throws -> String {
        let lines = try String(contentsOfFile: sample, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let path = NSTemporaryDirectory() + "one-pass-\(count)-\(UUID().uuidString).jsonl"
        try (lines.prefix(count).joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// The state of `path` as a replay gives it.
    static func replayed(_ path: String) throws -> CohortState {
        guard case .verified(let log) = try VerifiedLog.open(path) else { throw CocoaError(.fileReadCorruptFile) }
        return try LogSource(log).cohort()
    }

    /// Every member of two states is the same.
    static func expectSame(_ a: CohortState, _ b: CohortState) {
        #expect(a.programme?.cohort == b.programme?.cohort && a.programme?.title == b.programme?.title)
        #expect(a.people == b.people)
        #expect(a.sessions == b.sessions)
        #expect(a.wishes == b.wishes)
        #expect(a.assignments == b.assignments)
        #expect(a.reflections == b.reflections)
        #expect(a.supports == b.supports)
        #expect(a.attendance == b.attendance)
        #expect(a.lines == b.lines)
        #expect(a.contributions == b.contributions)
        #expect(a.invoices == b.invoices)
        #expect(a.claims == b.claims)
        #expect(a.records == b.records)
        #expect(a.head == b.head)
        #expect(a.lastAt == b.lastAt)
        #expect(a.lastPublicAt == b.lastPublicAt)
    }

    @Test func aLogWithoutRetractionsIsFoldedAsItIsVerifiedIntoTheStateAReplayGives() throws {
        // The sample's first retraction is its line 152.
        let path = try OnePassTests.prefix(151)
        defer { try? FileManager.default.removeItem(atPath: path) }
        guard case .verified(let source, let folded?) = try LogSource.open(path) else {
            Issue.record("a log without retractions is folded as it is verified")
            return
        }
        let replayed = try OnePassTests.replayed(path)
        #expect(folded.records == 151 && replayed.reflections.count > 10 && replayed.supports.count > 10)
        OnePassTests.expectSame(folded, replayed)
        #expect(folded.head == source.log.head)
    }

    @Test func aLogWithARetractionIsReplayed() throws {
        let path = try OnePassTests.prefix(152)
        defer { try? FileManager.default.removeItem(atPath: path) }
        guard case .verified(_, let folded) = try LogSource.open(path) else {
            Issue.record("the prefix verifies")
            return
        }
        #expect(folded == nil)
        guard case .verified(_, nil) = try LogSource.open(OnePassTests.sample) else {
            Issue.record("the sample verifies, and has a retraction")
            return
        }
    }

    @Test func aWindowOrALogNotAskedToBeFoldedIsReplayed() throws {
        let path = try OnePassTests.prefix(151)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let window = RecordWindow(asOf: TimeBound("2099-01-01"))
        guard case .verified(let source, let folded) = try LogSource.open(path, window: window) else {
            Issue.record("the prefix verifies")
            return
        }
        #expect(folded == nil)
        #expect(source.window == window)
        // Nor is a log folded that a caller does not ask to fold (an export reads the records itself).
        guard case .verified(_, nil) = try LogSource.open(path, folding: false) else {
            Issue.record("a log not asked to be folded is not folded")
            return
        }
    }

    @Test func aLogThatDoesNotVerifyGivesNoState() throws {
        let lines = try String(contentsOfFile: OnePassTests.sample, encoding: .utf8).split(separator: "\n").prefix(20)
        let path = NSTemporaryDirectory() + "one-pass-bad-\(UUID().uuidString).jsonl"
        defer { try? FileManager.default.removeItem(atPath: path) }
        // Line 10 left out: line 11's seq and prev no longer follow.
        try ((Array(lines.prefix(9)) + Array(lines.dropFirst(10))).joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        guard case .doesNotVerify(let verifier) = try LogSource.open(path) else {
            Issue.record("a log with a record left out does not verify")
            return
        }
        #expect(!verifier.problems.isEmpty)
    }
}
