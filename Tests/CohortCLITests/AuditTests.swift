import Foundation
import Testing
import CohortProjections

/// The audit on Fixtures/audit (made by scripts/make-audit-fixtures.py): a clean cohort with no finding,
/// and for every finding code of docs/AUDIT.md a log that produces exactly that finding and nothing else.
@Suite struct AuditTests {
    static func path(_ name: String) -> String { fixtures.appendingPathComponent("audit/\(name).jsonl").path }
    static let names = ["clean"] + AuditCode.allCases.map(\.rawValue)

    @Test(arguments: names)
    func eachLogHasExactlyItsFinding(_ name: String) throws {
        let json = cohort(["audit", Self.path(name), "--format", "json"], environment: [:])
        let object = try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any]
        let findings = object?["findings"] as? [[String: Any]] ?? []
        #expect(findings.compactMap { $0["code"] as? String } == (name == "clean" ? [] : [name]))
        let isError = AuditCode(rawValue: name)?.severity == .error
        #expect(json.status == (isError ? 1 : 0))
        #expect(object?["ok"] as? Bool == !isError)
        for finding in findings {
            #expect(finding["severity"] as? String == (isError ? "error" : "warning"))
            #expect((finding["message"] as? String)?.isEmpty == false)
            if name != "chain.invalid" && name != "log.empty" { #expect(finding["seq"] is Int) }
        }
        let text = cohort(["audit", Self.path(name)], environment: [:])
        #expect(text.status == json.status)
        let prefix = fixtures.path + "/"
        try expectGolden(normalized(text.out, [(prefix, "")]), "audit/\(name).audit.txt")
        try expectGolden(normalized(cohort(["audit", Self.path(name), "--lang", "nl"], environment: [:]).out, [(prefix, "")]), "audit/\(name).audit.nl.txt")
        try expectGolden(normalized(json.out, [(prefix, "")]), "audit/\(name).audit.json")
    }

    @Test func theCleanCohortsTotalsAddUp() throws {
        let run = cohort(["audit", Self.path("clean"), "--format", "json"], environment: [:])
        let object = try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any]
        let totals = object?["totals"] as? [String: Any]
        #expect(totals?["activeParticipants"] as? Int == 2)
        #expect(totals?["eligibleParticipants"] as? Int == 2)
        #expect(totals?["scheduledDagdelen"] as? Int == 4)
        #expect(totals?["attendedDagdelen"] as? Int == 7)
        #expect(totals?["invoicedCents"] as? Int == 310_000)
        #expect(totals?["claimableCents"] as? Int == 310_000)
        #expect(totals?["claimedCents"] as? Int == 310_000)
        #expect((totals?["head"] as? String)?.count == 64)
    }

    @Test func severalLogsGiveOneJSONLineEachInTheOrderOfTheArguments() throws {
        let names = Self.names.reversed() + Self.names
        let run = cohort(["audit"] + names.map(Self.path) + ["--format", "json"], environment: [:])
        #expect(run.status == 1)
        let lines = run.out.split(separator: "\n")
        #expect(lines.count == names.count)
        for (line, name) in zip(lines, names) {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            #expect(object?["file"] as? String == Self.path(name))
        }
    }

    @Test func theTextSummarisesSeveralLogs() {
        let run = cohort(["audit", Self.path("clean"), Self.path("invoice.duplicate"), Self.path("claim.below-evidence")], environment: [:])
        #expect(run.status == 1)
        #expect(run.out.hasSuffix("Summary\n-------\n3 logs: 2 ok, 1 with errors; 1 warnings in all\n"))
    }

    @Test func onlyWarningsExitZero() {
        let run = cohort(["audit", Self.path("clean"), Self.path("attendance.late"), Self.path("schedule.dagdelen-mismatch")], environment: [:])
        #expect(run.status == 0)
    }

    @Test func anUnreadableLogIsAUsageError() {
        let run = cohort(["audit", Self.path("clean"), "/nonexistent.jsonl"], environment: [:])
        #expect(run.status == 2)
        #expect(run.err == "cohort audit: /nonexistent.jsonl: cannot open: No such file or directory\n")
    }

    @Test func aClaimIsCheckedAgainstTheEvidenceBeforeItAndLaterEvidenceIsBackfilled() throws {
        // The backfilled attendance comes after the claim: it does not count for the claim (no other
        // finding), and it is found.
        let run = cohort(["audit", Self.path("claim.backfilled-evidence"), "--format", "json"], environment: [:])
        #expect(run.out.contains("after claim c1 (1 October 2014), attendance.recorded a-s2-pb-again dated 23 September 2014 was recorded"))
    }
}

@Suite struct AttendanceTests {
    static let log = fixtures.appendingPathComponent("cohort/small.jsonl").path

    @Test(arguments: [
        ("attendance.txt", ["attendance", log]),
        ("attendance.nl.txt", ["attendance", log, "--lang", "nl"]),
        ("attendance.csv", ["attendance", log, "--format", "csv"]),
        ("attendance.nl.csv", ["attendance", log, "--format", "csv", "--separator", ";", "--lang", "nl"]),
        ("attendance.as-of-2014-10-01.txt", ["attendance", log, "--as-of", "2014-10-01"]),
    ])
    func theAttendanceListMatchesItsGoldenFile(_ name: String, _ arguments: [String]) throws {
        let run = cohort(arguments, environment: [:])
        #expect(run.status == 0)
        try expectGolden(run.out, "cohort/reports/\(name)")
    }

    @Test func theCSVFollowsRFC4180WithCRLFAndAHeaderRow() {
        let csv = cohort(["attendance", Self.log, "--format", "csv"], environment: [:]).out
        let lines = csv.components(separatedBy: "\r\n")
        #expect(lines.first == "participant,name,municipality,s1 2014-06-12,s2 2014-09-23,s3 2014-12-11,s4 2015-01-29,total,possible,rate")
        #expect(lines.last == "")
        #expect(lines.count == 7)
    }

    @Test func aSeparatorMustBeOneCharacter() {
        let run = cohort(["attendance", Self.log, "--format", "csv", "--separator", ";;"], environment: [:])
        #expect(run.status == 2)
    }
}
