import Foundation
import Testing

/// The harvest as a page and the certificates: golden HTML of the fixture cohort in both languages,
/// escaping of hostile text, refusals, and rendering in a real browser (headless Chromium).
@Suite struct PageTests {
    static let log = fixtures.appendingPathComponent("cohort/small.jsonl").path

    @Test(arguments: [
        ("harvest.html", ["harvest", log, "--format", "html"]),
        ("harvest.nl.html", ["harvest", log, "--format", "html", "--lang", "nl"]),
        ("harvest.facilitator.nl.html", ["harvest", log, "--format", "html", "--lang", "nl", "--audience", "facilitator"]),
        ("certificate-pa.html", ["certificate", log, "pa", "--format", "html"]),
        ("certificate-pa.nl.txt", ["certificate", log, "pa", "--lang", "nl"]),
    ])
    func everyPageMatchesItsGoldenFile(_ name: String, _ arguments: [String]) throws {
        let run = cohort(arguments, environment: [:])
        #expect(run.status == 0, "\(run.err)")
        try expectGolden(run.out, "cohort/reports/\(name)")
    }

    @Test func thePageIsSelfContained() {
        let html = cohort(["harvest", Self.log, "--format", "html", "--audience", "facilitator"], environment: [:]).out
        for forbidden in ["<script", "<link", "<img", "src=", "@import", "url(http", "//fonts"] {
            #expect(!html.contains(forbidden), "the page holds \(forbidden)")
        }
        // Links stay in the page, and each leads somewhere.
        let links = html.components(separatedBy: "href=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        #expect(!links.isEmpty)
        for link in links {
            #expect(link.hasPrefix("#") && html.contains("id=\"\(link.dropFirst())\""), "a link to \(link) leads nowhere")
        }
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<svg class=\"chart progress\""))
        #expect(html.contains("<svg class=\"chart support\""))
        #expect(html.contains("@page {\n  size: A4;"))
    }

    @Test func whatPeopleWroteIsShownAsTextAndCannotRun() {
        let html = cohort(["harvest", Self.log, "--format", "html"], environment: [:]).out
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; | *vet* _schuin_ [link](http://example.org)<br># geen kop  omgekeerd 1) geen lijst"))
        #expect(html.contains("1) &lt;b&gt;vet&lt;/b&gt; | x") || !html.contains("<b>vet</b>"))
        #expect(!html.contains("\u{202E}"))
    }

    @Test(arguments: ReportTests.audiences)
    func thePageShowsAnAudienceNothingItMayNotSee(_ audience: String) {
        for language in ["en", "nl"] {
            let html = cohort(["harvest", Self.log, "--format", "html", "--lang", language, "--audience", audience], environment: [:]).out
            #expect(html.hasPrefix("<!DOCTYPE html>"))
            for (text, allowed) in ReportTests.markers where !(allowed?.contains(audience) ?? false) {
                #expect(!html.contains(text), "the page for \(audience) shows \(text)")
            }
        }
    }

    @Test func aCertificateIsRefusedWithTheFiguresWhenAttendanceFallsShort() {
        let run = cohort(["certificate", Self.log, "pd"], environment: [:])
        #expect(run.status == 1)
        #expect(run.out == "")
        #expect(run.err == "cohort certificate: pd attended 2 of the 10 dagdelen held (20.0%); a certificate needs at least 80%\n")
        let lower = cohort(["certificate", Self.log, "pc", "--minimum", "50"], environment: [:])
        #expect(lower.status == 0)
        #expect(cohort(["certificate", Self.log, "pc"], environment: [:]).status == 1)
        #expect(cohort(["certificate", Self.log, "zz"], environment: [:]).status == 2)
    }
}

/// Renders the real cohort's harvest and a certificate in headless Chromium (installed by .ci/run):
/// rendering must succeed, and the page as the browser reads it must hold the participants' public content.
@Suite(.serialized) struct BrowserTests {
    static let chromium: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }
    static let realLog = realCohortLog

    func chrome(_ arguments: [String]) throws -> (status: Int32, out: String) {
        guard let chromium = Self.chromium else {
            Issue.record("Chromium is not installed: .ci/run installs it (apt-get install chromium)")
            return (-1, "")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-pdf-header-footer"] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    static func unescaped(_ html: String) -> String {
        html.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "<br>", with: "\n").replacingOccurrences(of: "&amp;", with: "&")
    }

    @Test func theRealHarvestRendersToPNGAndPDFAndReadsComplete() throws {
        let directory = try temporaryDirectory()
        let page = directory.appendingPathComponent("oogst.html").path
        #expect(cohort(["harvest", Self.realLog, "--as-of", "2014-12-11", "--format", "html", "--lang", "nl", "-o", page], environment: [:]).status == 0)
        let png = directory.appendingPathComponent("oogst.png").path
        let pdf = directory.appendingPathComponent("oogst.pdf").path
        #expect(try chrome(["--window-size=1280,1800", "--screenshot=\(png)", "file://\(page)"]).status == 0)
        #expect(try chrome(["--print-to-pdf=\(pdf)", "file://\(page)"]).status == 0)
        let pngBytes = (try? Data(contentsOf: URL(fileURLWithPath: png))) ?? Data()
        let pdfBytes = (try? Data(contentsOf: URL(fileURLWithPath: pdf))) ?? Data()
        #expect(pngBytes.starts(with: [0x89, 0x50, 0x4E, 0x47]) && pngBytes.count > 50_000)
        #expect(pdfBytes.starts(with: Array("%PDF".utf8)) && pdfBytes.count > 20_000)
        // The page as the browser reads it holds every participant and every public text of the harvest.
        let dom = Self.unescaped(try chrome(["--dump-dom", "file://\(page)"]).out)
        let json = cohort(["harvest", Self.realLog, "--as-of", "2014-12-11", "--format", "json"], environment: [:]).out
        let harvest = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let stories = harvest?["participants"] as? [[String: Any]] ?? []
        #expect(stories.count == 10)
        var expected: [String] = []
        for story in stories {
            if let name = (story["participant"] as? [String: Any])?["name"] as? String { expected.append(name) }
            for reflection in story["reflections"] as? [[String: Any]] ?? [] {
                if let text = reflection["text"] as? String { expected.append(text) }
            }
            for wish in story["wishes"] as? [[String: Any]] ?? [] {
                for version in wish["versions"] as? [[String: Any]] ?? [] {
                    if let text = version["text"] as? String { expected.append(text) }
                }
            }
        }
        for contribution in harvest?["contributions"] as? [[String: Any]] ?? [] {
            if let title = contribution["title"] as? String { expected.append(title) }
        }
        #expect(expected.count > 40)
        for text in expected { #expect(dom.contains(text), "the rendered page lacks \(text.prefix(60))") }
    }

    @Test func aCertificateRendersToOnePDFPage() throws {
        let directory = try temporaryDirectory()
        let page = directory.appendingPathComponent("bewijs.html").path
        #expect(cohort(["certificate", Self.realLog, "p03", "--format", "html", "--lang", "nl", "-o", page], environment: [:]).status == 0)
        let pdf = directory.appendingPathComponent("bewijs.pdf").path
        #expect(try chrome(["--print-to-pdf=\(pdf)", "file://\(page)"]).status == 0)
        let bytes = (try? Data(contentsOf: URL(fileURLWithPath: pdf))) ?? Data()
        #expect(bytes.starts(with: Array("%PDF".utf8)))
        // The page tree's /Count is the number of pages.
        let text = String(decoding: bytes, as: UTF8.self)
        let counts = text.components(separatedBy: "/Count ").dropFirst().compactMap { Int($0.prefix { $0.isNumber }) }
        #expect(counts.max() == 1, "the certificate has \(counts.max() ?? 0) pages")
        let dom = Self.unescaped(try chrome(["--dump-dom", "file://\(page)"]).out)
        #expect(dom.contains("Femke de Graaf"))
        #expect(dom.contains("Bewijs van deelname"))
    }
}
