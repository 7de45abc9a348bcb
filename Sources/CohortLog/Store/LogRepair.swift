#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What `repair` did.
public enum RepairOutcome: Sendable {
    /// The log verified: nothing to do.
    case sound(records: Int, head: Digest)
    /// The torn tail was moved aside and/or unfinished erasures finished; the log now verifies.
    case repaired(records: Int, head: Digest, tornFile: String?, tornBytes: Int, erased: [RecordID])
    /// The log has damage that repair does not touch (in the middle, or in whole records): reported, not
    /// repaired; nothing was changed.
    case refused(problems: [Diagnostic], omitted: Int)
}

/// Repairs what an interrupted write leaves: a torn tail (moved into `LOG.torn-<UTC time>`, whole records
/// never touched) and an erasure that a `data.redacted` asked for but a crash stopped before its rename.
/// Anything else is reported, not repaired.
public enum LogRepair {
    /// Checks checks that repair may fix.
    static let fixable: Set<DiagnosticCode> = [.formatTornTail, .redactionUnfinished]

    /// Repairs the log at `path`; `now` names the torn file.
    public static func repair(path: String, now: Timestamp) throws(FileError) -> RepairOutcome {
        guard FileSystem.exists(path) else { throw FileError(path, "cannot open", errno: ENOENT) }
        let lock = try LogLock(logPath: path)
        defer { lock.release() }
        removeLeftovers(of: path)
        let verifier = try LogVerifier.verify(path: path)
        if verifier.isSound { return .sound(records: verifier.records, head: verifier.head) }
        guard verifier.omitted == 0, verifier.problems.allSatisfy({ fixable.contains($0.check) }) else {
            return .refused(
                problems: verifier.problems.filter { !fixable.contains($0.check) }, omitted: verifier.omitted)
        }
        var tornFile: String?
        var tornBytes = 0
        if verifier.tornTail {
            let fd = open(path, O_RDWR | O_CLOEXEC)
            guard fd >= 0 else { throw FileError(path, "cannot open for repair", errno: errno) }
            defer { close(fd) }
            let size = try FileSystem.size(fd: fd, path: path)
            tornBytes = size - verifier.soundLength
            guard lseek(fd, off_t(verifier.soundLength), SEEK_SET) >= 0 else {
                throw FileError(path, "cannot seek", errno: errno)
            }
            let tail = try FileSystem.readAll(fd: fd, path: path)
            let name = try createTornFile(for: path, now: now)
            defer { close(name.fd) }
            try FileSystem.writeAll(fd: name.fd, tail, path: name.path)
            try FileSystem.sync(fd: name.fd, path: name.path)
            try FileSystem.truncate(fd: fd, to: verifier.soundLength, path: path)
            try FileSystem.sync(fd: fd, path: path)
            try FileSystem.syncDirectory(of: path)
            tornFile = name.path
        }
        var erased: [RecordID] = []
        if !verifier.unfinishedRedactions.isEmpty {
            erased = try Redactor.erase(Set(verifier.unfinishedRedactions), in: path)
        }
        let after = try LogVerifier.verify(path: path)
        if !after.isSound { return .refused(problems: after.problems, omitted: after.omitted) }
        return .repaired(records: after.records, head: after.head, tornFile: tornFile, tornBytes: tornBytes, erased: erased)
    }

    /// Removes what a writer killed in its work leaves beside the log: the new file of an erasure that
    /// was not renamed over the log (`.LOG.redact-….tmp`) and a half-written cache (`LOG.state.tmp`).
    /// Only a writer holding the log's lock makes them, and the caller holds it, so whoever made them is
    /// gone. They hold nothing the log does not (the erasure's file has less), but should not linger.
    static func removeLeftovers(of path: String) {
        let directory = FileSystem.directoryName(path)
        let name = Redactor.baseName(path)
        let erasure = "." + name + ".redact-"
        guard let stream = opendir(directory) else { return }
        var leftovers: [String] = []
        while let entry = readdir(stream) {
            let entryName = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if (entryName.hasPrefix(erasure) && entryName.hasSuffix(".tmp")) || entryName == name + ".state.tmp" {
                leftovers.append(directory + "/" + entryName)
            }
        }
        closedir(stream)
        for leftover in leftovers { FileSystem.remove(leftover) }
    }

    /// Creates `LOG.torn-<UTC time>` (with `-2`, `-3`, … when that exists), never following a link.
    static func createTornFile(for path: String, now: Timestamp) throws(FileError) -> (path: String, fd: Int32) {
        let stamp = now.inUTC.description.filter { $0 != "-" && $0 != ":" }
        let base = path + ".torn-" + stamp
        var candidate = base
        var attempt = 1
        while true {
            do {
                return (candidate, try FileSystem.createNew(candidate, mode: 0o600))
            } catch {
                guard error.code == EEXIST, attempt < 1000 else { throw error }
                attempt += 1
                candidate = base + "-\(attempt)"
            }
        }
    }
}
