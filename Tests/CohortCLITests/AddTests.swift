import Foundation
import Testing
@testable import CohortCLI
import CohortLog

/// One type's case: what the log needs first, the event as a JSON line for `append`, and the same event
/// as flags for `add`.
struct AddCase: CustomTestStringConvertible, Sendable {
    var type: String
    var before: [String] = []
    var json: String
    var flags: [String]
    var fresh = false
    var testDescription: String { type }
}

let assignmentLine = #"{"id":"as","type":"assignment.started","at":"2014-06-13T10:00:00+02:00","by":"pa","data":{"assignment":"as-pa","participant":"pa","title":"Zelfroosteren"}}"#
let lineLine = #"{"id":"l","type":"line.emerged","at":"2014-06-13T10:00:00+02:00","by":"f1","data":{"line":"l-1","title":"Vertrouwen"}}"#

/// Every event type of docs/FORMAT.md, each field given (the flags written out by hand, not derived).
let addCases: [AddCase] = [
    AddCase(type: "cohort.opened",
            json: #"{"id":"open","type":"cohort.opened","at":"2014-04-01T10:00:00+02:00","by":"org","data":{"cohort":"c-1","title":"Eigen regie","organiser":"org","period":{"from":"2014-06-01","to":"2014-12-31"},"participants":{"min":2,"max":12},"dagdelen":15,"fee":{"amountCents":155000,"currency":"EUR","vat":"excluded"},"subsidy":{"fund":"A+O fonds","scheme":"Leernetwerken","percent":50},"registrationDeadline":"2014-05-25"}}"#,
            flags: ["--id", "open", "--at", "2014-04-01T10:00:00+02:00", "--by", "org", "--cohort", "c-1", "--title", "Eigen regie",
                    "--organiser", "org", "--period-from", "2014-06-01", "--period-to", "2014-12-31", "--participants-min", "2",
                    "--participants-max", "12", "--dagdelen", "15", "--fee-amount-cents", "155000", "--fee-currency", "EUR",
                    "--fee-vat", "excluded", "--subsidy-fund", "A+O fonds", "--subsidy-scheme", "Leernetwerken",
                    "--subsidy-percent", "50", "--registration-deadline", "2014-05-25"],
            fresh: true),
    AddCase(type: "facilitator.joined",
            json: #"{"type":"facilitator.joined","at":"2014-07-01T10:00:00+02:00","by":"org","data":{"facilitator":"f2","name":"Bea Begeleider"}}"#,
            flags: ["--at", "2014-07-01T10:00:00+02:00", "--by", "org", "--facilitator", "f2", "--name", "Bea Begeleider"]),
    AddCase(type: "participant.registered",
            json: #"{"type":"participant.registered","at":"2014-07-01T10:00:00+02:00","by":"f1","data":{"participant":"pd","municipality":"Zeist","role":"P&O","name":"Dirk \"D\" Proef","email":"d@example.org"}}"#,
            flags: ["--at", "2014-07-01T10:00:00+02:00", "--by", "f1", "--participant", "pd", "--municipality", "Zeist", "--role", "P&O",
                    "--name", "Dirk \"D\" Proef", "--email", "d@example.org"]),
    AddCase(type: "participant.withdrew",
            json: #"{"type":"participant.withdrew","at":"2014-07-01T10:00:00+02:00","by":"f1","data":{"participant":"pb","reason":"Ziek."}}"#,
            flags: ["--at", "2014-07-01T10:00:00+02:00", "--by", "f1", "--participant", "pb", "--reason", "Ziek."]),
    AddCase(type: "session.scheduled",
            json: #"{"type":"session.scheduled","at":"2014-07-01T10:00:00+02:00","by":"f1","data":{"session":"s3","title":"Tweedaagse","kind":"meeting","days":["2014-09-23","2014-09-24"],"dagdelen":4,"host":"pa","location":"Leiden"}}"#,
            flags: ["--at", "2014-07-01T10:00:00+02:00", "--by", "f1", "--session", "s3", "--title", "Tweedaagse", "--kind", "meeting",
                    "--day", "2014-09-23", "--day", "2014-09-24", "--dagdelen", "4", "--host", "pa", "--location", "Leiden"]),
    AddCase(type: "session.rescheduled",
            json: #"{"type":"session.rescheduled","at":"2014-07-01T10:00:00+02:00","by":"f1","data":{"session":"s1","days":["2014-06-13"],"dagdelen":3,"reason":"Zaal bezet."}}"#,
            flags: ["--at", "2014-07-01T10:00:00+02:00", "--by", "f1", "--session", "s1", "--day", "2014-06-13", "--dagdelen", "3",
                    "--reason", "Zaal bezet."]),
    AddCase(type: "session.cancelled",
            json: #"{"type":"session.cancelled","at":"2014-07-01T10:00:00+02:00","by":"f1","data":{"session":"s1","reason":"Te weinig aanmeldingen."}}"#,
            flags: ["--at", "2014-07-01T10:00:00+02:00", "--by", "f1", "--session", "s1", "--reason", "Te weinig aanmeldingen."]),
    AddCase(type: "attendance.recorded",
            json: #"{"type":"attendance.recorded","at":"2014-06-12T17:00:00+02:00","by":"f1","data":{"session":"s1","participant":"pb","dagdelen":1,"note":"Kwam later."}}"#,
            flags: ["--at", "2014-06-12T17:00:00+02:00", "--by", "f1", "--session", "s1", "--participant", "pb", "--dagdelen", "1",
                    "--note", "Kwam later."]),
    AddCase(type: "wish.stated",
            json: #"{"type":"wish.stated","at":"2014-07-01T10:00:00+02:00","by":"pa","data":{"wish":"w-pa-2","participant":"pa","themes":["vertrouwen","loslaten"],"visibility":"private","text":"Ik wil leren\ndelegeren."}}"#,
            flags: ["--at", "2014-07-01T10:00:00+02:00", "--by", "pa", "--wish", "w-pa-2", "--participant", "pa", "--theme", "vertrouwen",
                    "--theme", "loslaten", "--visibility", "private", "--text", "Ik wil leren\ndelegeren."]),
    AddCase(type: "wish.revised",
            json: #"{"type":"wish.revised","at":"2014-07-01T10:00:00+02:00","by":"pa","data":{"wish":"w-pa-1","themes":["vertrouwen"],"visibility":"group","text":"Ik wil leren loslaten en vertrouwen."}}"#,
            flags: ["--at", "2014-07-01T10:00:00+02:00", "--by", "pa", "--wish", "w-pa-1", "--theme", "vertrouwen", "--visibility", "group",
                    "--text", "Ik wil leren loslaten en vertrouwen."]),
    AddCase(type: "wish.closed",
            json: #"{"type":"wish.closed","at":"2014-07-01T10:00:00+02:00","by":"pa","data":{"wish":"w-pa-1","outcome":"fulfilled","note":"Gelukt."}}"#,
            flags: ["--at", "2014-07-01T10:00:00+02:00", "--by", "pa", "--wish", "w-pa-1", "--outcome", "fulfilled", "--note", "Gelukt."]),
    AddCase(type: "support.given",
            json: #"{"type":"support.given","at":"2014-06-12T15:30:00+02:00","by":"pb","data":{"from":"pb","to":"pa","kind":"coaching","wish":"w-pa-1","session":"s1","visibility":"public","note":"Goed gesprek."}}"#,
            flags: ["--at", "2014-06-12T15:30:00+02:00", "--by", "pb", "--from", "pb", "--to", "pa", "--kind", "coaching", "--wish", "w-pa-1",
                    "--session", "s1", "--visibility", "public", "--note", "Goed gesprek."]),
    AddCase(type: "assignment.started",
            json: #"{"type":"assignment.started","at":"2014-07-01T10:00:00+02:00","by":"pa","data":{"assignment":"as-pa","participant":"pa","visibility":"group","title":"Zelfroosteren","description":"Teams roosteren zelf."}}"#,
            flags: ["--at", "2014-07-01T10:00:00+02:00", "--by", "pa", "--assignment", "as-pa", "--participant", "pa", "--visibility", "group",
                    "--title", "Zelfroosteren", "--description", "Teams roosteren zelf."]),
    AddCase(type: "assignment.progressed", before: [assignmentLine],
            json: #"{"type":"assignment.progressed","at":"2014-07-01T10:00:00+02:00","by":"pa","data":{"assignment":"as-pa","progress":40,"note":"Halverwege."}}"#,
            flags: ["--at", "2014-07-01T10:00:00+02:00", "--by", "pa", "--assignment", "as-pa", "--progress", "40", "--note", "Halverwege."]),
    AddCase(type: "assignment.completed", before: [assignmentLine],
            json: #"{"type":"assignment.completed","at":"2014-07-01T10:00:00+02:00","by":"pa","data":{"assignment":"as-pa","visibility":"public","result":"Drie teams roosteren zelf."}}"#,
            flags: ["--at", "2014-07-01T10:00:00+02:00", "--by", "pa", "--assignment", "as-pa", "--visibility", "public",
                    "--result", "Drie teams roosteren zelf."]),
    AddCase(type: "reflection.recorded", before: [lineLine],
            json: #"{"id":"r1","type":"reflection.recorded","at":"2014-06-12T16:00:00+02:00","by":"pa","data":{"reflection":"ref-pa-1","participant":"pa","session":"s1","wish":"w-pa-1","line":"l-1","themes":["vertrouwen","eigen regie"],"visibility":"private","text":"Loslaten is lastig: \u00e9\u00e9n stap."}}"#,
            flags: ["--id", "r1", "--at", "2014-06-12T16:00:00+02:00", "--by", "pa", "--reflection", "ref-pa-1", "--participant", "pa",
                    "--session", "s1", "--wish", "w-pa-1", "--line", "l-1", "--theme", "vertrouwen", "--theme", "eigen regie",
                    "--visibility", "private", "--text", "Loslaten is lastig: één stap."]),
    AddCase(type: "line.emerged",
            json: #"{"type":"line.emerged","at":"2014-07-01T10:00:00+02:00","by":"f1","data":{"line":"l-1","title":"Vertrouwen","themes":["vertrouwen","loslaten"],"session":"s1","description":"Over loslaten."}}"#,
            flags: ["--at", "2014-07-01T10:00:00+02:00", "--by", "f1", "--line", "l-1", "--title", "Vertrouwen", "--theme", "vertrouwen",
                    "--theme", "loslaten", "--session", "s1", "--description", "Over loslaten."]),
    AddCase(type: "harvest.contributed", before: [lineLine],
            json: #"{"type":"harvest.contributed","at":"2014-07-01T10:00:00+02:00","by":"f1","data":{"item":"h-1","kind":"story","contributors":["pa","pb"],"line":"l-1","cycle":"applied","title":"Het rooster","text":"Hoe het team zelf ging roosteren."}}"#,
            flags: ["--at", "2014-07-01T10:00:00+02:00", "--by", "f1", "--item", "h-1", "--kind", "story", "--contributor", "pa",
                    "--contributor", "pb", "--line", "l-1", "--cycle", "applied", "--title", "Het rooster", "--text", "Hoe het team zelf ging roosteren."]),
    AddCase(type: "fee.invoiced",
            json: #"{"type":"fee.invoiced","at":"2014-06-16T10:00:00+02:00","by":"f1","data":{"invoice":"inv-pa","participant":"pa","amountCents":155000,"date":"2014-06-16"}}"#,
            flags: ["--at", "2014-06-16T10:00:00+02:00", "--by", "f1", "--invoice", "inv-pa", "--participant", "pa", "--amount-cents", "155000",
                    "--date", "2014-06-16"]),
    AddCase(type: "subsidy.claimed",
            json: #"{"type":"subsidy.claimed","at":"2014-12-20T10:00:00+01:00","by":"f1","data":{"claim":"claim-1","amountCents":77500,"participants":2,"attendedDagdelen":4,"head":"00000000000000000000000000000000000000000000000000000000000000ab","note":"Eerste declaratie."}}"#,
            flags: ["--at", "2014-12-20T10:00:00+01:00", "--by", "f1", "--claim", "claim-1", "--amount-cents", "77500", "--participants", "2",
                    "--attended-dagdelen", "4", "--head", "00000000000000000000000000000000000000000000000000000000000000ab",
                    "--note", "Eerste declaratie."]),
    AddCase(type: "event.retracted",
            json: #"{"type":"event.retracted","at":"2014-07-01T10:00:00+02:00","by":"f1","data":{"target":"a-pa","reason":"Verkeerde sessie."}}"#,
            flags: ["--at", "2014-07-01T10:00:00+02:00", "--by", "f1", "--target", "a-pa", "--reason", "Verkeerde sessie."]),
    AddCase(type: "data.redacted",
            json: #"{"type":"data.redacted","at":"2014-07-01T10:00:00+02:00","by":"f1","data":{"targets":["w-pa","w-pb"],"reason":"Verzoek."}}"#,
            flags: ["--at", "2014-07-01T10:00:00+02:00", "--by", "f1", "--target", "w-pa", "--target", "w-pb", "--reason", "Verzoek."]),
]

/// A log for a case: the base log (or none, for cohort.opened) with the case's own records before.
func addCaseLog(_ addCase: AddCase) throws -> String {
    if addCase.fresh { return try temporaryDirectory().appendingPathComponent("log.jsonl").path }
    let log = try baseLog()
    if !addCase.before.isEmpty {
        let run = cohort(["append", log, "-"], input: Array((addCase.before.joined(separator: "\n") + "\n").utf8))
        #expect(run.status == 0, "\(run.err)")
    }
    return log
}

/// Runs `cohort` in-process as if on a terminal, answering its questions with `answers` in turn.
func cohortOnTerminal(_ arguments: [String], answers: [String], environment: [String: String] = ["COHORT_NOW": testNow]) -> Run {
    let out = BufferSink()
    let err = BufferSink()
    var invocation = Invocation(
        out: out, err: err, environment: environment, readInput: { () throws(FileError) in [] },
        inputIsTerminal: true, errorIsTerminal: false)
    invocation.progressDelay = 0
    let counter = Counter()
    invocation.salt = { counter.nextSalt() }
    let queue = AnswerQueue(answers)
    invocation.readLine = { queue.next() }
    let status = CohortTool.run(arguments, invocation)
    return Run(status: status, out: out.text, err: err.text)
}

final class AnswerQueue: @unchecked Sendable {
    var answers: [String]
    init(_ answers: [String]) { self.answers = answers }
    func next() -> String? { answers.isEmpty ? nil : answers.removeFirst() }
}

/// The log's records as lines.
func logLines(_ path: String) throws -> [String] {
    String(decoding: try bytes(path), as: UTF8.self).split(separator: "\n").map(String.init)
}

@Suite struct AddTests {
    @Test(arguments: addCases)
    func flagsGiveTheRecordTheEquivalentAppendGives(_ addCase: AddCase) throws {
        let viaAppend = try addCaseLog(addCase)
        let viaAdd = try addCaseLog(addCase)
        let appended = cohort(["append", viaAppend, "-"], input: Array((addCase.json + "\n").utf8))
        #expect(appended.status == 0, "append: \(appended.err)")
        let added = cohort(["add", viaAdd, addCase.type] + addCase.flags)
        #expect(added.status == 0, "add: \(added.err)")
        #expect(added.out == appended.out)
        // The same bytes: data, personal, id, at, by, and (with the same clock and salts) every digest.
        #expect(try logLines(viaAdd) == logLines(viaAppend))
        #expect(cohort(["verify", viaAdd]).status == 0)
    }

    @Test func everyEventTypeHasACase() {
        #expect(Set(addCases.map(\.type)) == Set(EventType.allCases.map(\.rawValue)))
    }

    @Test func aRuleBrokenIsRefusedLikeAppendButNamedByTheFlag() throws {
        let log = try baseLog()
        let before = try bytes(log)
        let run = cohort(["add", log, "support", "--at", "2014-07-01T10:00:00+02:00", "--by", "pb", "--from", "pb", "--to", "pc",
                          "--kind", "feedback"])
        #expect(run.status == 1)
        #expect(run.err.contains(#"--to: error: "pc" withdrew (seq 11)"#), "\(run.err)")
        #expect(run.err.contains("[rule.withdrawn-not-named]"))
        #expect(run.err.contains("cohort add: refused support.given: 1 problem; \(log) is unchanged"))
        #expect(!run.err.contains("<stdin>"))
        #expect(try bytes(log) == before)

        let format = cohort(["add", log, "assignment.progressed", "--by", "pa", "--assignment", "as-x", "--progress", "150"])
        #expect(format.status == 1)
        #expect(format.err.contains("--progress: error: --progress is 150; it must be a whole number from 0 to 100 [format.value]"), "\(format.err)")
        #expect(try bytes(log) == before)
    }

    @Test func aMissingFieldWithoutATerminalIsAUsageErrorNamingTheFlag() throws {
        let log = try baseLog()
        let before = try bytes(log)
        let run = cohort(["add", log, "reflection.recorded", "--by", "pa", "--participant", "pa"])
        #expect(run.status == 2)
        #expect(run.err.hasPrefix("cohort add: missing --text (the reflection)"), "\(run.err)")
        #expect(run.err.hasSuffix("(see `cohort help add`)\n"))
        #expect(try bytes(log) == before)
        let nested = cohort(["add", log, "cohort.opened", "--by", "org", "--subsidy-fund", "F"])
        #expect(nested.status == 2)
        #expect(nested.err.contains("--subsidy-scheme"), "\(nested.err)")
        #expect(nested.err.contains("--period-from"))
    }

    @Test func flagsNotOfTheTypeAndSingleFlagsGivenTwiceAreUsageErrors() throws {
        let log = try baseLog()
        let unknown = cohort(["add", log, "support", "--by", "pb", "--theme", "x"])
        #expect(unknown.status == 2)
        #expect(unknown.err.contains("--theme is not a field of support.given; its flags are: --by --at --id --from --to --kind"), "\(unknown.err)")
        let twice = cohort(["add", log, "reflection", "--by", "pa", "--participant", "pa", "--text", "a", "--text", "b"])
        #expect(twice.status == 2)
        #expect(twice.err.contains("--text is given twice"))
        // Another command still refuses an option it does not declare.
        #expect(cohort(["verify", log, "--text", "x"]).err.contains("unknown option --text"))
    }

    @Test func aTypeIsItsNameOrItsOnlyFirstWord() throws {
        let log = try baseLog()
        let short = cohort(["add", log, "reflection", "--at", "2014-07-01T10:00:00+02:00", "--by", "pa", "--participant", "pa",
                            "--reflection", "r-x", "--text", "Kort."])
        #expect(short.status == 0, "\(short.err)")
        #expect(try logLines(log).last?.contains(#""type":"reflection.recorded""#) == true)
        let ambiguous = cohort(["add", log, "wish", "--by", "pa"])
        #expect(ambiguous.status == 2)
        #expect(ambiguous.err.contains("\"wish\" names several event types: wish.stated, wish.revised, wish.closed"))
        #expect(cohort(["add", log, "wish.granted"]).status == 2)
    }

    @Test func theIDOfANewThingLeftOutIsTheNextFreeOne() throws {
        let log = try baseLog()
        let wish = cohort(["add", log, "wish.stated", "--by", "pa", "--participant", "pa", "--text", "Nog een wens."])
        #expect(wish.status == 0, "\(wish.err)")
        #expect(wish.err.contains("--wish w-pa-2 (proposed: the next free id)"))
        #expect(try logLines(log).last?.contains(#""wish":"w-pa-2""#) == true)
        for expected in ["ref-pb-1", "ref-pb-2"] {
            let run = cohort(["add", log, "reflection", "--by", "pb", "--participant", "pb", "--text", "Reflectie \(expected)."])
            #expect(run.status == 0, "\(run.err)")
            #expect(try logLines(log).last?.contains(#""reflection":"\#(expected)""#) == true)
        }
        let session = cohort(["add", log, "session.scheduled", "--by", "f1", "--title", "Derde", "--kind", "meeting",
                              "--day", "2014-10-01", "--dagdelen", "2"])
        #expect(session.status == 0, "\(session.err)")
        #expect(try logLines(log).last?.contains(#""session":"s3""#) == true)
    }

    @Test func atDefaultsToTheWritersClockWhenSet() throws {
        let log = try baseLog()
        let run = cohort(["add", log, "reflection", "--by", "pa", "--participant", "pa", "--text", "Nu."],
                         environment: ["COHORT_NOW": "2014-07-10T14:00:00+02:00"])
        #expect(run.status == 0, "\(run.err)")
        #expect(try logLines(log).last?.contains(#""at":"2014-07-10T14:00:00+02:00""#) == true)
    }

    @Test(arguments: [("Europe/Amsterdam", ["+01:00", "+02:00"]), ("America/New_York", ["-05:00", "-04:00"]), ("UTC", ["+00:00"])])
    func atDefaultsToNowWithTheLocalOffset(_ zone: String, _ offsets: [String]) throws {
        let log = try baseLog()
        let process = Process()
        process.executableURL = executable
        process.arguments = ["add", log, "reflection", "--by", "pa", "--participant", "pa", "--text", "Nu."]
        process.environment = ["TZ": zone]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let line = try logLines(log).last ?? ""
        let at = String(line.components(separatedBy: #""at":""#)[1].prefix(25))
        #expect(offsets.contains(String(at.suffix(6))), "\(at)")
        // The same moment as the writer's clock (recorded, in UTC), give or take the run.
        let recorded = String(line.components(separatedBy: #""recorded":""#)[1].prefix(20))
        let atSeconds = try #require(Timestamp(at)).epochSeconds
        let recordedSeconds = try #require(Timestamp(recorded)).epochSeconds
        #expect(abs(recordedSeconds - atSeconds) < 60, "\(at) \(recorded)")
    }

    @Test func attendanceForAWholeSessionIsOneAppendOfOneRecordPerParticipant() throws {
        let log = try baseLog()
        let run = cohort(["add", log, "attendance", "--session", "s1", "--by", "f1", "--at", "2014-06-12T17:30:00+02:00",
                          "--present", "pa", "--absent", "pb", "--partial", "pc=1"])
        #expect(run.status == 0, "\(run.err)")
        let lines = try logLines(log).suffix(3)
        #expect(lines.count == 3)
        for (line, (participant, dagdelen)) in zip(lines, [("pa", 2), ("pb", 0), ("pc", 1)]) {
            #expect(line.contains(#""data":{"dagdelen":\#(dagdelen),"participant":"\#(participant)","session":"s1"}"#), "\(line)")
            #expect(line.contains(#""type":"attendance.recorded""#))
        }
        #expect(run.out.split(separator: "\n").count == 3)

        // The same as three appends of the equivalent JSON lines.
        let viaAppend = try baseLog()
        let json = [("pa", 2), ("pb", 0), ("pc", 1)].map { participant, dagdelen in
            #"{"type":"attendance.recorded","at":"2014-06-12T17:30:00+02:00","by":"f1","data":{"session":"s1","participant":"\#(participant)","dagdelen":\#(dagdelen)}}"#
        }.joined(separator: "\n") + "\n"
        #expect(cohort(["append", viaAppend, "-"], input: Array(json.utf8)).status == 0)
        #expect(try logLines(viaAppend) == logLines(log))
    }

    @Test func attendanceForAWholeSessionIsAllOrNothing() throws {
        let log = try baseLog()
        let before = try bytes(log)
        let run = cohort(["add", log, "attendance", "--session", "s1", "--by", "f1", "--present", "pa,pz", "--partial", "pb=3"])
        #expect(run.status == 1)
        #expect(run.err.contains(#"pz: --participant: error: --participant "pz""#), "\(run.err)")
        #expect(run.err.contains("pb: --dagdelen: error: "), "\(run.err)")
        #expect(run.err.contains("[rule.attendance-within-session]"))
        #expect(try bytes(log) == before)
        let cancelled = cohort(["add", log, "attendance", "--session", "s2", "--by", "f1", "--present", "pa"])
        #expect(cancelled.status == 1)
        #expect(cancelled.err.contains(#"--session: "s2" is not a session in the log"#))
        let malformed = cohort(["add", log, "attendance", "--session", "s1", "--by", "f1", "--partial", "pb"])
        #expect(malformed.status == 2)
        #expect(malformed.err.contains(#"--partial "pb" must be PARTICIPANT=NUMBER"#))
        let none = cohort(["add", log, "attendance", "--session", "s1", "--by", "f1"])
        #expect(none.status == 2)
        #expect(none.err.contains("--present/--absent/--partial"))
        #expect(try bytes(log) == before)
    }

    // MARK: On a terminal (in-process, answers scripted)

    @Test func onATerminalItAsksForWhatIsMissingChecksEachAnswerAndConfirms() throws {
        let log = try baseLog()
        // by [pa, the last recorder? no: f1], at, participant, reflection id, session, wish, line, themes, visibility, text, confirm.
        let run = cohortOnTerminal(
            ["add", log, "reflection", "--by", "pa", "--at", "2014-06-12T16:00:00+02:00"],
            answers: ["", "", "s9", "", "", "", "vertrouwen, loslaten", "secret", "private", "", "Loslaten is lastig.", "y"])
        #expect(run.status == 0, "\(run.err)")
        #expect(run.err.contains("--participant: who reflects: a participant or a facilitator (required)"))
        #expect(run.err.contains("participant [pa]: "))
        #expect(run.err.contains("reflection [ref-pa-1]: "))
        #expect(run.err.contains("session [s1]: "))
        #expect(run.err.contains(#"not accepted: "s9" is not a session in the log"#))
        #expect(run.err.contains("wish [w-pa-1]: "))
        #expect(run.err.contains("one of: private, group, public"))
        #expect(run.err.contains(#"not accepted: --visibility is "secret"; it must be one of private, group, public"#), "\(run.err)")
        #expect(run.err.contains("this field is required: give a value"))
        #expect(run.err.contains("Record this? [Y/n] "))
        #expect(run.err.contains("(with flags: cohort add"))
        let line = try logLines(log).last ?? ""
        #expect(line.contains(#""data":{"participant":"pa","reflection":"ref-pa-1","session":"s1","themes":["vertrouwen","loslaten"],"visibility":"private","wish":"w-pa-1"}"#), "\(line)")
        #expect(line.contains(#""text":"Loslaten is lastig.""#))
    }

    @Test func declinedOrCancelledOnATerminalNothingIsWritten() throws {
        let log = try baseLog()
        let before = try bytes(log)
        let declined = cohortOnTerminal(["add", log, "wish.revised", "--by", "pa"], answers: ["", "", "", "", "Nieuw.", "n"])
        #expect(declined.status == 1)
        #expect(declined.err.contains("cohort add: not recorded; \(log) is unchanged"), "\(declined.err)")
        let cancelled = cohortOnTerminal(["add", log, "wish.revised", "--by", "pa"], answers: [""])
        #expect(cancelled.status == 1)
        #expect(cancelled.err.contains("cancelled (end of input)"))
        #expect(try bytes(log) == before)
    }

    @Test func onATerminalItAsksInDutchWithLangNl() throws {
        let log = try baseLog()
        let run = cohortOnTerminal(["add", log, "support", "--by", "pb", "--lang", "nl", "--at", "2014-06-12T15:00:00+02:00"],
                                   answers: ["", "pa", "raad", "feedback", "", "", "", "", "j"])
        #expect(run.status == 0, "\(run.err)")
        #expect(run.err.contains("support.given vastleggen in"))
        #expect(run.err.contains("(verplicht)"))
        #expect(run.err.contains("een van: feedback, coaching, intervisie, resource, other"))
        #expect(run.err.contains("niet aanvaard: "))
        #expect(run.err.contains("Vastleggen? [J/n] "))
        let dutchByLocale = cohortOnTerminal(["add", log, "support", "--by", "pb"], answers: [],
                                             environment: ["COHORT_NOW": testNow, "LANG": "nl_NL.UTF-8"])
        #expect(dutchByLocale.err.contains("vastleggen in"))
    }

    @Test func attendanceOnATerminalAsksEachParticipant() throws {
        let log = try baseLog()
        let run = cohortOnTerminal(["add", log, "attendance", "--by", "f1", "--at", "2014-06-12T17:00:00+02:00"],
                                   answers: ["", "", "x7", "n", ""])
        #expect(run.status == 0, "\(run.err)")
        #expect(run.err.contains("session [s1]: "))
        #expect(run.err.contains("pa Anna Proef [present]: "))
        #expect(run.err.contains("not accepted: answer Enter (present), n (absent), a number from 0 to 2"))
        let lines = try logLines(log).suffix(2)
        #expect(lines.first?.contains(#""data":{"dagdelen":2,"participant":"pa","session":"s1"}"#) == true)
        #expect(lines.last?.contains(#""data":{"dagdelen":0,"participant":"pb","session":"s1"}"#) == true)
    }
}

@Suite struct AddWordsTests {
    /// Every field's meaning, nested ones too.
    static func docs(_ specs: [FieldSpec]) -> [String] {
        specs.flatMap { spec -> [String] in
            if case .object(let nested) = spec.kind { return [spec.doc] + docs(nested) }
            return [spec.doc]
        }
    }

    @Test func everyFieldsMeaningHasItsDutch() {
        for type in EventType.allCases {
            for doc in Self.docs(type.fields) where AddFieldDocs.table[doc] == nil {
                Issue.record("\(type.rawValue): \"\(doc)\" has no Dutch in AddFieldDocs")
            }
        }
        for flag in FieldFlag.envelopeFlags where flag.envelope == "id" {
            #expect(AddFieldDocs.table[flag.spec.doc] != nil)
        }
    }

    @Test func aFieldIsAskedInDutchWithLangNl() throws {
        let log = try baseLog()
        let run = cohortOnTerminal(["add", log, "reflection", "--lang", "nl", "--by", "pa", "--at", testNow], answers: [])
        #expect(run.err.contains("--participant: wie reflecteert: een deelnemer of een begeleider (verplicht)"), "\(run.err)")
    }
}
