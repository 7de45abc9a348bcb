import Foundation
import Testing
import CohortCLI

@Suite struct CommandLineTests {
    @Test func helpListsEveryCommand() {
        let run = cohort(["--help"])
        #expect(run.status == 0)
        for command in CohortTool.commands { #expect(run.out.contains("  \(command.name)")) }
    }

    @Test(arguments: CohortTool.commands.map(\.name))
    func everyCommandHasHelpThroughHelpAndTheFlag(_ name: String) throws {
        let viaHelp = cohort(["help", name])
        let viaFlag = cohort([name, "--help"])
        #expect(viaHelp.status == 0)
        #expect(viaHelp.out == viaFlag.out)
        #expect(viaHelp.out.hasPrefix("usage: cohort \(name)"))
        try expectGolden(viaHelp.out, "help/\(name).txt")
    }

    @Test func versionPrintsTheVersion() {
        #expect(cohort(["--version"]).out == CohortTool.version + "\n")
    }

    @Test(arguments: [
        (["frobnicate"], "cohort: unknown command \"frobnicate\" (see `cohort --help`)\n"),
        (["--frobnicate"], "cohort: unknown option --frobnicate (see `cohort --help`)\n"),
        (["verify"], "cohort verify: missing LOG (usage: cohort verify LOG [--head HEX] [--format text|json] [-o FILE]) (see `cohort help verify`)\n"),
        (["verify", "a", "b"], "cohort verify: too many arguments: expected LOG (see `cohort help verify`)\n"),
        (["verify", "a", "--colour"], "cohort verify: unknown option --colour (see `cohort help verify`)\n"),
        (["verify", "a", "--format", "xml"], "cohort verify: --format must be one of text, json, not \"xml\" (see `cohort help verify`)\n"),
        (["verify", "a", "--head"], "cohort verify: --head needs a value (HEX) (see `cohort help verify`)\n"),
        (["help", "frobnicate"], "cohort: no command named \"frobnicate\" (see `cohort --help`)\n"),
        (["show", "a", "--type", "wish.granted"], "cohort show: --type \"wish.granted\" is not an event type (cohort.opened, facilitator.joined, participant.registered, participant.withdrew, session.scheduled, session.rescheduled, session.cancelled, attendance.recorded, wish.stated, wish.revised, wish.closed, support.given, assignment.started, assignment.progressed, assignment.completed, reflection.recorded, line.emerged, harvest.contributed, fee.invoiced, subsidy.claimed, event.retracted, data.redacted) (see `cohort help show`)\n"),
    ])
    func aUsageErrorIsOneLineAndExitStatusTwo(_ arguments: [String], _ message: String) {
        let run = cohort(arguments)
        #expect(run.status == 2)
        #expect(run.err == message)
        #expect(run.out == "")
    }

    @Test func longWorkShowsProgressOnATerminalAndNeverElsewhere() throws {
        let log = fixtures.appendingPathComponent("logs/sound.jsonl").path
        let terminal = cohort(["verify", log], errorIsTerminal: true)
        #expect(terminal.err.hasPrefix("\rverify: 0 records, 100% of 9 KB, "))
        #expect(terminal.err.contains(" records/s\u{1B}[K"))
        #expect(terminal.err.hasSuffix("\r\u{1B}[K"))
        #expect(terminal.out == cohort(["verify", log]).out)
        #expect(cohort(["verify", log]).err == "")
    }

    @Test func progressCountsLogsAndRecordsWithTheTimeLeft() throws {
        let directory = try temporaryDirectory()
        let log = directory.appendingPathComponent("g.jsonl").path
        let generate = cohort(["generate", "--events", "5000", "-o", log], errorIsTerminal: true)
        #expect(generate.status == 0)
        #expect(generate.err.hasPrefix("\rgenerate: 4096 of 5000 records, "))
        #expect(generate.err.contains(" records/s, about "))
        #expect(generate.err.contains(" s left\u{1B}[K\r\u{1B}[K"))
        let sound = fixtures.appendingPathComponent("logs/sound.jsonl").path
        let audit = cohort(["audit", sound, log, "--format", "json"], errorIsTerminal: true)
        // Every update is drawn in tests (no redraw interval), so what shows does not depend on the
        // machine's speed: the first log done with the time left, the second, then the line cleared.
        #expect(audit.err.hasPrefix("\raudit: 1 of 2 logs, "))
        #expect(audit.err.contains(" s left\u{1B}[K\raudit: 2 of 2 logs, "))
        #expect(audit.err.hasSuffix(" logs/s\u{1B}[K\r\u{1B}[K"))
        #expect(cohort(["audit", sound, log, "--format", "json"]).err == "")
    }

    @Test func noArgumentsPrintsTheOverviewAsAUsageError() {
        let run = cohort([])
        #expect(run.status == 2)
        #expect(run.err.contains("usage: cohort COMMAND"))
    }
}

@Suite struct ShowAndStatsTests {
    static let sound = fixtures.appendingPathComponent("logs/sound.jsonl").path

    @Test func showListsEveryRecordWithErasedTextsAsRedacted() throws {
        let run = cohort(["show", Self.sound])
        #expect(run.status == 0)
        try expectGolden(run.out, "logs/sound.show.txt")
    }

    @Test func showFiltersByTypeAndParticipant() throws {
        let run = cohort(["show", Self.sound, "--participant", "pa", "--type", "wish.revised", "--type", "support.given"])
        #expect(run.status == 0)
        #expect(run.out.split(separator: "\n").map { String($0.prefix(5)) } == ["   14", "   17"])
    }

    @Test func showAsJSONIsTheRecordsThemselves() throws {
        let run = cohort(["show", Self.sound, "--type", "wish.stated", "--format", "json"])
        let records = try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [[String: Any]]
        #expect(records?.map { $0["id"] as? String } == ["w-pa", "w-pb", "w-pb2"])
        let lines = try String(contentsOfFile: Self.sound, encoding: .utf8).split(separator: "\n")
        #expect(run.out.contains(String(lines[7])))
    }

    @Test func statsCountsPerLogAndInTotal() throws {
        let other = fixtures.appendingPathComponent("logs/other-writer.jsonl").path
        let run = cohort(["stats", Self.sound, other])
        #expect(run.status == 0)
        try expectGolden(normalized(run.out, [(fixtures.path + "/", "")]), "logs/stats.txt")
        let json = cohort(["stats", Self.sound, other, "--format", "json"])
        try expectGolden(normalized(json.out, [(fixtures.path + "/", "")]), "logs/stats.jsonl")
    }

    @Test func outputGoesToAFileWithDashO() throws {
        let directory = try temporaryDirectory()
        let output = directory.appendingPathComponent("out.txt").path
        let run = cohort(["show", Self.sound, "-o", output])
        #expect(run.status == 0)
        #expect(run.out == "")
        #expect(try String(contentsOfFile: output, encoding: .utf8) == cohort(["show", Self.sound]).out)
    }

    @Test func outputNeverOverwritesTheLog() throws {
        let log = try baseLog()
        let before = try bytes(log)
        let run = cohort(["show", log, "-o", log])
        #expect(run.status == 2)
        #expect(run.err.contains("is the log itself"))
        #expect(try bytes(log) == before)
    }

    @Test func outputDoesNotFollowASymbolicLinkPlantedInItsPlace() throws {
        let log = try baseLog()
        let before = try bytes(log)
        let link = URL(fileURLWithPath: log).deletingLastPathComponent().appendingPathComponent("out.txt").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: log)
        let run = cohort(["show", log, "-o", link])
        #expect(run.status == 2)
        #expect(try bytes(log) == before)
    }
}
