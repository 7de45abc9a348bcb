import Foundation
import Testing
@testable import CohortCLI
import CohortLog
import CohortProjections
import CohortReports

/// Each command's `Options`: the synopsis made from its specs, the formats it offers and refuses, its
/// defaults, and `cohort export`'s modes.
@Suite struct OptionsTests {
    /// Reads `arguments` as the command of `Options` does (the positionals are not counted here).
    func read<Options: CommandOptions>(_: Options.Type, _ arguments: [String]) throws -> Options {
        let parsed = try ArgumentParser.parse(arguments, options: Options.options, command: "test", open: Options.takesFieldFlags)
        let invocation = Invocation(
            out: BufferSink(), err: BufferSink(), environment: [:], readInput: { () throws(FileError) in [] },
            inputIsTerminal: false, errorIsTerminal: false)
        return try Options(parsed, invocation: invocation)
    }

    @Test(arguments: CohortTool.commands.map(\.name))
    func theGeneratedUsageIsTheFirstLineOfTheHelpGolden(_ name: String) throws {
        let command = try #require(CohortTool.commands.first { $0.name == name })
        let golden = try String(contentsOf: fixtures.appendingPathComponent("help/\(name).txt"), encoding: .utf8)
        #expect("usage: " + command.usage == golden.split(separator: "\n", omittingEmptySubsequences: false)[0])
    }

    @Test(arguments: CohortTool.commands.map(\.name))
    func theSynopsisShowsEveryOptionOnceButTheHiddenOnes(_ name: String) throws {
        let command = try #require(CohortTool.commands.first { $0.name == name })
        let shown = command.synopsis.flatMap(\.options).map(\.name)
        #expect(Set(shown).count == shown.count, "\(shown)")
        #expect(shown.sorted() == command.options.filter { $0.synopsis != .hidden }.map(\.name).sorted())
    }

    @Test func theSynopsisShowsRepeatedRequiredAndAlternativeOptions() {
        let id = OptionSpec.value("id", "ID", repeatable: true, "")
        let type = OptionSpec.value("type", "TYPE", repeatable: true, "").shown(.optional, value: "T")
        #expect(SynopsisElement.option(type).text == "[--type T…]")
        #expect(SynopsisElement.option(id.shown(.required)).text == "--id ID [--id ID…]")
        #expect(SynopsisElement.option(OptionSpec.output.shown(.hidden)).text == "")
        #expect(SynopsisElement.oneOf([[.output], [.value("cohorts", "K", ""), .value("out", "DIR", "").shown(.required)]], required: false).text
            == "[-o FILE | --cohorts K --out DIR]")
        #expect(Positional("FILE", .optional, shown: "FILE|-").synopsis == "[FILE|-]")
        #expect(Positional.logs.synopsis == "LOG…")
    }

    /// Every format that a command does not offer, for every command that takes `--format`: the command,
    /// its arguments, the format and the formats it offers.
    static let refusedFormats: [(String, [String], String, String)] = {
        let all = ["text", "md", "html", "json", "csv", "xml"]
        return CohortTool.commands.flatMap { command -> [(String, [String], String, String)] in
            guard let offered = command.options.first(where: { $0.name == "format" })?.choices else { return [] }
            let positionals = command.positionalNames.map { _ in "x" }
            return all.filter { !offered.contains($0) }.map { format in
                (command.name, [command.name] + positionals + ["--format", format], format, offered.joined(separator: ", "))
            }
        }
    }()

    @Test(arguments: OptionsTests.refusedFormats.indices)
    func aFormatTheCommandDoesNotOfferIsAUsageError(_ index: Int) {
        let (command, arguments, format, offered) = Self.refusedFormats[index]
        let run = cohort(arguments)
        #expect(run.status == 2)
        #expect(run.err == "cohort \(command): --format must be one of \(offered), not \"\(format)\" (see `cohort help \(command)`)\n")
    }

    @Test func aFormatLeftOutIsTheFirstOffered() throws {
        #expect(try read(VerifyOptions.self, ["log"]).format == .text)
        #expect(try read(HarvestOptions.self, ["log"]).report.format == .md)
        #expect(try read(AttendanceOptions.self, ["log"]).report.format == .text)
        #expect(try read(ExportOptions.self, ["log", "--participant", "p01"]).report.format == .json)
        #expect(try read(HarvestOptions.self, ["log", "--format", "html"]).report.format == .html)
    }

    @Test func theDefaultsStandInTheOptions() throws {
        let generate = try read(GenerateOptions.self, [])
        #expect(generate.participants == 12 && generate.events == 1000 && generate.seed == 1)
        #expect(generate.destination == .standardOutput)
        #expect(try read(GenerateOptions.self, ["-o", "g.jsonl", "--out", "d"]).destination == .file("g.jsonl"))
        #expect(try read(GenerateOptions.self, ["--cohorts", "3", "--out", "d", "-o", "g.jsonl"]).destination == .folder("d", cohorts: 3))
        #expect(try read(CertificateOptions.self, ["log", "p01"]).minimum == 80)
        #expect(try read(AttendanceOptions.self, ["log"]).separator == ",")
        #expect(try read(AppendOptions.self, ["log"]).source == "-")
        #expect(try read(TimelineOptions.self, ["log", "p01"]).report.audience == .group)
        #expect(try read(HarvestOptions.self, ["log"]).report.audience == .public)
        #expect(try read(StatsOptions.self, ["log"]).report.audience == .facilitator)
        #expect(try read(AuditOptions.self, [fixtures.appendingPathComponent("logs/sound.jsonl").path]).language == .en)
    }

    @Test func exportReadsExactlyOneModeWithItsAudience() throws {
        let xapi = try read(ExportOptions.self, ["log", "--xapi", "--iri-base", "https://leren.example.org/xapi/"])
        guard case .xapi = xapi.mode else { Issue.record("\(xapi.mode)"); return }
        #expect(xapi.report.audience == .group)
        let calendar = try read(ExportOptions.self, ["log", "--ics", "--audience", "public"])
        guard case .calendar = calendar.mode else { Issue.record("\(calendar.mode)"); return }
        #expect(calendar.report.audience == .public)
        let person = try read(ExportOptions.self, ["log", "--participant", "p01", "--format", "md"])
        guard case .participant("p01") = person.mode else { Issue.record("\(person.mode)"); return }
        #expect(person.report.audience == .facilitator && person.report.format == .md)
    }

    @Test(arguments: [
        ([], "say what to export: --xapi, --ics, --participant ID or --evidence"),
        (["--evidence", "--as-of", "2014-12-11"], "--evidence copies the whole log: its head is the one a claim names, so there is no --as-of or --known-at"),
        (["--evidence", "--audience", "public"], "--audience is for --xapi; --ics shows what the public may see, --participant that participant's own view"),
        (["--ics", "--xapi"], "export one thing at a time, not --xapi and --ics"),
        (["--participant", "p01", "--ics", "--xapi"], "export one thing at a time, not --xapi and --ics and --participant"),
        (["--ics", "--audience", "group"], "--audience is for --xapi; --ics shows what the public may see, --participant that participant's own view"),
        (["--participant", "p01", "--audience", "public"], "--audience is for --xapi; --ics shows what the public may see, --participant that participant's own view"),
        (["--ics", "--iri-base", "https://x.example/", "--format", "md"], "--iri-base is for --xapi: the base of the statements' own IRIs"),
        (["--xapi", "--format", "json"], "--format is for --participant (json or md); --xapi is JSON, --ics iCalendar and --evidence a log"),
        (["--xapi", "--audience", "everyone"], "--audience must be public, group, facilitator or participant:ID, not \"everyone\""),
        (["--xapi", "--iri-base", "ftp://x"], "--iri-base ftp://x: not an absolute http or https IRI with a host and without ? or # (e.g. https://leren.example.org/xapi/)"),
    ])
    func exportRefusesAMissingModeSeveralModesAndAnotherModesOptions(_ arguments: [String], _ message: String) {
        let run = cohort(["export", "missing.jsonl"] + arguments)
        #expect(run.status == 2)
        #expect(run.err == "cohort export: \(message) (see `cohort help export`)\n")
    }
}
