import Testing
import CohortLog
import CohortProjections

@Suite struct LogStatsTests {
    func records(_ lines: [String]) -> [Record] {
        var parser = RecordParser()
        var result: [Record] = []
        for (index, line) in lines.enumerated() {
            var bytes = Array(line.utf8)
            let outcome = bytes.withUnsafeMutableBytes { parser.parse(UnsafeRawBufferPointer($0), number: index + 1) }
            if case .record(let record) = outcome { result.append(record) }
        }
        return result
    }

    @Test func givenTheExampleLogStatsCountEveryTypeAndTheSpan() throws {
        let lines = try String(contentsOfFile: fixturesPath("examples/sealed.jsonl"), encoding: .utf8).split(separator: "\n").map(String.init)
        var stats = LogStats()
        for record in records(lines) { stats.apply(record) }
        #expect(stats.records == 17)
        #expect(stats.participants == 2)
        #expect(stats.facilitators == 1)
        #expect(stats.sessions == 2)
        #expect(stats.perType[.attendanceRecorded] == 3)
        #expect(stats.first?.description == "2014-04-01T10:00:00+02:00")
        #expect(stats.last?.description == "2014-09-23T16:30:00+02:00")
        #expect(stats.head.hex == "df7e5e23a8f08938a744c9c6c11f4a34c31009c84ac1b731bf50ad50d77196c0")
    }

    @Test func selectionByParticipantFollowsTheirWishes() throws {
        let lines = try String(contentsOfFile: fixturesPath("examples/sealed.jsonl"), encoding: .utf8).split(separator: "\n").map(String.init)
        var selection = RecordSelection(participant: "pb")
        let kept = records(lines).filter { selection.keeps($0) }.map(\.id.rawValue)
        #expect(kept == ["r2", "w2", "a2", "sup1", "h1", "a2b"])
    }
}

func fixturesPath(_ path: String) -> String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures").appendingPathComponent(path).path
}

import Foundation
