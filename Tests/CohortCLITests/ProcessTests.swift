import Foundation
import Testing
import CohortLog

/// The built `cohort` executable, beside the test bundle.
let executable: URL = {
    let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    return bundle.appendingPathComponent("cohort")
}()

/// Starts `cohort` as a process.
func launch(_ arguments: [String], environment: [String: String] = ["COHORT_NOW": testNow]) throws -> Process {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.environment = environment
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    return process
}

/// Runs `cohort` as a process to the end and returns its status.
@discardableResult
func execute(_ arguments: [String], environment: [String: String] = ["COHORT_NOW": testNow]) throws -> Int32 {
    let process = try launch(arguments, environment: environment)
    process.waitUntilExit()
    return process.terminationStatus
}

/// Reflections by participant pa, one per line: a submission of `count` events with ids `prefix-1` ….
func reflections(_ count: Int, prefix: String) -> String {
    (1...count).map { index in
        #"{"id":"\#(prefix)-\#(index)","type":"reflection.recorded","at":"2014-07-01T10:00:00+02:00","by":"pa","data":{"reflection":"\#(prefix)-r\#(index)","participant":"pa","text":"Reflectie \#(index) van \#(prefix): wat ik leerde over vertrouwen en loslaten in mijn eigen team."}}"#
    }.joined(separator: "\n") + "\n"
}

/// The ids of a log's records, in order.
func recordIDs(_ path: String) throws -> [String] {
    try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map { line in
        String(line.split(separator: "\"id\":\"")[1].prefix { $0 != "\"" })
    }
}

@Suite(.serialized) struct ProcessTests {
    @Test func twoProcessesAppendingAtOnceLoseNothingAndInterleaveNoBytes() throws {
        let log = try baseLog()
        let directory = URL(fileURLWithPath: log).deletingLastPathComponent()
        var scripts: [Process] = []
        for name in ["u", "v"] {
            let folder = directory.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for index in 1...300 {
                try write(reflections(1, prefix: "\(name)\(index)"), to: folder.appendingPathComponent("\(index).jsonl").path)
            }
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", "for i in $(seq 1 300); do \"$0\" append \"$1\" \"$2/$i.jsonl\" >/dev/null 2>&1 || exit 1; done",
                                 executable.path, log, folder.path]
            process.environment = ["COHORT_NOW": testNow]
            try process.run()
            scripts.append(process)
        }
        for script in scripts {
            script.waitUntilExit()
            #expect(script.terminationStatus == 0)
        }
        let verify = cohort(["verify", log, "--format", "json"])
        #expect(verify.status == 0, "\(verify.out)")
        let ids = try recordIDs(log)
        #expect(ids.count == 12 + 600)
        #expect(Set(ids).count == ids.count)
        for name in ["u", "v"] {
            #expect(ids.filter { $0.hasPrefix(name) }.count == 300)
        }
    }

    @Test func aKillInTheMiddleOfALargeAppendLeavesAPrefixThatRepairAndResubmissionComplete() throws {
        let submissionText = reflections(20_000, prefix: "k")
        let expected = (1...20_000).map { "k-\($0)" }
        for delay in [0.05, 0.3, 0.8] {
            let log = try baseLog()
            let submission = log + ".submission"
            try write(submissionText, to: submission)
            let process = try launch(["append", log, submission])
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            // What the kill left: a log that verifies after repair, whose new records are a prefix.
            let repair = cohort(["repair", log])
            #expect(repair.status == 0, "\(repair.err)")
            #expect(cohort(["verify", log]).status == 0)
            let added = Array(try recordIDs(log).dropFirst(12))
            #expect(added == Array(expected.prefix(added.count)))
            // Submitting the same file again completes it, each event once.
            let again = cohort(["append", log, submission])
            #expect(again.status == 0, "\(again.err)")
            #expect(Array(try recordIDs(log).dropFirst(12)) == expected)
            #expect(cohort(["verify", log]).status == 0)
        }
    }

    @Test func aWriteThatFailsLeavesTheLogAsItWas() throws {
        let log = try baseLog()
        let before = try bytes(log)
        let submission = log + ".submission"
        try write(reflections(200, prefix: "big"), to: submission)
        let process = Process()
        let errors = Pipe()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "ulimit -f 20; exec \"$0\" append \"$1\" \"$2\"", executable.path, log, submission]
        process.environment = ["COHORT_NOW": testNow]
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 1)
        #expect(message.contains("cannot write: File too large"))
        #expect(message.contains("the log is as it was before: nothing was appended"))
        #expect(try bytes(log) == before)
        #expect(cohort(["verify", log]).status == 0)
    }

    /// What a kill during the `write` itself leaves: whole records of the batch, then part of one. The
    /// write is one system call, so a kill rarely lands inside it; cutting the file at every kind of
    /// place in the appended bytes shows what repair and resubmission make of it.
    @Test(arguments: [1, 250, 4_000_000, 1_234_567])
    func aWriteCutAnywhereIsRepairedAndCompletedByResubmission(_ cut: Int) throws {
        let log = try baseLog()
        let before = try bytes(log).count
        let submission = log + ".submission"
        try write(reflections(20_000, prefix: "k"), to: submission)
        #expect(cohort(["append", log, submission]).status == 0)
        let whole = try bytes(log)
        let keep = before + min(cut, whole.count - before - 1)
        try whole.prefix(keep).write(to: URL(fileURLWithPath: log))
        #expect(cohort(["verify", log]).status == 1)
        let repair = cohort(["repair", log])
        #expect(repair.status == 0, "\(repair.err)")
        #expect(repair.out.contains("moved the torn tail"))
        let expected = (1...20_000).map { "k-\($0)" }
        let added = Array(try recordIDs(log).dropFirst(12))
        #expect(added == Array(expected.prefix(added.count)))
        #expect(cohort(["append", log, submission]).status == 0)
        #expect(Array(try recordIDs(log).dropFirst(12)) == expected)
        #expect(cohort(["verify", log]).status == 0)
    }
}
