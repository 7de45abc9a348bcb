#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import CohortLog
import CohortProjections
import CohortReports

/// The cohort on the web: answers each request from the log and its access file, as they are at that
/// moment (a page after any append, from the web or the command line, shows it). The routes:
/// `GET /` the public harvest; `GET /p/TOKEN` a person's page; `POST /p/TOKEN` a form of that page.
/// Anything else, and a token no link has, is 404 and says nothing more.
public final class CohortSite: @unchecked Sendable {
    /// The log.
    public let logPath: String
    /// The words of the pages.
    public let words: WebWords
    /// The writer's clock and salts (`COHORT_NOW` in tests).
    let environment: SealingEnvironment
    /// The cohort as last read, the writer's knowledge of the same log (the ids taken, retracted ones
    /// among them), and the stamp of the log they were read from.
    private var cached: Snapshot?
    private let lock = NSLock()
    /// One append at a time from this server (the log's lock keeps other processes out).
    private let writing = NSLock()

    public init(logPath: String, language: Language, environment: SealingEnvironment) {
        self.logPath = logPath
        words = WebWords.of(language)
        self.environment = environment
    }

    /// Why the cohort cannot be shown.
    enum Unavailable: Error { case unsound, unreadable }

    /// The log as read at one moment.
    struct Snapshot {
        let stamp: FileStamp
        /// The whole cohort.
        let state: CohortState
        /// What the writer's rules know of it.
        let rules: RuleState
    }

    /// The log as it is now: read again only when it changed, and under its lock, so that a page never
    /// reads an append half written.
    func snapshot() throws(Unavailable) -> Snapshot {
        lock.lock()
        defer { lock.unlock() }
        if let cached, try stamp() == cached.stamp { return cached }
        // Changed: read under the log's lock, which every writer holds while it writes.
        let logLock: LogLock
        do { logLock = try LogLock(logPath: logPath) } catch { throw .unreadable }
        defer { logLock.release(removingFile: false) }
        let stamp = try stamp()
        if let cached, stamp == cached.stamp { return cached }
        let opening: LogSource.Opening
        do { opening = try LogSource.open(logPath) } catch { throw .unreadable }
        guard case .verified(let source, let folded) = opening else { throw .unsound }
        let state: CohortState
        if let folded {
            state = folded
        } else {
            do { state = try source.cohort() } catch { throw .unreadable }
        }
        let snapshot = Snapshot(stamp: stamp, state: state, rules: source.log.verifier.state)
        cached = snapshot
        return snapshot
    }

    /// The log's stamp now.
    func stamp() throws(Unavailable) -> FileStamp {
        let fd = open(logPath, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw .unreadable }
        defer { close(fd) }
        guard let stamp = FileStamp(fd: fd) else { throw .unreadable }
        return stamp
    }

    /// The whole cohort as the log holds it now.
    func cohort() throws(Unavailable) -> CohortState { try snapshot().state }

    /// The response to `request`.
    public func respond(to request: HTTPRequest) -> HTTPResponse {
        let isRead = request.method == "GET" || request.method == "HEAD"
        if request.path == "/" {
            guard isRead else { return methodNotAllowed("GET, HEAD") }
            return publicPage()
        }
        let parts = request.path.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].isEmpty, parts[1] == "p", let token = AccessToken(parts[2]) else { return notFound }
        // An unknown or revoked link is not found, for every method: it tells nothing of the server.
        guard let access = try? AccessFile.read(forLog: logPath), let personID = access.person(holding: token) else { return notFound }
        let all: CohortState
        do { all = try cohort() } catch { return unavailable(error) }
        guard let person = all.person(personID) else { return notFound }
        switch request.method {
        case "GET", "HEAD":
            let notice = request.query.flatMap { query in
                query.hasPrefix("recorded=") ? EventType(rawValue: String(query.dropFirst("recorded=".count))) : nil
            }.map(PersonPage.Notice.recorded)
            return .html(page(for: person, in: all, token: token, access: access, notice: notice).html)
        case "POST":
            return post(request, person: person, token: token, access: access)
        default:
            return methodNotAllowed("GET, HEAD, POST")
        }
    }

    func page(for person: Person, in all: CohortState, token: AccessToken, access: AccessFile, notice: PersonPage.Notice? = nil,
              posted: FormData? = nil) -> PersonPage {
        PersonPage(person: person, visible: all.visible(to: person.ownAudience), words: words, action: "/p/\(token.text)",
                          csrf: access.csrfToken(for: token), notice: notice, posted: posted)
    }

    /// A form: checked for its CSRF token, made into submissions and appended through the writer; success
    /// sees the page again (303), a refusal shows the page with the messages beside the form (422).
    func post(_ request: HTTPRequest, person: Person, token: AccessToken, access: AccessFile) -> HTTPResponse {
        let contentType = request.header("content-type")?.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard contentType == "application/x-www-form-urlencoded" else {
            return .text(words.badForm, status: .unsupportedMediaType)
        }
        guard let form = FormData(urlEncoded: request.body) else { return .text(words.badForm, status: .badRequest) }
        guard let csrf = form["csrf"], access.acceptsCSRF(csrf, for: token) else {
            return .html(PageLayout.page(title: words.yourPage, language: words.language, body: "<p>\(HTML.text(words.forbidden))</p>"),
                         status: .forbidden)
        }
        let type = form["type"].flatMap(EventType.init(rawValue:))
        let at = environment.now().description
        writing.lock()
        defer { writing.unlock() }
        // Everything the form is checked against is read now, under the writing lock: what another post
        // just appended counts (the forms offered, the free ids).
        let now: Snapshot
        do { now = try snapshot() } catch { return unavailable(error) }
        guard let person = now.state.person(person.id.rawValue) else { return notFound }
        let visible = now.state.visible(to: person.ownAudience)
        let offered = WebForm.offered(WebForm.forms(for: person, in: visible, words: words), to: person)
        let submissions: [Submission]
        do {
            submissions = try FormSubmission.submissions(form, person: person, offered: offered, at: at, taken: now.rules,
                                                         visible: visible)
        } catch {
            let message = switch error {
            case .notOffered(let type): words.notOffered(type)
            case .empty: words.noAttendance
            case .notYours(let field): words.notYours(field)
            case .unseen(let field, let id): words.unseen(field, id)
            }
            return refused(type, [message], person: person, all: now.state, token: token, access: access, form: form)
        }
        let reading = Submission.read(submissions)
        guard reading.problems.isEmpty else {
            return refused(type, reading.problems.map(Self.message), person: person, all: now.state, token: token, access: access, form: form)
        }
        do {
            _ = try LogWriter.append(reading.events, to: logPath, environment: environment)
        } catch {
            switch error {
            case .refused(let problems):
                return refused(type, problems.all.map(Self.message), person: person, all: now.state, token: token, access: access, form: form)
            case .unsoundLog, .evidenceCopy:
                return unavailable(.unsound)
            case .file, .writeFailed:
                return unavailable(.unreadable)
            }
        }
        return .seeOther("/p/\(token.text)?recorded=\(type?.rawValue ?? "")")
    }

    func refused(_ type: EventType?, _ messages: [String], person: Person, all: CohortState, token: AccessToken, access: AccessFile,
                 form: FormData) -> HTTPResponse {
        let page = page(for: person, in: all, token: token, access: access, notice: .refused(type, messages), posted: form)
        return .html(page.html, status: .unprocessableContent)
    }

    /// A problem as a line beside the form: the field, the message, the rule's name.
    static func message(_ problem: Diagnostic) -> String {
        var text = (problem.field.map { "\($0): " } ?? "") + problem.message + " [\(problem.check.rawValue)]"
        if let hint = problem.hint { text += " (\(hint))" }
        return text
    }

    /// The harvest for the public: the page export's page.
    func publicPage() -> HTTPResponse {
        let all: CohortState
        do { all = try cohort() } catch { return unavailable(error) }
        let visible = all.visible(to: .public)
        let context = ReportContext(words: words.language.words, audience: .public, window: RecordWindow(), state: visible)
        return .html(HarvestPage(Harvest(visible, attendance: false), context: context).html)
    }

    var notFound: HTTPResponse { .text(words.notFound, status: .notFound) }

    func methodNotAllowed(_ allowed: String) -> HTTPResponse {
        var response = HTTPResponse.text("Method Not Allowed", status: .methodNotAllowed)
        response.headers.append(("Allow", allowed))
        return response
    }

    func unavailable(_ reason: Unavailable) -> HTTPResponse {
        .html(PageLayout.page(title: "cohort", language: words.language, body: "<p>\(HTML.text(words.logUnsound))</p>"),
              status: reason == .unsound ? .internalServerError : .serviceUnavailable)
    }
}
