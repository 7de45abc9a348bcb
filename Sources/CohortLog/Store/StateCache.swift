#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The writer's cache beside a log, `LOG.state`: the verifier's fold over the log's first records (the
/// rule state, the chain's head, the redaction bookkeeping) and where each of those records starts, so
/// that an append reads only the records after them instead of the whole log.
///
/// A cache, never a second truth. It begins with the log's ``FileStamp`` as the writer left it after its
/// own last write (device, inode, size, and the times of the last change of content and of any change);
/// it is used only while the log's stamp is still exactly that one, so any change that the writer did not
/// make (a byte changed in place, a file put in its place, a truncation) sends the writer back to reading
/// and verifying the whole log. Even then it re-checks what it cannot vouch for: the record where the
/// cache ends must still have the cache's head as its digest, and every record after it is read and
/// verified. A cache that is damaged, of another version, or unreadable is ignored the same way. It is
/// read and written only under the log's lock, and replaced by a rename, so that a reader never sees half
/// of one; after an append that does not write it anew, only its stamp is written again in place.
public struct StateCache {
    /// How many records a cache may fall behind the log before the writer writes it anew.
    static let refreshAfter = 256

    /// The cache's format version; a cache of another version is rebuilt.
    static let magic = Array("cohort state cache 3\n".utf8)

    /// The stamp block that starts the file: its magic, the stamp's seven numbers, their checksum.
    static let stampMagic = Array("cohort stamp 1\n\u{0}".utf8)
    static let stampLength = 16 + 8 * 8

    /// The fold over the records covered (sound, finished).
    var verifier: LogVerifier
    /// The log's bytes covered: the records' lines, newlines included.
    var length: Int
    /// Where each record covered starts, by `seq - 1`.
    var offsets: [Int]
    /// The log's file (device and inode), so that a log replaced by another file is not mistaken for it.
    var file: FileIdentity

    /// The path of the cache of the log at `log`.
    public static func path(for log: String) -> String { log + ".state" }

    /// The identity of an open file.
    struct FileIdentity: Equatable {
        var device: UInt64
        var inode: UInt64

        init(device: UInt64, inode: UInt64) {
            self.device = device
            self.inode = inode
        }

        init(_ stamp: FileStamp) {
            self.init(device: stamp.device, inode: stamp.inode)
        }
    }

    func encoded() -> [UInt8] {
        var out = SnapshotEncoder(capacity: 64 + offsets.count * 24 + verifier.state.records.count * 16)
        out.raw(StateCache.magic)
        out.int(Int(Int64(bitPattern: file.device)))
        out.int(Int(Int64(bitPattern: file.inode)))
        out.int(length)
        out.int(offsets.count)
        var previous = 0
        for offset in offsets {
            out.int(offset - previous)
            previous = offset
        }
        verifier.encode(to: &out)
        return out.sealed()
    }

    init(verifier: LogVerifier, length: Int, offsets: [Int], file: FileIdentity) {
        self.verifier = verifier
        self.length = length
        self.offsets = offsets
        self.file = file
    }

    init?(decoding storage: [UInt8]) {
        guard let decoded = storage.withUnsafeBytes({ StateCache(decoding: $0, storage: storage) }) else { return nil }
        self = decoded
    }

    private init?(decoding bytes: UnsafeRawBufferPointer, storage: [UInt8]) {
        guard var input = SnapshotDecoder(sealed: bytes) else { return nil }
        do throws(SnapshotDecoder.Damaged) {
            try input.expect(StateCache.magic)
            file = FileIdentity(
                device: UInt64(bitPattern: Int64(try input.int())), inode: UInt64(bitPattern: Int64(try input.int())))
            length = try input.int()
            let count = try input.count()
            offsets = []
            offsets.reserveCapacity(count)
            var offset = 0
            for _ in 0..<count {
                offset += try input.int()
                offsets.append(offset)
            }
            verifier = try LogVerifier(from: &input, storage: storage)
            guard input.atEnd, verifier.records == count, length >= 0 else { return nil }
        } catch {
            return nil
        }
    }

    /// The cache of the log open as `fd` (at `path`, whose stamp is now `stamp`), when there is one that
    /// was stamped with exactly that stamp and that the log still begins with.
    static func load(for path: String, fd: Int32, stamp: FileStamp) -> StateCache? {
        // The stamp first: the rest is read only for a cache of this very log, and read once, into the
        // buffer its tables are then read from in place.
        guard let cacheFD = try? FileSystem.openForReading(StateCache.path(for: path)) else { return nil }
        defer { close(cacheFD) }
        var block = [UInt8](repeating: 0, count: stampLength)
        guard block.withUnsafeMutableBytes({ pread(cacheFD, $0.baseAddress, stampLength, 0) }) == stampLength,
            block.withUnsafeBytes({ StateCache.decodeStamp($0) }) == stamp,
            lseek(cacheFD, off_t(stampLength), SEEK_SET) == off_t(stampLength),
            let body = try? FileSystem.readAll(fd: cacheFD, path: StateCache.path(for: path)), !body.isEmpty,
            let cache = StateCache(decoding: body),
            cache.file == FileIdentity(device: stamp.device, inode: stamp.inode), stamp.size >= cache.length,
            cache.matchesLastRecord(fd: fd)
        else { return nil }
        return cache
    }

    /// The stamp block of `stamp`.
    static func stampBlock(_ stamp: FileStamp) -> [UInt8] {
        var block = stampMagic
        for word in stamp.words { withUnsafeBytes(of: word.littleEndian) { block.append(contentsOf: $0) } }
        let sum = block.withUnsafeBytes { SnapshotChecksum.of($0) }
        withUnsafeBytes(of: sum.littleEndian) { block.append(contentsOf: $0) }
        return block
    }

    /// The stamp in a stamp block, or nil when the block is damaged.
    static func decodeStamp(_ block: UnsafeRawBufferPointer) -> FileStamp? {
        guard block.count == stampLength, block.prefix(stampMagic.count).elementsEqual(stampMagic) else { return nil }
        let words = (0..<8).map { UInt64(littleEndian: block.loadUnaligned(fromByteOffset: stampMagic.count + 8 * $0, as: UInt64.self)) }
        guard words[7] == SnapshotChecksum.of(UnsafeRawBufferPointer(rebasing: block[..<(stampLength - 8)])) else { return nil }
        return FileStamp(words: Array(words[..<7]))
    }

    /// Whether the record where the cache ends is in the log where the cache says, with the cache's
    /// head as its digest (an empty cache matches any log).
    func matchesLastRecord(fd: Int32) -> Bool {
        guard let start = offsets.last else { return length == 0 && verifier.records == 0 }
        let count = length - start
        guard count > 1 else { return false }
        var line = [UInt8](repeating: 0, count: count)
        let read = line.withUnsafeMutableBytes { pread(fd, $0.baseAddress, count, off_t(start)) }
        guard read == count, line[count - 1] == 0x0A else { return false }
        var parser = RecordParser()
        let outcome = line.withUnsafeBytes {
            parser.parse(UnsafeRawBufferPointer(rebasing: $0[..<(count - 1)]), number: verifier.records)
        }
        guard case .record(let record) = outcome else { return false }
        return record.digest == verifier.head && record.seq == verifier.records
    }

    /// Writes the cache beside the log, replacing the one there, stamped with the log's `stamp`; a cache
    /// that cannot be written is removed instead (the next append rebuilds it), as the log itself is not
    /// at stake.
    func save(for path: String, stamp: FileStamp) {
        let target = StateCache.path(for: path)
        let temporary = target + ".tmp"
        FileSystem.remove(temporary)
        let bytes = StateCache.stampBlock(stamp) + encoded()
        do throws(FileError) {
            let fd = try FileSystem.createNew(temporary, mode: 0o600)
            defer { close(fd) }
            try FileSystem.writeAll(fd: fd, bytes, path: temporary)
            try FileSystem.rename(temporary, over: target)
        } catch {
            FileSystem.remove(temporary)
            FileSystem.remove(target)
        }
    }

    /// Writes the stamp of the cache beside the log anew, after an append that did not write the cache:
    /// the log's `stamp` after that append. When the stamp cannot be written, the cache is removed.
    static func restamp(for path: String, stamp: FileStamp) {
        let target = StateCache.path(for: path)
        let fd = open(target, O_WRONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return }
        defer { close(fd) }
        do throws(FileError) {
            try FileSystem.writeAll(fd: fd, stampBlock(stamp), at: 0, path: target)
        } catch {
            FileSystem.remove(target)
        }
    }

    /// Removes the cache of the log at `path` (after a rewrite of the log, such as an erasure).
    static func remove(for path: String) {
        FileSystem.remove(StateCache.path(for: path))
    }
}

extension LogVerifier {
    /// The fold of a sound, finished verifier, for the cache.
    func encode(to out: inout SnapshotEncoder) {
        out.int(records)
        out.digest(head)
        out.int(soundLength)
        out.int(expectedSeq)
        out.bool(previous != nil)
        if let previous { out.digest(previous) }
        out.int(personalRecords)
        for table in [redacted, redactionTargets] {
            out.int(table.count)
            for (id, line) in table {
                out.text(id)
                out.int(line)
            }
        }
        state.encode(to: &out)
    }

    init(from input: inout SnapshotDecoder, storage: [UInt8]) throws(SnapshotDecoder.Damaged) {
        self.init()
        records = try input.int()
        head = try input.digest()
        soundLength = try input.int()
        expectedSeq = try input.int()
        previous = try input.bool() ? try input.digest() : nil
        personalRecords = try input.int()
        for table in 0..<2 {
            var lines: [String: Int] = [:]
            for _ in 0..<(try input.count()) { lines[try input.text()] = try input.int() }
            if table == 0 { redacted = lines } else { redactionTargets = lines }
        }
        state = try RuleState(from: &input, storage: storage)
    }
}
