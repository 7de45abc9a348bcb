import Foundation
import Testing
@testable import CohortLog

/// Paths: the files `cohort` writes beside a log or where `-o` says (the output of a report, the torn
/// tail that `repair` moves aside, the new file of an erasure, the writer's lock and cache) are created
/// without following a symbolic link planted in their place, and an output never overwrites the log.
/// Through the real executable, but for the one case that needs to know a random name in advance.
@Suite struct PathTests {
    static let victimText = "precious: not to be overwritten\n"

    /// A copy of Fixtures/logs/NAME.jsonl as log.jsonl in a fresh directory.
    static func copy(_ name: String) throws -> String {
        let log = try temporaryDirectory().appendingPathComponent("log.jsonl").path
        try FileManager.default.copyItem(atPath: fixtures.appendingPathComponent("logs/\(name).jsonl").path, toPath: log)
        return log
    }

    /// A file with ``victimText`` in a directory of its own; its path.
    static func victim() throws -> String {
        let path = try temporaryDirectory().appendingPathComponent("victim.txt").path
        try write(victimText, to: path)
        return path
    }

    static func link(_ path: String, to target: String) throws {
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: target)
    }

    /// Whether `path` is a symbolic link to `target`.
    static func isLink(_ path: String, to target: String) -> Bool {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) == target
    }

    static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    static func directory(of path: String) -> String { URL(fileURLWithPath: path).deletingLastPathComponent().path }

    /// One event a participant of baseLog() may record.
    static func support(_ id: String) -> String {
        #"{"id":"\#(id)","type":"support.given","at":"2014-06-13T10:00:00+02:00","by":"pb","data":{"from":"pb","to":"pa","kind":"feedback"}}"# + "\n"
    }

    // MARK: -o

    static let reports: [[String]] = [
        ["verify"], ["show"], ["stats"], ["harvest", "--format", "md"], ["timeline", "pa"], ["attendance"], ["audit"],
    ]

    @Test(arguments: reports)
    func anOutputFileThatIsASymbolicLinkIsRefusedAndWhatItPointsToIsUntouched(_ command: [String]) throws {
        let log = try Self.copy("sound")
        let before = try bytes(log)
        let victim = try Self.victim()
        let output = Self.directory(of: log) + "/report.out"
        try Self.link(output, to: victim)
        let run = try runCohortProcess([command[0], log] + command.dropFirst() + ["-o", output])
        #expect(run.status == 2)
        #expect(run.err.hasPrefix("cohort \(command[0]): \(output): cannot create the output file: it is a symbolic link"), "\(run.err)")
        #expect(run.out == "")
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == Self.victimText)
        #expect(Self.isLink(output, to: victim))
        #expect(try bytes(log) == before)
    }

    @Test func anOutputFileThatIsADanglingSymbolicLinkCreatesNothingWhereItPoints() throws {
        let log = try Self.copy("sound")
        let target = try temporaryDirectory().appendingPathComponent("created-through-a-link.txt").path
        let output = Self.directory(of: log) + "/report.out"
        try Self.link(output, to: target)
        let run = try runCohortProcess(["stats", log, "-o", output])
        #expect(run.status == 2)
        #expect(run.err.contains("it is a symbolic link"), "\(run.err)")
        #expect(!Self.exists(target))
    }

    /// The log by its own name, by a hard link, by another spelling of its path, relative to the working
    /// folder, and through a symbolic link: each refused, the log unchanged.
    @Test(arguments: reports)
    func theLogItselfIsNeverTheOutputHoweverItIsNamed(_ command: [String]) throws {
        let log = try Self.copy("sound")
        let before = try bytes(log)
        let folder = Self.directory(of: log)
        try FileManager.default.createDirectory(atPath: folder + "/sub", withIntermediateDirectories: true)
        let hardLink = folder + "/hard-link.jsonl"
        try FileManager.default.linkItem(atPath: log, toPath: hardLink)
        let symbolicLink = folder + "/link.jsonl"
        try Self.link(symbolicLink, to: log)
        let spellings: [(output: String, isLink: Bool)] = [
            (log, false), (hardLink, false), (folder + "/sub/../log.jsonl", false), (folder + "/./log.jsonl", false),
            ("log.jsonl", false), ("./sub/../log.jsonl", false), (symbolicLink, true),
        ]
        for spelling in spellings {
            let run = try runCohortProcess([command[0], "log.jsonl"] + command.dropFirst() + ["-o", spelling.output], in: folder)
            #expect(run.status == 2, "-o \(spelling.output): \(run.err)")
            let expected = spelling.isLink
                ? "cohort \(command[0]): \(spelling.output): cannot create the output file: it is a symbolic link"
                : "cohort \(command[0]): -o \(spelling.output) is the log itself; choose another output file"
            #expect(run.err.hasPrefix(expected), "-o \(spelling.output): \(run.err)")
            #expect(try bytes(log) == before, "-o \(spelling.output) changed the log")
        }
        #expect(try runCohortProcess(["verify", log]).status == 0)
    }

    @Test func anAuditOfSeveralLogsWritesOverNoneOfThem() throws {
        let first = try Self.copy("sound")
        let second = try Self.copy("other-writer")
        let before = (try bytes(first), try bytes(second))
        let run = try runCohortProcess(["audit", first, second, "-o", second])
        #expect(run.status == 2)
        #expect(run.err.contains("-o \(second) is the log itself"), "\(run.err)")
        #expect(try bytes(first) == before.0)
        #expect(try bytes(second) == before.1)
    }

    /// The refusals above are about links and the log, not about -o: a new file and an ordinary file
    /// already there are written.
    @Test func anOrdinaryOutputFileIsWritten() throws {
        let log = try Self.copy("sound")
        let fresh = Self.directory(of: log) + "/new.txt"
        #expect(try runCohortProcess(["verify", log, "-o", fresh]).status == 0)
        #expect(try String(contentsOfFile: fresh, encoding: .utf8).hasPrefix("ok: 28 records"))
        let existing = try Self.victim()
        #expect(try runCohortProcess(["stats", log, "-o", existing]).status == 0)
        #expect(try String(contentsOfFile: existing, encoding: .utf8) != Self.victimText)
    }

    // MARK: repair's torn file

    /// Links planted at LOG.torn-<time> and LOG.torn-<time>-2 (COHORT_NOW fixes the time): repair passes
    /// them over for LOG.torn-<time>-3, and what they point to is untouched (or, dangling, not created).
    @Test func repairPassesOverSymbolicLinksPlantedAtTheNamesOfTheTornFile() throws {
        let log = try Self.copy("torn")
        let before = try bytes(log)
        let victim = try Self.victim()
        let missing = Self.directory(of: victim) + "/would-be-created.txt"
        let base = log + ".torn-20150630T120000Z"
        try Self.link(base, to: victim)
        try Self.link(base + "-2", to: missing)
        let run = try runCohortProcess(["repair", log])
        #expect(run.status == 0, "\(run.err)")
        #expect(run.out.hasPrefix("moved the torn tail (385 bytes) to \(base)-3\n"), "\(run.out)")
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == Self.victimText)
        #expect(!Self.exists(missing))
        #expect(Self.isLink(base, to: victim))
        #expect(Self.isLink(base + "-2", to: missing))
        #expect(try bytes(log) + (try bytes(base + "-3")) == before)
        #expect(try runCohortProcess(["verify", log]).status == 0)
    }

    /// Every name repair may use taken by a link: it refuses, saying so, and changes nothing.
    @Test func repairRefusesWhenEveryNameOfTheTornFileIsTaken() throws {
        let log = try Self.copy("torn")
        let before = try bytes(log)
        let victim = try Self.victim()
        let base = log + ".torn-20150630T120000Z"
        try Self.link(base, to: victim)
        for attempt in 2...1000 { try Self.link(base + "-\(attempt)", to: victim) }
        let run = try runCohortProcess(["repair", log])
        #expect(run.status == 2)
        #expect(run.err.hasPrefix("cohort repair: \(base)-1000: cannot create: File exists"), "\(run.err)")
        #expect(try bytes(log) == before)
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == Self.victimText)
    }

    // MARK: the erasure's new file

    /// Links planted where a careless erasure would write (LOG.tmp and the like) and at the writer's
    /// cache: the redaction succeeds, writes through none of them, and the log verifies.
    @Test func redactionWritesThroughNoLinkPlantedBesideTheLog() throws {
        let log = try baseLog()
        let victim = try Self.victim()
        let folder = Self.directory(of: log)
        let names = ["log.jsonl.tmp", ".log.jsonl.tmp", "log.jsonl.new", ".log.jsonl.redact.tmp", "log.jsonl~",
                     "log.jsonl.state", "log.jsonl.state.tmp"]
        for name in names {
            try? FileManager.default.removeItem(atPath: folder + "/" + name)
            try Self.link(folder + "/" + name, to: victim)
        }
        let run = try runCohortProcess(["redact", log, "--id", "r-pb", "--reason", "verzoek", "--by", "f1"])
        #expect(run.status == 0, "\(run.err)")
        #expect(run.err.contains("erased the personal fields of 1 record"), "\(run.err)")
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == Self.victimText)
        #expect(!String(decoding: try bytes(log), as: UTF8.self).contains("Bram Proef"))
        #expect(try runCohortProcess(["verify", log]).status == 0)
        let left = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains("redact-") }
        #expect(left == [], "the erasure left \(left)")
    }

    /// The erasure's new file is `.LOG.redact-<pid>-<8 random hex>.tmp`, which no one can plant in
    /// advance; to show what happens when something is there anyway, the random source is primed
    /// in-process so that the first name drawn is known. A link planted there is passed over for another
    /// name, the file it points to is untouched, and the redaction succeeds.
    @Test func aLinkPlantedAtTheErasuresOwnNewFileIsPassedOver() throws {
        let log = try baseLog()
        let victim = try Self.victim()
        let planted = Self.directory(of: log) + "/.log.jsonl.redact-\(getpid())-a1a1a1a1.tmp"
        try Self.link(planted, to: victim)
        SaltPool.shared.pool.withLock { pool in
            pool.bytes = [UInt8](repeating: 0xA1, count: 16) + [UInt8](repeating: 0xB2, count: SaltPool.size - 16)
            pool.used = 0
        }
        // Whatever happens, the next salt comes from the kernel again.
        defer { SaltPool.shared.pool.withLock { $0.used = SaltPool.size } }
        let run = cohort(["redact", log, "--id", "r-pb", "--reason", "verzoek", "--by", "f1"])
        #expect(run.status == 0, "\(run.err)")
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == Self.victimText)
        #expect(Self.isLink(planted, to: victim))
        #expect(!String(decoding: try bytes(log), as: UTF8.self).contains("Bram Proef"))
        #expect(cohort(["verify", log]).status == 0)
    }

    // MARK: the writer's lock and cache

    /// LOG.lock is a link: append, repair and redact refuse, saying so, and change nothing; nothing is
    /// created where a dangling link points.
    @Test func aLockFileThatIsASymbolicLinkIsRefusedByEveryWriter() throws {
        let log = try baseLog()
        let lock = log + ".lock"
        let victim = try Self.victim()
        try? FileManager.default.removeItem(atPath: lock)
        try Self.link(lock, to: victim)
        let before = try bytes(log)
        let submission = log + ".submission"
        try write(Self.support("x1"), to: submission)
        let commands = [
            ["append", log, submission], ["repair", log], ["redact", log, "--id", "r-pb", "--reason", "verzoek", "--by", "f1"],
        ]
        for command in commands {
            let run = try runCohortProcess(command)
            #expect(run.status == 2, "\(command[0]): \(run.err)")
            #expect(run.err.hasPrefix("cohort \(command[0]): \(lock): cannot open the lock file: it is a symbolic link"), "\(command[0]): \(run.err)")
            #expect(try bytes(log) == before, "\(command[0]) changed the log")
            #expect(try String(contentsOfFile: victim, encoding: .utf8) == Self.victimText)
            #expect(Self.isLink(lock, to: victim))
        }
        // A first append, with a dangling link where its lock goes: nothing is created.
        let folder = try temporaryDirectory().path
        let newLog = folder + "/new.jsonl"
        let target = try temporaryDirectory().appendingPathComponent("would-be-created").path
        try Self.link(newLog + ".lock", to: target)
        let first = try runCohortProcess(["append", newLog, fixtures.appendingPathComponent("submissions/base.jsonl").path])
        #expect(first.status == 2)
        #expect(!Self.exists(newLog))
        #expect(!Self.exists(target))
    }

    /// LOG.state and LOG.state.tmp are links: the append succeeds, the cache is written as a file of its
    /// own, and what the links pointed to is untouched.
    @Test func theWritersCacheIsNeverWrittenThroughALink() throws {
        let log = try baseLog()
        let victim = try Self.victim()
        let other = try Self.victim()
        try? FileManager.default.removeItem(atPath: log + ".state")
        try Self.link(log + ".state", to: victim)
        try Self.link(log + ".state.tmp", to: other)
        let submission = log + ".submission"
        try write(Self.support("x1"), to: submission)
        let run = try runCohortProcess(["append", log, submission])
        #expect(run.status == 0, "\(run.err)")
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == Self.victimText)
        #expect(try String(contentsOfFile: other, encoding: .utf8) == Self.victimText)
        #expect(try FileManager.default.attributesOfItem(atPath: log + ".state")[.type] as? FileAttributeType == .typeRegular)
        #expect(try runCohortProcess(["verify", log]).status == 0)
    }
}

/// Runs the built `cohort` executable with `arguments` (in `directory`, when given) and a fixed clock;
/// what it printed and its status. One that has not finished after `limit` seconds is killed, and the
/// test records it.
func runCohortProcess(_ arguments: [String], in directory: String? = nil, limit: Double = 30) throws -> Run {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.environment = ["COHORT_NOW": testNow]
    if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let watch = Watch(pid: process.processIdentifier)
    DispatchQueue.global().asyncAfter(deadline: .now() + limit) { watch.killUnlessDone() }
    let output = out.fileHandleForReading.readDataToEndOfFile()
    let errors = err.fileHandleForReading.readDataToEndOfFile()
    let killed = watch.done()
    process.waitUntilExit()
    if killed { Issue.record("cohort \(arguments.joined(separator: " ")) did not finish within \(limit) s and was killed") }
    return Run(status: process.terminationStatus, out: String(decoding: output, as: UTF8.self),
               err: String(decoding: errors, as: UTF8.self))
}

/// Kills a process that is not done by its deadline; the process is not reaped before ``done()``, so its
/// id cannot have been given to another.
final class Watch: @unchecked Sendable {
    let pid: Int32
    private var finished = false
    private var killed = false
    private let lock = NSLock()

    init(pid: Int32) { self.pid = pid }

    func killUnlessDone() {
        lock.lock()
        defer { lock.unlock() }
        guard !finished else { return }
        killed = true
        kill(pid, SIGKILL)
    }

    /// Marks the process done; whether it was killed.
    func done() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        finished = true
        return killed
    }
}
