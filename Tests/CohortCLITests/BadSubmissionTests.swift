import Foundation
import Testing

/// One minimal bad submission per format error and per writer rule (Fixtures/submissions/bad), appended
/// onto the base log: each is refused with exit 1, the log stays byte-for-byte unchanged, and the
/// diagnostics are exactly the golden file beside it.
@Suite struct BadSubmissionTests {
    static let names: [String] = {
        let folder = fixtures.appendingPathComponent("submissions/bad")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.filter { $0.hasSuffix(".jsonl") }.map { String($0.dropLast(6)) }.sorted()
    }()

    @Test func thereIsABadSubmissionForEveryRuleAndFormatError() {
        #expect(Self.names.count >= 35)
    }

    @Test(arguments: names)
    func badSubmissionIsRefusedWithItsDiagnosticsAndTheLogUnchanged(_ name: String) throws {
        let log = try baseLog()
        let before = try bytes(log)
        let submission = fixtures.appendingPathComponent("submissions/bad/\(name).jsonl").path
        let run = cohort(["append", log, submission])
        #expect(run.status == 1)
        #expect(run.out == "")
        #expect(try bytes(log) == before, "the log changed")
        let directory = URL(fileURLWithPath: log).deletingLastPathComponent().path + "/"
        let text = normalized(run.err, [(fixtures.path + "/submissions/bad/", ""), (directory, "")])
        try expectGolden(text, "submissions/bad/\(name).expected")
    }
}
