import Foundation
import Testing
import CohortLog

/// `cohort export --evidence`: the fund's copy. Every personal member that holds personal values is
/// withheld, every digest and the head stay the log's, `verify` and `audit` read the copy as they read
/// the log, and a log with only some members withheld, and no authority for it, still fails.
@Suite struct EvidenceCopyTests {
    /// The logs the copy is made of: the real cohort (claims), the small fixture (an erasure, a
    /// retraction, a withdrawal), a log for every audit finding, a generated cohort and the independent
    /// implementation's example.
    static let logs: [String] = [
        realCohortLog,
        fixtures.appendingPathComponent("cohort/small.jsonl").path,
        fixtures.appendingPathComponent("examples/redacted.jsonl").path,
        fixtures.appendingPathComponent("examples/sealed.jsonl").path,
    ] + ((try? FileManager.default.contentsOfDirectory(atPath: fixtures.appendingPathComponent("audit").path)) ?? [])
        .filter { $0.hasSuffix(".jsonl") && $0 != "chain.invalid.jsonl" }.sorted()
        .map { fixtures.appendingPathComponent("audit/\($0)").path }

    /// Makes the evidence copy of `log` in a fresh folder; returns its path and the run.
    func evidenceCopy(of log: String) throws -> (path: String, run: Run) {
        let copy = try temporaryDirectory().appendingPathComponent("evidence.jsonl").path
        let run = cohort(["export", log, "--evidence", "-o", copy])
        return (copy, run)
    }

    /// Each record's digest and its line, as the verifier computes them.
    func digests(_ path: String) throws -> [(digest: Digest, line: String)] {
        var found: [(Digest, String)] = []
        let verifier = try LogVerifier.verify(path: path, observe: { record, line in
            found.append((record.digest ?? .zero, String(decoding: line, as: UTF8.self)))
        })
        #expect(verifier.isSound, "\(path): \(verifier.problems)")
        return found
    }

    /// Every string value in a line's `personal` member but its salt, and the salt: what the copy must
    /// not hold.
    func personalValues(_ line: String) throws -> [String] {
        let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        guard let personal = object?["personal"] as? [String: Any], personal["redacted"] == nil else { return [] }
        var values: [String] = []
        func collect(_ value: Any) {
            if let text = value as? String { values.append(text) }
            if let list = value as? [Any] { list.forEach(collect) }
            if let object = value as? [String: Any] { object.values.forEach(collect) }
        }
        personal.values.forEach(collect)
        return values
    }

    @Test(arguments: logs)
    func theCopyHasTheLogsDigestsAndHeadAndNoPersonalValue(_ log: String) throws {
        let (copy, run) = try evidenceCopy(of: log)
        #expect(run.status == 0, "\(run.err)")
        #expect(run.out == "")
        let original = try digests(log)
        let copied = try digests(copy)
        #expect(copied.count == original.count)
        #expect(copied.map(\.digest) == original.map(\.digest), "every digest is the log's")

        let text = String(decoding: try bytes(copy), as: UTF8.self)
        var withheld = 0
        for (index, (_, line)) in original.enumerated() {
            let values = try personalValues(line)
            if values.isEmpty {
                #expect(copied[index].line == line, "a record without personal values is copied as it is")
                continue
            }
            withheld += 1
            let header = line.prefix(upTo: line.range(of: "\"personal\":")!.upperBound)
            #expect(copied[index].line.hasPrefix(header), "everything before personal is the log's")
            #expect(copied[index].line.dropFirst(header.count).hasPrefix("{\"redacted\":\""))
            for value in values where value.count >= 2 {
                #expect(!text.contains(jsonQuoted(value)), "\(value) is in the copy of \(log)")
            }
        }
        let erased = original.filter { $0.line.contains("\"personal\":{\"redacted\":") }.count
        #expect(run.err.contains("\(original.count) records, personal data withheld from \(withheld + erased) (\(erased) of them erased in the log already)"), "\(run.err)")
        #expect(try FileManager.default.attributesOfItem(atPath: copy)[.posixPermissions] as? Int == 0o600)
    }

    @Test(arguments: logs)
    func verifyAcceptsTheCopyWithTheLogsHeadAndSaysWhatIsWithheld(_ log: String) throws {
        let (copy, _) = try evidenceCopy(of: log)
        let original = try digests(log)
        let head = original.last?.digest.hex ?? Digest.zero.hex
        let withheld = try String(decoding: bytes(copy), as: UTF8.self).split(separator: "\n")
            .filter { $0.contains("\"personal\":{\"redacted\":") }.count
        let verified = cohort(["verify", copy])
        #expect(verified.status == 0, "\(verified.err)")
        let lines = verified.out.split(separator: "\n").map(String.init)
        #expect(lines.first == "ok: \(original.count) records, head \(head)")
        if withheld > 0 {
            #expect(lines.count == 2 && lines[1].hasPrefix("an evidence copy: personal data withheld from \(withheld) record"), "\(verified.out)")
        }
        // A head noted from the log at any record, such as one a claim names, is found in the copy.
        let noted = original.isEmpty ? [] : [original[0], original[original.count / 2], original[original.count - 1]]
        for noted in noted.map(\.digest.hex) {
            let run = cohort(["verify", copy, "--head", noted])
            #expect(run.status == 0, "\(noted): \(run.err)")
            #expect(run.err.contains("\(noted) is the digest of a record in the log"))
        }
        let json = try JSONSerialization.jsonObject(with: Data(cohort(["verify", copy, "--format", "json"]).out.utf8)) as? [String: Any]
        #expect(json?["head"] as? String == head && json?["ok"] as? Bool == true)
        #expect(json?["withheld"] as? Int == withheld && json?["evidenceCopy"] as? Bool == (withheld > 0))
    }

    @Test(arguments: [3, 11])
    func aGeneratedCohortsCopyHasItsDigestsAndItsAudit(_ seed: Int) throws {
        let log = try temporaryDirectory().appendingPathComponent("generated.jsonl").path
        #expect(cohort(["generate", "--events", "3000", "--seed", String(seed), "-o", log]).status == 0)
        let (copy, run) = try evidenceCopy(of: log)
        #expect(run.status == 0, "\(run.err)")
        #expect(try digests(copy).map(\.digest) == (try digests(log)).map(\.digest))
        let ofLog = cohort(["audit", log, "--format", "json"]).out
        #expect(cohort(["audit", copy, "--format", "json"]).out.replacingOccurrences(of: jsonQuoted(copy), with: "F")
            == ofLog.replacingOccurrences(of: jsonQuoted(log), with: "F"))
        #expect(cohort(["verify", copy]).out.contains("an evidence copy: personal data withheld from "))
    }

    @Test func theHeadsOfTheRealCohortsClaimsAreFoundInItsCopy() throws {
        let (copy, _) = try evidenceCopy(of: realCohortLog)
        let text = try String(contentsOfFile: realCohortLog, encoding: .utf8)
        let claims = text.split(separator: "\n").filter { $0.contains("\"type\":\"subsidy.claimed\"") }
        #expect(!claims.isEmpty)
        for claim in claims {
            let object = try JSONSerialization.jsonObject(with: Data(claim.utf8)) as? [String: Any]
            let head = try #require((object?["data"] as? [String: Any])?["head"] as? String)
            #expect(cohort(["verify", copy, "--head", head]).status == 0)
        }
        #expect(cohort(["verify", copy, "--head", String(repeating: "ab", count: 32)]).status == 1)
    }

    @Test(arguments: logs)
    func theAuditOfTheCopyIsTheAuditOfTheLog(_ log: String) throws {
        let (copy, _) = try evidenceCopy(of: log)
        for language in ["en", "nl"] {
            let ofLog = cohort(["audit", log, "--format", "json", "--lang", language])
            let ofCopy = cohort(["audit", copy, "--format", "json", "--lang", language])
            #expect(ofCopy.status == ofLog.status)
            #expect(ofCopy.out.replacingOccurrences(of: jsonQuoted(copy), with: "F") == ofLog.out.replacingOccurrences(of: jsonQuoted(log), with: "F"))
            let textOfLog = cohort(["audit", log, "--lang", language])
            let textOfCopy = cohort(["audit", copy, "--lang", language])
            #expect(textOfCopy.out.replacingOccurrences(of: copy, with: "F") == textOfLog.out.replacingOccurrences(of: log, with: "F"))
        }
    }

    @Test(arguments: logs)
    func theCopyOfACopyIsTheCopyAndStandardOutputGetsTheSameBytes(_ log: String) throws {
        let (copy, _) = try evidenceCopy(of: log)
        let (again, _) = try evidenceCopy(of: copy)
        #expect(try bytes(again) == bytes(copy))
        let run = cohort(["export", log, "--evidence"])
        #expect(run.status == 0)
        #expect(Data(run.out.utf8) == (try bytes(copy)))
    }

    @Test func theCopyWithholdsWhatTheIndependentImplementationRedactsByteForByte() throws {
        // examples/redacted.jsonl: the independent implementation erased some records of sealed.jsonl; each
        // of those lines must be the very line the evidence copy writes for that record.
        let (copy, _) = try evidenceCopy(of: fixtures.appendingPathComponent("examples/sealed.jsonl").path)
        let copied = try String(contentsOfFile: copy, encoding: .utf8).split(separator: "\n")
        let redacted = try String(contentsOfFile: fixtures.appendingPathComponent("examples/redacted.jsonl").path, encoding: .utf8)
            .split(separator: "\n")
        let erased = redacted.enumerated().filter { $0.element.contains("\"personal\":{\"redacted\":") }
        #expect(erased.count >= 2)
        for (index, line) in erased { #expect(copied[index] == line) }
    }

    @Test func theReadmesSessionForAuditorsIsWhatTheCommandsPrint() throws {
        let readme = try String(contentsOf: fixtures.deletingLastPathComponent().appendingPathComponent("README.md"), encoding: .utf8)
        let folder = try temporaryDirectory()
        let copy = folder.appendingPathComponent("eigen-regie-2014.evidence.jsonl").path
        let export = cohort(["export", realCohortLog, "--evidence", "-o", copy])
        #expect(readme.contains(export.err.replacingOccurrences(of: realCohortLog, with: "events/eigen-regie-2014.jsonl")), "\(export.err)")
        let claimHead = "06244dd9516fdf6672c6aba7de97c37ff4e82b2278cd11d2fcac1368cb2f7007"
        let verify = cohort(["verify", copy, "--head", claimHead])
        #expect(verify.status == 0)
        let shown = (verify.err + verify.out).replacingOccurrences(of: copy, with: "eigen-regie-2014.evidence.jsonl")
        #expect(readme.contains("--head \(claimHead)\n" + shown), "\(shown)")
    }

    @Test func theCopyShowsProgressOnATerminalWhileItVerifiesAndWhileItWrites() throws {
        let copy = try temporaryDirectory().appendingPathComponent("evidence.jsonl").path
        let run = cohort(["export", realCohortLog, "--evidence", "-o", copy], errorIsTerminal: true)
        #expect(run.status == 0)
        #expect(run.err.hasPrefix("\rexport: verifying: "), "\(run.err)")
        #expect(run.err.contains("\rexport: writing the evidence copy: "), "\(run.err)")
        #expect(run.err.hasSuffix("\r\u{1B}[K" + "cohort export: the evidence copy of \(realCohortLog): 328 records, personal data withheld from 219 (0 of them erased in the log already); head fe2cee3ab18ef171e9168ec69134ea7c714b932f3132ead81ec8bb98c119330b\n"))
    }

    // MARK: - What is refused

    /// The real cohort with one record's personal member withheld by hand, and no data.redacted naming it.
    func partlyWithheld() throws -> String {
        let (copy, _) = try evidenceCopy(of: realCohortLog)
        var lines = try String(contentsOfFile: realCohortLog, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let copied = try String(contentsOfFile: copy, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let index = try #require(lines.firstIndex { $0.contains("\"type\":\"reflection.recorded\"") })
        lines[index] = copied[index]
        let log = try temporaryDirectory().appendingPathComponent("partly.jsonl").path
        try write(lines.joined(separator: "\n"), to: log)
        return log
    }

    @Test func aLogWithOnlySomeMembersWithheldAndNoAuthorityDoesNotVerify() throws {
        let log = try partlyWithheld()
        let run = cohort(["verify", log])
        #expect(run.status == 1)
        #expect(run.err.contains("redaction.unauthorised") || run.err.contains("is redacted but no data.redacted names it"), "\(run.err)")
        #expect(!run.out.contains("evidence copy"))
        let json = try JSONSerialization.jsonObject(with: Data(cohort(["verify", log, "--format", "json"]).out.utf8)) as? [String: Any]
        #expect(json?["evidenceCopy"] as? Bool == false && json?["withheld"] as? Int == 1)
        #expect(cohort(["audit", log]).status == 1)
    }

    @Test(arguments: ["partly", "tampered", "redaction-unfinished", "torn"])
    func aLogThatDoesNotVerifyIsNotCopiedAndNothingIsWritten(_ name: String) throws {
        let log: String
        if name == "partly" {
            log = try partlyWithheld()
        } else {
            log = try temporaryDirectory().appendingPathComponent("\(name).jsonl").path
            try FileManager.default.copyItem(atPath: fixtures.appendingPathComponent("logs/\(name).jsonl").path, toPath: log)
        }
        let before = try bytes(log)
        let folder = try temporaryDirectory()
        let copy = folder.appendingPathComponent("evidence.jsonl").path
        let run = cohort(["export", log, "--evidence", "-o", copy])
        #expect(run.status == 1)
        #expect(run.err.contains("does not verify") || run.err.contains("error:"), "\(run.err)")
        #expect(!FileManager.default.fileExists(atPath: copy))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty, "no temporary file is left")
        #expect(try bytes(log) == before)
        #expect(cohort(["export", log, "--evidence"]).out == "", "nothing on standard output either")
    }

    @Test func theCopyIsNeverWrittenOverTheLog() throws {
        let log = try temporaryDirectory().appendingPathComponent("log.jsonl").path
        try FileManager.default.copyItem(atPath: realCohortLog, toPath: log)
        let before = try bytes(log)
        let run = cohort(["export", log, "--evidence", "-o", log])
        #expect(run.status != 0)
        #expect(try bytes(log) == before)
    }

    @Test(arguments: ["append", "redact", "import"])
    func nothingIsWrittenToACopy(_ command: String) throws {
        let (copy, _) = try evidenceCopy(of: realCohortLog)
        let before = try bytes(copy)
        let folder = try temporaryDirectory()
        let arguments: [String]
        switch command {
        case "append":
            let submission = folder.appendingPathComponent("s.jsonl").path
            try write(#"{"type":"reflection.recorded","at":"2015-02-10T10:00:00+01:00","by":"p03","data":{"reflection":"ref-new","participant":"p03","visibility":"group","text":"Nog iets"}}"# + "\n", to: submission)
            arguments = ["append", copy, submission]
        case "redact":
            arguments = ["redact", copy, "--id", "ref-p03-1", "--reason", "verzoek", "--by", "f1"]
        default:
            let csv = folder.appendingPathComponent("r.csv").path
            try write("reflection,participant,visibility,text,at,by\nref-new,p03,group,Nog iets,2015-02-10T10:00:00+01:00,p03\n", to: csv)
            arguments = ["import", copy, csv, "--type", "reflection.recorded"]
        }
        let run = cohort(arguments)
        #expect(run.status == 1, "\(run.err)")
        #expect(run.err.contains("is an evidence copy (personal data withheld from 219 records): it is for reading and auditing, not for writing; nothing was appended"), "\(run.err)")
        #expect(try bytes(copy) == before)
        #expect(cohort(["verify", copy]).status == 0)
    }

    // MARK: - Reports of the copy

    @Test func everyReportOfTheCopyShowsAWithheldNameAsTheId() throws {
        let (copy, _) = try evidenceCopy(of: realCohortLog)
        let attendance = successfulOutput(["attendance", copy])
        #expect(attendance.contains("\n  p01 ") && !attendance.contains("[redacted]"), "\(attendance)")
        let csv = successfulOutput(["attendance", copy, "--format", "csv"])
        #expect(csv.contains("\np01,p01,"), "\(csv)")
        let timeline = successfulOutput(["timeline", copy, "p03"])
        #expect(timeline.hasPrefix("Timeline of p03\n"), "\(timeline)")
        let harvest = successfulOutput(["harvest", copy, "--audience", "facilitator", "--format", "md"])
        #expect(harvest.contains("facilitators: f1, f2"), "\(harvest)")
        let page = successfulOutput(["harvest", copy, "--format", "html"])
        #expect(page.contains("<h3>p03</h3>") && !page.contains("<h3></h3>"))
        let certificate = successfulOutput(["certificate", copy, "p03"])
        #expect(certificate.contains("\np03 (") && certificate.contains("facilitators: f1, f2"), "\(certificate)")
        for arguments in [["timeline", copy, "p03", "--format", "json"], ["harvest", copy, "--format", "json", "--audience", "facilitator"],
                          ["lines", copy, "--format", "json"], ["export", copy, "--participant", "p03"]] {
            let out = successfulOutput(arguments)
            #expect(!out.contains("\"name\":\"\""), "\(arguments)")
            #expect(!out.contains("\"\" ("), "\(arguments)")
        }
    }
}
