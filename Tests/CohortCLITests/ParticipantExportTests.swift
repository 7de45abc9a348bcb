import Foundation
import Testing

/// `cohort export LOG --participant ID`: everything the log holds about one person (the GDPR's right of
/// access), and nothing about anyone else, checked against an oracle that reads the log's lines itself.
@Suite struct ParticipantExportTests {
    static let log = fixtures.appendingPathComponent("cohort/small.jsonl").path
    static let people = ["pa", "pb", "pc", "pd", "f1"]

    /// The log's records as JSON objects (read once, never changed).
    nonisolated(unsafe) static let records: [[String: Any]] = {
        let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
    }()

    /// The people a record's data names (the id fields that hold a person).
    static func named(_ data: [String: Any]) -> Set<String> {
        var people = Set<String>()
        for field in ["participant", "facilitator", "from", "to", "host", "organiser"] {
            if let id = data[field] as? String { people.insert(id) }
        }
        for id in data["contributors"] as? [String] ?? [] { people.insert(id) }
        return people
    }

    /// The oracle: the ids of the records about `person`, read from docs/FORMAT.md's fields.
    static func about(_ person: String) -> Set<String> {
        var wishes = Set<String>(), assignments = Set<String>(), ids = Set<String>()
        for record in records {
            let data = record["data"] as? [String: Any] ?? [:]
            let type = record["type"] as? String ?? ""
            let names = named(data)
            if type == "wish.stated", data["participant"] as? String == person { wishes.insert(data["wish"] as? String ?? "") }
            if type == "assignment.started", data["participant"] as? String == person {
                assignments.insert(data["assignment"] as? String ?? "")
            }
            let ownContent = ["wish.revised", "wish.closed"].contains(type) && wishes.contains(data["wish"] as? String ?? "")
                || ["assignment.progressed", "assignment.completed"].contains(type)
                    && assignments.contains(data["assignment"] as? String ?? "")
            let byThem = record["by"] as? String == person && names.subtracting([person]).isEmpty
            if names.contains(person) || ownContent || byThem { ids.insert(record["id"] as? String ?? "") }
        }
        return ids
    }

    /// Every text a record holds (data and personal, salt left out).
    static func texts(_ record: [String: Any]) -> [String] {
        var texts: [String] = []
        func collect(_ value: Any, key: String) {
            if let text = value as? String, key != "salt", key != "redacted", text.count >= 6 { texts.append(text) }
            if let object = value as? [String: Any] { for (key, value) in object { collect(value, key: key) } }
            if let array = value as? [Any] { for value in array { collect(value, key: key) } }
        }
        collect(record["personal"] ?? [:], key: "")
        let data = record["data"] as? [String: Any] ?? [:]
        for key in ["title", "municipality", "role", "location", "reason", "description"] {
            if let text = data[key] as? String, text.count >= 6 { texts.append(text) }
        }
        return texts
    }

    func export(_ person: String, format: String = "json") -> Run {
        cohort(["export", Self.log, "--participant", person, "--format", format], environment: [:])
    }

    @Test(arguments: people)
    func theExportHoldsEveryRecordAboutThePersonAndNoOther(_ person: String) throws {
        let run = export(person)
        #expect(run.status == 0, "\(run.err)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any])
        let exported = (json["records"] as? [[String: Any]] ?? []).map { $0["id"] as? String ?? "" }
        let expected = Self.about(person)
        #expect(Set(exported) == expected, "missing \(expected.subtracting(exported)), extra \(Set(exported).subtracting(expected))")
        #expect(exported.count == Set(exported).count)
        #expect(json["participant"] as? String == person)
        // Who recorded what and when, for each.
        for record in json["records"] as? [[String: Any]] ?? [] {
            for key in ["seq", "id", "type", "at", "recorded", "by", "data"] { #expect(record[key] != nil, "\(key) of \(record)") }
        }
    }

    @Test(arguments: people)
    func theExportShowsEveryTextAboutThemAndNothingAboutAnyoneElse(_ person: String) throws {
        let ids = Self.about(person)
        // Their records' texts, and the reasons of the retractions and erasures of their records.
        var theirs = Set(Self.records.filter { ids.contains($0["id"] as? String ?? "") }.flatMap(Self.texts))
        for record in Self.records {
            let data = record["data"] as? [String: Any] ?? [:]
            let targets = [data["target"] as? String].compactMap { $0 } + (data["targets"] as? [String] ?? [])
            if !ids.isDisjoint(with: targets) { theirs.insert(data["reason"] as? String ?? "") }
        }
        // Texts of everyone else's records (not the ones that also stand in theirs).
        let others = Set(Self.records.filter { !ids.contains($0["id"] as? String ?? "") }.flatMap(Self.texts))
            .filter { other in !theirs.contains { $0.contains(other) } }
        #expect(!theirs.isEmpty)
        #expect(!others.isEmpty)
        for format in ["json", "md"] {
            let run = export(person, format: format)
            #expect(run.status == 0)
            // JSON: every string it holds, decoded. Markdown: as written.
            var output = run.out
            if format == "json" {
                var strings: [String] = []
                func collect(_ value: Any) {
                    if let text = value as? String { strings.append(text) }
                    if let object = value as? [String: Any] { object.values.forEach(collect) }
                    if let array = value as? [Any] { array.forEach(collect) }
                }
                collect(try JSONSerialization.jsonObject(with: Data(run.out.utf8)))
                output = strings.joined(separator: "\u{0}")
            }
            // Markdown escapes markup and shows control characters as spaces: compare letters and digits.
            func squashed(_ text: String) -> String {
                format == "json" ? text : String(String.UnicodeScalarView(text.unicodeScalars.filter(CharacterSet.alphanumerics.contains)))
            }
            output = squashed(output)
            for text in theirs where !text.isEmpty { #expect(output.contains(squashed(text)), "\(format) of \(person) lacks \(text)") }
            for text in others { #expect(!output.contains(squashed(text)), "\(format) of \(person) shows someone else's \(text)") }
            #expect(!output.contains("\"salt\""))
        }
    }

    @Test func theirOwnPersonalDataIsThereAndARetractionOrErasureIsToldWithItsRecord() throws {
        let run = export("pb")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any])
        let records = json["records"] as? [[String: Any]] ?? []
        let registration = try #require(records.first { $0["type"] as? String == "participant.registered" })
        #expect((registration["personal"] as? [String: Any])?["name"] != nil)
        #expect((registration["personal"] as? [String: Any])?["salt"] == nil)
        let erased = records.filter { $0["erased"] is [String: Any] }
        #expect(!erased.isEmpty, "small.jsonl erases records of pb")
        for record in erased { #expect(record["personal"] is NSNull) }
        let all = Self.people.flatMap { person in
            ((try? JSONSerialization.jsonObject(with: Data(export(person).out.utf8))) as? [String: Any])?["records"] as? [[String: Any]] ?? []
        }
        #expect(all.contains { $0["retracted"] is [String: Any] }, "small.jsonl retracts a record about someone")
    }

    @Test(arguments: [["--participant", "nobody"], ["--participant", "pa", "--audience", "group"], ["--participant", "pa", "--ics"],
                      [String]()])
    func badExportArgumentsAreUsageErrors(_ arguments: [String]) {
        let run = cohort(["export", Self.log] + arguments, environment: [:])
        #expect(run.status == 2, "\(arguments): \(run.err)")
        #expect(run.err.split(separator: "\n").count <= 2)
    }

    @Test(arguments: [("export-pa.json", ["--participant", "pa"]), ("export-pb.nl.md", ["--participant", "pb", "--format", "md", "--lang", "nl"]),
                      ("export-pc.as-of-2014-07-01.md", ["--participant", "pc", "--format", "md", "--as-of", "2014-07-01"])])
    func theExportMatchesItsGoldenFile(_ name: String, _ arguments: [String]) throws {
        let run = cohort(["export", Self.log] + arguments, environment: [:])
        #expect(run.status == 0, "\(run.err)")
        try expectGolden(normalized(run.out, [(fixtures.path + "/", "")]), "cohort/reports/\(name)")
    }
}
