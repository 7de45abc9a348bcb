import Foundation
import Testing
import CohortLog

/// `cohort invite` and `cohort serve`, end to end: links made at the command line, a real server process
/// on the real cohort, forms read from the pages and posted as a browser posts them, and the log checked
/// after every step.
@Suite(.serialized) struct ServeTests {
    /// The whole log verifies, and its last record.
    func lastRecord(_ served: Served) -> [String: Any]? {
        #expect(cohort(["verify", served.log]).status == 0)
        let lines = String(decoding: served.logBytes, as: UTF8.self).split(separator: "\n")
        return lines.last.flatMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
    }

    /// Posts the form of `type` on `path`'s page with its hidden inputs and `fields`.
    func submit(_ served: Served, _ path: String, _ type: String, _ fields: [(String, String)],
                sourceLocation: SourceLocation = #_sourceLocation) -> Served.Response? {
        guard let page = served.get(path), let form = Served.form(type, in: page.body) else {
            Issue.record("no form \(type) on \(path)", sourceLocation: sourceLocation)
            return nil
        }
        #expect(form.action == path, sourceLocation: sourceLocation)
        return served.post(form.action, form.hidden + fields)
    }

    @Test func inviteKeepsOnlyADigestReplacesTheLinkAndRevokesIt() throws {
        let served = try Served()
        let first = served.invite("p03")
        let token = String(first.dropFirst("/p/".count))
        #expect(token.utf8.count == 43)
        let access = served.log + ".access"
        let text = try String(contentsOfFile: access, encoding: .utf8)
        #expect(!text.contains(token))
        #expect(text.contains("\nlink p03 " + SHA256.hash(Array(token.utf8)).hex + "\n"))
        let mode = (try FileManager.default.attributesOfItem(atPath: access)[.posixPermissions] as? NSNumber)?.intValue
        #expect(mode == 0o600)
        #expect(!String(decoding: served.logBytes, as: UTF8.self).contains(token))
        #expect(served.get(first)?.status == 200)
        // Inviting again replaces the link.
        let second = served.invite("p03")
        #expect(second != first)
        #expect(served.get(first)?.status == 404)
        #expect(served.get(second)?.status == 200)
        // Revoked: 404, and the same 404 as any unknown path.
        let revoke = cohort(["invite", served.log, "p03", "--revoke"])
        #expect(revoke.status == 0)
        let revoked = served.get(second)
        let unknown = served.get("/p/" + String(repeating: "A", count: 43))
        let nowhere = served.get("/nowhere")
        #expect(revoked?.status == 404 && unknown?.status == 404 && nowhere?.status == 404)
        #expect(revoked?.body == unknown?.body && unknown?.body == nowhere?.body)
        #expect(cohort(["invite", served.log, "p03", "--revoke"]).status == 1)
        // Someone the log does not know gets no link.
        let stranger = cohort(["invite", served.log, "p99"])
        #expect(stranger.status == 2 && stranger.err.contains("p99"))
        #expect(cohort(["invite", served.log, "p03", "--base-url", "ftp://x"]).status == 2)
        let proxied = cohort(["invite", served.log, "f1", "--base-url", "https://cohort.example.org/"])
        #expect(proxied.out.hasPrefix("https://cohort.example.org/p/"))
    }

    @Test func thePublicPageIsTheHarvestWithTheSecurityHeaders() throws {
        let served = try Served()
        let page = try #require(served.get("/"))
        #expect(page.status == 200)
        #expect(page.headers["content-type"] == "text/html; charset=utf-8")
        let policy = page.headers["content-security-policy"] ?? ""
        #expect(policy.contains("default-src 'none'") && policy.contains("frame-ancestors 'none'") && !policy.contains("script"))
        #expect(page.headers["x-content-type-options"] == "nosniff")
        #expect(page.headers["referrer-policy"] == "no-referrer")
        let exported = cohort(["harvest", served.log, "--format", "html", "--lang", "en"], environment: [:])
        #expect(page.body == exported.out)
        #expect(!page.body.contains("<script"))
        #expect(served.post("/", [("a", "b")])?.status == 405)
        for path in ["/p", "/p/", "/p/x/y", "/../etc/passwd", "/p/../../etc/passwd", "/%2e%2e/", "/index.html", "/favicon.ico"] {
            #expect(served.get(path)?.status == 404, "\(path)")
        }
    }

    @Test func aParticipantRecordsAPrivateReflectionThatOnlyTheyAndTheFacilitatorsSee() throws {
        let served = try Served()
        let mine = served.invite("p03")
        let theirs = served.invite("p05")
        let facilitator = served.invite("f1")
        let before = served.logBytes
        let text = "Ik merk dat ik <minder> stuur & meer vraag: \"eigen regie\" werkt."
        let response = submit(served, mine, "reflection.recorded", [("text", text), ("visibility", "private"), ("themes", "regie, vragen")])
        #expect(response?.status == 303)
        #expect(response?.headers["location"]?.hasPrefix(mine) == true)
        let record = try #require(lastRecord(served))
        #expect(record["by"] as? String == "p03")
        #expect(record["type"] as? String == "reflection.recorded")
        #expect(record["at"] as? String == testNow)
        let data = record["data"] as? [String: Any]
        #expect(data?["participant"] as? String == "p03")
        #expect(data?["visibility"] as? String == "private")
        #expect(data?["themes"] as? [String] == ["regie", "vragen"])
        #expect((record["personal"] as? [String: Any])?["text"] as? String == text)
        #expect(served.logBytes.starts(with: before))
        let escaped = "Ik merk dat ik &lt;minder&gt; stuur &amp; meer vraag: &quot;eigen regie&quot; werkt."
        #expect(served.get(mine)?.body.contains(escaped) == true)
        #expect(served.get(facilitator)?.body.contains(escaped) == true)
        #expect(served.get(theirs)?.body.contains(escaped) == false)
        #expect(served.get("/")?.body.contains("stuur &amp; meer vraag") == false)
        // A group reflection is seen by the others in the group, not by the public.
        #expect(submit(served, mine, "reflection.recorded", [("text", "Samen leren werkt voor mij."), ("visibility", "group")])?.status == 303)
        #expect(served.get(theirs)?.body.contains("Samen leren werkt voor mij.") == true)
        #expect(served.get("/")?.body.contains("Samen leren werkt voor mij.") == false)
    }

    @Test func aWishAndSupportAreRecordedAndTheNextPageShowsThem() throws {
        let served = try Served()
        let mine = served.invite("p03")
        #expect(submit(served, mine, "wish.stated", [("text", "Ik wil leren coachen zonder over te nemen."), ("themes", "coaching")])?.status == 303)
        let wish = try #require((lastRecord(served)?["data"] as? [String: Any])?["wish"] as? String)
        #expect(wish.hasPrefix("w-p03-"))
        let page = try #require(served.get(mine))
        #expect(page.body.contains("Ik wil leren coachen zonder over te nemen."))
        #expect(Served.form("wish.revised", in: page.body) != nil)
        #expect(submit(served, mine, "wish.revised", [("wish", wish), ("text", "Ik wil coachen en loslaten.")])?.status == 303)
        #expect(submit(served, mine, "support.given", [("to", "p05"), ("kind", "feedback"), ("note", "Tips over intervisie.")])?.status == 303)
        let support = try #require(lastRecord(served))
        #expect(support["by"] as? String == "p03")
        #expect((support["data"] as? [String: Any])?["from"] as? String == "p03")
        #expect((support["data"] as? [String: Any])?["to"] as? String == "p05")
        // An append at the command line shows on the next page too.
        let added = cohort(["add", served.log, "reflection", "--by", "p03", "--participant", "p03", "--text", "Vanaf de terminal."])
        #expect(added.status == 0, "\(added.err)")
        #expect(served.get(mine)?.body.contains("Vanaf de terminal.") == true)
    }

    @Test func aClientThatAsksToContinueIsToldToAndItsLongReflectionIsRecorded() throws {
        let served = try Served()
        let mine = served.invite("p03")
        let form = try #require(Served.form("reflection.recorded", in: served.get(mine)?.body ?? ""))
        let text = String(repeating: "Een lange reflectie over eigen regie. ", count: 60)
        let body = Served.urlEncoded(form.hidden + [("text", text)])
        let connection = try #require(served.connect())
        defer { close(connection) }
        served.send(Array("POST \(mine) HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nExpect: 100-continue\r\nContent-Length: \(body.utf8.count)\r\n\r\n".utf8), on: connection)
        var interim = [UInt8](repeating: 0, count: 25)
        let count = interim.withUnsafeMutableBytes { recv(connection, $0.baseAddress, $0.count, Int32(MSG_WAITALL)) }
        #expect(String(decoding: interim[0..<max(0, count)], as: UTF8.self) == "HTTP/1.1 100 Continue\r\n\r\n")
        served.send(Array(body.utf8), on: connection)
        #expect(Served.response(served.readAll(connection))?.status == 303)
        #expect((lastRecord(served)?["personal"] as? [String: Any])?["text"] as? String == text.trimmingCharacters(in: .whitespaces))
    }

    @Test func aParticipantRevisesAWishAndStartsProgressesAndCompletesTheirAssignment() throws {
        let served = try Served(try baseLog())
        let mine = served.invite("pa")
        #expect(submit(served, mine, "wish.revised", [("wish", "w-pa-1"), ("text", "Ik wil leren loslaten,\r\nook als het spannend is."), ("themes", "loslaten; vertrouwen")])?.status == 303)
        let revision = try #require(lastRecord(served))
        #expect(revision["type"] as? String == "wish.revised")
        #expect((revision["data"] as? [String: Any])?["themes"] as? [String] == ["loslaten", "vertrouwen"])
        let page = try #require(served.get(mine)?.body)
        #expect(Served.form("assignment.progressed", in: page) == nil)
        #expect(submit(served, mine, "assignment.started", [("title", "Teamdagen zonder agenda"), ("visibility", "group")])?.status == 303)
        let started = try #require(lastRecord(served))
        let assignment = try #require((started["data"] as? [String: Any])?["assignment"] as? String)
        #expect(assignment == "a-pa-1")
        // Once started: progress and completion are offered, a second start is not.
        let after = try #require(served.get(mine)?.body)
        #expect(Served.form("assignment.started", in: after) == nil)
        #expect(submit(served, mine, "assignment.progressed", [("assignment", assignment), ("progress", "140")])?.status == 422)
        #expect(submit(served, mine, "assignment.progressed", [("assignment", assignment), ("progress", "60"), ("note", "Twee teamdagen gehouden.")])?.status == 303)
        #expect((lastRecord(served)?["data"] as? [String: Any])?["progress"] as? Int == 60)
        #expect(submit(served, mine, "assignment.completed", [("assignment", assignment), ("result", "Het team plant zelf.")])?.status == 303)
        let done = try #require(lastRecord(served))
        #expect(done["type"] as? String == "assignment.completed" && done["by"] as? String == "pa")
        let final = try #require(served.get(mine)?.body)
        #expect(Served.form("assignment.completed", in: final) == nil)
        #expect(final.contains("Het team plant zelf."))
        // pb cannot touch pa's assignment, and pc, who withdrew, is offered nothing.
        let theirs = served.invite("pb")
        #expect(Served.form("assignment.progressed", in: served.get(theirs)?.body ?? "") == nil)
        #expect(served.get(served.invite("pc"))?.body.contains("<form") == false)
    }

    @Test func aRetractedIDStaysTakenAndAnAssignmentIsStartedOnce() throws {
        let served = try Served()
        let mine = served.invite("p03")
        #expect(submit(served, mine, "wish.stated", [("text", "Eerste poging.")])?.status == 303)
        let first = try #require(lastRecord(served))
        // p03 stated w-p03-1 and w-p03-2 in 2014: the next free one.
        #expect((first["data"] as? [String: Any])?["wish"] as? String == "w-p03-3")
        let retraction = #"{"type":"event.retracted","at":"2015-06-30T12:00:00Z","by":"f1","data":{"target":"\#(first["id"] as? String ?? "")","reason":"dubbel"}}"# + "\n"
        let retracted = cohort(["append", served.log, "-"], input: Array(retraction.utf8))
        #expect(retracted.status == 0, "\(retracted.err)")
        #expect(submit(served, mine, "wish.stated", [("text", "Tweede poging.")])?.status == 303)
        #expect((lastRecord(served)?["data"] as? [String: Any])?["wish"] as? String == "w-p03-4")
        // p01 has completed an assignment: the page offers no start, and a post of one is refused.
        let other = served.invite("p01")
        let page = try #require(served.get(other)?.body)
        #expect(Served.form("assignment.started", in: page) == nil)
        let reflection = try #require(Served.form("reflection.recorded", in: page))
        let started = reflection.hidden.map { $0.0 == "type" ? ($0.0, "assignment.started") : $0 }
        #expect(served.post(other, started + [("title", "Nog een opdracht")])?.status == 422)
    }

    @Test func forgedRequestsAppendNothing() throws {
        let served = try Served()
        let mine = served.invite("p03")
        let theirs = served.invite("p05")
        let page = try #require(served.get(mine)?.body)
        let form = try #require(Served.form("reflection.recorded", in: page))
        let before = served.logBytes
        let fields = [("text", "Vervalst?")]
        // No CSRF token, a wrong one, and another person's.
        let withoutCSRF = form.hidden.filter { $0.0 != "csrf" }
        #expect(served.post(mine, withoutCSRF + fields)?.status == 403)
        #expect(served.post(mine, withoutCSRF + [("csrf", String(repeating: "0", count: 64))] + fields)?.status == 403)
        let theirForm = try #require(Served.form("reflection.recorded", in: served.get(theirs)?.body ?? ""))
        let theirCSRF = try #require(theirForm.hidden.first { $0.0 == "csrf" })
        #expect(served.post(mine, withoutCSRF + [theirCSRF] + fields)?.status == 403)
        // Another person's id in the field that names who acts: refused beside the form.
        let other = form.hidden.map { $0.0 == "participant" ? ($0.0, "p05") : $0 }
        let refused = try #require(served.post(mine, other + fields))
        #expect(refused.status == 422)
        #expect(refused.body.contains("data.participant names someone else"))
        #expect(refused.body.contains("Vervalst?"))
        // A facilitator's link records for its facilitator alone, though the rules let facilitators record anything.
        let facilitator = served.invite("f1")
        let theirsToo = try #require(Served.form("reflection.recorded", in: served.get(facilitator)?.body ?? ""))
        let asParticipant = theirsToo.hidden.map { $0.0 == "participant" ? ($0.0, "p03") : $0 }
        #expect(served.post(facilitator, asParticipant + [("text", "In naam van p03."), ("visibility", "public")])?.status == 422)
        // Support from someone else.
        let support = try #require(Served.form("support.given", in: page))
        let forgedFrom = support.hidden.map { $0.0 == "from" ? ($0.0, "p05") : $0 }
        #expect(served.post(mine, forgedFrom + [("to", "p02"), ("kind", "feedback")])?.status == 422)
        // A private wish of someone else is told of exactly as a wish that does not exist.
        let hidden = try #require(served.post(mine, support.hidden + [("to", "p05"), ("kind", "feedback"), ("wish", "w-p05-2")]))
        let missing = try #require(served.post(mine, support.hidden + [("to", "p05"), ("kind", "feedback"), ("wish", "w-p05-9")]))
        #expect(hidden.status == 422 && missing.status == 422)
        #expect(hidden.body.contains("data.wish &quot;w-p05-2&quot; is not one you can choose here."))
        #expect(hidden.body.replacingOccurrences(of: "w-p05-2", with: "w-p05-9") == missing.body)
        #expect(served.get(theirs)?.status == 200)
        // A type the page offers no form for.
        let typeForged = form.hidden.map { $0.0 == "type" ? ($0.0, "participant.registered") : $0 }
        let notOffered = served.post(mine, typeForged.filter { $0.0 != "participant" } + [("participant", "p77"), ("name", "X")])
        #expect(notOffered?.status == 422 && notOffered?.body.contains("This page has no form for participant.registered.") == true)
        // A form that is not a form.
        let json = served.exchange(Array(
            "POST \(mine) HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}".utf8))
        #expect(json?.status == 415)
        #expect(served.logBytes == before)
        // A posted by or at is not read: the link's person and the server's clock record it.
        #expect(served.post(mine, form.hidden + fields + [("by", "f1"), ("at", "2014-01-01T00:00:00Z")])?.status == 303)
        let record = try #require(lastRecord(served))
        #expect(record["by"] as? String == "p03" && record["at"] as? String == testNow)
    }

    @Test func aFacilitatorRecordsASessionsAttendanceInOneFormAllOrNothing() throws {
        let served = try Served()
        let facilitator = served.invite("f1")
        let page = try #require(served.get(facilitator)?.body)
        let form = try #require(Served.form("attendance.recorded", in: page))
        let participants = form.hidden.filter { $0.0 == "participant" }.map(\.1)
        #expect(participants.count >= 8)
        #expect(!participants.contains("p08"))
        let hidden = form.hidden.filter { $0.0 != "participant" }
        func fields(_ dagdelen: [String]) -> [(String, String)] {
            var fields = hidden + [("session", "s5")]
            for (index, participant) in participants.enumerated() {
                fields += [("participant", participant), ("dagdelen", index < dagdelen.count ? dagdelen[index] : "")]
            }
            return fields
        }
        let before = served.logBytes
        let empty = served.post(facilitator, fields([]))
        #expect(empty?.status == 422 && empty?.body.contains("Give the dagdelen of at least one participant.") == true)
        // One participant more than the session's dagdelen: nothing of the form is appended.
        let refused = served.post(facilitator, fields(["2", "2", "99"]))
        #expect(refused?.status == 422)
        #expect(refused?.body.contains("rule.attendance-within-session") == true)
        #expect(served.logBytes == before)
        #expect(served.post(facilitator, fields(["2", "1", "0"]))?.status == 303)
        let added = String(decoding: served.logBytes.dropFirst(before.count), as: UTF8.self).split(separator: "\n")
        #expect(added.count == 3)
        #expect(added.allSatisfy { $0.contains("\"type\":\"attendance.recorded\"") && $0.contains("\"by\":\"f1\"") })
        #expect(cohort(["verify", served.log]).status == 0)
    }

    @Test func aFacilitatorReflectsAndAWithdrawnParticipantOnlyReads() throws {
        let served = try Served()
        let facilitator = served.invite("f1")
        #expect(submit(served, facilitator, "reflection.recorded", [("text", "De groep vindt haar eigen ritme."), ("session", "s5")])?.status == 303)
        let record = try #require(lastRecord(served))
        #expect(record["by"] as? String == "f1" && (record["data"] as? [String: Any])?["participant"] as? String == "f1")
        #expect(served.get(facilitator)?.body.contains("De groep vindt haar eigen ritme.") == true)
        // p08 withdrew: their page shows their timeline and offers no form.
        let withdrawn = try #require(served.get(served.invite("p08"))?.body)
        #expect(!withdrawn.contains("<form"))
        #expect(withdrawn.contains("id=\"timeline\""))
    }

    @Test func hostileAndUnfinishedRequestsAreRefusedAndTheServerKeepsAnswering() throws {
        let served = try Served(arguments: ["--timeout", "1"])
        let mine = served.invite("p03")
        #expect(served.exchange(Array("NONSENSE\r\n\r\n".utf8))?.status == 400)
        #expect(served.exchange(Array("GET / HTTP/1.1\r\nX: \(String(repeating: "a", count: 20_000))\r\n\r\n".utf8))?.status == 431)
        #expect(served.exchange(Array("GET /\(String(repeating: "a", count: 10_000)) HTTP/1.1\r\n\r\n".utf8))?.status == 414)
        #expect(served.exchange(Array("POST \(mine) HTTP/1.1\r\nHost: x\r\nContent-Length: 100000000\r\n\r\n".utf8))?.status == 413)
        #expect(served.exchange(Array("POST \(mine) HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n".utf8))?.status == 501)
        #expect(served.exchange([0, 1, 2, 255, 254, 13, 10, 13, 10])?.status == 400)
        // A hundred unfinished requests, held open: the server answers others meanwhile, and them with 408.
        let stalled = (0..<100).compactMap { _ in served.connect() }
        #expect(stalled.count == 100)
        for connection in stalled { served.send(Array("GET / HTTP/1.1\r\nHost:".utf8), on: connection) }
        #expect(served.get(mine)?.status == 200)
        for connection in stalled {
            #expect(Served.response(served.readAll(connection))?.status == 408)
            close(connection)
        }
        // A body shorter than its length, and a peer that goes away.
        #expect(served.exchange(Array("POST \(mine) HTTP/1.1\r\nHost: x\r\nContent-Length: 50\r\n\r\nabc".utf8), closeWriting: true) == nil)
        #expect(served.get("/")?.status == 200)
        #expect(cohort(["verify", served.log]).status == 0)
    }

    @Test func fiftyClientsPostingAtOnceLoseNothingAndDuplicateNothing() throws {
        let served = try Served()
        let people = ["p01", "p02", "p03", "p04", "p05"]
        var forms: [(path: String, hidden: [(String, String)])] = []
        for person in people {
            let path = served.invite(person)
            let form = try #require(Served.form("reflection.recorded", in: served.get(path)?.body ?? ""))
            forms.append((path, form.hidden))
        }
        let before = String(decoding: served.logBytes, as: UTF8.self).split(separator: "\n").count
        let made = forms
        let statuses = Statuses()
        DispatchQueue.concurrentPerform(iterations: 50) { index in
            let form = made[index % made.count]
            let response = served.post(form.path, form.hidden + [("text", "Gelijktijdige reflectie nummer \(index).")])
            statuses.add(response?.status ?? 0)
        }
        #expect(statuses.all.sorted() == Array(repeating: 303, count: 50))
        let lines = String(decoding: served.logBytes, as: UTF8.self).split(separator: "\n")
        #expect(lines.count == before + 50)
        for index in 0..<50 {
            #expect(lines.filter { $0.contains("Gelijktijdige reflectie nummer \(index).\"") }.count == 1, "reflection \(index)")
        }
        let ids = lines.dropFirst(before).compactMap { line in
            ((try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any]).flatMap { ($0["data"] as? [String: Any])?["reflection"] as? String }
        }
        #expect(Set(ids).count == 50)
        #expect(cohort(["verify", served.log]).status == 0)
    }

    @Test func thePagesSpeakDutchOrEnglish() throws {
        let dutch = try Served(arguments: ["--lang", "nl"])
        let path = dutch.invite("p03")
        let page = try #require(dutch.get(path)?.body)
        #expect(page.contains("<html lang=\"nl\">"))
        #expect(page.contains("Een reflectie vastleggen") && page.contains("Jouw tijdlijn") && page.contains("Vastleggen</button>"))
        let english = try Served(arguments: ["--lang", "en"])
        let englishPage = try #require(english.get(english.invite("p03"))?.body)
        #expect(englishPage.contains("<html lang=\"en\">"))
        #expect(englishPage.contains("Record a reflection") && englishPage.contains("Your timeline"))
        // A refusal in Dutch says so in Dutch.
        let form = try #require(Served.form("reflection.recorded", in: page))
        let refused = dutch.post(path, form.hidden.filter { $0.0 != "csrf" } + [("csrf", "00"), ("text", "x")])
        #expect(refused?.status == 403 && refused?.body.contains("Dit formulier is verlopen") == true)
    }

    @Test func serveRefusesALogThatDoesNotVerifyAndBadOptions() throws {
        #expect(cohort(["serve", "/nonexistent/log.jsonl"]).status == 2)
        #expect(cohort(["serve", realCohortLog, "--port", "70000"]).status == 2)
        #expect(cohort(["serve", realCohortLog, "--timeout", "0"]).status == 2)
        let directory = try temporaryDirectory()
        let broken = directory.appendingPathComponent("broken.jsonl").path
        var bytes = try Data(contentsOf: URL(fileURLWithPath: realCohortLog))
        bytes[200] = bytes[200] == 0x61 ? 0x62 : 0x61
        try bytes.write(to: URL(fileURLWithPath: broken))
        #expect(cohort(["serve", broken]).status == 1)
    }
}

/// Statuses gathered from many threads.
final class Statuses: @unchecked Sendable {
    private var values: [Int] = []
    private let lock = NSLock()
    func add(_ status: Int) {
        lock.lock()
        values.append(status)
        lock.unlock()
    }
    var all: [Int] {
        lock.lock()
        defer { lock.unlock() }
        return values
    }
}
