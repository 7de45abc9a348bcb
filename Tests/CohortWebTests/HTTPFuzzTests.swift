import Foundation
import Testing
@testable import CohortWeb

/// The request parser under hostile bytes: every input in Fixtures/fuzz/http (seeds, hostile requests and
/// whatever `scripts/fuzz/run.sh http` found) and many thousands of mutations of good requests, through
/// the properties of the fuzz target (scripts/fuzz/http.swift).
struct HTTPFuzzTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/fuzz/http")

    static func inputs() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    /// The fuzz target's properties; the outcome.
    @discardableResult
    static func check(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) -> HTTPRequestParser.Outcome {
        let parser = HTTPRequestParser()
        let outcome = parser.parse(bytes)
        _ = HTTPRequestParser.expectsContinue(bytes)
        switch outcome {
        case .incomplete:
            break
        case .refused(let status, let reason):
            #expect((400..<500).contains(status.rawValue) || status == .notImplemented || status == .versionNotSupported,
                    sourceLocation: sourceLocation)
            #expect(!reason.isEmpty, sourceLocation: sourceLocation)
        case .request(let request, let length):
            #expect(length <= bytes.count && request.body.count <= parser.maxBody, sourceLocation: sourceLocation)
            #expect(parser.parse(Array(bytes[0..<length])) == outcome, sourceLocation: sourceLocation)
            _ = FormData(urlEncoded: request.body)
        }
        return outcome
    }

    @Test(arguments: inputs())
    func everyInputKeepsTheProperties(_ name: String) throws {
        let bytes = Array(try Data(contentsOf: Self.folder.appendingPathComponent(name)))
        let outcome = Self.check(bytes)
        if name.hasPrefix("hostile-") {
            guard case .refused = outcome else {
                Issue.record("\(name) was not refused: \(outcome)")
                return
            }
        }
        if name.hasPrefix("get-") || name.hasPrefix("post-") || name.hasPrefix("route-") || name.hasPrefix("form-") {
            guard case .request(let request, _) = outcome else {
                Issue.record("\(name) was not read: \(outcome)")
                return
            }
            if name.hasPrefix("form-") { #expect(FormData(urlEncoded: request.body) == nil) }
            if name.hasPrefix("post-") { #expect(FormData(urlEncoded: request.body) != nil) }
        }
    }

    @Test func theHostileInputsAreThere() {
        #expect(Self.inputs().filter { $0.hasPrefix("hostile-") }.count >= 10)
    }

    /// A small, seeded generator: the same mutations on every run.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return state
        }
    }

    @Test func mutationsOfGoodRequestsNeverBreakTheParser() throws {
        let seeds = try Self.inputs().filter { !$0.hasPrefix("hostile-") }.map {
            Array(try Data(contentsOf: Self.folder.appendingPathComponent($0)))
        }
        #expect(seeds.count >= 3)
        let interesting: [UInt8] = [0x0D, 0x0A, 0x00, 0x20, 0x09, 0x3A, 0x25, 0x2B, 0x26, 0x3D, 0x7F, 0xFF, 0xC3, 0x2F, 0x3F]
        var generator = Generator(state: 0x9E37_79B9_7F4A_7C15)
        var outcomes: [String: Int] = [:]
        for round in 0..<20_000 {
            var bytes = seeds[round % seeds.count]
            for _ in 0..<Int.random(in: 1...4, using: &generator) {
                let position = bytes.isEmpty ? 0 : Int.random(in: 0..<bytes.count, using: &generator)
                switch Int.random(in: 0..<6, using: &generator) {
                case 0 where !bytes.isEmpty: bytes[position] = UInt8.random(in: 0...255, using: &generator)
                case 1: bytes.insert(interesting.randomElement(using: &generator)!, at: position)
                case 2 where !bytes.isEmpty: bytes.remove(at: position)
                case 3: bytes = Array(bytes[0..<position])
                case 4 where !bytes.isEmpty:
                    let end = min(bytes.count, position + Int.random(in: 1...64, using: &generator))
                    bytes.insert(contentsOf: bytes[position..<end], at: position)
                default: bytes[position...].reverse()
                }
            }
            switch Self.check(bytes) {
            case .incomplete: outcomes["incomplete", default: 0] += 1
            case .refused(let status, _): outcomes["\(status.rawValue)", default: 0] += 1
            case .request: outcomes["request", default: 0] += 1
            }
        }
        // The mutations reach every kind of outcome, so the properties were tried on each.
        #expect(outcomes["request", default: 0] > 100)
        #expect(outcomes["incomplete", default: 0] > 100)
        #expect(outcomes["400", default: 0] > 100)
    }

    @Test func randomBytesNeverBreakTheParser() {
        var generator = Generator(state: 42)
        for length in 0..<2_000 {
            let bytes = (0..<(length % 300)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            Self.check(bytes)
            Self.check(Array("GET / HTTP/1.1\r\n".utf8) + bytes)
        }
    }
}
