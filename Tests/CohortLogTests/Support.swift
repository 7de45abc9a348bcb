import Foundation
@testable import CohortLog

/// The repository's Fixtures folder.
let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures")

/// The bytes of a fixture.
func fixture(_ path: String) throws -> [UInt8] {
    Array(try Data(contentsOf: fixtures.appendingPathComponent(path)))
}

/// The lines of a fixture.
func fixtureLines(_ path: String) throws -> [String] {
    String(decoding: try fixture(path), as: UTF8.self).split(separator: "\n").map(String.init)
}

/// A fresh temporary directory.
func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("cohort-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// An environment with a fixed clock and salts taken in turn from a list (then counting up).
func fixedEnvironment(now: String = "2015-06-30T10:00:00Z", salts: [String] = []) -> SealingEnvironment {
    let box = SaltBox(salts)
    let time = Timestamp(now)!
    return SealingEnvironment(now: { time }, salt: { box.next() })
}

final class SaltBox: @unchecked Sendable {
    var salts: [String]
    var counter = 0
    let lock = NSLock()
    init(_ salts: [String]) { self.salts = salts }
    func next() -> String {
        lock.lock()
        defer { lock.unlock() }
        if !salts.isEmpty { return salts.removeFirst() }
        counter += 1
        let hex = String(counter, radix: 16)
        return String(repeating: "0", count: 32 - hex.count) + hex
    }
}
