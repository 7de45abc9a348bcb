import CohortLog
import CohortProjections
import CohortWeb

extension Command {
    /// `cohort invite LOG PERSON`.
    static let invite = Command(
        name: "invite",
        summary: "a personal link to the web pages of `cohort serve` for a participant or facilitator",
        details: """
        Prints URL/p/TOKEN: TOKEN is 256 random bits in URL-safe base64, and the link is the person's key
        to their page (their timeline, the harvest as they may see it, and forms to record their wishes,
        support, reflections and assignment): hand it over as you would a password. Only a digest of the
        token is kept, in LOG.access beside the log (readable by its owner only, never in the log), so a
        lost link cannot be shown again: invite again for a new one, which replaces the old. --revoke ends
        the person's link. --base-url is where the pages are reached (default http://127.0.0.1:8080, what
        `cohort serve` binds; behind a proxy, its https address).
        """,
        options: InviteOptions.self
    ) { arguments, invocation in
        let log = arguments.log
        let (source, folded) = try invocation.foldedLogSource(log, window: RecordWindow(), command: "invite")
        let state = try folded ?? source.cohort()
        guard let person = state.person(arguments.person) else {
            throw UsageError("there is no participant or facilitator \(arguments.person) in \(log)", command: "invite")
        }
        let lock = try LogLock(logPath: log)
        defer { lock.release(removingFile: false) }
        var access = try AccessFile.read(forLog: log) ?? AccessFile()
        if arguments.revoke {
            guard access.links.removeValue(forKey: person.id.rawValue) != nil else {
                invocation.err.line("cohort invite: \(person.id) has no link to revoke; nothing changed")
                return 1
            }
            try access.write(forLog: log)
            invocation.out.line("revoked the link of \(person.id); it now answers 404")
            return 0
        }
        let token = AccessToken.random()
        access.links[person.id.rawValue] = token.digest
        try access.write(forLog: log)
        invocation.out.line(arguments.baseURL + "/p/" + token.text)
        return 0
    }
}

/// The arguments of `cohort invite`.
struct InviteOptions: CommandOptions {
    static let positionals = [Positional.log, Positional("PERSON")]
    static let baseURL = OptionSpec.value("base-url", "URL", "where the pages are reached (default http://127.0.0.1:8080)")
    static let revoke = OptionSpec.flag("revoke", "end the person's link instead of making one")
    static let options: [OptionSpec] = [baseURL, revoke]

    let log: String
    let person: String
    let baseURL: String
    let revoke: Bool

    init(_ arguments: ParsedArguments, invocation: Invocation) throws(UsageError) {
        log = arguments.positionals[0]
        person = arguments.positionals[1]
        var url = arguments.value(Self.baseURL) ?? "http://127.0.0.1:8080"
        while url.hasSuffix("/") { url.removeLast() }
        guard url.hasPrefix("http://") || url.hasPrefix("https://") else {
            throw UsageError("--base-url \(url): expected an http:// or https:// address", command: "invite")
        }
        baseURL = url
        revoke = arguments.has(Self.revoke)
    }
}
