import Foundation
import Testing

/// `cohort certificate`: the figures against an oracle read from the log's JSON (sessions still to come
/// never count as missed), the refusal as a page, the organiser by name, the date of issue, goldens.
@Suite struct CertificatePageTests {
    static let small = fixtures.appendingPathComponent("cohort/small.jsonl").path
    static let real = realCohortLog

    @Test(arguments: [
        ("certificate-pd.refusal.html", ["certificate", small, "pd", "--format", "html"]),
        ("certificate-real-p08.refusal.as-of-2014-12-11.nl.html", ["certificate", real, "p08", "--format", "html", "--lang", "nl", "--as-of", "2014-12-11"]),
        ("certificate-real-p03.as-of-2014-12-11.txt", ["certificate", real, "p03", "--lang", "en", "--as-of", "2014-12-11"]),
        ("certificate-real-p03.nl.html", ["certificate", real, "p03", "--format", "html", "--lang", "nl"]),
    ])
    func everyCertificateMatchesItsGoldenFile(_ name: String, _ arguments: [String]) throws {
        let run = cohort(arguments, environment: [:])
        #expect(run.status == (name.contains("refusal") ? 1 : 0), "\(run.err)")
        try expectGolden(run.out, "cohort/reports/\(name)")
    }

    // MARK: - The figures

    @Test func theFiguresAreThoseOfTheLogAtEveryDayAroundEverySessionAndSessionsToComeAreNeverMissed() throws {
        let oracle = try AttendanceOracle(path: Self.real)
        var days: [String?] = [nil]
        for first in oracle.firstDays(asOf: nil).sorted() {
            days += [Self.dayBefore(first), first]
        }
        var checked = 0, withSessionsToCome = 0
        for day in days {
            for participant in oracle.participants {
                let expected = oracle.figures(participant, asOf: day)
                let window = day.map { ["--as-of", $0] } ?? []
                let run = cohort(["certificate", Self.real, participant, "--minimum", "100", "--lang", "en"] + window, environment: [:])
                let label = "\(participant) as of \(day ?? "the end")"
                if expected.attended == expected.held && expected.held > 0 {
                    #expect(run.status == 0, "\(label): \(run.err)")
                    #expect(run.out.contains("present at \(expected.attended) of "), "\(label): \(run.out)")
                    #expect(run.out.contains(" held by ") == (expected.toCome > 0), "\(label): \(run.out)")
                } else {
                    #expect(run.status == 1, "\(label)")
                    if expected.held == 0 {
                        #expect(run.err.contains("\(participant): no session has been held yet"), "\(label): \(run.err)")
                    } else {
                        let held = expected.held == 1 ? "the 1 dagdeel held" : "the \(expected.held) dagdelen held"
                        #expect(run.err.contains("attended \(expected.attended) of \(held)"), "\(label): \(run.err)")
                    }
                    let toCome = expected.toCome == 1 ? "the 1 dagdeel still to come is not counted" : "the \(expected.toCome) dagdelen still to come are not counted"
                    #expect(run.err.contains(toCome) == (expected.toCome > 0), "\(label): \(run.err)")
                }
                checked += 1
                if expected.toCome > 0 { withSessionsToCome += 1 }
            }
        }
        // Not vacuous: days with sessions still to come, and the whole log, where none are.
        #expect(checked == oracle.participants.count * days.count && checked > 100)
        #expect(withSessionsToCome > 50)
    }

    @Test func aParticipantWhoMissedNothingHeldQualifiesWhileSessionsAreStillToCome() throws {
        let oracle = try AttendanceOracle(path: Self.real)
        // As of 1 October 2014 (after the two-day meeting of 23–24 September, before 6 November).
        let full = oracle.participants.filter { oracle.figures($0, asOf: "2014-10-01").attended == oracle.figures($0, asOf: "2014-10-01").held }
        #expect(!full.isEmpty)
        for participant in full {
            let figures = oracle.figures(participant, asOf: "2014-10-01")
            #expect(figures.toCome > 0)
            let run = cohort(["certificate", Self.real, participant, "--as-of", "2014-10-01", "--minimum", "100", "--lang", "en"], environment: [:])
            #expect(run.status == 0, "\(participant): \(run.err)")
            #expect(run.out.contains("present at \(figures.held) of the \(figures.held) half-days (dagdelen) held by 1 October 2014"), "\(run.out)")
        }
    }

    // MARK: - The refusal as a page

    @Test func aRefusalWithFormatHTMLIsAPageOnStandardOutputOrInTheFileAndStillEndsWithOne() throws {
        let run = cohort(["certificate", Self.real, "p08", "--format", "html", "--as-of", "2014-12-11", "--lang", "en"], environment: [:])
        #expect(run.status == 1)
        #expect(run.err == "cohort certificate: p08 attended 6 of the 12 dagdelen held (50.0%); a certificate needs at least 80%; the 2 dagdelen still to come are not counted\n")
        #expect(run.out.hasPrefix("<!DOCTYPE html>"))
        for figure in ["No certificate of participation", "Bas Timmermans", "<td class=\"short\">6</td>", "<td>at least\u{00A0}10</td>",
                       "<td class=\"short\">50.0%</td>", "<td>at least\u{00A0}80%</td>", "Half-days of the 12 held",
                       "sessions still to come are not counted against anyone", "Still to come: 2 half-days (dagdelen).",
                       "Withdrew from the programme on 13 October 2014."] {
            #expect(run.out.contains(figure), "the refusal lacks \(figure)")
        }
        #expect(!run.out.contains("Certificate of participation</p>"))

        let directory = try temporaryDirectory()
        let file = directory.appendingPathComponent("weigering.html").path
        let written = cohort(["certificate", Self.real, "p08", "--format", "html", "--as-of", "2014-12-11", "--lang", "en", "-o", file], environment: [:])
        #expect(written.status == 1)
        #expect(written.out == "")
        #expect(try String(contentsOfFile: file, encoding: .utf8) == run.out)

        // As text, the refusal stays one line on standard error.
        let text = cohort(["certificate", Self.real, "p08", "--as-of", "2014-12-11"], environment: [:])
        #expect(text.status == 1 && text.out == "")
    }

    @Test func aRefusalInDutchSaysTheSameFigures() {
        let run = cohort(["certificate", Self.real, "p09", "--format", "html", "--lang", "nl"], environment: [:])
        #expect(run.status == 1)
        for figure in ["Geen bewijs van deelname", "<td class=\"short\">11</td>", "<td>ten minste\u{00A0}12</td>", "<td class=\"short\">78,6%</td>",
                       "Dagdelen van de 14 gehouden", "bijeenkomsten die nog komen, worden niemand aangerekend", "Stand op 10 februari 2015"] {
            #expect(run.out.contains(figure), "the refusal lacks \(figure)")
        }
        #expect(!run.out.contains("Nog te gaan"))
        #expect(run.err.hasPrefix("cohort certificate: p09 was aanwezig bij 11 van de 14 gehouden dagdelen (78,6%)"))
    }

    @Test func aRefusalShowsNoOneElseAndNothingPrivateOfTheParticipant() throws {
        let oracle = try AttendanceOracle(path: Self.real)
        let page = cohort(["certificate", Self.real, "p08", "--format", "html"], environment: [:]).out
        #expect(page.contains(oracle.names["p08"] ?? "?"))
        for (id, name) in oracle.names where id != "p08" {
            #expect(!page.contains(name), "the refusal of p08 names \(name)")
        }
        for text in oracle.privateTexts(of: "p08") { #expect(!page.contains(text), "the refusal shows \(text.prefix(40))") }
    }

    // MARK: - What the certificate says

    @Test func theCertificateNamesTheOrganiserByNameAndByIdOnlyWithoutOne() {
        let english = cohort(["certificate", Self.real, "p03", "--format", "html", "--lang", "en"], environment: [:]).out
        #expect(english.contains("<p class=\"organiser\">organised by Werken in het Westen</p>"))
        #expect(!english.contains("wiw"))
        let dutch = cohort(["certificate", Self.real, "p03", "--lang", "nl"], environment: [:]).out
        #expect(dutch.contains("\ngeorganiseerd door Werken in het Westen\n"))
        // The fixture cohort names no organisation: its id stands in.
        #expect(cohort(["certificate", Self.small, "pa"], environment: [:]).out.contains("\norganised by org\n"))
    }

    @Test func theDateOfIssueIsLabelledAndIsTheAsOfDayOrTheLatestRecordsDay() {
        let asOf = cohort(["certificate", Self.real, "p03", "--as-of", "2014-12-11", "--lang", "en"], environment: [:]).out
        #expect(asOf.hasSuffix("\nIssued on 11 December 2014\n"))
        let dutch = cohort(["certificate", Self.real, "p03", "--as-of", "2014-12-11T23:00:00+01:00", "--lang", "nl", "--format", "html"], environment: [:]).out
        #expect(dutch.contains("<p class=\"issued\">Uitgereikt op 11 december 2014</p>"))
        // Without --as-of: the day of the latest record, the subsidy claim of 10 February 2015.
        let whole = cohort(["certificate", Self.real, "p03", "--lang", "en"], environment: [:]).out
        #expect(whole.hasSuffix("\nIssued on 10 February 2015\n"))
    }

    @Test func thePageFitsAPhoneAndPrintsOnOneA4SheetInsideAnInsetFrame() {
        for arguments in [["p03"], ["p08", "--as-of", "2014-12-11"]] {
            let page = cohort(["certificate", Self.real] + arguments + ["--format", "html"], environment: [:]).out
            #expect(page.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"))
            let style = page.components(separatedBy: "<style>").dropFirst().first?.components(separatedBy: "</style>").first ?? ""
            // Nothing has a fixed width on a screen; A4 and millimetres only in print.
            let screen = style.components(separatedBy: "@media print").first ?? ""
            #expect(!screen.contains("width: 210mm") && !screen.contains("@page"))
            let print = style.components(separatedBy: "@media print").dropFirst().first ?? ""
            #expect(print.contains("@page { size: A4; margin: 12mm;"))
            #expect(print.contains("height: 272mm"))
        }
    }

    static func dayBefore(_ day: String) -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd"
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.locale = Locale(identifier: "en_US_POSIX")
        guard let date = formatter.date(from: day) else { return day }
        return formatter.string(from: date.addingTimeInterval(-86_400))
    }
}

extension CertificatePageTests {
    /// Attendance as the log's JSON tells it, written from the contract (docs/AUDIT.md's counted
    /// dagdelen), apart from cohort's code: records whose `at` falls on the day or before (the date as
    /// written), a retraction only when it is itself in the window, the latest standing attendance of a
    /// pair, at most the session's size, nothing for a cancelled session or one that begins after the
    /// participant's withdrawal; held: first day on or before the day.
    struct AttendanceOracle {
        let records: [[String: Any]]
        let participants: [String]
        let names: [String: String]

        init(path: String) throws {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            records = try text.split(separator: "\n").map { line in
                try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] ?? [:]
            }
            var participants: [String] = [], names: [String: String] = [:]
            for record in records {
                let data = record["data"] as? [String: Any] ?? [:]
                let personal = record["personal"] as? [String: Any] ?? [:]
                if record["type"] as? String == "participant.registered", let id = data["participant"] as? String {
                    participants.append(id)
                    names[id] = personal["name"] as? String
                }
                if record["type"] as? String == "facilitator.joined", let id = data["facilitator"] as? String {
                    names[id] = personal["name"] as? String
                }
            }
            self.participants = participants
            self.names = names
        }

        /// The standing records of the window, in log order.
        func window(asOf day: String?) -> [[String: Any]] {
            let inWindow = records.filter { record in
                guard let day else { return true }
                return String((record["at"] as? String ?? "").prefix(10)) <= day
            }
            let retracted = Set(inWindow.filter { $0["type"] as? String == "event.retracted" }
                .compactMap { ($0["data"] as? [String: Any])?["target"] as? String })
            return inWindow.filter { !retracted.contains($0["id"] as? String ?? "") }
        }

        /// Each session not cancelled: its first day and size.
        func sessions(asOf day: String?) -> [String: (first: String, dagdelen: Int)] {
            var sessions: [String: (first: String, dagdelen: Int)] = [:]
            var cancelled: Set<String> = []
            for record in window(asOf: day) {
                let data = record["data"] as? [String: Any] ?? [:]
                guard let id = data["session"] as? String else { continue }
                switch record["type"] as? String {
                case "session.scheduled", "session.rescheduled":
                    let days = (data["days"] as? [String] ?? []).sorted()
                    let size = data["dagdelen"] as? Int ?? sessions[id]?.dagdelen ?? 0
                    sessions[id] = (days.first ?? sessions[id]?.first ?? "", size)
                case "session.cancelled":
                    cancelled.insert(id)
                default: break
                }
            }
            return sessions.filter { !cancelled.contains($0.key) }
        }

        func firstDays(asOf day: String?) -> Set<String> { Set(sessions(asOf: day).values.map(\.first)) }

        /// Attended of held, and the dagdelen to come, as of `day` (nil: the latest record's day).
        func figures(_ participant: String, asOf day: String?) -> (attended: Int, held: Int, toCome: Int) {
            let records = window(asOf: day)
            let today = day ?? records.compactMap { ($0["at"] as? String).map { String($0.prefix(10)) } }.max() ?? ""
            let sessions = sessions(asOf: day)
            var latest: [String: Int] = [:]
            var withdrawal: String?
            for record in records {
                let data = record["data"] as? [String: Any] ?? [:]
                guard data["participant"] as? String == participant else { continue }
                if record["type"] as? String == "attendance.recorded", let session = data["session"] as? String {
                    latest[session] = data["dagdelen"] as? Int ?? 0
                }
                if record["type"] as? String == "participant.withdrew" {
                    withdrawal = String((record["at"] as? String ?? "").prefix(10))
                }
            }
            var attended = 0, held = 0, toCome = 0
            for (id, session) in sessions {
                guard session.first <= today else { toCome += session.dagdelen; continue }
                held += session.dagdelen
                if let withdrawal, session.first > withdrawal { continue }
                attended += min(latest[id] ?? 0, session.dagdelen)
            }
            return (attended, held, toCome)
        }

        /// What only the participant and the facilitators may see: e-mail, the withdrawal's reason,
        /// private notes of their attendance.
        func privateTexts(of participant: String) -> [String] {
            records.compactMap { record -> String? in
                let data = record["data"] as? [String: Any] ?? [:]
                let personal = record["personal"] as? [String: Any] ?? [:]
                guard data["participant"] as? String == participant else { return nil }
                switch record["type"] as? String {
                case "participant.registered": return personal["email"] as? String
                case "participant.withdrew": return personal["reason"] as? String
                case "attendance.recorded": return personal["note"] as? String
                default: return nil
                }
            }
        }
    }
}
