import Foundation
import Testing

/// The pages of `cohort serve` in a real browser (headless Chromium, installed by .ci/run), on a phone's
/// screen 390 px wide: a participant opens their link, types a reflection, presses the button and finds
/// it on the page the browser lands on; the pages fit the phone.
@Suite(.serialized) struct ServeBrowserTests {
    struct Visit: Decodable {
        struct Page: Decodable {
            let url: String
            let scrollWidth: Int
            let viewportWidth: Int
            let overflowing: [String]
            let text: String
        }
        let before: Page
        let after: Page
    }

    struct Metrics: Decodable {
        struct Page: Decodable {
            let file: String
            let scrollWidth: Int
            let overflowing: [String]
        }
        let pages: [Page]
    }

    func browse(_ url: String, _ text: String) throws -> Visit? {
        guard BrowserTests.chromium != nil else {
            Issue.record("Chromium is not installed: .ci/run installs it (apt-get install chromium)")
            return nil
        }
        let run = try runPythonScript("scripts/browse-form.py", [url, text])
        #expect(run.status == 0, "\(run.output)")
        return try? JSONDecoder().decode(Visit.self, from: Data(run.output.utf8))
    }

    @Test(arguments: ["en", "nl"])
    func aParticipantTypesAReflectionOnAPhoneAndFindsItOnTheirPage(_ language: String) throws {
        let served = try Served(arguments: ["--lang", language])
        let path = served.invite("p03")
        let text = "Via mijn telefoon: intervisie helpt me om vragen te stellen in plaats van antwoorden te geven (\(language))."
        let visit = try #require(try browse("http://127.0.0.1:\(served.port)\(path)", text))
        #expect(!visit.before.text.contains(text))
        #expect(visit.after.url.hasSuffix(path + "?recorded=reflection.recorded"))
        #expect(visit.after.text.contains(text))
        for page in [visit.before, visit.after] {
            #expect(page.scrollWidth <= 390 && page.viewportWidth == 390, "\(page.url): \(page.scrollWidth) px")
            #expect(page.overflowing.isEmpty, "\(page.overflowing)")
        }
        let last = String(decoding: served.logBytes, as: UTF8.self).split(separator: "\n").last.map(String.init) ?? ""
        #expect(last.contains("\"by\":\"p03\"") && last.contains(jsonQuoted(text)))
        #expect(cohort(["verify", served.log]).status == 0)
    }

    @Test func thePublicAndTheFacilitatorsPagesFitAPhone() throws {
        guard BrowserTests.chromium != nil else {
            Issue.record("Chromium is not installed: .ci/run installs it (apt-get install chromium)")
            return
        }
        let served = try Served(arguments: ["--lang", "nl"])
        let directory = try temporaryDirectory()
        var files: [String] = []
        for (name, path) in [("public", "/"), ("facilitator", served.invite("f1")), ("withdrawn", served.invite("p08"))] {
            let page = try #require(served.get(path))
            #expect(page.status == 200)
            let file = directory.appendingPathComponent("\(name).html").path
            try page.body.write(toFile: file, atomically: true, encoding: .utf8)
            files.append(file)
        }
        let run = try runPythonScript("scripts/page-metrics.py", files)
        #expect(run.status == 0, "\(run.output)")
        let metrics = try JSONDecoder().decode(Metrics.self, from: Data(run.output.utf8))
        #expect(metrics.pages.count == 3)
        for page in metrics.pages {
            #expect(page.scrollWidth <= 390, "\(page.file): \(page.scrollWidth) px")
            #expect(page.overflowing.isEmpty, "\(page.file): \(page.overflowing)")
        }
    }
}
