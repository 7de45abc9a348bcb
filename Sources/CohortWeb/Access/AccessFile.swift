#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CohortLog

/// `LOG.access`, beside the log and never in it: who holds a personal link to the web pages of `serve`,
/// as the digest of each link's token (never the token), and the server's secret for the forms' CSRF
/// tokens. Readable by its owner only (`0600`); rewritten whole through a new file renamed over it.
///
/// ```
/// cohort-access 1
/// secret 5f1c…                (64 hex: the forms' secret)
/// link p03 9a0e…              (a person's id and the digest of their link's token)
/// ```
public struct AccessFile: Sendable, Equatable {
    /// The forms' secret: a CSRF token is a digest of it and the link's (``csrfToken(for:)``).
    public var secret: Digest
    /// The digest of each person's link token, by person id.
    public var links: [String: Digest]

    /// The file beside the log at `logPath`.
    public static func path(forLog logPath: String) -> String { logPath + ".access" }

    /// A file with a new secret and no links.
    public init() {
        secret = AccessToken.random().digest
        links = [:]
    }

    init(secret: Digest, links: [String: Digest]) {
        self.secret = secret
        self.links = links
    }

    /// The file beside `logPath`, or an empty one (nil) when there is none.
    public static func read(forLog logPath: String) throws(FileError) -> AccessFile? {
        let path = path(forLog: logPath)
        guard FileSystem.exists(path) else { return nil }
        let bytes = try FileSystem.readAll(path)
        return try parse(bytes, path: path)
    }

    /// The file's text parsed; a line it does not understand is an error naming it.
    static func parse(_ bytes: [UInt8], path: String) throws(FileError) -> AccessFile {
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first == "cohort-access 1" else {
            throw FileError(path, "cannot read", reason: "line 1: not a cohort access file (it starts with `cohort-access 1`)")
        }
        var secret: Digest?
        var links: [String: Digest] = [:]
        for (index, line) in lines.enumerated().dropFirst() where !line.isEmpty {
            let parts = line.split(separator: " ", omittingEmptySubsequences: false)
            let problem = "line \(index + 1): expected `secret DIGEST` or `link ID DIGEST` (64 hex characters), once each"
            switch (parts.first, parts.count) {
            case ("secret", 2):
                guard secret == nil, let digest = Digest(hex: parts[1]) else { throw FileError(path, "cannot read", reason: problem) }
                secret = digest
            case ("link", 3):
                guard links[String(parts[1])] == nil, let digest = Digest(hex: parts[2]) else {
                    throw FileError(path, "cannot read", reason: problem)
                }
                links[String(parts[1])] = digest
            default:
                throw FileError(path, "cannot read", reason: problem)
            }
        }
        guard let secret else { throw FileError(path, "cannot read", reason: "no `secret` line") }
        return AccessFile(secret: secret, links: links)
    }

    /// The file's text: the secret, then the links by person id.
    var text: String {
        var text = "cohort-access 1\nsecret \(secret.hex)\n"
        for person in links.keys.sorted() { text += "link \(person) \(links[person]!.hex)\n" }
        return text
    }

    /// Writes the file beside `logPath` whole (a new file, synced, renamed over the old), mode `0600`.
    public func write(forLog logPath: String) throws(FileError) {
        let path = AccessFile.path(forLog: logPath)
        let (temporary, fd) = try FileSystem.createTemporary(beside: path, kind: "access", mode: 0o600)
        do throws(FileError) {
            defer { close(fd) }
            try FileSystem.writeAll(fd: fd, Array(text.utf8), path: temporary)
            try FileSystem.sync(fd: fd, path: temporary)
        } catch {
            _ = FileSystem.remove(temporary)
            throw error
        }
        do throws(FileError) {
            try FileSystem.rename(temporary, over: path)
        } catch {
            _ = FileSystem.remove(temporary)
            throw error
        }
        try FileSystem.syncDirectory(of: path)
    }

    /// The person whose link has `token`, compared with every link's digest in constant time (a lookup
    /// takes as long whichever link, if any, it finds).
    public func person(holding token: AccessToken) -> String? {
        let digest = token.digest
        var found: String?
        for (person, link) in links where link.equalsInConstantTime(digest) {
            found = person
        }
        return found
    }

    /// The CSRF token of the forms on the page of the link with `token`: it changes when the link does.
    public func csrfToken(for token: AccessToken) -> String {
        var hasher = SHA256()
        hasher.update(secret)
        hasher.update([0])
        hasher.update(token.digest)
        return hasher.finalize().hex
    }

    /// Whether `given` is the CSRF token of the link with `token`, compared in constant time.
    public func acceptsCSRF(_ given: String, for token: AccessToken) -> Bool {
        guard let given = Digest(hex: given), let expected = Digest(hex: csrfToken(for: token)) else { return false }
        return given.equalsInConstantTime(expected)
    }
}
