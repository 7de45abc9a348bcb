import Foundation
import Testing

/// The pages as a browser measures them (scripts/page-metrics.py: headless Chromium, installed by
/// .ci/run): the real cohort's harvest for the public, the group and the facilitators in both languages,
/// its certificates and refusals. On a phone 390 px wide nothing is wider than the screen; printed on A4,
/// the public harvest takes at most 8 pages and the others at most 12, a certificate or a refusal exactly
/// one; every chart has a title; each contribution is told once; the public page shows no ids and no digest.
///
/// Every page is rendered once and measured by one browser, the first time a test asks.
@Suite(.serialized) struct PageMetricsTests {
    /// What the measurer says of one page.
    struct PageMetrics: Decodable, Sendable {
        let file: String
        let scrollWidth: Int
        let overflowing: [String]
        let printedPages: Int
        let svgs: Int
        let svgsWithTitle: Int
        let text: String
    }

    /// The pages measured, by name, or why they could not be.
    struct Measurement: Sendable {
        var pages: [String: PageMetrics] = [:]
        var problem: String?

        subscript(name: String) -> PageMetrics? { pages[name] }
    }

    static let log = realCohortLog
    static let audiences = ["public", "group", "facilitator"]
    static let languages = ["en", "nl"]
    /// Printed A4 pages the harvest may take, per audience.
    static let mostPages = ["public": 8, "group": 12, "facilitator": 12]
    static let width = 390

    static func harvest(_ audience: String, _ language: String) -> String { "harvest.\(audience).\(language).html" }

    /// The certificates and refusals measured: name and arguments after the log.
    static let certificates: [(name: String, arguments: [String])] = [
        ("certificate.p03.en.html", ["p03", "--lang", "en"]),
        ("certificate.p03.nl.html", ["p03", "--lang", "nl"]),
        ("refusal.p08.en.html", ["p08", "--lang", "en", "--as-of", "2014-12-11"]),
        ("refusal.p09.nl.html", ["p09", "--lang", "nl"]),
    ]

    /// A page the measurer must find too wide, three sheets long and with an untitled chart: proof that
    /// the limits below can fail.
    static let calibration = """
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>calibration</title></head><body>
        <div style="width: 600px">wide</div><svg width="10" height="10"><rect width="10" height="10"/></svg>
        <p style="break-after: page">one</p><p style="break-after: page">two</p><p>three</p></body></html>
        """

    static let measured: Measurement = {
        var measurement = Measurement()
        guard BrowserTests.chromium != nil else {
            measurement.problem = "Chromium is not installed: .ci/run installs it (apt-get install chromium)"
            return measurement
        }
        guard pythonCanImport("json") else {
            measurement.problem = "python3 is not installed: scripts/page-metrics.py needs it"
            return measurement
        }
        do {
            let directory = try temporaryDirectory()
            var files: [String] = []
            func render(_ name: String, _ arguments: [String], status: Int32) {
                let path = directory.appendingPathComponent(name).path
                let run = cohort(arguments + ["--format", "html", "-o", path], environment: [:])
                if run.status != status { measurement.problem = "\(arguments.joined(separator: " ")): exit \(run.status) \(run.err)" }
                files.append(path)
            }
            for audience in audiences {
                for language in languages {
                    render(harvest(audience, language), ["harvest", log, "--audience", audience, "--lang", language], status: 0)
                }
            }
            for (name, arguments) in certificates {
                render(name, ["certificate", log] + arguments, status: name.hasPrefix("refusal") ? 1 : 0)
            }
            let calibrationPath = directory.appendingPathComponent("calibration.html").path
            try write(calibration, to: calibrationPath)
            files.append(calibrationPath)

            let run = try runPythonScript("scripts/page-metrics.py", files + ["--width", String(width)])
            guard run.status == 0, let line = run.output.split(separator: "\n").last(where: { $0.hasPrefix("{") }) else {
                measurement.problem = "page-metrics.py failed (\(run.status)): \(run.output.prefix(500))"
                return measurement
            }
            struct Output: Decodable { let pages: [PageMetrics] }
            for page in try JSONDecoder().decode(Output.self, from: Data(line.utf8)).pages {
                measurement.pages[URL(fileURLWithPath: page.file).lastPathComponent] = page
            }
        } catch {
            measurement.problem = "\(error)"
        }
        return measurement
    }()

    /// The metrics of the page `name`; records an issue when there are none.
    func metrics(_ name: String, sourceLocation: SourceLocation = #_sourceLocation) -> PageMetrics? {
        if let problem = Self.measured.problem {
            Issue.record(Comment(rawValue: problem), sourceLocation: sourceLocation)
            return nil
        }
        guard let page = Self.measured[name] else {
            Issue.record("\(name) was not measured", sourceLocation: sourceLocation)
            return nil
        }
        return page
    }

    /// Runs of white space as one space: text as a reader sees it, wherever the lines break.
    static func flattened(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    static func occurrences(of needle: String, in haystack: String) -> Int {
        guard !needle.isEmpty else { return 0 }
        return haystack.components(separatedBy: needle).count - 1
    }

    // MARK: - The measurer

    @Test func theMeasurerFindsAPageTooWideTooLongAndWithAnUntitledChart() throws {
        let page = try #require(metrics("calibration.html"))
        #expect(page.scrollWidth >= 600)
        #expect(page.printedPages == 3)
        #expect(page.svgs == 1 && page.svgsWithTitle == 0)
        #expect(page.text.contains("wide"))
    }

    // MARK: - The harvest

    @Test(arguments: audiences)
    func theHarvestFitsAPhone(_ audience: String) {
        for language in Self.languages {
            guard let page = metrics(Self.harvest(audience, language)) else { continue }
            #expect(page.scrollWidth <= Self.width,
                    "the \(audience) harvest (\(language)) is \(page.scrollWidth) px wide at \(Self.width) px: \(page.overflowing)")
        }
    }

    @Test(arguments: audiences)
    func theHarvestPrintsOnFewA4Pages(_ audience: String) {
        let most = Self.mostPages[audience] ?? 0
        for language in Self.languages {
            guard let page = metrics(Self.harvest(audience, language)) else { continue }
            #expect(page.printedPages >= 1 && page.printedPages <= most,
                    "the \(audience) harvest (\(language)) prints on \(page.printedPages) A4 pages; at most \(most)")
        }
    }

    @Test(arguments: audiences)
    func everyChartHasATitle(_ audience: String) {
        for language in Self.languages {
            guard let page = metrics(Self.harvest(audience, language)) else { continue }
            #expect(page.svgs > 0)
            #expect(page.svgsWithTitle == page.svgs,
                    "\(page.svgsWithTitle) of the \(page.svgs) charts of the \(audience) harvest (\(language)) have a title")
        }
    }

    @Test(arguments: audiences)
    func eachContributionIsToldOnce(_ audience: String) throws {
        let json = cohort(["harvest", Self.log, "--audience", audience, "--format", "json"], environment: [:]).out
        let harvest = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let texts = (harvest?["contributions"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
        #expect(texts.count >= 10)
        for language in Self.languages {
            guard let page = metrics(Self.harvest(audience, language)) else { continue }
            let visible = Self.flattened(page.text)
            for text in texts {
                let count = Self.occurrences(of: Self.flattened(text), in: visible)
                #expect(count == 1, "the \(audience) harvest (\(language)) tells \(text.prefix(50))… \(count) times")
            }
        }
    }

    @Test func thePublicPageShowsNoIdAndNoDigest() throws {
        let oracle = try CertificatePageTests.AttendanceOracle(path: Self.log)
        var ids = Array(oracle.names.keys)
        for record in oracle.records where record["type"] as? String == "cohort.opened" {
            if let organiser = (record["data"] as? [String: Any])?["organiser"] as? String { ids.append(organiser) }
        }
        #expect(ids.contains("wiw") && ids.contains("p01") && ids.contains("f2"))
        let patterns = [#"\(p\d+\)"#, "[0-9a-f]{64}"] + ids.map { #"(?<![\p{L}\p{N}_-])"# + NSRegularExpression.escapedPattern(for: $0) + #"(?![\p{L}\p{N}_-])"# }
        func found(_ text: String) -> [String] {
            patterns.compactMap { pattern in
                guard let expression = try? NSRegularExpression(pattern: pattern),
                      let match = expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
                      let range = Range(match.range, in: text) else { return nil }
                return String(text[range])
            }
        }
        for language in Self.languages {
            guard let page = metrics(Self.harvest("public", language)) else { continue }
            let shown = found(page.text)
            #expect(shown.isEmpty, "the public harvest (\(language)) shows \(shown)")
        }
        // Not vacuous: the facilitators' page keeps the head.
        if let page = metrics(Self.harvest("facilitator", "en")) {
            #expect(found(page.text).contains { $0.count == 64 }, "the facilitators' page has no head")
        }
    }

    // MARK: - The certificate

    @Test(arguments: certificates.map(\.name))
    func theCertificateFitsAPhoneAndPrintsOnOneA4Page(_ name: String) {
        guard let page = metrics(name) else { return }
        #expect(page.scrollWidth <= Self.width, "\(name) is \(page.scrollWidth) px wide at \(Self.width) px: \(page.overflowing)")
        #expect(page.printedPages == 1, "\(name) prints on \(page.printedPages) A4 pages")
        #expect(page.text.contains(name.contains("p03") ? "Femke de Graaf" : name.contains("p08") ? "Bas Timmermans" : "Aandeel"))
        #expect(page.text.contains("Werken in het Westen") == name.hasPrefix("certificate"))
    }
}
