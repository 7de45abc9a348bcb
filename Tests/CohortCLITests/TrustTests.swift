import Foundation
import Testing
import CohortLog

/// Issue 14: a change touches only what it names, no figure comes from a log that does not verify, every
/// output is whole, the domain's invariants hold after every append, figures stay within what is
/// possible, and files with personal data are private. Each class through the command line.
@Suite(.serialized) struct TrustTests {
    /// Appends `lines` to `log` at `now`; expects success.
    func append(_ log: String, _ lines: [String], now: String = testNow, sourceLocation: SourceLocation = #_sourceLocation) {
        let run = cohort(["append", log, "-"], input: Array((lines.joined(separator: "\n") + "\n").utf8), environment: ["COHORT_NOW": now])
        #expect(run.status == 0, "\(run.err)", sourceLocation: sourceLocation)
    }

    func text(_ path: String) -> String { (try? String(contentsOfFile: path, encoding: .utf8)) ?? "" }

    /// The base log with a second facilitator, f1's own reflection and support f1 gave pa.
    func logWithFacilitatorData() throws -> String {
        let log = try baseLog()
        append(log, [
            #"{"id":"f2","type":"facilitator.joined","at":"2014-07-01T10:00:00+02:00","by":"f1","data":{"facilitator":"f2","name":"Bert Begeleider"}}"#,
            #"{"id":"ref-f1","type":"reflection.recorded","at":"2014-07-01T11:00:00+02:00","by":"f1","data":{"reflection":"ref-f1-1","participant":"f1","text":"Mijn eigen les als begeleider."}}"#,
            #"{"id":"sup-f1","type":"support.given","at":"2014-07-01T12:00:00+02:00","by":"f1","data":{"from":"f1","to":"pa","kind":"coaching","note":"Tip voor Anna over loslaten."}}"#,
            #"{"id":"att-pb","type":"attendance.recorded","at":"2014-06-12T17:30:00+02:00","by":"f1","data":{"session":"s1","participant":"pb","dagdelen":1,"note":"Bram kwam later."}}"#,
        ])
        return log
    }

    // MARK: A. A change touches only what it names

    @Test func erasingAFacilitatorErasesTheirNameAndOwnReflectionsAndNoOneElsesData() throws {
        let log = try logWithFacilitatorData()
        let run = cohort(["redact", log, "--participant", "f1", "--reason", "verzoek", "--by", "f2"])
        #expect(run.status == 0, "\(run.err)")
        #expect(run.err.contains("erased the personal fields of 2 records (f1, ref-f1)"), "\(run.err)")
        let after = text(log)
        for gone in ["Ada Begeleider", "Mijn eigen les"] { #expect(!after.contains(gone), "\(gone)") }
        // What f1 recorded about others is theirs: registrations, attendance notes, support f1 gave.
        for kept in ["Anna Proef", "anna@example.org", "Bram Proef", "Cor Proef", "Andere baan.", "Bram kwam later.",
                     "Tip voor Anna over loslaten.", "Bert Begeleider"] {
            #expect(after.contains(kept), "\(kept) was erased")
        }
        #expect(cohort(["verify", log]).status == 0)
    }

    @Test func erasingAParticipantLeavesEveryOtherParticipantsData() throws {
        let log = try logWithFacilitatorData()
        #expect(cohort(["redact", log, "--participant", "pb", "--reason", "verzoek", "--by", "f1"]).status == 0)
        let after = text(log)
        #expect(!after.contains("Bram Proef") && !after.contains("Bram kwam later.") && !after.contains("Meer ruimte geven"))
        for kept in ["Anna Proef", "Cor Proef", "Ada Begeleider", "Tip voor Anna over loslaten.", "Ik wil leren loslaten."] {
            #expect(after.contains(kept), "\(kept) was erased")
        }
    }

    @Test(arguments: ["w-pa-1", "s1", "org", "nobody", "r-pa"])
    func anIDThatIsNeitherAParticipantNorAFacilitatorIsRefusedAndChangesNothing(_ id: String) throws {
        let log = try logWithFacilitatorData()
        let before = try bytes(log)
        let run = cohort(["redact", log, "--participant", id, "--reason", "verzoek", "--by", "f1"])
        #expect(run.status == 1)
        #expect(run.err.hasPrefix("cohort redact: \(id) is neither a participant nor a facilitator"), "\(run.err)")
        #expect(try bytes(log) == before)
    }

    @Test func aRefusedRedactionNamesTheCommandThatRan() throws {
        let log = try baseLog()
        let before = try bytes(log)
        // s1 holds no personal values: nothing to erase, refused by the writer's rule.
        let run = cohort(["redact", log, "--id", "s1", "--reason", "verzoek", "--by", "f1"])
        #expect(run.status == 1)
        #expect(run.err.contains("cohort redact: refused"), "\(run.err)")
        #expect(!run.err.contains("cohort append"))
        #expect(try bytes(log) == before)
    }

    @Test func aFirstSubmissionThatErasesOneOfItsOwnRecordsWritesItErased() throws {
        let log = try temporaryDirectory().appendingPathComponent("new.jsonl").path
        let base = try String(contentsOf: fixtures.appendingPathComponent("submissions/base.jsonl"), encoding: .utf8)
        let erasure = #"{"type":"data.redacted","at":"2014-07-05T10:00:00+02:00","by":"f1","data":{"targets":["r-pa"],"reason":"verzoek"}}"#
        let run = cohort(["append", log, "-"], input: Array((base + erasure + "\n").utf8))
        #expect(run.status == 0, "\(run.err)")
        #expect(run.err.contains("erased the personal fields of 1 record (r-pa)"), "\(run.err)")
        #expect(!text(log).contains("Anna Proef") && text(log).contains("Bram Proef"))
        #expect(cohort(["verify", log]).status == 0)
        // And the next append, which reads the log, goes on from it.
        append(log, [#"{"type":"support.given","at":"2014-07-06T10:00:00+02:00","by":"pb","data":{"from":"pb","to":"pa","kind":"feedback"}}"#])
        #expect(cohort(["verify", log]).status == 0)
    }

    // MARK: B. An output that cannot be written whole is an error

    /// Runs the binary with standard output going to `stdout`; returns the status and standard error.
    func runBinary(_ arguments: [String], stdout: FileHandle, shell: String? = nil) throws -> (status: Int32, err: String) {
        let process = Process()
        if let shell {
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", shell + "; exec \"$0\" \"$@\"", executable.path] + arguments
        } else {
            process.executableURL = executable
            process.arguments = arguments
        }
        process.environment = ["COHORT_NOW": testNow]
        process.standardOutput = stdout
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let err = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, err)
    }

    static let reports: [[String]] = [
        ["harvest"], ["harvest", "--format", "html"], ["timeline", "p03"], ["lines"], ["replay"], ["attendance"],
        ["attendance", "--format", "csv"], ["certificate", "p03"], ["stats"], ["show"], ["verify"], ["audit"],
        ["export", "--xapi"], ["export", "--ics"], ["export", "--participant", "p03"],
    ]

    @Test(arguments: reports)
    func aFullDeviceAsStandardOutputOrAsOutputFileIsExitOneWithTheReason(_ command: [String]) throws {
        let arguments = [command[0], realCohortLog] + command.dropFirst()
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let piped = try runBinary(arguments, stdout: full)
        #expect(piped.status == 1, "\(command): \(piped.err)")
        #expect(piped.err.contains("cohort \(command[0]): <stdout>: cannot write: No space left on device"), "\(piped.err)")
        let toFile = try runBinary(arguments + ["-o", "/dev/full"], stdout: FileHandle.nullDevice)
        #expect(toFile.status == 1, "\(command): \(toFile.err)")
        #expect(toFile.err.contains("/dev/full: cannot write: No space left on device"), "\(toFile.err)")
    }

    @Test func anOutputFileOnADiskTooSmallIsNeverLeftCutOff() throws {
        let directory = try temporaryDirectory()
        let fresh = directory.appendingPathComponent("statements.json").path
        let old = directory.appendingPathComponent("old.json").path
        try write("precious\n", to: old)
        for target in [fresh, old] {
            // A file size limit of 8 blocks: the export is far larger.
            let run = try runBinary(["export", realCohortLog, "--xapi", "-o", target], stdout: FileHandle.nullDevice,
                                    shell: "ulimit -f 8")
            #expect(run.status == 1, "\(run.err)")
            #expect(run.err.contains("File too large"), "\(run.err)")
            #expect(run.err.contains("nothing was written to \(target)"), "\(run.err)")
        }
        #expect(!FileManager.default.fileExists(atPath: fresh))
        #expect(text(old) == "precious\n")
        let litter = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".tmp") }
        #expect(litter.isEmpty, "\(litter)")
    }

    @Test func devicesAndPipesAreWrittenDirectlyAndNeverReplaced() throws {
        let directory = try temporaryDirectory()
        // /dev/null and /dev/stdout, as the names people give.
        #expect(cohort(["stats", realCohortLog, "-o", "/dev/null"]).status == 0)
        var info = stat()
        #expect(stat("/dev/null", &info) == 0 && (info.st_mode & S_IFMT) == S_IFCHR)
        let stdout = cohort(["stats", realCohortLog, "-o", "/dev/stdout"])
        #expect(stdout.status == 0 && stdout.out.contains("head fe2cee3a"))
        // A FIFO: read by another thread as cohort writes it; it stays a FIFO.
        let fifo = directory.appendingPathComponent("pipe").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let reader = FIFOReader(path: fifo)
        let thread = Thread { reader.read() }
        thread.start()
        let run = cohort(["stats", realCohortLog, "-o", fifo])
        #expect(run.status == 0, "\(run.err)")
        reader.done.wait()
        #expect(String(decoding: reader.data, as: UTF8.self).contains("head fe2cee3a"))
        #expect(lstat(fifo, &info) == 0 && (info.st_mode & S_IFMT) == S_IFIFO)
    }

    final class FIFOReader: @unchecked Sendable {
        let path: String
        var data = Data()
        let done = DispatchSemaphore(value: 0)
        init(path: String) { self.path = path }
        func read() {
            if let handle = FileHandle(forReadingAtPath: path) { data = handle.readDataToEndOfFile() }
            done.signal()
        }
    }

    // MARK: C. The domain's invariants hold after every append

    @Test func aDayGivenTwiceOrAShrinkBelowAttendanceIsRefusedAndTheOrderOfDaysDoesNotMatter() throws {
        let log = try baseLog()
        let before = try bytes(log)
        let twice = cohort(["append", log, "-"], input: Array(#"{"type":"session.scheduled","at":"2014-07-02T10:00:00+02:00","by":"f1","data":{"session":"s3","title":"Twee dagen","kind":"meeting","days":["2014-09-24","2014-09-23","2014-09-24"],"dagdelen":4}}"#.utf8))
        #expect(twice.status == 1)
        #expect(twice.err.contains("[rule.session-days-distinct]"), "\(twice.err)")
        let shrink = cohort(["append", log, "-"], input: Array(#"{"type":"session.rescheduled","at":"2014-07-02T10:00:00+02:00","by":"f1","data":{"session":"s1","days":["2014-06-12"],"dagdelen":1}}"#.utf8))
        #expect(shrink.status == 1)
        #expect(shrink.err.contains("[rule.session-keeps-attendance]"), "\(shrink.err)")
        #expect(try bytes(log) == before)
        // Days in any order: the first day is the earliest, for the audit as for every report.
        append(log, [
            #"{"id":"s3","type":"session.scheduled","at":"2014-07-02T10:00:00+02:00","by":"f1","data":{"session":"s3","title":"Twee dagen","kind":"meeting","days":["2014-09-24","2014-09-23"],"dagdelen":4}}"#,
            #"{"id":"a-s3","type":"attendance.recorded","at":"2014-09-23T17:00:00+02:00","by":"f1","data":{"session":"s3","participant":"pa","dagdelen":2}}"#,
        ])
        let audit = cohort(["audit", log, "--format", "json"])
        #expect(!audit.out.contains("attendance.before-session"), "\(audit.out)")
        let attendance = cohort(["attendance", log, "--format", "csv"])
        #expect(attendance.out.contains("s3 2014-09-23"), "\(attendance.out)")
    }

    @Test func aRecordDatedAfterItIsWrittenIsRefused() throws {
        let log = try baseLog()
        let before = try bytes(log)
        let run = cohort(["append", log, "-"], input: Array(#"{"type":"reflection.recorded","at":"2099-01-01T10:00:00+01:00","by":"pa","data":{"reflection":"r-future","participant":"pa","text":"Later."}}"#.utf8))
        #expect(run.status == 1)
        #expect(run.err.contains("[rule.at-not-after-recorded]"), "\(run.err)")
        #expect(try bytes(log) == before)
    }

    // MARK: D. Nothing is shown from a log that does not verify

    /// A copy of the real cohort with one byte of record 101 changed in place (a digit of the seconds of
    /// its `recorded`): record 102's `prev` no longer matches.
    func tamperedLog() throws -> String {
        let log = try temporaryDirectory().appendingPathComponent("tampered.jsonl").path
        var lines = try String(contentsOfFile: realCohortLog, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.utf8) }
        let marker = Array(#","recorded":""#.utf8)
        let start = try #require((0..<(lines[100].count - marker.count)).first { Array(lines[100][$0..<($0 + marker.count)]) == marker })
        let digit = start + marker.count + 18
        lines[100][digit] = lines[100][digit] == UInt8(ascii: "1") ? UInt8(ascii: "2") : UInt8(ascii: "1")
        try Data(lines.joined(separator: [0x0A])).write(to: URL(fileURLWithPath: log))
        #expect(cohort(["verify", log]).status == 1)
        return log
    }

    @Test(arguments: reports.filter { $0[0] != "verify" && $0[0] != "audit" })
    func aReportOfALogThatDoesNotVerifyIsRefusedWithTheProblems(_ command: [String]) throws {
        let log = try tamperedLog()
        let run = cohort([command[0], log] + command.dropFirst())
        #expect(run.status == 1, "\(command)")
        #expect(run.out.isEmpty, "\(command): \(run.out.prefix(200))")
        #expect(run.err.contains("\(log):102: error: prev does not match"), "\(run.err)")
        #expect(run.err.contains("cohort \(command[0]): \(log) does not verify, so nothing is reported from it"), "\(run.err)")
    }

    @Test func theAuditOfALogThatDoesNotVerifyHoldsTheFindingTheProblemsAndTheLinesOnly() throws {
        let log = try tamperedLog()
        let run = cohort(["audit", log, "--format", "json"])
        #expect(run.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any])
        #expect((object["findings"] as? [[String: Any]])?.compactMap { $0["code"] as? String } == ["chain.invalid"])
        #expect(object["totals"] is NSNull)
        #expect(object["lines"] as? Int == 328)
        #expect((object["problems"] as? [[String: Any]])?.first?["line"] as? Int == 102)
        let text = cohort(["audit", log]).out
        #expect(!text.contains("✓") && !text.contains("Totals") && !text.contains("head of the log"), "\(text)")
    }

    // MARK: E. Figures stay within what is possible

    @Test func attendanceAfterAWithdrawalCountsNowhereAndNoRateIsAboveAHundredPercent() throws {
        let log = try baseLog()
        append(log, [
            #"{"id":"s3","type":"session.scheduled","at":"2014-07-02T10:00:00+02:00","by":"f1","data":{"session":"s3","title":"Na","kind":"meeting","days":["2014-09-30"],"dagdelen":2}}"#,
            // pc withdrew on 20 June: recorded anyway, counted nowhere.
            #"{"id":"a-pc-s3","type":"attendance.recorded","at":"2014-09-30T17:00:00+02:00","by":"f1","data":{"session":"s3","participant":"pc","dagdelen":2}}"#,
            #"{"id":"a-pa-s3","type":"attendance.recorded","at":"2014-09-30T17:00:00+02:00","by":"f1","data":{"session":"s3","participant":"pa","dagdelen":2}}"#,
        ])
        let csv = cohort(["attendance", log, "--format", "csv"]).out
        let rows = csv.split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        for row in rows.dropFirst().dropLast() {
            guard let total = Int(row[row.count - 3]), let possible = Int(row[row.count - 2]) else { continue }
            #expect(total <= possible, "\(row)")
            if let rate = Double(row[row.count - 1]) { #expect(rate <= 100, "\(row)") }
            // The certificate counts what the list counts.
            let certificate = cohort(["certificate", log, row[0], "--minimum", "100"])
            if certificate.status == 1 { #expect(certificate.err.contains("attended \(total) of"), "\(certificate.err)") }
        }
        let pc = try #require(rows.first { $0.first == "pc" })
        #expect(pc[pc.count - 3] == "0", "\(pc)")
        #expect(cohort(["attendance", log]).out.contains("2*"))
    }

    @Test func aSecondClaimForTheSameEvidenceIsAFinding() {
        let run = cohort(["audit", fixtures.appendingPathComponent("audit/claim.total-exceeds-claimable.jsonl").path], environment: [:])
        #expect(run.status == 1)
        #expect(run.out.contains("claim.total-exceeds-claimable (seq 14): the claims c1, c2 together ask €6,200.00"), "\(run.out)")
    }

    @Test func anEmptyLogIsNeverAnOkAudit() throws {
        let log = try temporaryDirectory().appendingPathComponent("empty.jsonl").path
        try write("", to: log)
        let run = cohort(["audit", log, "--format", "json"])
        #expect(run.status == 1)
        #expect(run.out.contains(#""code":"log.empty""#) && run.out.contains(#""ok":false"#), "\(run.out)")
    }

    // MARK: F. Everyday use

    @Test func theOverviewsColumnsHoldForEveryCommandName() {
        let lines = cohort(["--help"]).out.split(separator: "\n").filter { $0.hasPrefix("  ") }
        let columns = Set(lines.map { line -> Int in
            let text = Array(line.dropFirst(2))
            var index = 0
            while index < text.count && text[index] != " " { index += 1 }
            if index + 1 < text.count && text[index + 1] != " " { index += 1; while index < text.count && text[index] != " " { index += 1 } }
            while index < text.count && text[index] == " " { index += 1 }
            return index
        })
        #expect(columns.count == 1, "\(lines)")
        for line in lines { #expect(line.contains("  ") && !line.dropFirst(2).hasPrefix(" ")) }
    }

    @Test func showPrintsTheIdsThatRetractionsAndErasuresNameAndTakesAWindow() throws {
        let log = try baseLog()
        let show = cohort(["show", log]).out
        #expect(show.contains("    8  w-pa  "), "\(show)")
        let early = cohort(["show", log, "--as-of", "2014-05-10"]).out
        #expect(early.split(separator: "\n").count == 7, "\(early)")
        #expect(cohort(["show", log, "--known-at", "2014-01-01"]).out.isEmpty)
        let audit = cohort(["audit", fixtures.appendingPathComponent("audit/claim.total-exceeds-claimable.jsonl").path, "--as-of", "2014-10-01"], environment: [:])
        #expect(audit.status == 0, "\(audit.out)")
        #expect(audit.out.contains("ok: no errors"), "\(audit.out)")
    }

    @Test func addingTheSameContentTwiceAddsItOnce() throws {
        let log = try baseLog()
        let arguments = ["add", log, "reflection", "--by", "pa", "--participant", "pa", "--at", "2014-07-01T10:00:00+02:00", "--text", "Vandaag geleerd."]
        let first = cohort(arguments)
        #expect(first.status == 0, "\(first.err)")
        let count = try logLines(log).count
        let second = cohort(arguments)
        #expect(second.status == 0, "\(second.err)")
        #expect(second.err.contains("appended nothing; 1 already in the log with identical content (seq 13)"), "\(second.err)")
        #expect(try logLines(log).count == count)
        // Different content is a new record under the next id.
        #expect(cohort(arguments.dropLast() + ["Iets anders."]).err.contains("--reflection ref-pa-2"))
    }

    @Test func aListIsSplitTheSameWayAsAFlagAnAnswerAndACell() throws {
        let log = try baseLog()
        #expect(cohort(["add", log, "wish.revised", "--by", "pa", "--wish", "w-pa-1", "--at", "2014-07-01T10:00:00+02:00",
                        "--text", "Nieuw.", "--theme", "vertrouwen, eigen regie;loslaten"]).status == 0)
        #expect(try logLines(log).last?.contains(#""themes":["vertrouwen","eigen regie","loslaten"]"#) == true)
        let csv = try temporaryDirectory().appendingPathComponent("wishes.csv").path
        try write("wish,text,themes,at,by\nw-pa-1,Nog eens.,\"vertrouwen, eigen regie;loslaten\",2014-07-02T10:00:00+02:00,pa\n", to: csv)
        #expect(cohort(["import", log, csv, "--type", "wish.revised"]).status == 0)
        #expect(try logLines(log).last?.contains(#""themes":["vertrouwen","eigen regie","loslaten"]"#) == true)
        let asked = cohortOnTerminal(["add", log, "wish.revised", "--by", "pa", "--wish", "w-pa-1", "--at", "2014-07-03T10:00:00+02:00"],
                                     answers: ["vertrouwen, eigen regie;loslaten", "", "Weer.", "y"])
        #expect(asked.status == 0, "\(asked.err)")
        #expect(try logLines(log).last?.contains(#""themes":["vertrouwen","eigen regie","loslaten"]"#) == true)
    }

    @Test func aLargeGeneratedCohortIsMadeWhole() throws {
        let log = try temporaryDirectory().appendingPathComponent("big.jsonl").path
        let run = cohort(["generate", "--participants", "999", "--events", "2000", "-o", log])
        #expect(run.status == 0, "\(run.err)")
        #expect(cohort(["verify", log]).status == 0)
    }

    @Test func attendanceForASessionWarnsOnlyAboutThoseWithoutAnyAndEchoesAPastableCommand() throws {
        let log = try baseLog()
        // pa has attendance at s1 already and pc withdrew: recording pb leaves nobody without.
        let run = cohort(["add", log, "attendance", "--session", "s1", "--by", "f1", "--at", "2014-06-12T18:00:00+02:00", "--present", "pb"])
        #expect(run.status == 0, "\(run.err)")
        #expect(!run.err.contains("no attendance recorded for"), "\(run.err)")
        let asked = cohortOnTerminal(["add", log, "attendance", "--session", "s1", "--by", "f1", "--at", "2014-06-12T18:30:00+02:00"],
                                     answers: ["", "1", "n"])
        #expect(asked.err.contains("attendance --by f1 --at 2014-06-12T18:30:00+02:00 --session s1 --partial pa=2 --partial pb=1"), "\(asked.err)")
    }

    @Test func anErasedNameShowsAsRedactedInPrompts() throws {
        let log = try baseLog()
        #expect(cohort(["redact", log, "--id", "r-pb", "--reason", "verzoek", "--by", "f1"]).status == 0)
        let asked = cohortOnTerminal(["add", log, "support", "--by", "pa", "--at", "2014-07-01T10:00:00+02:00"], answers: [])
        #expect(asked.err.contains("pb [redacted]"), "\(asked.err)")
        let dutch = cohortOnTerminal(["add", log, "support", "--by", "pa", "--at", "2014-07-01T10:00:00+02:00", "--lang", "nl"], answers: [])
        #expect(dutch.err.contains("pb [verwijderd]"), "\(dutch.err)")
    }

    @Test func dutchFacilitatorsReadDutchSummaries() throws {
        let log = try baseLog()
        let added = cohort(["add", log, "reflection", "--by", "pa", "--participant", "pa", "--at", "2014-07-01T10:00:00+02:00", "--text", "Geleerd.", "--lang", "nl"])
        #expect(added.err.contains("1 gebeurtenis toegevoegd (seq 13); 13 gebeurtenissen, kop "), "\(added.err)")
        let refused = cohort(["add", log, "reflection", "--by", "pz", "--participant", "pa", "--at", "2014-07-01T10:00:00+02:00", "--text", "X", "--lang", "nl"])
        #expect(refused.err.contains("geweigerd: 1 probleem;") || refused.err.contains("geweigerd: 2 problemen;"), "\(refused.err)")
        let csv = try temporaryDirectory().appendingPathComponent("r.csv").path
        try write("reflection,participant,text,at,by\nr9,pa,Tekst.,2014-07-02T10:00:00+02:00,pa\n", to: csv)
        #expect(cohort(["import", log, csv, "--type", "reflection.recorded", "--lang", "nl"]).err.contains("toegevoegd"))
    }

    // MARK: I. Files that hold personal data are private by default

    @Test func aNewLogAndWhatTheWriterKeepsBesideItAreTheOwnersOnly() throws {
        let previous = umask(0o022)
        defer { umask(previous) }
        let log = try baseLog()
        for path in [log, log + ".lock", log + ".state"] {
            #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o600, "\(path)")
        }
        // An erasure keeps the log's mode (here one the owner chose), never widening it.
        #expect(chmod(log, 0o640) == 0)
        #expect(cohort(["redact", log, "--participant", "pb", "--reason", "verzoek", "--by", "f1"]).status == 0)
        #expect(try FileManager.default.attributesOfItem(atPath: log)[.posixPermissions] as? Int == 0o640)
        // Reports: personal for any audience but the public; the public's follows the umask.
        let directory = (log as NSString).deletingLastPathComponent
        let outputs: [([String], Int)] = [
            (["harvest", log, "--audience", "facilitator"], 0o600), (["timeline", log, "pa"], 0o600),
            (["export", log, "--participant", "pa"], 0o600), (["attendance", log], 0o600), (["audit", log], 0o600),
            (["harvest", log], 0o644), (["export", log, "--ics"], 0o644),
        ]
        for (index, (arguments, mode)) in outputs.enumerated() {
            let output = directory + "/report-\(index)"
            let run = cohort(arguments + ["-o", output])
            #expect(run.status == 0 || arguments[0] == "audit", "\(arguments): \(run.err)")
            #expect(try FileManager.default.attributesOfItem(atPath: output)[.posixPermissions] as? Int == mode, "\(arguments)")
        }
    }
}
