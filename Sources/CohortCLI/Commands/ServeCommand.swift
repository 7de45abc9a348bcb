import CohortLog
import CohortProjections
import CohortReports
import CohortWeb

extension Command {
    /// `cohort serve LOG`.
    static let serve = Command(
        name: "serve",
        summary: "the cohort on the web: the public harvest, and each person's page with forms",
        details: """
        An HTTP/1.1 server for the people of the cohort (as hledger-web is for a journal), with the log as
        its only store. GET / is the public harvest. GET /p/TOKEN is a person's own page (make links with
        `cohort invite`): their timeline and the harvest as they may see them, and forms to state or revise
        a wish, record a reflection or support they gave, and start, progress or complete their
        assignment; facilitators record a reflection, or a session's attendance in one form. Every form
        goes through the same rules and writer as `cohort append`, with by the link's person and at the
        server's clock (COHORT_NOW when set); a broken rule shows its message beside the form and appends
        nothing. Pages read the log as it is at each request, so an append from anywhere shows at once.
        Binds 127.0.0.1:8080 unless told otherwise (--port 0: a free port, said on standard error). For use
        beyond this machine, put it behind a reverse proxy that speaks TLS (README.md). Stop with Ctrl-C.
        """,
        options: ServeOptions.self
    ) { arguments, invocation in
        let log = arguments.log
        // The log must be there and verify before anything is served.
        _ = try invocation.logSource(log, window: RecordWindow(), command: "serve")
        let site = CohortSite(logPath: log, language: arguments.language, environment: try invocation.sealing())
        let server: HTTPServer
        do {
            server = try HTTPServer(host: arguments.host, port: arguments.port, idleTimeout: arguments.timeout,
                                    requestTimeout: 3 * arguments.timeout) { site.respond(to: $0) }
        } catch {
            invocation.err.line("cohort serve: \(error)")
            return 1
        }
        invocation.err.line("cohort serve: \(log) on http://\(server.host):\(server.port)/ (Ctrl-C stops)")
        server.run()
    }
}

/// The arguments of `cohort serve`.
struct ServeOptions: CommandOptions {
    static let positionals = [Positional.log]
    static let host = OptionSpec.value("host", "H", "the IPv4 address to bind (default 127.0.0.1: this machine only)")
    static let port = OptionSpec.value("port", "N", "the port (default 8080; 0: a free one)")
    static let language = OptionSpec.language.help("the language of the pages (default: from LC_ALL, LC_MESSAGES or LANG; else en)")
    static let timeout = OptionSpec.value(
        "timeout", "SECONDS", "how long a request may stall between reads before it is answered 408 (default 5; three times that in all)")
    static let options: [OptionSpec] = [host, port, language, timeout]

    let log: String
    let host: String
    let port: Int
    let language: Language
    let timeout: Double

    init(_ arguments: ParsedArguments, invocation: Invocation) throws(UsageError) {
        log = arguments.positionals[0]
        host = arguments.value(Self.host) ?? "127.0.0.1"
        let portText = arguments.value(Self.port) ?? "8080"
        guard let port = Int(portText), (0...65535).contains(port) else {
            throw UsageError("--port \(portText): expected a port number from 0 to 65535", command: "serve")
        }
        self.port = port
        language = Language(arguments, invocation: invocation)
        let timeoutText = arguments.value(Self.timeout) ?? "5"
        guard let timeout = Double(timeoutText), timeout >= 0.01, timeout <= 3600 else {
            throw UsageError("--timeout \(timeoutText): expected seconds, from 0.01 to 3600", command: "serve")
        }
        self.timeout = timeout
    }
}
