import Foundation
import Testing
import CohortLog

/// The built `cohort-faults` executable, beside the test bundle: `cohort` with the faults of
/// `COHORT_TEST_FAULT` installed (Sources/cohort-faults, not a product).
let faultsExecutable: URL = {
    let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    return bundle.appendingPathComponent("cohort-faults")
}()

/// Faults injected into a real process (`cohort-faults`, with `COHORT_TEST_FAULT`, see `FaultPlan`): a
/// writer killed at every point where it changes a file, halfway through every write, or meeting a full
/// disk or an I/O error at every one of them, leaves a log that verifies (after `repair` where it was
/// killed) and from which a resubmission completes, and says what happened.
@Suite(.serialized) struct FaultTests {
    struct Outcome {
        var status: Int32
        var killed: Bool
        var err: String
    }

    /// Runs `cohort-faults` (or `binary`) with a fault planned.
    func run(_ arguments: [String], fault: String?, binary: URL = faultsExecutable) throws -> Outcome {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        var environment = ["COHORT_NOW": testNow]
        if let fault { environment["COHORT_TEST_FAULT"] = fault }
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        let pipe = Pipe()
        process.standardError = pipe
        try process.run()
        let err = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, killed: process.terminationReason == .uncaughtSignal,
                       err: String(decoding: err, as: UTF8.self))
    }

    /// The points a command reaches, as `OPERATION NAME` (the file's last path component), in order.
    func points(_ arguments: [String]) throws -> [String] {
        let traced = try run(arguments, fault: "trace")
        #expect(traced.status == 0, "\(traced.err)")
        return traced.err.split(separator: "\n").filter { $0.hasPrefix("fault point ") }.map { line in
            let words = line.split(separator: " ")
            return "\(words[3]) \(words[4].split(separator: "/").last ?? "")"
        }
    }

    /// A directory holding a copy of the base log (and the writer's cache beside it) and the
    /// submission `more`; returns the log's and the submission's paths.
    func setUp(events: Int = 30, withLog: Bool = true) throws -> (log: String, submission: String) {
        let directory = try temporaryDirectory()
        let log = directory.appendingPathComponent("log.jsonl").path
        if withLog {
            let made = cohort(["append", log, fixtures.appendingPathComponent("submissions/base.jsonl").path])
            #expect(made.status == 0)
        }
        let submission = directory.appendingPathComponent("more.jsonl").path
        try write(reflections(events, prefix: "k"), to: submission)
        return (log, submission)
    }

    func text(_ path: String) -> String {
        (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    }

    /// After a fault: `repair` (when killed) and `verify` succeed, the records that were there are
    /// still there byte for byte, and resubmitting gives every event exactly once.
    func expectRecoverable(_ log: String, submission: String, before: Data, events: Int, _ context: String) throws {
        if FileManager.default.fileExists(atPath: log) {
            let repaired = cohort(["repair", log])
            #expect(repaired.status == 0, "\(context): repair: \(repaired.err)")
            #expect(try bytes(log).prefix(before.count) == before, "\(context): the records that were there changed")
        } else {
            #expect(before.isEmpty, "\(context): the log is gone")
        }
        #expect(cohort(["verify", log]).status == 0 || !FileManager.default.fileExists(atPath: log), "\(context): verify")
        let again = cohort(["append", log, submission])
        #expect(again.status == 0, "\(context): resubmission: \(again.err)")
        let ids = try recordIDs(log)
        for index in 1...events { #expect(ids.filter { $0 == "k-\(index)" }.count == 1, "\(context): k-\(index)") }
        #expect(cohort(["verify", log]).status == 0, "\(context): verify after resubmission")
    }

    @Test func anAppendKilledAtAnyPointOrHalfwayThroughAnyWriteLosesNothing() throws {
        let trace = try setUp()
        let points = try points(["append", trace.log, trace.submission])
        // The batch and its sync (the writer's cache is kept up to date every 256 records).
        #expect(points.starts(with: ["write log.jsonl", "sync log.jsonl"]), "\(points)")
        for (index, point) in points.enumerated() {
            for action in point.hasPrefix("write") ? ["kill", "kill-halfway"] : ["kill"] {
                let (log, submission) = try setUp()
                let before = try bytes(log)
                let outcome = try run(["append", log, submission], fault: "\(action)@\(index + 1)")
                #expect(outcome.killed, "\(action) at \(point)")
                try expectRecoverable(log, submission: submission, before: before, events: 30, "\(action) at \(point)")
            }
        }
    }

    @Test func theShippingBinaryCannotBeMadeToInjectAFault() throws {
        let base = fixtures.appendingPathComponent("submissions/base.jsonl").path
        let (log, _) = try setUp(withLog: false)
        let traced = try run(["append", log, base], fault: "trace", binary: executable)
        #expect(traced.status == 0 && !traced.err.contains("fault point"), "\(traced.err)")
        let (other, _) = try setUp(withLog: false)
        for fault in ["kill@1", "kill-halfway@2", "fail@1:ENOSPC"] {
            let outcome = try run(["append", other, base], fault: fault, binary: executable)
            #expect(!outcome.killed && outcome.status == 0, "\(fault): \(outcome.err)")
        }
        #expect(cohort(["verify", other]).status == 0)
        #expect(try recordIDs(other).count == 12)
        // The same plan does kill the test-only binary: the test above is not vacuous.
        #expect(try run(["append", try setUp(withLog: false).log, base], fault: "kill@1").killed)
    }

    @Test func theFirstAppendKilledAtAnyPointLeavesNoLogOrOneThatRepairCompletes() throws {
        let base = fixtures.appendingPathComponent("submissions/base.jsonl").path
        let points = try points(["append", try setUp(withLog: false).log, base])
        // The new log, its sync and its folder's; then the writer's cache, made by a rename.
        #expect(points.prefix(3) == ["create log.jsonl", "write log.jsonl", "sync log.jsonl"], "\(points)")
        #expect(points.dropFirst(3).first?.hasPrefix("sync-directory") == true, "\(points)")
        #expect(points.contains("rename log.jsonl.state"), "\(points)")
        for (index, point) in points.enumerated() {
            for action in point.hasPrefix("write") ? ["kill", "kill-halfway"] : ["kill"] {
                let (log, _) = try setUp(withLog: false)
                let outcome = try run(["append", log, base], fault: "\(action)@\(index + 1)")
                #expect(outcome.killed, "\(action) at \(point)")
                if FileManager.default.fileExists(atPath: log) {
                    #expect(cohort(["repair", log]).status == 0, "\(action) at \(point)")
                    #expect(cohort(["verify", log]).status == 0, "\(action) at \(point)")
                }
                #expect(cohort(["append", log, base]).status == 0, "\(action) at \(point)")
                #expect(try recordIDs(log).count == 12, "\(action) at \(point)")
            }
        }
    }

    @Test(arguments: [("ENOSPC", "No space left on device"), ("EIO", "Input/output error"), ("EFBIG", "File too large")])
    func anAppendMeetingAFailureAtAnyPointSaysSoAndLeavesTheLogAsItWas(_ code: String, _ reason: String) throws {
        let trace = try setUp()
        let points = try points(["append", trace.log, trace.submission])
        for (index, point) in points.enumerated() {
            let (log, submission) = try setUp()
            let before = try bytes(log)
            let outcome = try run(["append", log, submission], fault: "fail@\(index + 1):\(code)")
            #expect(!outcome.killed)
            if point.hasSuffix("log.jsonl") {
                // The log's own write or sync: refused, said why, cut back to what it was.
                #expect(outcome.status == 1, "\(point): \(outcome.err)")
                #expect(outcome.err.contains(reason), "\(point): \(outcome.err)")
                #expect(outcome.err.contains("nothing was appended"), "\(point): \(outcome.err)")
                #expect(try bytes(log) == before, "\(point): the log changed")
            } else {
                // The writer's cache is not the log: failing to keep it costs only speed.
                #expect(outcome.status == 0, "\(point): \(outcome.err)")
            }
            #expect(cohort(["verify", log]).status == 0, "\(point)")
            try expectRecoverable(log, submission: submission, before: before, events: 30, "fail \(code) at \(point)")
        }
    }

    /// A log with the base cohort and pa's reflections, ready to have pa's data erased.
    func setUpRedaction() throws -> String {
        let (log, submission) = try setUp(events: 5)
        #expect(cohort(["append", log, submission]).status == 0)
        return log
    }

    @Test func aRedactionKilledAtAnyPointLeavesTheOldLogOrTheNewOneNeverNeither() throws {
        let arguments = { (log: String) in ["redact", log, "--participant", "pa", "--reason", "verzoek", "--by", "f1"] }
        let points = try points(arguments(try setUpRedaction()))
        guard let rename = points.firstIndex(of: "rename log.jsonl") else {
            Issue.record("no rename over the log in \(points)")
            return
        }
        #expect(points[..<rename].contains { $0.hasPrefix("create .log.jsonl.redact-") }, "\(points)")
        let secret = "Anna Proef"
        for (index, point) in points.enumerated() {
            for action in point.hasPrefix("write") ? ["kill", "kill-halfway"] : ["kill"] {
                let log = try setUpRedaction()
                let before = try bytes(log)
                let outcome = try run(arguments(log), fault: "\(action)@\(index + 1)")
                let context = "\(action) at point \(index + 1) (\(point))"
                #expect(outcome.killed, "\(context)")
                #expect(FileManager.default.fileExists(atPath: log), "\(context): no log at all")
                let now = try bytes(log)
                if index <= rename {  // killed before the rename
                    // The old log: the records as they were (and, once appended, the data.redacted record).
                    #expect(now.prefix(before.count) == before, "\(context): the old log changed")
                    #expect(text(log).contains(secret), "\(context)")
                } else {
                    #expect(!text(log).contains(secret), "\(context): the new log still holds the text \(points)")
                }
                let repaired = cohort(["repair", log])
                #expect(repaired.status == 0, "\(context): repair: \(repaired.err)")
                #expect(cohort(["verify", log]).status == 0, "\(context): verify")
                // What a crash left beside the log is cleared by repair; an erasure asked for is finished.
                let litter = try FileManager.default.contentsOfDirectory(atPath: (log as NSString).deletingLastPathComponent)
                    .filter { $0.contains(".redact-") }
                #expect(litter.isEmpty, "\(context): \(litter)")
                if text(log).contains("data.redacted") {
                    #expect(!text(log).contains(secret), "\(context): repair did not finish the erasure")
                } else {
                    #expect(cohort(["redact"] + arguments(log).dropFirst()).status == 0, "\(context): redacting again")
                    #expect(!text(log).contains(secret), "\(context)")
                }
            }
        }
    }

    @Test(arguments: ["ENOSPC", "EIO"])
    func aRedactionThatCannotWriteItsNewFileLeavesTheLogByteForByteAndSaysSo(_ code: String) throws {
        let arguments = { (log: String) in ["redact", log, "--participant", "pa", "--reason", "verzoek", "--by", "f1"] }
        let points = try points(arguments(try setUpRedaction()))
        guard let rename = points.firstIndex(of: "rename log.jsonl") else {
            Issue.record("no rename over the log in \(points)")
            return
        }
        // Every point up to the rename (creating, writing or syncing the new file, and the rename itself).
        for index in 0...rename {
            let fresh = try setUpRedaction()
            let before = try bytes(fresh)
            let outcome = try run(arguments(fresh), fault: "fail@\(index + 1):\(code)")
            let context = "fail at \(points[index])"
            #expect(outcome.status == 1, "\(context): \(outcome.err)")
            #expect(outcome.err.contains(code == "ENOSPC" ? "No space left on device" : "Input/output error"), "\(context): \(outcome.err)")
            #expect(outcome.err.contains("cohort redact: "), "\(context): \(outcome.err)")
            #expect(!outcome.err.contains("cohort append"), "\(context): \(outcome.err)")
            #expect(try bytes(fresh) == before, "\(context): the log changed")
            #expect(cohort(["verify", fresh]).status == 0, "\(context)")
            let litter = try FileManager.default.contentsOfDirectory(atPath: (fresh as NSString).deletingLastPathComponent)
                .filter { $0.contains(".redact-") }
            #expect(litter.isEmpty, "\(context): \(litter)")
            // Asked again when the disk has room, it does all it says.
            #expect(cohort(arguments(fresh)).status == 0, "\(context)")
            #expect(!text(fresh).contains("Anna Proef"), "\(context)")
            #expect(cohort(["verify", fresh]).status == 0, "\(context)")
        }
    }
}
