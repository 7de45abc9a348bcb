#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Erases personal fields (EVENTS.md section 6): replaces the `personal` member of each target that
/// holds values with `{"redacted":"<hex SHA-256 of the original personal bytes>"}`, by writing a new
/// file beside the log, syncing it, renaming it over the log and syncing the directory.
///
/// Nothing else changes: every digest stays the same (checked line by line before the rename), so the
/// chain still verifies. The rename is the only moment the old file is replaced: before it, the old log
/// stands; after it, the new one. The caller holds the log's lock.
public enum Redactor {
    /// Erases the personal fields of the records with ids in `targets` that still hold them; returns
    /// their ids.
    public static func erase(_ targets: Set<String>, in path: String) throws(FileError) -> [RecordID] {
        let input = try FileSystem.openForReading(path)
        defer { close(input) }
        var info = stat()
        guard fstat(input, &info) == 0 else { throw FileError(path, "cannot stat", errno: errno) }
        let (temporary, output) = try createTemporary(beside: path, mode: info.st_mode & 0o777)
        var finished = false
        defer {
            close(output)
            if !finished { FileSystem.remove(temporary) }
        }
        var erased: [RecordID] = []
        var parser = RecordParser()
        var buffer: [UInt8] = []
        buffer.reserveCapacity(1 << 20)
        try LineReader.forEachLine(fd: input, path: path) { line throws(FileError) in
            if line.ended, case .record(let record) = parser.parse(line.bytes, number: line.number),
                record.personal == .values, targets.contains(record.id.rawValue),
                let rewritten = redactedLine(line.bytes, digest: record.digest)
            {
                buffer.append(contentsOf: rewritten)
                erased.append(record.id)
            } else {
                buffer.append(contentsOf: line.bytes)
            }
            if line.ended { buffer.append(0x0A) }
            if buffer.count >= 1 << 20 {
                try FileSystem.writeAll(fd: output, buffer, path: temporary)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        try FileSystem.writeAll(fd: output, buffer, path: temporary)
        try FileSystem.sync(fd: output, path: temporary)
        guard !erased.isEmpty else { return [] }
        try FileSystem.rename(temporary, over: path)
        finished = true
        try FileSystem.syncDirectory(of: path)
        return erased
    }

    /// The line with its `personal` member replaced by `{"redacted":"<hex>"}`, or nil when the result
    /// would not keep the record's digest.
    static func redactedLine(_ line: UnsafeRawBufferPointer, digest: Digest) -> [UInt8]? {
        guard let personalStart = Chain.personalStart(in: line) else { return nil }
        let personal = UnsafeRawBufferPointer(rebasing: line[personalStart..<(line.count - 1)])
        let hash = SHA256.hash(personal)
        var result = Array(line[0..<personalStart])
        result.append(contentsOf: "{\"redacted\":\"".utf8)
        hash.appendHex(to: &result)
        result.append(contentsOf: "\"}}".utf8)
        let header = UnsafeRawBufferPointer(rebasing: line[0..<personalStart])
        guard Chain.digest(header: header, personalDigest: hash) == digest else { return nil }
        return result
    }

    /// Creates the new file beside the log, `.LOG.redact-<pid>-<8 random hex>.tmp`, never following a
    /// link: a name something already holds (a file, or a symbolic link planted there) is passed over
    /// for another random one.
    static func createTemporary(beside path: String, mode: mode_t) throws(FileError) -> (path: String, fd: Int32) {
        var attempt = 1
        while true {
            let candidate = FileSystem.directoryName(path) + "/." + baseName(path)
                + ".redact-\(getpid())-\(SealingEnvironment.randomSalt().prefix(8)).tmp"
            do {
                return (candidate, try FileSystem.createNew(candidate, mode: mode))
            } catch {
                guard error.code == EEXIST, attempt < 100 else { throw error }
                attempt += 1
            }
        }
    }

    static func baseName(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }
}
