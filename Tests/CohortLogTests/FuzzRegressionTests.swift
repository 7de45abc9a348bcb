import Foundation
import Testing
@testable import CohortLog

/// Every input in Fixtures/fuzz: the hostile inputs of scripts/fuzz/make-hostile.py and whatever the
/// fuzzers (scripts/fuzz/run.sh) found, run through the same properties as the fuzz targets
/// (scripts/fuzz/submission.swift and log.swift): no crash, no hang, and a clear error naming a line.
@Suite struct FuzzRegressionTests {
    static func inputs(_ target: String) -> [String] {
        let folder = fixtures.appendingPathComponent("fuzz/\(target)")
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    /// Hostile inputs that are valid JSON and a valid event: a NUL written as an escape is text like any.
    static let acceptable: Set<String> = ["hostile-nul-byte-escaped.jsonl"]

    @Test(arguments: inputs("submission"))
    func theSubmissionReaderGivesAClearErrorOrEventsThatSealAndReadBack(_ name: String) throws {
        let bytes = try fixture("fuzz/submission/\(name)")
        let reading = SubmissionReader.read(bytes)
        let lines = bytes.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
        for problem in reading.problems {
            #expect((1...lines).contains(problem.line), "\(problem)")
            #expect(!problem.message.isEmpty && problem.check.rawValue.hasPrefix("format."), "\(problem)")
        }
        if name.hasPrefix("hostile-") && !Self.acceptable.contains(name) {
            #expect(!reading.problems.isEmpty, "\(name) was read without a problem")
        }
        // What the reader accepts seals into records that read back with the sealer's digests.
        var sealer = Sealer(after: 0, head: .zero, environment: fixedEnvironment())
        var parser = RecordParser()
        for (ordinal, event) in reading.events.enumerated() {
            var line: [UInt8] = []
            let digest = sealer.seal(event, id: event.givenID ?? event.derivedID(ordinal: ordinal), to: &line)
            let outcome = line.withUnsafeBytes { parser.parse(UnsafeRawBufferPointer(rebasing: $0.dropLast()), number: 1) }
            guard case .record(let record) = outcome else {
                Issue.record("\(name): a sealed event does not read back: \(outcome)")
                continue
            }
            #expect(record.digest == digest)
        }
    }

    @Test(arguments: inputs("log"))
    func theVerifierNamesTheLineOfEveryProblem(_ name: String) throws {
        let bytes = try fixture("fuzz/log/\(name)")
        let verifier = LogVerifier.verify(bytes: bytes)
        let lines = bytes.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
        if name.hasPrefix("hostile-") { #expect(!verifier.isSound, "\(name) verified") }
        for problem in verifier.problems {
            #expect((0...lines).contains(problem.line), "\(problem)")
            #expect(!problem.message.isEmpty, "\(problem)")
        }
    }

    @Test func theHostileInputsAreThere() {
        #expect(Self.inputs("submission").filter { $0.hasPrefix("hostile-") }.count >= 12)
        #expect(Self.inputs("log").filter { $0.hasPrefix("hostile-") }.count >= 12)
    }
}
