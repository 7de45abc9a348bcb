import Foundation
import Testing

/// Privacy as a property (issue 7). A cohort generated from a seed, with random visibilities, in which every
/// free text carries a marker `zq<n>zq` and every id is one letter, digits and `q` (`p3q`, `w12q`, `x40q`),
/// is sealed with the built executable. An oracle written here from docs/FORMAT.md's "Who may see what" (not from
/// the product's filter) says which markers and ids each audience may not see; then every report, in every
/// format and both languages, shows an audience none of them; records an audience may not see do not change
/// what it is shown at all (not even a count); and after `cohort redact --participant` the erased texts are
/// gone from the file's bytes and from every output of every command.
@Suite struct PrivacyPropertyTests {
    static let seeds: [UInt64] = [3, 11, 2014]

    /// The audiences every check runs for: besides public, group and facilitator, two participants and a
    /// facilitator looking as a participant (`participant:f1q`: the group's items and their own).
    static let viewers: [Viewer] = [.everyone, .group, .facilitator, .member("p1q"), .member("p2q"), .member("f1q")]

    @Test(arguments: seeds)
    func noOutputShowsAnAudienceWhatItMayNotSee(_ seed: UInt64) throws {
        let generated = GeneratedCohort(seed: seed)
        let log = try generated.seal()
        let oracle = Oracle(generated.events)
        #expect(!oracle.mayName(generated.quiet, .everyone) && oracle.mayName(generated.participants[0], .everyone))
        for viewer in Self.viewers {
            let seen = checkReports(log: log, generated: generated, oracle: oracle, viewer: viewer, label: "seed \(seed)")
            // Not vacuous: the wishes and reflections the audience may see are shown somewhere.
            let missing = oracle.expectedShown(viewer).subtracting(seen)
            #expect(missing.isEmpty, "seed \(seed) --audience \(viewer): the reports show none of \(missing.sorted())")
            #expect(!oracle.forbidden(viewer).isEmpty || viewer == .facilitator)
        }
        // The cohort as it had happened by a day in the middle, against the oracle of that window.
        let window = Oracle(generated.events, asOf: "2014-09-30")
        for viewer in Self.viewers {
            checkReports(log: log, generated: generated, oracle: window, viewer: viewer, label: "seed \(seed) as of 2014-09-30",
                         extra: ["--as-of", "2014-09-30"], languages: ["en"])
        }
    }

    @Test(arguments: seeds)
    func whatAnAudienceMayNotSeeDoesNotChangeWhatItIsShown(_ seed: UInt64) throws {
        let generated = GeneratedCohort(seed: seed)
        let log = try generated.seal()
        let base = Set(generated.events.flatMap { Self.tokens(in: $0.line) })
        for viewer in Self.viewers where viewer != .facilitator {
            var more = generated
            more.addHidden(from: viewer)
            let hidden = more.events[generated.events.count...]
            let extended = try copy(log)
            let appended = generated.append(hidden, to: extended)
            #expect(appended.status == 0, "seed \(seed) \(viewer): the hidden records were refused: \(appended.err)")
            // The oracle agrees that the audience may see none of what was added.
            let added = Set(hidden.flatMap { Self.tokens(in: $0.line) }).subtracting(base)
            let allowed = added.subtracting(Oracle(more.events).forbidden(viewer))
            #expect(allowed.isEmpty, "seed \(seed) \(viewer): the oracle lets it see \(allowed.sorted())")
            for arguments in reportArguments(viewer: viewer, subjects: generated.subjects, languages: ["en"]) {
                let before = cohort([arguments[0], log] + arguments.dropFirst(), environment: [:])
                let after = cohort([arguments[0], extended] + arguments.dropFirst(), environment: [:])
                let command = arguments.joined(separator: " ")
                #expect(before.status == after.status, "seed \(seed) \(command): exit \(before.status) became \(after.status)")
                let (a, b) = (headless(before.out + before.err, log: log), headless(after.out + after.err, log: extended))
                #expect(a == b, "seed \(seed) \(command) changed when records it may not see were added: \(firstDifference(a, b))")
            }
        }
        // The comparison can tell: a reflection the group may see, by a third participant on the theme two
        // others reflected on publicly, makes that theme a candidate line.
        var visible = generated
        visible.addVisibleCandidate()
        let extended = try copy(log)
        #expect(generated.append(visible.events[generated.events.count...], to: extended).status == 0)
        let before = cohort(["lines", log, "--format", "json"], environment: [:]).out
        let after = cohort(["lines", extended, "--format", "json"], environment: [:]).out
        #expect(!before.contains(#""theme":"kandidaat""#))
        #expect(after.contains(#""theme":"kandidaat""#))
    }

    @Test(arguments: seeds)
    func erasedTextsAreGoneFromTheFileAndFromEveryOutput(_ seed: UInt64) throws {
        let generated = GeneratedCohort(seed: seed)
        let log = try generated.seal()
        let erased = generated.erasure(of: generated.erased)
        #expect(erased.markers.count > 5)
        #expect(erased.markers.isSubset(of: Self.tokens(in: try String(contentsOfFile: log, encoding: .utf8))))
        let run = try generated.execute(["redact", log, "--participant", generated.erased, "--reason", "verzoek van de deelnemer", "--by", "f1q"])
        #expect(run.status == 0, "\(run.err)")
        // The erasure names exactly the records the README says: by them, naming them in an id field, or the
        // revisions, closings, progress and results of their own wishes and assignments.
        let after = try String(contentsOfFile: log, encoding: .utf8)
        let last = after.split(separator: "\n").last.map(String.init) ?? ""
        let record = try JSONSerialization.jsonObject(with: Data(last.utf8)) as? [String: Any]
        let targets = Set(((record?["data"] as? [String: Any])?["targets"] as? [String]) ?? [])
        #expect(targets == erased.records, "erased besides: \(targets.subtracting(erased.records).sorted()); not erased: \(erased.records.subtracting(targets).sorted())")
        // Gone from the bytes of every file beside the log (the log, its lock, its state cache, any leftover).
        let directory = URL(fileURLWithPath: log).deletingLastPathComponent()
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) {
            let text = String(decoding: try bytes(directory.appendingPathComponent(name).path), as: UTF8.self)
            let left = Self.tokens(in: text).intersection(erased.markers)
            #expect(left.isEmpty, "\(name) still holds \(left.sorted())")
        }
        #expect(try generated.execute(["verify", log]).status == 0)
        // Gone from every output of every command, format and audience; what is left still keeps every
        // audience's privacy.
        var oracle = Oracle(generated.events)
        oracle.forget(erased.markers)
        for viewer in Self.viewers {
            checkReports(log: log, generated: generated, oracle: oracle, viewer: viewer, label: "seed \(seed) after erasing \(generated.erased)")
        }
        for arguments in facilitatorViews(log: log, generated: generated) {
            let run = cohort(arguments, environment: [:])
            let left = Self.tokens(in: run.out + run.err).intersection(erased.markers)
            #expect(left.isEmpty, "\(arguments.joined(separator: " ")) shows the erased \(left.sorted())")
        }
        let timeline = cohort(["timeline", log, generated.erased, "--audience", "facilitator"], environment: [:]).out
        #expect(timeline.contains("[redacted]"))
    }

    @Test func theFacilitatorsViewsTakeNoAudience() throws {
        let generated = GeneratedCohort(seed: 5)
        let log = try generated.seal()
        for arguments in [["show", log], ["attendance", log], ["audit", log], ["stats", log], ["certificate", log, "p1q"]] {
            let run = cohort(arguments + ["--audience", "group"], environment: [:])
            #expect(run.status == 2, "\(arguments[0]) --audience group: exit \(run.status)")
            #expect(run.out == "")
            #expect(run.err.contains("unknown option --audience"), "\(run.err)")
        }
        for command in ["show", "attendance", "audit", "stats"] {
            let help = cohort(["help", command], environment: [:]).out
            #expect(!help.contains("\n  --audience"), "cohort help \(command) offers --audience")
            #expect(help.contains("A facilitator's view") || help.contains("A facilitators' view"), "cohort help \(command) does not say whose view it is")
        }
    }

    // MARK: - Running the reports

    /// Every report that takes `--audience`, in every format it offers, for `viewer` (without the log,
    /// which follows the command's name).
    func reportArguments(viewer: Viewer, subjects: [String], languages: [String] = ["en", "nl"], extra: [String] = []) -> [[String]] {
        var runs: [[String]] = []
        for language in languages {
            let common = ["--audience", viewer.description, "--lang", language] + extra
            for format in ["text", "md", "json"] {
                runs.append(["lines", "--format", format] + common)
                runs.append(["replay", "--format", format] + common)
                for subject in subjects { runs.append(["timeline", subject, "--format", format] + common) }
            }
            for format in ["md", "html", "json", "text"] { runs.append(["harvest", "--format", format] + common) }
        }
        return runs
    }

    /// Runs every report for `viewer` and expects none of what the oracle forbids in its output (standard
    /// output and error); returns every token the reports showed.
    @discardableResult
    func checkReports(log: String, generated: GeneratedCohort, oracle: Oracle, viewer: Viewer, label: String,
                      extra: [String] = [], languages: [String] = ["en", "nl"]) -> Set<String> {
        let forbidden = oracle.forbidden(viewer)
        var seen = Set<String>()
        for arguments in reportArguments(viewer: viewer, subjects: generated.subjects, languages: languages, extra: extra) {
            let run = cohort([arguments[0], log] + arguments.dropFirst(), environment: [:])
            // A refusal names the participant asked for, and nobody else.
            let refusal = arguments[0] == "timeline" ? run.err.replacingOccurrences(of: " \(arguments[1]) ", with: " ") : run.err
            let shown = Self.tokens(in: run.out + refusal)
            seen.formUnion(shown)
            let command = arguments.joined(separator: " ")
            if arguments[0] == "timeline" {
                // The public may not learn that someone it may not see exists.
                let expected: Int32 = oracle.mayName(arguments[1], viewer) ? 0 : 2
                #expect(run.status == expected, "\(label) \(command): exit \(run.status), expected \(expected): \(run.err)")
            } else {
                #expect(run.status == 0, "\(label) \(command): \(run.err)")
            }
            let leaked = shown.intersection(forbidden)
            #expect(leaked.isEmpty, "\(label) \(command) shows what \(viewer) may not see: \(leaked.sorted().map(oracle.describe))")
        }
        // A certificate is its participant's own: it shows nothing that participant may not see.
        if case .member(let id) = viewer, generated.participants.contains(id), extra.isEmpty {
            for format in ["text", "html"] {
                let run = cohort(["certificate", log, id, "--format", format, "--minimum", "0"], environment: [:])
                #expect(run.status == 0, "\(run.err)")
                let leaked = Self.tokens(in: run.out + run.err).intersection(forbidden)
                #expect(leaked.isEmpty, "\(label) the certificate of \(id) shows \(leaked.sorted().map(oracle.describe))")
            }
        }
        return seen
    }

    /// The facilitators' views (no `--audience`), in every format they offer.
    func facilitatorViews(log: String, generated: GeneratedCohort) -> [[String]] {
        var runs: [[String]] = [
            ["show", log], ["show", log, "--format", "json"], ["show", log, "--participant", generated.erased],
            ["show", log, "--participant", generated.erased, "--format", "json"],
            ["attendance", log], ["attendance", log, "--format", "csv"], ["attendance", log, "--format", "csv", "--separator", ";"],
            ["audit", log], ["audit", log, "--format", "json"],
            ["stats", log], ["stats", log, "--format", "md"], ["stats", log, "--format", "json"],
            ["verify", log], ["verify", log, "--format", "json"],
        ]
        for participant in generated.participants {
            for format in ["text", "html"] {
                runs.append(["certificate", log, participant, "--format", format, "--minimum", "0"])
                runs.append(["certificate", log, participant, "--format", format])
            }
        }
        return runs
    }

    /// The output without the log's path and without the head that the page names in its colophon: the
    /// head changes with every record appended, whoever may see it.
    func headless(_ text: String, log: String) -> String {
        var text = text.replacingOccurrences(of: log, with: "LOG")
        for marker in ["head of the log: ", "kop van het logboek: "] {
            while let range = text.range(of: marker), text[range.upperBound...].count >= 64,
                  text[range.upperBound...].prefix(64).allSatisfy(\.isHexDigit) {
                text.replaceSubrange(range.lowerBound..<text.index(range.upperBound, offsetBy: 64), with: "HEAD")
            }
        }
        return text
    }

    func firstDifference(_ a: String, _ b: String) -> String {
        let left = a.split(separator: "\n", omittingEmptySubsequences: false)
        let right = b.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(left.count, right.count) {
            let l = index < left.count ? String(left[index]) : "<none>"
            let r = index < right.count ? String(right[index]) : "<none>"
            if l != r { return "line \(index + 1)\n- \(l.prefix(400))\n+ \(r.prefix(400))" }
        }
        return "none"
    }

    func copy(_ log: String) throws -> String {
        let target = try temporaryDirectory().appendingPathComponent("log.jsonl").path
        try FileManager.default.copyItem(atPath: log, toPath: target)
        return target
    }
}

extension PrivacyPropertyTests {
    // MARK: - Tokens

    /// The markers (`zq12zq`) and ids (`p3q`, `w12q`: one lower-case letter, digits, `q`) in `text`.
    static func tokens(in text: String) -> Set<String> {
        let bytes = Array(text.utf8)
        var found = Set<String>()
        let z = UInt8(ascii: "z"), q = UInt8(ascii: "q")
        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        var i = 0
        while i < bytes.count {
            guard isDigit(bytes[i]) else {
                i += 1
                continue
            }
            var j = i
            while j < bytes.count && isDigit(bytes[j]) { j += 1 }
            let digits = String(decoding: bytes[i..<j], as: UTF8.self)
            if i >= 2 && bytes[i - 2] == z && bytes[i - 1] == q && j + 1 < bytes.count && bytes[j] == z && bytes[j + 1] == q {
                found.insert("zq\(digits)zq")
            } else if i >= 1, bytes[i - 1] >= UInt8(ascii: "a"), bytes[i - 1] <= z, j < bytes.count, bytes[j] == q {
                found.insert(String(UnicodeScalar(bytes[i - 1])) + digits + "q")
            }
            i = j
        }
        return found
    }

    // MARK: - Audiences

    /// An audience as `--audience` names it, with the rule of docs/FORMAT.md for what a visibility lets it see.
    enum Viewer: Hashable, CustomStringConvertible, Sendable {
        case everyone, group, facilitator
        case member(String)

        var description: String {
            switch self {
            case .everyone: "public"
            case .group: "group"
            case .facilitator: "facilitator"
            case .member(let id): "participant:\(id)"
            }
        }

        /// `--audience`: `public` only public; `group` group and public; `participant:ID` also ID's own private
        /// items; `facilitator` everything. docs/FORMAT.md: private means the person concerned (for support the
        /// giver and the receiver) and the facilitators.
        func sees(_ visibility: String, owners: [String]) -> Bool {
            switch self {
            case .facilitator: true
            case .group: visibility != "private"
            case .everyone: visibility == "public"
            case .member(let id): visibility != "private" || owners.contains(id)
            }
        }

        /// Attendance, withdrawal reasons, e-mail addresses and finance: the participant concerned and the
        /// facilitators.
        func seesPrivate(of owner: String) -> Bool { sees("private", owners: [owner]) }

        /// Inside the cohort: sees names and municipalities.
        var isInside: Bool { self != .everyone }
    }

    // MARK: - The oracle

    /// Which tokens an audience may see, from docs/FORMAT.md section 4 applied to the generated events directly:
    /// each token an event brings in (the marker of a free text, the id of what it introduces, the record's
    /// id) gets the rule of the field it stands in, and may be seen when one of its rules allows it.
    /// Retracted records (and, with `asOf`, what had not happened by then) may be seen by nobody.
    struct Oracle {
        typealias Rule = (Viewer) -> Bool
        private(set) var rules: [String: [Rule]] = [:]
        private(set) var origin: [String: String] = [:]
        /// The people the public may see by name: those with something public (docs/FORMAT.md).
        private(set) var named = Set<String>()
        /// The markers of wish versions and reflections, with who may see each shown.
        private(set) var shown: [(marker: String, rule: Rule)] = []

        init(_ events: [GeneratedEvent], asOf: String? = nil) {
            let inWindow = events.filter { event in asOf.map { String(event.at.prefix(10)) <= $0 } ?? true }
            let retractions = Set(inWindow.filter { $0.type == "event.retracted" }.map(\.id))
            let retracted = Set(inWindow.filter { $0.type == "event.retracted" }.compactMap { $0.string("target") })
            let live = inWindow.filter { !retracted.contains($0.id) && $0.type != "event.retracted" }
            let liveIDs = Set(live.map(\.id))

            // What the window says in the end: each wish's and assignment's visibility now, and who is named.
            var wishOwner: [String: String] = [:], wishNow: [String: String] = [:]
            var assignmentOwner: [String: String] = [:], assignmentStart: [String: String] = [:], assignmentDone: [String: String] = [:]
            var named = Set<String>()
            for e in live {
                switch e.type {
                case "wish.stated":
                    wishOwner[e.string("wish")!] = e.string("participant")
                    wishNow[e.string("wish")!] = e.string("visibility") ?? "group"
                case "wish.revised":
                    wishNow[e.string("wish")!] = e.string("visibility") ?? wishNow[e.string("wish")!]
                case "assignment.started":
                    assignmentOwner[e.string("assignment")!] = e.string("participant")
                    assignmentStart[e.string("assignment")!] = e.string("visibility") ?? "group"
                case "assignment.completed":
                    assignmentDone[e.string("assignment")!] = e.string("visibility") ?? assignmentStart[e.string("assignment")!]
                case "reflection.recorded" where e.string("visibility") == "public":
                    named.insert(e.string("participant")!)
                case "support.given" where e.string("visibility") == "public":
                    named.formUnion([e.string("from")!, e.string("to")!])
                case "harvest.contributed":
                    named.formUnion(e.strings("contributors") ?? [])
                default: break
                }
            }
            for (wish, visibility) in wishNow where visibility == "public" { named.insert(wishOwner[wish]!) }
            for (assignment, owner) in assignmentOwner where assignmentStart[assignment] == "public" || assignmentDone[assignment] == "public" {
                named.insert(owner)
            }
            self.named = named

            let always: Rule = { _ in true }
            let never: Rule = { _ in false }
            let inside: Rule = { $0.isInside }
            let facilitators: Rule = { $0 == .facilitator }
            let byName: (String) -> Rule = { person in { $0.isInside || named.contains(person) } }
            let privateTo: (String) -> Rule = { person in { $0.seesPrivate(of: person) } }
            let visibility: (String, [String]) -> Rule = { visibility, owners in { $0.sees(visibility, owners: owners) } }

            var wishThemes: [String: [String]] = [:]
            var wishVisibility: [String: String] = [:]
            for e in events {
                var allowed: [(texts: [String?], rule: Rule)] = []
                let record = e.id
                if retractions.contains(record) {
                    // A retraction's id and reason: no one's business but the facilitators'.
                    allowed.append(([record, e.string("reason")], facilitators))
                } else if !liveIDs.contains(record) {
                    // Retracted, or not happened yet: what it brought in may be seen by nobody.
                    allowed.append(([record] + e.introduced + e.freeTexts, never))
                } else {
                    switch e.type {
                    case "cohort.opened", "session.scheduled", "line.emerged", "harvest.contributed":
                        // Public, but for the ids they refer to (a host, contributors): those have their own rules.
                        allowed.append(([record] + e.introduced + e.freeTexts, always))
                    case "session.rescheduled", "session.cancelled":
                        // The session is public; a reason is a personal text no report needs.
                        allowed.append(([record], always))
                        allowed.append(([e.personal("reason")], facilitators))
                    case "facilitator.joined":
                        allowed.append(([record, e.string("facilitator"), e.personal("name")], byName(e.string("facilitator")!)))
                    case "participant.registered":
                        let id = e.string("participant")!
                        allowed.append(([record, id, e.personal("name")], byName(id)))
                        allowed.append(([e.string("municipality"), e.string("role")], inside))
                        allowed.append(([e.personal("email")], privateTo(id)))
                    case "participant.withdrew":
                        allowed.append(([record], inside))
                        allowed.append(([e.personal("reason")], privateTo(e.string("participant")!)))
                    case "attendance.recorded":
                        allowed.append(([record, e.personal("note")], privateTo(e.string("participant")!)))
                    case "fee.invoiced":
                        allowed.append(([record, e.string("invoice")], privateTo(e.string("participant")!)))
                    case "subsidy.claimed", "data.redacted":
                        allowed.append(([record] + e.introduced + e.freeTexts, facilitators))
                    case "wish.stated", "wish.revised":
                        // Each version as it says (a revision without visibility or themes keeps the wish's).
                        let wish = e.string("wish")!
                        let owner = wishOwner[wish]!
                        let version = e.string("visibility") ?? wishVisibility[wish] ?? "group"
                        let themes = e.strings("themes") ?? wishThemes[wish] ?? []
                        wishVisibility[wish] = version
                        wishThemes[wish] = themes
                        let rule = visibility(version, [owner])
                        allowed.append(([record, wish, e.personal("text")] + themes, rule))
                        let now = visibility(wishNow[wish]!, [owner])
                        for marker in PrivacyPropertyTests.tokens(in: e.personal("text")!) { shown.append((marker, { rule($0) && now($0) })) }
                    case "wish.closed":
                        let wish = e.string("wish")!
                        allowed.append(([record, e.personal("note")], visibility(wishNow[wish]!, [wishOwner[wish]!])))
                    case "support.given":
                        allowed.append(([record, e.personal("note")], visibility(e.string("visibility") ?? "group", [e.string("from")!, e.string("to")!])))
                    case "assignment.started":
                        let assignment = e.string("assignment")!
                        allowed.append(([record, assignment, e.personal("title"), e.personal("description")],
                                        visibility(assignmentStart[assignment]!, [assignmentOwner[assignment]!])))
                    case "assignment.progressed":
                        // Progress follows the assignment's visibility now.
                        let assignment = e.string("assignment")!
                        let now = assignmentDone[assignment] ?? assignmentStart[assignment]!
                        allowed.append(([record, assignment, e.personal("note")], visibility(now, [assignmentOwner[assignment]!])))
                    case "assignment.completed":
                        let assignment = e.string("assignment")!
                        allowed.append(([record, assignment, e.personal("result")],
                                        visibility(assignmentDone[assignment]!, [assignmentOwner[assignment]!])))
                    case "reflection.recorded":
                        let rule = visibility(e.string("visibility") ?? "group", [e.string("participant")!])
                        allowed.append(([record, e.string("reflection"), e.personal("text")] + (e.strings("themes") ?? []), rule))
                        for marker in PrivacyPropertyTests.tokens(in: e.personal("text")!) { shown.append((marker, rule)) }
                    default:
                        Issue.record("the oracle has no rule for \(e.type)")
                    }
                }
                for (texts, rule) in allowed {
                    for token in texts.compactMap({ $0 }).flatMap(PrivacyPropertyTests.tokens(in:)) {
                        rules[token, default: []].append(rule)
                        if origin[token] == nil { origin[token] = e.type }
                    }
                }
            }
        }

        /// Every token `viewer` may not see.
        func forbidden(_ viewer: Viewer) -> Set<String> {
            Set(rules.filter { !$0.value.contains { $0(viewer) } }.keys)
        }

        /// The wish versions and reflections `viewer` may see (and so should find somewhere in its reports).
        func expectedShown(_ viewer: Viewer) -> Set<String> {
            Set(shown.filter { $0.rule(viewer) && rules[$0.marker]?.contains { $0(viewer) } == true }.map(\.marker))
        }

        /// Whether `viewer` may see `person` at all.
        func mayName(_ person: String, _ viewer: Viewer) -> Bool { viewer.isInside || named.contains(person) }

        /// Makes erased texts seen by nobody.
        mutating func forget(_ markers: Set<String>) {
            for marker in markers { rules[marker] = [{ _ in false }] }
        }

        func describe(_ token: String) -> String { "\(token) (\(origin[token] ?? "?"))" }
    }

    // MARK: - The generated cohort

    /// One submitted event: envelope, structural fields and personal fields (flat in `data`, as a
    /// submission may give them).
    struct GeneratedEvent: Sendable {
        var id: String
        var type: String
        var at: String
        var by: String
        var data: [(String, SubmissionValue)]
        var personalFields: [(String, String)]

        /// The submission line.
        var line: String {
            SubmissionValue.object([("id", .string(id)), ("type", .string(type)), ("at", .string(at)), ("by", .string(by)),
                                    ("data", .object(data + personalFields.map { ($0.0, .string($0.1)) }))]).json
        }

        func string(_ name: String) -> String? {
            for (key, value) in data where key == name { if case .string(let text) = value { return text } }
            return nil
        }

        func strings(_ name: String) -> [String]? {
            for (key, value) in data where key == name {
                if case .list(let items) = value { return items.compactMap { if case .string(let s) = $0 { s } else { nil } } }
            }
            return nil
        }

        func personal(_ name: String) -> String? { personalFields.first { $0.0 == name }?.1 }

        /// The free texts: personal fields, titles, municipalities, locations, themes, reasons (not ids).
        var freeTexts: [String] {
            let ids: Set<String> = ["cohort", "organiser", "facilitator", "participant", "session", "host", "wish", "into", "from", "to",
                                    "assignment", "reflection", "line", "item", "contributors", "invoice", "claim", "target", "targets"]
            func strings(_ value: SubmissionValue) -> [String] {
                switch value {
                case .string(let text): [text]
                case .int: []
                case .list(let items): items.flatMap(strings)
                case .object(let members): members.flatMap { strings($0.1) }
                }
            }
            return data.filter { !ids.contains($0.0) }.flatMap { strings($0.1) } + personalFields.map(\.1)
        }

        /// The ids this event brings into the log (a wish, an assignment, …).
        var introduced: [String] {
            let fields: [String: [String]] = [
                "cohort.opened": ["cohort", "organiser"], "facilitator.joined": ["facilitator"], "participant.registered": ["participant"],
                "session.scheduled": ["session"], "wish.stated": ["wish"], "assignment.started": ["assignment"],
                "reflection.recorded": ["reflection"], "line.emerged": ["line"], "harvest.contributed": ["item"],
                "fee.invoiced": ["invoice"], "subsidy.claimed": ["claim"],
            ]
            return (fields[type] ?? []).compactMap { string($0) }
        }
    }

    /// A JSON value to write a submission with (members in the order given).
    indirect enum SubmissionValue: Sendable {
        case string(String)
        case int(Int)
        case list([SubmissionValue])
        case object([(String, SubmissionValue)])

        var json: String {
            switch self {
            case .string(let text): jsonQuoted(text)
            case .int(let value): String(value)
            case .list(let items): "[" + items.map(\.json).joined(separator: ",") + "]"
            case .object(let members): "{" + members.map { jsonQuoted($0.0) + ":" + $0.1.json }.joined(separator: ",") + "}"
            }
        }
    }

    /// A seeded generator (SplitMix64): the same seed gives the same cohort.
    struct Dice: Sendable {
        var state: UInt64

        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }

        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
        mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
        mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
    }

    /// A cohort of six participants and two facilitators over 2014, from a seed: the programme,
    /// registrations, invoices, six sessions (one moved, one cancelled), attendance at each, two learning
    /// lines, and every fifth day a few random wishes, revisions, closings, supports, reflections and
    /// assignment steps with random visibilities; then contributions, retractions, a withdrawal and a
    /// claim. One participant has nothing public and hosts the first session. Every free text holds a fresh
    /// marker.
    struct GeneratedCohort: Sendable {
        var dice: Dice
        var events: [GeneratedEvent] = []
        var participants: [String] = []
        let facilitators = ["f1q", "f2q"]
        let withdrawn = "p6q"
        /// A participant with nothing public: the public may not learn of them at all (not even as a host).
        let quiet = "p5q"
        var sessions: [(id: String, day: String, dagdelen: Int)] = []
        var lines: [String] = []
        var wishes: [(id: String, owner: String, open: Bool)] = []
        var assignments: [(id: String, owner: String, progress: Int, open: Bool)] = []
        var counters: [String: Int] = [:]
        var clock: (day: String, minute: Int) = ("", 0)

        static let themes = ["vertrouwen", "eigen regie", "data", "leiderschap"]

        /// Whose timelines the reports show: every participant and a facilitator.
        var subjects: [String] { participants + ["f1q"] }

        /// The participant to erase: one who contributed to the harvest (so that texts everyone saw go too).
        var erased: String {
            let contributors = events.filter { $0.type == "harvest.contributed" }.flatMap { $0.strings("contributors") ?? [] }
            return contributors.first { $0 != withdrawn } ?? "p3q"
        }

        mutating func fresh(_ letter: String) -> String {
            counters[letter, default: 0] += 1
            return "\(letter)\(counters[letter]!)q"
        }

        /// A fresh marker: `zq1zq`, `zq2zq`, …
        mutating func marker() -> String {
            counters["zq", default: 0] += 1
            return "zq\(counters["zq"]!)zq"
        }

        /// A text with a fresh marker.
        mutating func text(_ label: String) -> String { "\(label) \(marker())" }

        /// A theme that is a fresh marker.
        mutating func theme() -> SubmissionValue { .string(marker()) }

        /// A random visibility for an item of `people` (never public for the quiet participant).
        mutating func visibility(_ people: String...) -> SubmissionValue? {
            switch dice.below(100) {
            case 0..<35: .string("private")
            case 35..<60: .string("group")
            case 60..<85: people.contains(quiet) ? .string("group") : .string("public")
            default: nil
            }
        }

        /// Adds an event on `day`, a minute after the one before on that day.
        mutating func add(_ type: String, _ day: String, by: String, _ data: [(String, SubmissionValue?)],
                          personal: [(String, String?)] = []) {
            clock = clock.day == day ? (day, clock.minute + 1) : (day, 0)
            let at = day + "T" + String(format: "%02d:%02d:00+01:00", 8 + clock.minute / 60, clock.minute % 60)
            events.append(GeneratedEvent(
                id: fresh("x"), type: type, at: at, by: by, data: data.compactMap { key, value in value.map { (key, $0) } },
                personalFields: personal.compactMap { key, value in value.map { (key, $0) } }))
        }

        init(seed: UInt64) {
            dice = Dice(state: seed)
            add("cohort.opened", "2014-03-01", by: "o1q", [
                ("cohort", .string("k1q")), ("title", .string(text("Leernetwerk"))), ("organiser", .string("o1q")),
                ("period", .object([("from", .string("2014-03-01")), ("to", .string("2014-12-31"))])),
                ("participants", .object([("min", .int(1)), ("max", .int(30))])), ("dagdelen", .int(12)),
                ("fee", .object([("amountCents", .int(155_000)), ("currency", .string("EUR")), ("vat", .string("excluded"))])),
                ("subsidy", .object([("fund", .string(text("Fonds"))), ("scheme", .string(text("Regeling"))), ("percent", .int(50))])),
            ])
            for facilitator in facilitators {
                add("facilitator.joined", "2014-03-01", by: "o1q", [("facilitator", .string(facilitator))], personal: [("name", text("Begeleider"))])
            }
            for number in 1...6 {
                let participant = "p\(number)q"
                participants.append(participant)
                let email = dice.chance(70) ? marker() + "@example.org" : nil
                add("participant.registered", "2014-03-05", by: "f1q", [
                    ("participant", .string(participant)), ("municipality", .string(text("Gemeente"))),
                    ("role", dice.chance(70) ? .string(text("Rol")) : nil),
                ], personal: [("name", text("Naam")), ("email", email)])
            }
            counters["p"] = 6
            for participant in participants {
                add("fee.invoiced", "2014-03-06", by: "f1q", [("invoice", .string(fresh("n"))), ("participant", .string(participant)),
                                                           ("amountCents", .int(155_000)), ("date", .string("2014-03-06"))])
            }
            let plan: [(day: String, dagdelen: Int, kind: String)] = [
                ("2014-04-10", 2, "start"), ("2014-06-12", 2, "meeting"), ("2014-09-11", 4, "meeting"), ("2014-11-27", 2, "meeting"),
                ("2014-12-15", 2, "manifestation"), ("2014-10-16", 2, "meeting"),
            ]
            for entry in plan {
                let session = fresh("s")
                let days: [SubmissionValue] = entry.dagdelen == 4 ? [.string(entry.day), .string("2014-09-12")] : [.string(entry.day)]
                add("session.scheduled", "2014-03-10", by: "f1q", [
                    ("session", .string(session)), ("title", .string(text("Bijeenkomst"))), ("kind", .string(entry.kind)), ("days", .list(days)),
                    ("dagdelen", .int(entry.dagdelen)),
                    ("host", entry.kind == "start" ? .string(quiet) : dice.chance(60) ? .string(dice.pick(participants)) : nil),
                    ("location", dice.chance(60) ? .string(text("Locatie")) : nil),
                ])
                sessions.append((session, entry.day, entry.dagdelen))
            }
            // s3q moves a week (below); s6q is cancelled.
            sessions[2].day = "2014-09-18"
            let cancelled = sessions.removeLast()

            var day = Self.number("2014-03-20")
            var moved = false, isCancelled = false
            while day <= Self.number("2014-12-05") {
                let today = Self.date(day)
                if !moved && today >= "2014-08-01" {
                    add("session.rescheduled", today, by: "f1q", [("session", .string("s3q")), ("days", .list([.string("2014-09-18"), .string("2014-09-19")]))],
                        personal: [("reason", text("Reden"))])
                    moved = true
                }
                if !isCancelled && today >= "2014-09-01" {
                    add("session.cancelled", today, by: "f1q", [("session", .string(cancelled.id))],
                        personal: [("reason", dice.chance(70) ? text("Reden") : nil)])
                    isCancelled = true
                }
                for session in sessions where session.day <= today && session.day > Self.date(day - 5) {
                    for participant in participants {
                        add("attendance.recorded", today, by: "f1q", [
                            ("session", .string(session.id)), ("participant", .string(participant)),
                            ("dagdelen", .int(dice.below(session.dagdelen + 1))),
                        ], personal: [("note", dice.chance(40) ? text("Notitie") : nil)])
                    }
                    if session.id == "s2q" || session.id == "s3q" {
                        let line = fresh("l")
                        add("line.emerged", today, by: "f1q", [
                            ("line", .string(line)), ("title", .string(text("Leerlijn"))),
                            ("themes", .list((session.id == "s2q" ? ["vertrouwen", "eigen regie"] : ["data"]).map(SubmissionValue.string))),
                            ("session", .string(session.id)),
                        ], personal: [("description", dice.chance(70) ? text("Beschrijving") : nil)])
                        lines.append(line)
                    }
                }
                if today == "2014-05-04" {
                    // Two participants reflect publicly on a theme no line holds: one more makes it a candidate.
                    for participant in ["p1q", "p2q"] {
                        add("reflection.recorded", today, by: participant, [
                            ("reflection", .string(fresh("r"))), ("participant", .string(participant)),
                            ("themes", .list([.string("kandidaat")])), ("visibility", .string("public")),
                        ], personal: [("text", text("Reflectie"))])
                    }
                }
                for _ in 0..<(1 + dice.below(3)) { act(today) }
                day += 5
            }
            // The harvest, retractions, a withdrawal and the claim.
            for _ in 0..<(2 + dice.below(2)) {
                let loud = participants.filter { $0 != quiet }
                var contributors = [dice.pick(loud)]
                if dice.chance(50) { contributors.append(dice.pick(loud.filter { $0 != contributors[0] })) }
                add("harvest.contributed", "2014-12-06", by: "f1q", [
                    ("item", .string(fresh("i"))), ("kind", .string(dice.pick(["insight", "product", "story", "plan"]))),
                    ("contributors", .list(contributors.map(SubmissionValue.string))),
                    ("line", dice.chance(50) ? .string(dice.pick(lines)) : nil),
                    ("cycle", dice.chance(60) ? .string(dice.pick(["immediate", "potential", "applied", "realised", "reframing"])) : nil),
                ], personal: [("title", text("Titel")), ("text", text("Bijdrage"))])
            }
            let retractable = events.filter {
                ["reflection.recorded", "support.given"].contains($0.type) && !($0.strings("themes") ?? []).contains("kandidaat")
            }.map(\.id)
            var targets = Set<String>()
            for _ in 0..<(1 + dice.below(2)) { targets.insert(dice.pick(retractable)) }
            for target in targets.sorted() {
                add("event.retracted", "2014-12-07", by: "f1q", [("target", .string(target)), ("reason", .string(text("Dubbel")))])
            }
            add("participant.withdrew", "2014-12-08", by: "f1q", [("participant", .string(withdrawn))],
                personal: [("reason", dice.chance(80) ? text("Reden") : nil)])
            add("subsidy.claimed", "2014-12-10", by: "f1q", [
                ("claim", .string(fresh("c"))), ("amountCents", .int(100)), ("participants", .int(5)), ("attendedDagdelen", .int(10)),
            ], personal: [("note", text("Toelichting"))])
        }

        /// One random learning event on `today` (nothing when the one drawn cannot happen yet).
        mutating func act(_ today: String) {
            let someone = dice.pick(participants)
            let draw = dice.below(8)
            let open = wishes.indices.filter { wishes[$0].open }
            let running = assignments.indices.filter { assignments[$0].open }
            if draw <= 1 && wishes.filter({ $0.owner == someone }).count < 2 {
                let wish = fresh("w")
                add("wish.stated", today, by: someone, [
                    ("wish", .string(wish)), ("participant", .string(someone)),
                    ("themes", .list([.string(dice.pick(Self.themes)), theme()])), ("visibility", visibility(someone)),
                ], personal: [("text", text("Wens"))])
                wishes.append((wish, someone, true))
            } else if draw == 2 && !open.isEmpty {
                let wish = wishes[dice.pick(open)]
                add("wish.revised", today, by: wish.owner, [
                    ("wish", .string(wish.id)),
                    ("themes", dice.chance(50) ? .list([.string(dice.pick(Self.themes)), theme()]) : nil),
                    ("visibility", dice.chance(60) ? visibility(wish.owner) : nil),
                ], personal: [("text", text("Herziene wens"))])
            } else if draw == 3 && !open.isEmpty {
                let index = dice.pick(open)
                let wish = wishes[index]
                let other = wishes.first { $0.owner == wish.owner && $0.id != wish.id }
                let outcome = other != nil && dice.chance(50) ? "transformed" : dice.pick(["fulfilled", "dropped"])
                add("wish.closed", today, by: wish.owner, [
                    ("wish", .string(wish.id)), ("outcome", .string(outcome)),
                    ("into", outcome == "transformed" ? other.map { .string($0.id) } : nil),
                ], personal: [("note", dice.chance(60) ? text("Afsluiting") : nil)])
                wishes[index].open = false
            } else if draw == 4 {
                let from = dice.chance(80) ? someone : dice.pick(facilitators)
                let to = dice.pick(participants.filter { $0 != from })
                let wish = wishes.filter { $0.owner == to }.map(\.id)
                add("support.given", today, by: from, [
                    ("from", .string(from)), ("to", .string(to)),
                    ("kind", .string(dice.pick(["feedback", "coaching", "intervisie", "resource", "other"]))),
                    ("wish", !wish.isEmpty && dice.chance(50) ? .string(dice.pick(wish)) : nil),
                    ("session", dice.chance(50) ? .string(dice.pick(sessions).id) : nil), ("visibility", visibility(from, to)),
                ], personal: [("note", dice.chance(70) ? text("Steun") : nil)])
            } else if draw == 5 {
                let author = dice.chance(80) ? someone : dice.pick(facilitators)
                add("reflection.recorded", today, by: author, [
                    ("reflection", .string(fresh("r"))), ("participant", .string(author)),
                    ("session", dice.chance(40) ? .string(dice.pick(sessions).id) : nil),
                    ("wish", !wishes.isEmpty && dice.chance(30) ? .string(dice.pick(wishes).id) : nil),
                    ("line", !lines.isEmpty && dice.chance(30) ? .string(dice.pick(lines)) : nil),
                    ("themes", dice.chance(70) ? .list([.string(dice.pick(Self.themes)), theme()]) : nil),
                    ("visibility", visibility(author)),
                ], personal: [("text", text("Reflectie"))])
            } else if draw == 6 && !assignments.contains(where: { $0.owner == someone }) {
                let assignment = fresh("a")
                add("assignment.started", today, by: someone, [
                    ("assignment", .string(assignment)), ("participant", .string(someone)), ("visibility", visibility(someone)),
                ], personal: [("title", text("Opdracht")), ("description", dice.chance(60) ? text("Omschrijving") : nil)])
                assignments.append((assignment, someone, 0, true))
            } else if draw == 7 && !running.isEmpty {
                let index = dice.pick(running)
                let assignment = assignments[index]
                if assignment.progress >= 60 && dice.chance(50) {
                    add("assignment.completed", today, by: assignment.owner, [
                        ("assignment", .string(assignment.id)), ("visibility", dice.chance(50) ? visibility(assignment.owner) : nil),
                    ], personal: [("result", text("Resultaat"))])
                    assignments[index].open = false
                } else {
                    let progress = min(95, assignment.progress + 10 + dice.below(30))
                    add("assignment.progressed", today, by: assignment.owner, [
                        ("assignment", .string(assignment.id)), ("progress", .int(progress)),
                    ], personal: [("note", dice.chance(60) ? text("Voortgang") : nil)])
                    assignments[index].progress = progress
                }
            }
        }

        /// Records `viewer` may not see, in the middle of the programme and after everything else (the day
        /// the harvest looks from, and whether the manifestation was held): a private wish, reflections on
        /// the theme two others share publicly, support, an assignment with its steps, a facilitator's note,
        /// attendance, an invoice and a claim, all of others; for the public, group items and a newcomer.
        mutating func addHidden(from viewer: Viewer) {
            let me: String? = if case .member(let id) = viewer { id } else { nil }
            let others = participants.filter { $0 != withdrawn && $0 != me }
            let (y, z, u) = (others[0], others[1], others[2])
            let facilitator = facilitators.first { $0 != me }!
            let hidden: SubmissionValue = .string(viewer == .everyone ? "group" : "private")
            let wish = fresh("w")
            add("wish.stated", "2014-06-20", by: y, [
                ("wish", .string(wish)), ("participant", .string(y)), ("themes", .list([.string("kandidaat"), .string("leiderschap")])),
                ("visibility", .string("private")),
            ], personal: [("text", text("Verborgen wens"))])
            add("support.given", "2014-07-01", by: y, [
                ("from", .string(y)), ("to", .string(z)), ("kind", .string("coaching")), ("session", .string("s2q")), ("visibility", hidden),
            ], personal: [("note", text("Verborgen steun"))])
            add("support.given", "2014-09-20", by: facilitator, [
                ("from", .string(facilitator)), ("to", .string(y)), ("kind", .string("feedback")), ("wish", .string(wish)),
                ("visibility", .string("private")),
            ])
            add("reflection.recorded", "2014-10-01", by: z, [
                ("reflection", .string(fresh("r"))), ("participant", .string(z)), ("session", .string("s3q")), ("wish", .string(wish)),
                ("line", .string("l1q")), ("themes", .list([.string("kandidaat"), .string("vertrouwen")])), ("visibility", hidden),
            ], personal: [("text", text("Verborgen reflectie"))])
            let assignment = fresh("a")
            add("assignment.started", "2014-10-10", by: y, [("assignment", .string(assignment)), ("participant", .string(y)), ("visibility", hidden)],
                personal: [("title", text("Verborgen opdracht"))])
            add("assignment.progressed", "2014-10-20", by: y, [("assignment", .string(assignment)), ("progress", .int(40))],
                personal: [("note", text("Verborgen voortgang"))])
            add("assignment.completed", "2014-11-02", by: y, [("assignment", .string(assignment))], personal: [("result", text("Verborgen resultaat"))])
            add("reflection.recorded", "2014-11-05", by: facilitator, [
                ("reflection", .string(fresh("r"))), ("participant", .string(facilitator)), ("themes", .list([.string("data")])),
                ("visibility", .string("private")),
            ], personal: [("text", text("Verborgen notitie"))])
            if viewer == .everyone {
                let newcomer = fresh("p")
                add("participant.registered", "2014-11-10", by: "f1q", [("participant", .string(newcomer)), ("municipality", .string(text("Gemeente")))],
                    personal: [("name", text("Nieuwkomer"))])
                add("wish.stated", "2014-11-11", by: newcomer, [
                    ("wish", .string(fresh("w"))), ("participant", .string(newcomer)), ("themes", .list([.string("kandidaat")])),
                ], personal: [("text", text("Groepswens"))])
            }
            add("reflection.recorded", "2014-12-20", by: u, [
                ("reflection", .string(fresh("r"))), ("participant", .string(u)), ("themes", .list([.string("kandidaat")])), ("visibility", hidden),
            ], personal: [("text", text("Late reflectie"))])
            add("attendance.recorded", "2014-12-20", by: "f1q", [("session", .string("s5q")), ("participant", .string(y)), ("dagdelen", .int(2))],
                personal: [("note", text("Verborgen aanwezigheid"))])
            add("fee.invoiced", "2014-12-21", by: "f1q", [("invoice", .string(fresh("n"))), ("participant", .string(y)), ("amountCents", .int(1))])
            add("subsidy.claimed", "2014-12-22", by: "f1q", [
                ("claim", .string(fresh("c"))), ("amountCents", .int(1)), ("participants", .int(1)), ("attendedDagdelen", .int(1)),
            ], personal: [("note", text("Verborgen claim"))])
        }

        /// A group reflection by a third participant on the theme two others reflected on publicly.
        mutating func addVisibleCandidate() {
            let third = participants.first { !["p1q", "p2q", withdrawn].contains($0) }!
            add("reflection.recorded", "2014-12-20", by: third, [
                ("reflection", .string(fresh("r"))), ("participant", .string(third)), ("themes", .list([.string("kandidaat")])),
            ], personal: [("text", text("Zichtbare reflectie"))])
        }

        /// What erasing `participant` erases (README, `cohort redact --participant`): the personal fields of
        /// every record by them, naming them in an id field, or revising, closing or progressing their own
        /// wish or assignment.
        func erasure(of participant: String) -> (records: Set<String>, markers: Set<String>) {
            var wishes = Set<String>(), assignments = Set<String>()
            var records = Set<String>(), markers = Set<String>()
            for e in events {
                if e.type == "wish.stated" && e.string("participant") == participant { wishes.insert(e.string("wish")!) }
                if e.type == "assignment.started" && e.string("participant") == participant { assignments.insert(e.string("assignment")!) }
                let ownContent = (["wish.revised", "wish.closed"].contains(e.type) && wishes.contains(e.string("wish")!))
                    || (["assignment.progressed", "assignment.completed"].contains(e.type) && assignments.contains(e.string("assignment")!))
                let names = ["participant", "from", "to", "host", "facilitator"].contains { e.string($0) == participant }
                    || (e.strings("contributors") ?? []).contains(participant)
                guard ownContent || names || e.by == participant, !e.personalFields.isEmpty else { continue }
                records.insert(e.id)
                for (_, text) in e.personalFields { markers.formUnion(PrivacyPropertyTests.tokens(in: text).filter { $0.hasPrefix("zq") }) }
            }
            return (records, markers)
        }

        // MARK: Sealing

        /// Seals the cohort into a new log with the built executable; returns the log's path.
        func seal() throws -> String {
            let log = try temporaryDirectory().appendingPathComponent("cohort.jsonl").path
            let submission = try temporaryDirectory().appendingPathComponent("submission.jsonl").path
            try write(events.map(\.line).joined(separator: "\n") + "\n", to: submission)
            let run = try execute(["append", log, submission])
            #expect(run.status == 0, "the generated cohort was refused: \(run.err.prefix(3000))")
            return log
        }

        /// Appends `events` to `log` in-process, as recorded later.
        func append(_ events: ArraySlice<GeneratedEvent>, to log: String) -> Run {
            let text = events.map(\.line).joined(separator: "\n") + "\n"
            return cohort(["append", log, "-"], input: Array(text.utf8), environment: ["COHORT_NOW": "2015-01-05T12:00:00Z"])
        }

        /// Runs the built executable with the clock at 1 January 2015.
        func execute(_ arguments: [String]) throws -> Run {
            let directory = try temporaryDirectory()
            let out = directory.appendingPathComponent("out"), err = directory.appendingPathComponent("err")
            FileManager.default.createFile(atPath: out.path, contents: nil)
            FileManager.default.createFile(atPath: err.path, contents: nil)
            let process = Process()
            process.executableURL = executable
            process.arguments = arguments
            process.environment = ["COHORT_NOW": "2015-01-01T12:00:00Z"]
            process.standardOutput = try FileHandle(forWritingTo: out)
            process.standardError = try FileHandle(forWritingTo: err)
            try process.run()
            process.waitUntilExit()
            return Run(status: process.terminationStatus, out: String(decoding: try bytes(out.path), as: UTF8.self),
                       err: String(decoding: try bytes(err.path), as: UTF8.self))
        }

        /// Days since 2014-01-01 (the cohort stays within 2014).
        static func number(_ date: String) -> Int {
            let parts = date.split(separator: "-").compactMap { Int($0) }
            return monthStarts[parts[1] - 1] + parts[2] - 1
        }

        static func date(_ number: Int) -> String {
            let month = (0..<12).last { monthStarts[$0] <= number } ?? 0
            return String(format: "2014-%02d-%02d", month + 1, number - monthStarts[month] + 1)
        }

        static let monthStarts = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
    }
}
