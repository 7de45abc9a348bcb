import Foundation
import Testing
import CohortLog

@Suite struct RepairTests {
    func copy(_ name: String) throws -> String {
        let directory = try temporaryDirectory()
        let log = directory.appendingPathComponent("\(name).jsonl").path
        try FileManager.default.copyItem(atPath: fixtures.appendingPathComponent("logs/\(name).jsonl").path, toPath: log)
        return log
    }

    @Test func repairMovesATornTailAsideAndKeepsEveryWholeRecord() throws {
        let log = try copy("torn")
        let before = try bytes(log)
        let run = cohort(["repair", log])
        #expect(run.status == 0)
        let torn = log + ".torn-20150630T120000Z"
        #expect(run.out == "moved the torn tail (385 bytes) to \(torn)\nok: 28 records, head 1d2c75232a3308ecc53cbe343f00966c72db2ae0f0e45e405dbd4c21ea7530d3\n")
        #expect(try bytes(log) + (try bytes(torn)) == before)
        #expect(cohort(["verify", log]).status == 0)
    }

    @Test func repairingTwiceInTheSameSecondKeepsBothTornFiles() throws {
        let log = try copy("torn")
        let torn = try bytes(log)
        #expect(cohort(["repair", log]).status == 0)
        try torn.write(to: URL(fileURLWithPath: log))
        let run = cohort(["repair", log])
        #expect(run.out.contains(log + ".torn-20150630T120000Z-2"))
    }

    @Test func repairOfASoundLogSaysSoAndTouchesNothing() throws {
        let log = try copy("sound")
        let before = try bytes(log)
        let run = cohort(["repair", log])
        #expect(run.status == 0)
        #expect(run.out.hasPrefix("ok: \(log) is sound, nothing to repair: 28 records"))
        #expect(try bytes(log) == before)
    }

    @Test(arguments: ["tampered", "reordered", "record-deleted", "blank-line", "crlf", "bom", "rule-broken"])
    func repairReportsDamageInTheMiddleAndTouchesNothing(_ name: String) throws {
        let log = try copy(name)
        let before = try bytes(log)
        let run = cohort(["repair", log])
        #expect(run.status == 1)
        #expect(run.err.contains("has damage that repair does not touch; nothing was changed"))
        #expect(try bytes(log) == before)
    }

    @Test func repairFinishesAnErasureThatACrashInterrupted() throws {
        let log = try copy("redaction-unfinished")
        let run = cohort(["repair", log])
        #expect(run.status == 0)
        #expect(run.out.contains("finished erasing the personal fields of sup1"))
        #expect(cohort(["verify", log]).status == 0)
        #expect(!(String(decoding: try bytes(log), as: UTF8.self).contains("Samen een casus besproken")))
    }
}

@Suite struct RedactTests {
    @Test func redactingAParticipantErasesTheirTextsFromTheFileWhileTheChainStillVerifies() throws {
        let log = try baseLog()
        #expect(cohort(["append", log, fixtures.appendingPathComponent("submissions/more.jsonl").path]).status == 0)
        let head = cohort(["verify", log]).out
        let secrets = ["Anna Proef", "anna@example.org", "Ik wil leren loslaten", "Regelarm werken", "Eerste team is gestart",
                       "Loslaten begint bij vertrouwen", "Vertrok na de lunch", "Samen een casus besproken"]
        let before = String(decoding: try bytes(log), as: UTF8.self)
        for secret in secrets { #expect(before.contains(secret)) }

        let run = cohort(["redact", log, "--participant", "pa", "--reason", "verzoek van de deelnemer", "--by", "f1"])
        #expect(run.status == 0, "\(run.err)")
        let after = String(decoding: try bytes(log), as: UTF8.self)
        for secret in secrets { #expect(!after.contains(secret), "\(secret) is still in the file") }
        #expect(after.contains("Bram Proef"))
        let verify = cohort(["verify", log])
        #expect(verify.status == 0)
        // The records up to the redaction keep their digests: the head noted before still stands.
        let noted = String(head.split(separator: " ").last ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(cohort(["verify", log, "--head", noted]).status == 0)
        #expect(run.err.contains("erased the personal fields of 10 records"))
    }

    @Test func redactingAParticipantKeepsWhatOthersWroteAboutTheirWish() throws {
        let log = try baseLog()
        let others = #"{"type":"reflection.recorded","at":"2014-06-13T10:00:00+02:00","by":"pb","data":{"reflection":"ref-pb-9","participant":"pb","wish":"w-pa-1","text":"Wat Anna zei over loslaten, raakte mij."}}"#
        #expect(cohort(["append", log, "-"], input: Array(others.utf8)).status == 0)
        #expect(cohort(["redact", log, "--participant", "pa", "--reason", "verzoek", "--by", "f1"]).status == 0)
        let text = String(decoding: try bytes(log), as: UTF8.self)
        #expect(!text.contains("Ik wil leren loslaten"))
        #expect(text.contains("Wat Anna zei over loslaten, raakte mij."))
    }

    @Test func redactingRecordsByIdErasesOnlyThose() throws {
        let log = try baseLog()
        let run = cohort(["redact", log, "--id", "r-pb", "--id", "w-pb", "--reason", "verzoek", "--by", "f1", "--format", "json"])
        #expect(run.status == 0, "\(run.err)")
        let text = String(decoding: try bytes(log), as: UTF8.self)
        #expect(!text.contains("Bram Proef"))
        #expect(!text.contains("Meer ruimte geven"))
        #expect(text.contains("Anna Proef"))
        let object = try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any]
        #expect(object?["erased"] as? [String] == ["r-pb", "w-pb"])
        let show = cohort(["show", log, "--participant", "pb"])
        #expect(show.out.contains("participant pb [redacted], \"Delft\""))
    }

    @Test func onlyAFacilitatorMayRedact() throws {
        let log = try baseLog()
        let before = try bytes(log)
        let run = cohort(["redact", log, "--id", "w-pb", "--reason", "verzoek", "--by", "pb"])
        #expect(run.status == 1)
        #expect(run.err.contains("only a facilitator may record this; \"pb\" is a participant [rule.recorder-allowed]"))
        #expect(try bytes(log) == before)
    }

    @Test func redactWithoutTargetsIsAUsageError() throws {
        let log = try baseLog()
        let run = cohort(["redact", log, "--reason", "verzoek", "--by", "f1"])
        #expect(run.status == 2)
        #expect(run.err == "cohort redact: give either --participant ID or one or more --id ID (see `cohort help redact`)\n")
    }
}
