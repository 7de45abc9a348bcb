import Foundation
import Testing
import CohortImport
import CohortLog

/// `cohort import LOG FILE.csv --type T`: CSV files as spreadsheets and forms write them
/// (Fixtures/import), each imported onto the base log and compared byte for byte with the log that
/// appending the equivalent JSON Lines gives; importing again adds nothing; bad files are refused with
/// golden diagnostics that name the CSV line and column, and leave the log unchanged.
@Suite struct ImportTests {
    /// A good CSV file, how it is imported, and the submission it must be equivalent to.
    struct Case: Sendable, CustomStringConvertible {
        var file: String
        var type: String
        var options: [String] = []
        var description: String { file }
    }

    static let cases: [Case] = [
        Case(file: "reflections.comma", type: "reflection.recorded"),
        Case(file: "attendance.excel", type: "attendance.recorded", options: ["--by", "f1", "--time-zone", "Europe/Amsterdam"]),
        Case(file: "reflections.google-form", type: "reflection.recorded", options: ["--by", "f1", "--time-zone", "Europe/Amsterdam"]),
        Case(file: "reflections.multiline", type: "reflection.recorded"),
        Case(file: "invoices.kebab", type: "fee.invoiced"),
    ]

    static func path(_ name: String) -> String { fixtures.appendingPathComponent("import/\(name)").path }

    /// The base log with the import fixtures' setup (a fourth participant, a session of 4 dagdelen).
    static func log() throws -> String {
        let log = try baseLog()
        let run = cohort(["append", log, path("setup.jsonl")])
        #expect(run.status == 0, "\(run.err)")
        return log
    }

    @Test(arguments: cases)
    func importGivesTheLogThatAppendingTheEquivalentSubmissionGives(_ item: Case) throws {
        let imported = try Self.log()
        let appended = try Self.log()
        #expect(try bytes(imported) == bytes(appended))
        let run = cohort(["import", imported, Self.path("\(item.file).csv"), "--type", item.type] + item.options)
        #expect(run.status == 0, "\(run.err)")
        let append = cohort(["append", appended, Self.path("\(item.file).equivalent.jsonl")])
        #expect(append.status == 0, "\(append.err)")
        // Same records, same ids, same bytes (the clock and the salts are the tests').
        #expect(try bytes(imported) == bytes(appended), "the import differs from the equivalent append")
        #expect(run.out == append.out)
        #expect(!run.out.isEmpty)
        #expect(cohort(["verify", imported]).status == 0)
    }

    @Test(arguments: cases)
    func importingTheSameFileAgainAddsNothing(_ item: Case) throws {
        let log = try Self.log()
        let arguments = ["import", log, Self.path("\(item.file).csv"), "--type", item.type] + item.options
        #expect(cohort(arguments).status == 0)
        let before = try bytes(log)
        let again = cohort(arguments, environment: ["COHORT_NOW": "2015-01-01T00:00:00Z"])
        #expect(again.status == 0, "\(again.err)")
        #expect(again.out == "")
        #expect(again.err.contains("appended nothing"))
        #expect(try bytes(log) == before)
        #expect(cohort(["verify", log]).status == 0)
    }

    @Test func theRowsLineNumbersCountTheFilesLinesAndJSONReportsThem() throws {
        // In the multi-line file, row 1 takes lines 2 to 4; rows 2 and 3 are on lines 5 and 6.
        let log = try Self.log()
        let run = cohort(["import", log, Self.path("reflections.multiline.csv"), "--type", "reflection.recorded", "--format", "json"])
        #expect(run.status == 0, "\(run.err)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any])
        let lines = (report["appended"] as? [[String: Any]] ?? []).compactMap { $0["line"] as? Int }
        #expect(lines == [2, 5, 6])
    }

    // MARK: - Bad files

    static let bad: [(name: String, arguments: [String])] = [
        ("bad-rows", ["--type", "reflection.recorded", "--time-zone", "Europe/Amsterdam"]),
        ("bad-header", ["--type", "reflection.recorded"]),
        ("bad-quotes", ["--type", "reflection.recorded"]),
        ("bad-attendance", ["--type", "attendance.recorded", "--by", "f1"]),
    ]

    @Test(arguments: bad.map(\.name))
    func aBadFileIsRefusedWithEveryProblemAtItsLineAndColumnAndTheLogUnchanged(_ name: String) throws {
        let log = try Self.log()
        let before = try bytes(log)
        let arguments = Self.bad.first { $0.name == name }?.arguments ?? []
        let run = cohort(["import", log, Self.path("\(name).csv")] + arguments)
        #expect(run.status == 1)
        #expect(run.out == "")
        #expect(try bytes(log) == before, "the log changed")
        let directory = URL(fileURLWithPath: log).deletingLastPathComponent().path + "/"
        let text = normalized(run.err, [(fixtures.path + "/import/", ""), (directory, "")])
        try expectGolden(text, "import/\(name).expected")
        // Every problem names the CSV file and a line of it, never a line of a submission nobody sees.
        let lineCount = try bytes(Self.path("\(name).csv")).filter { $0 == 0x0A }.count
        for problem in text.split(separator: "\n") where !problem.hasPrefix(" ") && !problem.hasPrefix("cohort import:") {
            #expect(problem.hasPrefix("\(name).csv:"), "\(problem)")
            let line = Int(problem.split(separator: ":")[1]) ?? 0
            #expect((1...lineCount).contains(line), "\(problem)")
        }
    }

    @Test func aRuleBrokenByARowNamesTheRowsLineAndColumn() throws {
        let log = try Self.log()
        let csv = "deelnemer,tekst,datum\npa,Goed.,2014-06-13T10:00:00+02:00\n\np13,Wie?,2014-06-13T10:01:00+02:00\n"
        let run = cohort(["import", log, "-", "--type", "reflection.recorded", "--by", "f1"], input: Array(csv.utf8))
        #expect(run.status == 1)
        #expect(run.err.hasPrefix("<stdin>:4: error: deelnemer: data.participant \"p13\" is not a known participant or facilitator [rule.references-known]\n    p13,Wie?,"))
        #expect(run.err.hasSuffix("cohort import: refused <stdin>: 1 problem; \(log) is unchanged\n"))
    }

    // MARK: - Usage

    @Test func usageErrorsNameTheProblem() throws {
        let log = try Self.log()
        let csv = Self.path("reflections.comma.csv")
        let cases: [([String], String)] = [
            (["import", log, csv], "say which event type the rows are: --type T"),
            (["import", log, csv, "--type", "wish.granted"], "--type \"wish.granted\" is not an event type"),
            (["import", log, csv, "--type", "cohort.opened"], "has fields that hold objects"),
            (["import", log, csv, "--type", "reflection.recorded", "--by", "f 1"], "--by \"f 1\" is not an id"),
            (["import", log, csv, "--type", "reflection.recorded", "--time-zone", "Mars/Olympus"], "there is no time zone \"Mars/Olympus\""),
            (["import", log, csv, "--type", "reflection.recorded", "--time-zone", "../etc/passwd"], "is not the name of a time zone"),
            (["import", log, Self.path("missing.csv"), "--type", "reflection.recorded"], "missing.csv"),
        ]
        for (arguments, message) in cases {
            let run = cohort(arguments)
            #expect(run.status == 2, "\(arguments)")
            #expect(run.err.contains(message), "\(arguments): \(run.err)")
        }
    }

    @Test func aColumnCanBeLeftOut() throws {
        let log = try Self.log()
        let csv = "at,by,participant,text,Score\n2014-06-13T10:00:00+02:00,pa,pa,Goed.,8\n"
        let refused = cohort(["import", log, "-", "--type", "reflection.recorded"], input: Array(csv.utf8))
        #expect(refused.status == 1)
        #expect(refused.err.contains("<stdin>:1: error: Score: no field of reflection.recorded has this name [import.column]"))
        let run = cohort(["import", log, "-", "--type", "reflection.recorded", "--ignore-column", "score"], input: Array(csv.utf8))
        #expect(run.status == 0, "\(run.err)")
    }

    // MARK: - Local times

    @Test func localTimesAreReadInTheGivenZoneAndRefusedWithoutOne() throws {
        let amsterdam = try TimeZoneRules.named("Europe/Amsterdam", directory: nil)
        let cases: [(String, String)] = [
            ("2014-07-01 10:00", "2014-07-01T10:00:00+02:00"),
            ("2014-07-01T10:00:05", "2014-07-01T10:00:05+02:00"),
            ("2014-12-11 10:00", "2014-12-11T10:00:00+01:00"),
            ("1-7-2014 9:05:00", "2014-07-01T09:05:00+02:00"),
            ("11-12-2014 10:00", "2014-12-11T10:00:00+01:00"),
            ("2014-07-01", "2014-07-01T00:00:00+02:00"),
            ("2014-07-01T10:00:00+05:00", "2014-07-01T10:00:00+05:00"),
            ("2014-07-01 10:00:00Z", "2014-07-01T10:00:00Z"),
        ]
        for (cell, expected) in cases {
            #expect(try CSVImport.timestamp(cell, zone: amsterdam).get() == expected, "\(cell)")
        }
        #expect(try CSVImport.timestamp("2014-07-01 10:00", zone: .fixed("UTC", offset: 0)).get() == "2014-07-01T10:00:00Z")
        #expect(try CSVImport.timestamp("2014-07-01 10:00", zone: TimeZoneRules.named("-03:30", directory: nil)).get()
                == "2014-07-01T10:00:00-03:30")
        // Refused: no zone, a time the clocks skipped or passed twice, what is no moment at all.
        func failure(_ cell: String, _ zone: TimeZoneRules?) -> String {
            if case .failure(let failure) = CSVImport.timestamp(cell, zone: zone) { return failure.message }
            return ""
        }
        #expect(failure("2014-07-01 10:00", nil) == "\"2014-07-01 10:00\" has no UTC offset")
        #expect(failure("2014-03-30 02:30", amsterdam).contains("did not happen in Europe/Amsterdam"))
        #expect(failure("2014-10-26 02:30", amsterdam).contains("happened twice in Europe/Amsterdam: at +02:00 and at +01:00"))
        for cell in ["gisteren", "7/1/2014 10:00", "2014-13-01 10:00", "2014-07-01 25:00", "2014-07-01 10", "1-7-14 10:00"] {
            #expect(failure(cell, amsterdam) == "\"\(cell)\" is not a moment", "\(cell)")
        }
    }
}
