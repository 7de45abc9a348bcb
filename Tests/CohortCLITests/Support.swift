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
/// environment, writes it instead. On a difference, records the lines that differ (``lineDiff(_:_:context:)``).
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
        let diff = "--- Fixtures/\(path)\n+++ actual\n" + lineDiff(expected, actual)
        Issue.record("\(path) differs (re-record with COHORT_RECORD=1 if the change is right):\n\(diff)", sourceLocation: sourceLocation)
    }
}

/// The lines that differ between `expected` and `actual`, as the hunks of a unified diff: a header
/// `@@ -first,count +first,count @@` with line numbers, then each line marked ` ` (the same, `context` of
/// them around each change), `-` (only expected) or `+` (only actual). Empty when the texts are equal.
///
/// The lines kept are a longest common subsequence, so one inserted line is one `+` line, not every
/// later line changed. The common head and tail are set aside first; when what is left is too large for
/// the table (more than 4 million pairs of lines), it shows as all removed, then all added.
///
///     lineDiff("a\nb\nc\n", "a\nB\nc\n")   // "@@ -1,4 +1,4 @@\n a\n-b\n+B\n c\n \n"
func lineDiff(_ expected: String, _ actual: String, context: Int = 2) -> String {
    let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
    var head = 0
    while head < min(a.count, b.count) && a[head] == b[head] { head += 1 }
    var tail = 0
    while tail < min(a.count, b.count) - head && a[a.count - 1 - tail] == b[b.count - 1 - tail] { tail += 1 }
    let x = a[head..<(a.count - tail)], y = b[head..<(b.count - tail)]

    // The marks of the lines between head and tail, each line of either side once, in order.
    var marks: [Character] = []
    if x.count * y.count <= 4_000_000 {
        // common[i * width + j]: the length of a longest common subsequence of x[i...] and y[j...].
        let width = y.count + 1
        var common = [Int32](repeating: 0, count: (x.count + 1) * width)
        for i in stride(from: x.count - 1, through: 0, by: -1) {
            for j in stride(from: y.count - 1, through: 0, by: -1) {
                common[i * width + j] = x[x.startIndex + i] == y[y.startIndex + j]
                    ? common[(i + 1) * width + j + 1] + 1
                    : max(common[(i + 1) * width + j], common[i * width + j + 1])
            }
        }
        var i = 0, j = 0
        while i < x.count || j < y.count {
            if i < x.count && j < y.count && x[x.startIndex + i] == y[y.startIndex + j] {
                marks.append(" "); i += 1; j += 1
            } else if i < x.count && (j == y.count || common[(i + 1) * width + j] >= common[i * width + j + 1]) {
                marks.append("-"); i += 1
            } else {
                marks.append("+"); j += 1
            }
        }
    } else {
        marks = Array(repeating: "-", count: x.count) + Array(repeating: "+", count: y.count)
    }

    // Each mark with the line it shows on its side (the index of the next line on the other).
    var rows: [(mark: Character, a: Int, b: Int)] = []
    var lineA = 0, lineB = 0
    for mark in Array(repeating: " ", count: head) + marks + Array(repeating: " ", count: tail) {
        rows.append((mark, lineA, lineB))
        if mark != "+" { lineA += 1 }
        if mark != "-" { lineB += 1 }
    }
    var out = ""
    var next = 0
    while let first = rows[next...].firstIndex(where: { $0.mark != " " }) {
        // A hunk runs on while the changes are at most 2 × context lines apart.
        var last = first
        var scan = first + 1
        while scan < rows.count && scan - last <= 2 * context {
            if rows[scan].mark != " " { last = scan }
            scan += 1
        }
        let hunk = rows[max(next, first - context)..<min(rows.count, last + context + 1)]
        guard let start = hunk.first else { break }
        out += "@@ -\(start.a + 1),\(hunk.filter { $0.mark != "+" }.count) +\(start.b + 1),\(hunk.filter { $0.mark != "-" }.count) @@\n"
        for row in hunk { out += String(row.mark) + (row.mark == "+" ? b[row.b] : a[row.a]) + "\n" }
        next = hunk.endIndex
    }
    return out
}

/// The golden files' diff: small, and it shows what changed, not what moved.
@Suite struct LineDiffTests {
    static let twenty = (1...20).map { "line \($0)" }.joined(separator: "\n") + "\n"

    static func marked(_ diff: String) -> [String] {
        diff.split(separator: "\n").filter { $0.hasPrefix("+") || $0.hasPrefix("-") }.map(String.init)
    }

    @Test func anInsertedLineIsOnePlusLineWithItsContext() {
        let actual = Self.twenty.replacing("line 5\n", with: "line 5\nnew\n")
        let diff = lineDiff(Self.twenty, actual)
        #expect(Self.marked(diff) == ["+new"])
        #expect(diff == "@@ -4,4 +4,5 @@\n line 4\n line 5\n+new\n line 6\n line 7\n")
    }

    @Test func aRemovedLineIsOneMinusLine() {
        let diff = lineDiff(Self.twenty, Self.twenty.replacing("line 1\n", with: ""))
        #expect(diff == "@@ -1,3 +1,2 @@\n-line 1\n line 2\n line 3\n")
    }

    @Test func aChangedLineIsRemovedThenAdded() {
        let diff = lineDiff(Self.twenty, Self.twenty.replacing("line 20\n", with: "line twenty\n"))
        #expect(diff == "@@ -18,4 +18,4 @@\n line 18\n line 19\n-line 20\n+line twenty\n \n")
    }

    @Test func changesFarApartAreHunksOfTheirOwnAndNearOnesShareOne() {
        let far = lineDiff(Self.twenty, Self.twenty.replacing("line 3\n", with: "x\n").replacing("line 15\n", with: "y\n"))
        #expect(far.split(separator: "\n").filter { $0.hasPrefix("@@") } == ["@@ -1,5 +1,5 @@", "@@ -13,5 +13,5 @@"])
        let near = lineDiff(Self.twenty, Self.twenty.replacing("line 3\n", with: "x\n").replacing("line 7\n", with: "y\n"))
        #expect(near.split(separator: "\n").filter { $0.hasPrefix("@@") } == ["@@ -1,9 +1,9 @@"])
        #expect(Self.marked(near) == ["-line 3", "+x", "-line 7", "+y"])
    }

    @Test func equalTextsHaveNoDiff() {
        #expect(lineDiff(Self.twenty, Self.twenty) == "")
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
