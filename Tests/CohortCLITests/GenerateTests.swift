import Foundation
import Testing

@Suite struct GenerateTests {
    @Test func theSameSeedGivesTheSameBytesAndTheLogVerifies() throws {
        let directory = try temporaryDirectory()
        let a = directory.appendingPathComponent("a.jsonl").path
        let b = directory.appendingPathComponent("b.jsonl").path
        #expect(cohort(["generate", "--events", "3000", "--seed", "7", "-o", a], environment: [:]).status == 0)
        #expect(cohort(["generate", "--events", "3000", "--seed", "7", "-o", b], environment: [:]).status == 0)
        #expect(try bytes(a) == bytes(b))
        let verify = cohort(["verify", a], environment: [:])
        #expect(verify.status == 0, "\(verify.err)")
        #expect(verify.out.hasPrefix("ok: 3000 records"))
        let other = directory.appendingPathComponent("c.jsonl").path
        #expect(cohort(["generate", "--events", "3000", "--seed", "8", "-o", other], environment: [:]).status == 0)
        #expect(try bytes(a) != bytes(other))
    }

    @Test func aGeneratedCohortHasEveryKindOfLearningAndAuditsClean() throws {
        let directory = try temporaryDirectory()
        let log = directory.appendingPathComponent("g.jsonl").path
        #expect(cohort(["generate", "--events", "5000", "--participants", "10", "-o", log], environment: [:]).status == 0)
        let stats = cohort(["stats", log, "--format", "json"], environment: [:])
        let object = try JSONSerialization.jsonObject(with: Data(stats.out.utf8)) as? [String: Any]
        let types = object?["types"] as? [String: Int] ?? [:]
        for type in ["cohort.opened", "facilitator.joined", "participant.registered", "participant.withdrew", "session.scheduled",
                     "attendance.recorded", "wish.stated", "wish.revised", "wish.closed", "support.given", "assignment.started",
                     "assignment.progressed", "assignment.completed", "reflection.recorded", "line.emerged",
                     "harvest.contributed", "fee.invoiced"] {
            #expect((types[type] ?? 0) > 0, "no \(type)")
        }
        #expect(object?["participants"] as? Int == 10)
        let audit = cohort(["audit", log], environment: [:])
        #expect(audit.status == 0, "\(audit.out)")
    }

    @Test func anArchiveOfCohortsGoesIntoAFolder() throws {
        let directory = try temporaryDirectory()
        let out = directory.appendingPathComponent("archive").path
        let run = cohort(["generate", "--cohorts", "4", "--events", "500", "--out", out], environment: [:])
        #expect(run.status == 0)
        let files = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        #expect(files == ["cohort-0001.jsonl", "cohort-0002.jsonl", "cohort-0003.jsonl", "cohort-0004.jsonl"])
        let audit = cohort(["audit", "--format", "json"] + files.map { out + "/" + $0 }, environment: [:])
        #expect(audit.out.split(separator: "\n").count == 4)
    }

    @Test func generateNeverWritesOverAFile() throws {
        let log = try baseLog()
        let before = try bytes(log)
        let run = cohort(["generate", "--events", "100", "-o", log], environment: [:])
        #expect(run.status == 2)
        #expect(try bytes(log) == before)
    }
}
