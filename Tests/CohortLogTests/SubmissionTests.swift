import Testing
import CohortLog

/// A typed submission (what `cohort add` and `cohort import` fill) is checked directly, with the same
/// outcome as the same event written as a JSON line and read by the submission reader: the same event,
/// canonical bytes and fingerprints, or the same problems in the same order.
@Suite struct SubmissionTests {
    static func submission(_ type: EventType, at: String? = "2014-06-12T11:05:00+02:00", by: String? = "p03",
                           id: String? = nil, _ values: [(String, SubmittedValue)]) -> Submission {
        var submission = Submission(type: type, line: 4)
        submission.at = at
        submission.by = by
        submission.id = id
        for (path, value) in values { submission.values[FieldPath(parsing: "data." + path)] = value }
        return submission
    }

    static let cases: [Submission] = [
        submission(.wishStated, [("wish", .text("w-p03-1")), ("participant", .text("p03")), ("themes", .list(["vertrouwen", "leiderschap"])),
                                 ("visibility", .text("group")), ("text", .text("Ik wil leren \"loslaten\".\n"))]),
        submission(.cohortOpened, by: "org", [
            ("cohort", .text("c")), ("title", .text("T")), ("organiser", .text("org")),
            ("period.from", .text("2014-06-01")), ("period.to", .text("2014-12-31")),
            ("participants.min", .number("1")), ("participants.max", .number("9")), ("dagdelen", .number("4")),
            ("fee.amountCents", .number("155000")), ("fee.currency", .text("EUR")), ("fee.vat", .text("excluded")),
        ]),
        submission(.attendanceRecorded, id: "a-1", [("session", .text("s1")), ("participant", .text("p03")), ("dagdelen", .number("2"))]),
        // Refused, each in its own way.
        submission(.assignmentProgressed, [("assignment", .text("as-p03")), ("progress", .number("120"))]),
        submission(.assignmentProgressed, [("assignment", .text("as p03")), ("progress", .number("1.5"))]),
        submission(.assignmentProgressed, [("assignment", .text("as-p03")), ("progress", .text("half"))]),
        submission(.sessionScheduled, [("session", .text("s1")), ("title", .text("")), ("kind", .text("party")),
                                       ("days", .list([])), ("dagdelen", .number("2"))]),
        submission(.dataRedacted, [("targets", .list(["e1", "e1", "e 2"])), ("reason", .text("AVG"))]),
        // A long list (found with a set, not by searching back) with one id given twice.
        submission(.dataRedacted, [("targets", .list((1...30).map { "e\($0)" } + ["e7"])), ("reason", .text("AVG"))]),
        submission(.cohortOpened, by: "org", [("cohort", .text("c")), ("fee.amountCents", .number("12345678901234567"))]),
        submission(.cohortOpened, by: "org", [("cohort", .text("c")), ("fee", .text("gratis"))]),
        submission(.wishStated, at: "12 juni", by: "p 03", id: "", [("wish", .text("w1")), ("participant", .text("p03"))]),
        submission(.wishStated, at: nil, by: nil, [("wish", .text("w1")), ("participant", .text("p03")), ("text", .text("t"))]),
        submission(.wishStated, at: "2014-06-12T11:05:00+02:00\"", [("wish", .text("w1")), ("participant", .text("p03")), ("text", .text("t"))]),
        submission(.sessionRescheduled, [("session", .text("s1")), ("days", .list(["2014-06-31", "2014-07-01"]))]),
        submission(.dataRedacted, [("targets", .list([])), ("reason", .text("AVG"))]),
    ]

    @Test(arguments: cases.indices) func aTypedSubmissionReadsAsItsJSONLineDoes(_ index: Int) {
        let typed = Self.cases[index]
        var bytes = Array(repeating: UInt8(ascii: "\n"), count: typed.line - 1)
        bytes += typed.jsonLine + [0x0A]
        let reading = SubmissionReader.read(bytes)
        switch typed.read() {
        case .success(let event):
            #expect(reading.problems.isEmpty, "\(reading.problems)")
            guard let read = reading.events.first else { return }
            #expect(event.event == read.event)
            #expect(event.data == read.data)
            #expect(event.personalMembers.map(\.name) == read.personalMembers.map(\.name))
            #expect(event.personalMembers.map(\.json) == read.personalMembers.map(\.json))
            #expect(event.content == read.content && event.structure == read.structure)
            #expect(event.derivedID(ordinal: 1) == read.derivedID(ordinal: 1))
            #expect(event.line == read.line && event.at == read.at && event.by == read.by)
        case .failure(let problems):
            #expect(reading.events.isEmpty)
            let typedProblems = problems.all.map { "\($0.line) [\($0.check)] \($0.field.map { "\($0)" } ?? "-"): \($0.message) | \($0.hint ?? "")" }
            let lineProblems = reading.problems.map { "\($0.line) [\($0.check)] \($0.field.map { "\($0)" } ?? "-"): \($0.message) | \($0.hint ?? "")" }
            #expect(typedProblems == lineProblems)
            #expect(!typedProblems.isEmpty)
        }
    }

    @Test func theRefusedCasesAreRefusedAndTheOthersRead() {
        let outcomes = Self.cases.map { (try? $0.read().get()) != nil }
        #expect(outcomes == [true, true, true] + Array(repeating: false, count: Self.cases.count - 3))
    }

    @Test func aPathIsWrittenAndParsedAlike() {
        let path = FieldPath.data.appending("themes").appending(index: 1)
        #expect(path.description == "data.themes[1]")
        #expect(FieldPath(parsing: "data.themes[1]") == path)
        #expect(path.field == ["themes"] && path.member == "data")
        #expect(FieldPath(parsing: "data.fee.amountCents").field == ["fee", "amountCents"])
        #expect(("at" as FieldPath).field.isEmpty)
    }
}
