#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Erases personal fields (docs/FORMAT.md section 6): replaces the `personal` member of each target that
/// holds values with `{"redacted":"<hex SHA-256 of the original personal bytes>"}`, by writing a new
/// file beside the log, syncing it, renaming it over the log and syncing the directory.
///
/// Nothing else changes: every digest stays the same (checked line by line before the rename), so the
/// chain still verifies. The rename is the only moment the old file is replaced: before it, the old log
/// stands; after it, the new one. The new file has the log's mode exactly (an erasure never widens who may
/// read a log). The caller holds the log's lock.
///
/// An erasure that comes with its `data.redacted` writes that record into the same new file
/// (``rewrite(_:erasing:appending:)``), so that the record and the erasure it asks for land together or
/// not at all: a folder that cannot take the new file, or a full disk, leaves the log as it was.
public enum Redactor {
    /// Erases the personal fields of the records with ids in `targets` that still hold them; returns
    /// their ids. Nothing is written when none holds them.
    public static func erase(_ targets: Set<String>, in path: String) throws(FileError) -> [RecordID] {
        try rewrite(path, erasing: targets, appending: [], always: false).erased
    }

    /// Writes the log at `path` anew with the sealed lines `appending` at its end and the personal fields
    /// of the records with ids in `targets` erased (those of the appended lines too), and renames it over
    /// the log; returns the ids erased and the new file's stamp. On any failure the log is left as it was.
    public static func rewrite(
        _ path: String, erasing targets: Set<String>, appending: [UInt8]
    ) throws(FileError) -> (erased: [RecordID], stamp: FileStamp?) {
        try rewrite(path, erasing: targets, appending: appending, always: true)
    }

    static func rewrite(
        _ path: String, erasing targets: Set<String>, appending: [UInt8], always: Bool
    ) throws(FileError) -> (erased: [RecordID], stamp: FileStamp?) {
        let input = try FileSystem.openForReading(path)
        defer { close(input) }
        var info = stat()
        guard fstat(input, &info) == 0 else { throw FileError(path, "cannot stat", errno: errno) }
        let mode = info.st_mode & 0o7777
        let (temporary, output) = try createTemporary(beside: path, mode: mode & 0o777)
        var finished = false
        defer {
            close(output)
            if !finished { FileSystem.remove(temporary) }
        }
        // The mode asked for at creation is narrowed by the umask: set the log's own.
        if fchmod(output, mode) != 0 { throw FileError(temporary, "cannot set the mode of", errno: errno) }
        var erasure = Erasure(targets: targets)
        var buffer: [UInt8] = []
        buffer.reserveCapacity(1 << 20)
        try LineReader.forEachLine(fd: input, path: path) { line throws(FileError) in
            erasure.copy(line, to: &buffer)
            if buffer.count >= 1 << 20 {
                try FileSystem.writeAll(fd: output, buffer, path: temporary)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        appending.withUnsafeBytes { bytes in LineReader.forEachLine(in: bytes) { erasure.copy($0, to: &buffer) } }
        try FileSystem.writeAll(fd: output, buffer, path: temporary)
        try FileSystem.sync(fd: output, path: temporary)
        let erased = erasure.erased
        guard always || !erased.isEmpty else { return ([], nil) }
        try FileSystem.rename(temporary, over: path)
        finished = true
        // The rename is the commit: the new log is in place and whole. Syncing its folder only makes the
        // new name survive a power loss sooner; failing to is no reason to say the erasure did not happen.
        try? FileSystem.syncDirectory(of: path)
        return (erased, FileStamp(fd: output))
    }

    /// Sealed lines (a new log's first batch) with the personal fields of the records with ids in
    /// `targets` erased, and the ids erased.
    public static func erasing(_ targets: Set<String>, in lines: [UInt8]) -> (bytes: [UInt8], erased: [RecordID]) {
        var erasure = Erasure(targets: targets)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(lines.count)
        lines.withUnsafeBytes { all in LineReader.forEachLine(in: all) { erasure.copy($0, to: &bytes) } }
        return (bytes, erasure.erased)
    }

    /// Copies lines, erasing the personal fields of the target records that still hold them.
    struct Erasure {
        let targets: Set<String>
        var parser = RecordParser()
        /// The ids of the records erased so far.
        var erased: [RecordID] = []

        /// Appends `line` (and its newline, when it had one) to `out`, erased when it is a target.
        mutating func copy(_ line: LineReader.Line, to out: inout [UInt8]) {
            if line.ended, case .record(let record) = parser.parse(line.bytes, number: line.number),
                record.personal == .values, targets.contains(record.id.rawValue),
                let digest = record.digest, let rewritten = redactedLine(line.bytes, personal: record.personalBytes, digest: digest)
            {
                out.append(contentsOf: rewritten)
                erased.append(record.id)
            } else {
                out.append(contentsOf: line.bytes)
            }
            if line.ended { out.append(0x0A) }
        }
    }

    /// The line with its `personal` member replaced by `{"redacted":"<hex>"}`, or nil when the result
    /// would not keep the record's digest.
    static func redactedLine(_ line: UnsafeRawBufferPointer, personal range: Range<Int>, digest: Digest) -> [UInt8]? {
        var result: [UInt8] = []
        let hash = appendWithheld(line, personal: range, to: &result)
        let header = UnsafeRawBufferPointer(rebasing: line[0..<range.lowerBound])
        guard Chain.digest(header: header, personalDigest: hash) == digest else { return nil }
        return result
    }

    /// Appends `line` to `out` with its `personal` member (at `range`) replaced by
    /// `{"redacted":"<hex>"}`; returns the SHA-256 of the original member, which the record's digest
    /// covers in its place.
    @discardableResult
    static func appendWithheld(_ line: UnsafeRawBufferPointer, personal range: Range<Int>, to out: inout [UInt8]) -> Digest {
        let hash = SHA256.hash(UnsafeRawBufferPointer(rebasing: line[range]))
        out.append(contentsOf: line[0..<range.lowerBound])
        out.append(contentsOf: "{\"redacted\":\"".utf8)
        hash.appendHex(to: &out)
        out.append(contentsOf: "\"}".utf8)
        out.append(contentsOf: line[range.upperBound...])
        return hash
    }

    /// Creates the new file beside the log, `.LOG.redact-<pid>-<8 random hex>.tmp`, never following a
    /// link (``FileSystem/createTemporary(beside:kind:mode:)``).
    static func createTemporary(beside path: String, mode: mode_t) throws(FileError) -> (path: String, fd: Int32) {
        try FileSystem.createTemporary(beside: path, kind: "redact", mode: mode)
    }

    static func baseName(_ path: String) -> String { FileSystem.baseName(path) }
}
