import Foundation
import Testing
@testable import CohortLog

/// The worked example of shared/examples, made by an independent implementation: our reader, writer and
/// digest must agree with it byte for byte.
@Suite struct ExampleAgreementTests {
    @Test func digestsOfTheSealedExampleMatchTheIndependentImplementation() throws {
        let expected = try fixtureLines("examples/digests.txt").map { $0.split(separator: " ").map(String.init) }
        let verifier = try LogVerifier.verify(path: fixtures.appendingPathComponent("examples/sealed.jsonl").path)
        #expect(verifier.problems == [])
        #expect(verifier.records == 17)
        #expect(verifier.head.hex == "df7e5e23a8f08938a744c9c6c11f4a34c31009c84ac1b731bf50ad50d77196c0")
        var parser = RecordParser()
        for (index, line) in try fixtureLines("examples/sealed.jsonl").enumerated() {
            var bytes = Array(line.utf8)
            let outcome = bytes.withUnsafeMutableBytes { parser.parse(UnsafeRawBufferPointer($0), number: index + 1) }
            guard case .record(let record) = outcome else {
                Issue.record("line \(index + 1) did not parse: \(outcome)")
                continue
            }
            #expect(record.digest?.hex == expected[index][1])
            _ = bytes
        }
    }

    @Test func theRedactedExampleVerifiesWithTheIndependentHead() throws {
        let verifier = try LogVerifier.verify(path: fixtures.appendingPathComponent("examples/redacted.jsonl").path)
        #expect(verifier.problems == [])
        #expect(verifier.records == 18)
        #expect(verifier.head.hex == "d04bdbbc2efc8eb3e34726f34b51db51d961766d70502558efd015ba9dac2b69")
    }

    @Test func sealingTheExampleSubmissionReproducesTheSealedFileByteForByte() throws {
        let sealedLines = try fixtureLines("examples/sealed.jsonl")
        let salts = sealedLines.map { line -> String? in
            guard let range = line.range(of: "\"salt\":\"") else { return nil }
            return String(line[range.upperBound...].prefix(32))
        }
        let events = SubmissionReader.read(try fixture("examples/submission.jsonl")).events
        #expect(events.count == 17)
        var head = Digest.zero
        var output: [UInt8] = []
        for (index, event) in events.enumerated() {
            let recorded = Timestamp(epochSeconds: event.at.epochSeconds + 3600)
            let environment = SealingEnvironment(now: { recorded }, salt: { salts[index] ?? "" })
            var sealer = Sealer(after: index, head: head, environment: environment)
            head = sealer.seal(event, id: event.givenID!, to: &output)
        }
        #expect(String(decoding: output, as: UTF8.self) == sealedLines.joined(separator: "\n") + "\n")
        #expect(head.hex == "df7e5e23a8f08938a744c9c6c11f4a34c31009c84ac1b731bf50ad50d77196c0")
    }

    @Test func redactingTheExampleReproducesTheRedactedFile() throws {
        let directory = try temporaryDirectory()
        let log = directory.appendingPathComponent("log.jsonl").path
        try Data(try fixture("examples/sealed.jsonl")).write(to: URL(fileURLWithPath: log))
        let submission = Array(#"{"id":"red1","type":"data.redacted","at":"2014-10-01T09:00:00+02:00","by":"fa","data":{"reason":"verzoek van de deelnemer (AVG art. 17)","targets":["r2","w2","a2","sup1"]}}"#.utf8)
        let events = SubmissionReader.read(submission).events
        let outcome = try LogWriter.append(events, to: log, environment: fixedEnvironment(now: "2014-10-01T08:00:00Z"))
        #expect(outcome.erased.map(\.rawValue) == ["r2", "w2", "a2", "sup1"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: log)) == Data(try fixture("examples/redacted.jsonl")))
        #expect(outcome.head.hex == "d04bdbbc2efc8eb3e34726f34b51db51d961766d70502558efd015ba9dac2b69")
    }
}
