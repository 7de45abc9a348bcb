import Foundation
import Testing
import CohortCLI
import CohortLog

/// The repository's Fixtures folder.
let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures")

/// What a run of `cohort` gave.
struct Run {
    var status: Int32
    var out: String
    var err: String
}

/// A fixed clock for tests.
let testNow = "2015-06-30T12:00:00Z"

/// Runs `cohort` in-process with `arguments`, standard input `input`, a fixed clock (unless the
/// environment says otherwise) and counting salts.
func cohort(
    _ arguments: [String], input: [UInt8] = [], environment: [String: String] = ["COHORT_NOW": testNow],
    errorIsTerminal: Bool = false
) -> Run {
    let out = BufferSink()
    let err = BufferSink()
    var invocation = Invocation(
        out: out, err: err, environment: environment, readInput: { () throws(FileError) in input },
        inputIsTerminal: false, errorIsTerminal: errorIsTerminal)
    invocation.progressDelay = 0
    invocation.progressInterval = 0
    let counter = Counter()
    invocation.salt = { counter.nextSalt() }
    let status = CohortTool.run(arguments, invocation)
    return Run(status: status, out: out.text, err: err.text)
}

/// Counting salts: deterministic logs in tests.
final class Counter: @unchecked Sendable {
    var value = 0
    let lock = NSLock()
    func nextSalt() -> String {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 32 - hex.count) + hex
    }
}

/// A fresh temporary directory.
func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("cohort-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// The bytes of a file.
func bytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

/// Writes text to a file.
func write(_ text: String, to path: String) throws {
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
}

/// When the base log is written: after its events, before most that tests add to it.
let baseWritten = "2014-07-10T12:00:00Z"

/// A log built from Fixtures/submissions/base.jsonl (written at ``baseWritten``), in a fresh directory;
/// returns its path.
func baseLog() throws -> String {
    let directory = try temporaryDirectory()
    let log = directory.appendingPathComponent("log.jsonl").path
    let run = cohort(["append", log, fixtures.appendingPathComponent("submissions/base.jsonl").path], environment: ["COHORT_NOW": baseWritten])
    #expect(run.status == 0, "base log: \(run.err)")
    return log
}

/// Replaces the machine's paths in `text` by short names, so golden files do not depend on where the
/// tests run.
func normalized(_ text: String, _ replacements: [(String, String)]) -> String {
    var text = text
    for (from, to) in replacements { text = text.replacingOccurrences(of: from, with: to) }
    return text
}

/// Compares `actual` with the golden file at `path` (relative to Fixtures); with COHORT_RECORD=1 in the
/// environment, writes it instead. On a difference, records the differing lines.
func expectGolden(_ actual: String, _ path: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = fixtures.appendingPathComponent(path)
    if ProcessInfo.processInfo.environment["COHORT_RECORD"] == "1" {
        try Data(actual.utf8).write(to: url)
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        Issue.record("no golden file \(path); run the tests with COHORT_RECORD=1 to record it", sourceLocation: sourceLocation)
        return
    }
    if expected != actual {
        let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var diff = ""
        for index in 0..<max(a.count, b.count) {
            let left = index < a.count ? String(a[index]) : "<none>"
            let right = index < b.count ? String(b[index]) : "<none>"
            if left != right { diff += "line \(index + 1)\n- \(left)\n+ \(right)\n" }
        }
        Issue.record("\(path) differs (re-record with COHORT_RECORD=1 if the change is right):\n\(diff)", sourceLocation: sourceLocation)
    }
}

/// The real 2014 cohort's log in `events/`.
let realCohortLog = fixtures.deletingLastPathComponent().appendingPathComponent("events/eigen-regie-2014.jsonl").path

/// `text` as a JSON string literal, in the form the writer seals it (so that a test can also find it in a
/// log's lines).
func jsonQuoted(_ text: String) -> String {
    var out: [UInt8] = []
    JSONEscapes.appendQuoted(text, to: &out)
    return String(decoding: out, as: UTF8.self)
}

/// Runs `cohort` with `arguments` and no clock, expects success and nothing on standard error, and
/// returns the output.
func successfulOutput(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) -> String {
    let run = cohort(arguments, environment: [:])
    #expect(run.status == 0, "\(run.err)", sourceLocation: sourceLocation)
    #expect(run.err == "", sourceLocation: sourceLocation)
    return run.out
}

/// Whether `python3` is there and can import `module` (the interoperability checks' parsers).
func pythonCanImport(_ module: String) -> Bool {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", "import \(module)"]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return false }
    process.waitUntilExit()
    return process.terminationStatus == 0
}

/// Runs the Python script at `script` (relative to the repository) with `arguments`; returns its exit
/// status and what it wrote to standard output and standard error together.
func runPythonScript(_ script: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
    let process = Process()
    let pipe = Pipe()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", fixtures.deletingLastPathComponent().appendingPathComponent(script).path] + arguments
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return (process.terminationStatus, output)
}
