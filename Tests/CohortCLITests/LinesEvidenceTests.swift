import Foundation
import Testing

/// `cohort lines` against an oracle written here from the log's JSON (Foundation's JSONSerialization,
/// retractions applied), not from the product's folds: on the real 2014 cohort and on generated cohorts,
/// each line's `explicit` records, what feeds it `byTheme`, its `participants` (never one who withdrew
/// before it emerged) and the theme mentions per stretch; and for the public and the group, no private
/// text or id in any format or language.
@Suite struct LinesEvidenceTests {
    static let goldens: [(name: String, arguments: [String])] = [
        ("lines.eigen-regie-2014.txt", ["lines", realCohortLog]),
        ("lines.eigen-regie-2014.nl.md", ["lines", realCohortLog, "--format", "md", "--lang", "nl"]),
    ]

    @Test(arguments: goldens.map(\.name))
    func theRealCohortsLinesMatchTheirGoldenFiles(_ name: String) throws {
        let arguments = Self.goldens.first { $0.name == name }?.arguments ?? []
        try expectGolden(successfulOutput(arguments), "cohort/reports/\(name)")
    }

    @Test func theRealCohortsLinesAgreeWithTheOracle() throws {
        let oracle = try LogOracle(path: realCohortLog)
        let excluded = try check(realCohortLog, oracle, label: "eigen-regie-2014")
        // Not vacuous: Bas (p08) withdrew on 13 October and his wish shares the themes of the line that
        // emerged on 6 November.
        #expect(excluded.contains("l-vertrouwen:p08"), "\(excluded)")
    }

    @Test(arguments: [1, 7, 42] as [UInt64])
    func generatedCohortsLinesAgreeWithTheOracle(_ seed: UInt64) throws {
        let log = try Self.generated(seed: seed)
        let excluded = try check(log, try LogOracle(path: log), label: "seed \(seed)")
        // Not vacuous: the generator's leaver withdraws on the day of the second session, after its line
        // emerged and before the later lines, and has wishes or reflections on their themes.
        #expect(!excluded.isEmpty, "seed \(seed): no line left out anyone who withdrew before it emerged")
    }

    @Test(arguments: ["public", "group"])
    func thePublicAndTheGroupSeeNoPrivateTextOrIdInTheLines(_ audience: String) throws {
        for log in [realCohortLog, try Self.generated(seed: 7)] {
            let oracle = try LogOracle(path: log)
            let hidden = oracle.hidden(from: audience)
            var json = ""
            for language in ["en", "nl"] {
                for format in ["text", "md", "json"] {
                    let out = successfulOutput(["lines", log, "--audience", audience, "--format", format, "--lang", language])
                    let texts = hidden.texts.filter { out.contains($0) }
                    #expect(texts.isEmpty, "\(log) --audience \(audience) --format \(format) shows \(texts.sorted().prefix(3))")
                    if format == "json" { json = out }
                }
            }
            let ids = hidden.ids.filter { json.contains("\"\($0)\"") }
            #expect(ids.isEmpty, "\(log) --audience \(audience) shows the ids \(ids.sorted().prefix(5))")
            // Not vacuous: the facilitators are shown some of what this audience may not see.
            let facilitators = successfulOutput(["lines", log, "--audience", "facilitator", "--format", "json"])
            #expect(hidden.ids.contains { facilitators.contains("\"\($0)\"") }, "\(log): no hidden id in the facilitators' view")
            #expect(hidden.texts.contains { successfulOutput(["lines", log, "--audience", "facilitator"]).contains($0) })
        }
    }

    /// A generated cohort's log in a file of its own; its path.
    static func generated(seed: UInt64) throws -> String {
        let path = try temporaryDirectory().appendingPathComponent("generated-\(seed).jsonl").path
        let run = cohort(["generate", "--participants", "12", "--events", "900", "--seed", String(seed), "-o", path], environment: [:])
        #expect(run.status == 0, "\(run.err)")
        return path
    }

    /// Compares `cohort lines LOG --audience facilitator --format json` with the oracle; returns the
    /// feeders each line left out because they withdrew before it emerged (`line:participant`).
    func check(_ log: String, _ oracle: LogOracle, label: String) throws -> Set<String> {
        let out = successfulOutput(["lines", log, "--audience", "facilitator", "--format", "json"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
        let lines = try #require(report["lines"] as? [[String: Any]])
        let expected = oracle.lines()
        #expect(lines.map { $0["line"] as? String } == expected.map(\.id), "\(label)")
        var excluded = Set<String>()
        for (line, truth) in zip(lines, expected) {
            let name = "\(label) \(truth.id)"
            #expect(line["explicit"] as? [String] == truth.explicit, "\(name): explicit")
            let byTheme = line["byTheme"] as? [String: Any]
            #expect(byTheme?["reflections"] as? [String] == truth.byThemeReflections, "\(name): byTheme reflections")
            #expect(byTheme?["wishes"] as? [String] == truth.byThemeWishes, "\(name): byTheme wishes")
            let participants = line["participants"] as? [String] ?? []
            #expect(participants == truth.participants, "\(name): participants")
            let gone = participants.filter { oracle.withdrew(before: truth.at, $0) }
            #expect(gone.isEmpty, "\(name): \(gone) withdrew before the line emerged")
            let activity = (line["activity"] as? [[String: Any]] ?? []).compactMap { $0["count"] as? Int }
            #expect(activity == truth.activity, "\(name): activity from its emergence on")
            excluded.formUnion(truth.leftOut.map { "\(truth.id):\($0)" })
        }
        let themes = try #require(report["themes"] as? [[String: Any]])
        let mentions = Dictionary(themes.compactMap { theme -> (String, [Int])? in
            guard let name = theme["name"] as? String, let counts = theme["mentions"] as? [[String: Any]] else { return nil }
            return (LogOracle.normalized(name), counts.compactMap { $0["count"] as? Int })
        }, uniquingKeysWith: { a, _ in a })
        #expect(mentions == oracle.mentions(), "\(label): mentions per theme and stretch")
        #expect(mentions.values.contains { $0.contains { $0 > 0 } }, "\(label): no mention at all")
        return excluded
    }
}

/// What a log holds, read with JSONSerialization (retracted records and the retractions left out), and
/// what `cohort lines` must say about it, computed from the definitions in docs.
struct LogOracle {
    struct Entry {
        var seq: Int
        var id: String
        var type: String
        var at: Date
        /// The local date of `at`, as written.
        var day: String
        var data: [String: Any]
        var personal: [String: Any]
        func string(_ key: String) -> String? { data[key] as? String }
        func strings(_ key: String) -> [String]? { data[key] as? [String] }
        func text(_ key: String) -> String? { personal[key] as? String }
    }

    /// What a line must show.
    struct Line {
        var id: String
        var at: Date
        var explicit: [String]
        var byThemeReflections: [String]
        var byThemeWishes: [String]
        var participants: [String]
        var activity: [Int]
        /// Participants who fed it but withdrew before it emerged.
        var leftOut: [String]
    }

    let entries: [Entry]
    let facilitators: Set<String>
    let participants: Set<String>
    let withdrawals: [String: Date]
    /// The first days of the sessions that were not cancelled, in order.
    let sessionDays: [String]

    init(path: String) throws {
        let formatter = ISO8601DateFormatter()
        var entries: [Entry] = []
        for line in try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n") {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let at = try #require(object["at"] as? String)
            entries.append(Entry(seq: object["seq"] as? Int ?? 0, id: object["id"] as? String ?? "", type: object["type"] as? String ?? "",
                                 at: try #require(formatter.date(from: at)), day: String(at.prefix(10)),
                                 data: object["data"] as? [String: Any] ?? [:], personal: object["personal"] as? [String: Any] ?? [:]))
        }
        let retracted = Set(entries.filter { $0.type == "event.retracted" }.compactMap { $0.string("target") })
        self.entries = entries.filter { $0.type != "event.retracted" && !retracted.contains($0.id) }
        facilitators = Set(self.entries.filter { $0.type == "facilitator.joined" }.compactMap { $0.string("facilitator") })
        participants = Set(self.entries.filter { $0.type == "participant.registered" }.compactMap { $0.string("participant") })
        withdrawals = Dictionary(self.entries.filter { $0.type == "participant.withdrew" }.compactMap { entry in
            entry.string("participant").map { ($0, entry.at) }
        }, uniquingKeysWith: { a, _ in a })
        var days: [String: [String]] = [:]
        var cancelled = Set<String>()
        for entry in self.entries {
            guard let session = entry.string("session") else { continue }
            switch entry.type {
            case "session.scheduled", "session.rescheduled": days[session] = entry.strings("days")
            case "session.cancelled": cancelled.insert(session)
            default: break
            }
        }
        sessionDays = days.filter { !cancelled.contains($0.key) }.compactMap { $0.value.min() }.sorted()
    }

    static func normalized(_ theme: String) -> String { theme.trimmingCharacters(in: .whitespacesAndNewlines).lowercased() }

    func withdrew(before moment: Date, _ person: String) -> Bool { withdrawals[person].map { $0 < moment } ?? false }

    /// The stretch a record's local date falls in: how many sessions began on or before it.
    func stretch(_ entry: Entry) -> Int { sessionDays.filter { $0 <= entry.day }.count }

    /// Every wish: its owner, its versions (record, stretch, themes as then) and whether it was dropped.
    func wishes() -> [(id: String, owner: String, versions: [(entry: Entry, themes: [String])], dropped: Bool)] {
        var order: [String] = []
        var wishes: [String: (owner: String, versions: [(entry: Entry, themes: [String])], dropped: Bool)] = [:]
        for entry in entries {
            guard let wish = entry.string("wish") else { continue }
            switch entry.type {
            case "wish.stated":
                order.append(wish)
                wishes[wish] = (entry.string("participant") ?? "", [(entry, entry.strings("themes") ?? [])], false)
            case "wish.revised":
                let current = wishes[wish]?.versions.last?.themes ?? []
                wishes[wish]?.versions.append((entry, entry.strings("themes") ?? current))
            case "wish.closed":
                wishes[wish]?.dropped = entry.string("outcome") == "dropped"
            default: break
            }
        }
        return order.compactMap { id in wishes[id].map { (id, $0.owner, $0.versions, $0.dropped) } }
    }

    /// Each line as `cohort lines` must show it to the facilitators.
    func lines() -> [Line] {
        let reflections = entries.filter { $0.type == "reflection.recorded" }
        let contributions = entries.filter { $0.type == "harvest.contributed" }
        let wishes = self.wishes()
        return entries.filter { $0.type == "line.emerged" }.map { line in
            let id = line.string("line") ?? ""
            let themes = Set((line.strings("themes") ?? []).map(LogOracle.normalized))
            func shares(_ carried: [String]) -> Bool { carried.contains { themes.contains(LogOracle.normalized($0)) } }
            let named = (reflections + contributions).filter { $0.string("line") == id }.sorted { ($0.at, $0.seq) < ($1.at, $1.seq) }
            let byReflection = reflections.filter { entry in
                entry.string("line") != id && shares(entry.strings("themes") ?? [])
                    && (facilitators.contains(entry.string("participant") ?? "") || !withdrew(before: line.at, entry.string("participant") ?? ""))
            }
            let sharing = wishes.filter { shares($0.versions.last?.themes ?? []) && !$0.dropped }
            let byWish = sharing.filter { !withdrew(before: line.at, $0.owner) }
            var feeders = Set(named.compactMap { $0.string("participant") })
            feeders.formUnion(named.flatMap { $0.strings("contributors") ?? [] })
            feeders.formUnion(byReflection.compactMap { $0.string("participant") })
            feeders.formUnion(byWish.map(\.owner))
            let stayed = feeders.filter { participants.contains($0) && !withdrew(before: line.at, $0) }
            // Who would feed it if withdrawals did not count.
            var all = Set(reflections.filter { shares($0.strings("themes") ?? []) }.compactMap { $0.string("participant") })
            all.formUnion(sharing.map(\.owner))
            let leftOut = all.filter { participants.contains($0) && withdrew(before: line.at, $0) }

            let emerged = stretch(line)
            var activity = [Int](repeating: 0, count: sessionDays.count + 1)
            for entry in named + byReflection { activity[stretch(entry)] += 1 }
            for wish in byWish {
                for version in wish.versions where shares(version.themes) { activity[stretch(version.entry)] += 1 }
            }
            return Line(id: id, at: line.at, explicit: named.compactMap { $0.string("reflection") ?? $0.string("item") },
                        byThemeReflections: byReflection.compactMap { $0.string("reflection") }, byThemeWishes: byWish.map(\.id),
                        participants: stayed.sorted(), activity: Array(activity[emerged...]), leftOut: leftOut.sorted())
        }
    }

    /// Mentions per theme (normalized) and stretch: wish statements and revisions of wishes not dropped
    /// and reflections, of participants who never withdrew; a record mentions a theme once.
    func mentions() -> [String: [Int]] {
        var counted: [(themes: [String], stretch: Int)] = []
        var carried = Set<String>()
        for wish in wishes() {
            for version in wish.versions {
                carried.formUnion(version.themes.map(LogOracle.normalized))
                if !wish.dropped && participants.contains(wish.owner) && withdrawals[wish.owner] == nil {
                    counted.append((version.themes, stretch(version.entry)))
                }
            }
        }
        for entry in entries where entry.type == "reflection.recorded" {
            let author = entry.string("participant") ?? ""
            carried.formUnion((entry.strings("themes") ?? []).map(LogOracle.normalized))
            if participants.contains(author) && withdrawals[author] == nil { counted.append((entry.strings("themes") ?? [], stretch(entry))) }
        }
        var mentions = Dictionary(uniqueKeysWithValues: carried.map { ($0, [Int](repeating: 0, count: sessionDays.count + 1)) })
        for record in counted {
            for theme in Set(record.themes.map(LogOracle.normalized)) { mentions[theme]?[record.stretch] += 1 }
        }
        return mentions
    }

    /// The texts (of 8 characters or more) and ids that `audience` (`public` or `group`) may not see:
    /// wishes, reflections and support by their visibility (a wish by its current one, a version by its
    /// own), and what is always private (attendance notes, withdrawal reasons, e-mail addresses); less
    /// what it may see elsewhere.
    func hidden(from audience: String) -> (texts: Set<String>, ids: Set<String>) {
        func sees(_ visibility: String) -> Bool { audience == "group" ? visibility != "private" : visibility == "public" }
        var texts = Set<String>(), ids = Set<String>(), shownTexts = Set<String>(), shownIds = Set<String>()
        func mark(_ seen: Bool, texts more: [String?], ids moreIds: [String?]) {
            if seen {
                shownTexts.formUnion(more.compactMap { $0 })
                shownIds.formUnion(moreIds.compactMap { $0 })
            } else {
                texts.formUnion(more.compactMap { $0 })
                ids.formUnion(moreIds.compactMap { $0 })
            }
        }
        var wishVisibility: [String: [(entry: Entry, visibility: String)]] = [:]
        for entry in entries {
            switch entry.type {
            case "wish.stated", "wish.revised":
                let wish = entry.string("wish") ?? ""
                let visibility = entry.string("visibility") ?? wishVisibility[wish]?.last?.visibility ?? "group"
                wishVisibility[wish, default: []].append((entry, visibility))
            case "reflection.recorded":
                mark(sees(entry.string("visibility") ?? "group"), texts: [entry.text("text")], ids: [entry.string("reflection"), entry.id])
            case "support.given":
                mark(sees(entry.string("visibility") ?? "group"), texts: [entry.text("note")], ids: [entry.id])
            case "participant.withdrew", "attendance.recorded", "participant.registered":
                mark(false, texts: [entry.text("reason"), entry.text("note"), entry.text("email")], ids: [])
            default: break
            }
        }
        let closings = Dictionary(entries.filter { $0.type == "wish.closed" }.map { ($0.string("wish") ?? "", $0) }, uniquingKeysWith: { _, b in b })
        for (wish, versions) in wishVisibility {
            let current = sees(versions.last?.visibility ?? "group")
            for version in versions { mark(current && sees(version.visibility), texts: [version.entry.text("text")], ids: [version.entry.id]) }
            mark(current, texts: [closings[wish]?.text("note")], ids: [wish, closings[wish]?.id])
        }
        return (texts.subtracting(shownTexts).filter { $0.count >= 8 }, ids.subtracting(shownIds))
    }
}
