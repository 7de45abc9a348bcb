#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The log as the writer finds it under its lock: verified, from its cache (``StateCache``) and the
/// records after it, or, without a cache that the log still begins with, from its first line; with where
/// each record starts, so that a record whose id a submission uses can be read again.
struct LogState {
    /// The finished fold over the whole log.
    private(set) var verifier = LogVerifier()
    /// Where each record starts, by `seq - 1`.
    private(set) var offsets: [Int] = []
    /// The log's length in whole lines.
    private(set) var length = 0
    /// The log's file, when open.
    private(set) var fd: Int32 = -1
    /// The log's stamp when it had been read: what an append expects to find before it writes.
    private(set) var stamp: FileStamp?
    /// The records the cache covered (0 without a cache).
    private(set) var cachedRecords = 0
    /// Whether a cache was used.
    private(set) var usedCache = false

    /// Reads and verifies the log at `path`.
    static func read(_ path: String, progress: ((_ bytesRead: Int, _ lines: Int) -> Void)? = nil) throws(FileError) -> LogState {
        var log = LogState()
        log.fd = try FileSystem.openForReading(path)
        let before = FileStamp(fd: log.fd)
        if let before, let cache = StateCache.load(for: path, fd: log.fd, stamp: before) {
            log.verifier = cache.verifier
            log.offsets = cache.offsets
            log.length = cache.length
            log.cachedRecords = cache.verifier.records
            log.usedCache = true
        } else if let size = try? FileSystem.size(fd: log.fd, path: path) {
            log.verifier.state.reserveCapacity(records: RuleState.expectedRecords(logBytes: size))
            log.offsets.reserveCapacity(RuleState.expectedRecords(logBytes: size))
        }
        guard lseek(log.fd, off_t(log.length), SEEK_SET) >= 0 else {
            throw FileError(path, "cannot seek", errno: errno)
        }
        try LineReader.forEachLine(
            fd: log.fd, path: path, startOffset: log.length, firstLine: log.verifier.records + 1, progress: progress
        ) { line in
            if line.ended { log.offsets.append(line.offset) }
            log.verifier.feed(line)
        }
        log.verifier.finish()
        log.length = log.verifier.soundLength
        log.stamp = FileStamp(fd: log.fd)
        guard log.stamp == before else {
            log.close()
            throw FileError(path, "cannot read", reason:
                "the log changed while cohort read it, by something that does not take its lock; nothing was written, try again")
        }
        return log
    }

    /// The line of record `seq` (without its newline), read again from the file.
    func line(seq: Int) -> [UInt8]? {
        guard fd >= 0, seq >= 1, seq <= offsets.count else { return nil }
        let start = offsets[seq - 1]
        let end = (seq < offsets.count ? offsets[seq] : length) - 1
        guard end > start else { return nil }
        var line = [UInt8](repeating: 0, count: end - start)
        let read = line.withUnsafeMutableBytes { pread(fd, $0.baseAddress, end - start, off_t(start)) }
        return read == end - start ? line : nil
    }

    /// Closes the file.
    func close() {
        if fd >= 0 { _ = unistd_close(fd) }
    }

    /// Whether a log of `records` records (after an append, or as read) should have its cache written
    /// anew: when there was none, or when it covers more than ``StateCache/refreshAfter`` records fewer
    /// (reading them again on every append would cost more than writing the cache once).
    func wantsNewCache(records: Int) -> Bool {
        !usedCache || records - cachedRecords >= StateCache.refreshAfter
    }

    /// Saves the cache of the log as read, when it verified.
    func saveCache(for path: String) {
        guard verifier.isSound, let stamp, offsets.count == verifier.records else { return }
        StateCache(verifier: verifier, length: length, offsets: offsets, file: .init(stamp)).save(for: path, stamp: stamp)
    }

    /// The cache of the log after `bytes` (sealed lines) were appended to it, leaving `state` and
    /// `head`.
    func cacheAfter(appending bytes: [UInt8], state: RuleState, head: Digest, file: FileStamp) -> StateCache {
        var verifier = self.verifier
        var offsets = self.offsets
        var start = 0
        for (index, byte) in bytes.enumerated() where byte == 0x0A {
            offsets.append(length + start)
            start = index + 1
        }
        verifier.state = state
        verifier.records = offsets.count
        verifier.head = head
        verifier.previous = head
        verifier.expectedSeq = offsets.count + 1
        verifier.soundLength = length + bytes.count
        return StateCache(verifier: verifier, length: length + bytes.count, offsets: offsets, file: .init(file))
    }
}

/// `close(2)`, under a name that a method called `close` does not hide.
@inline(__always)
func unistd_close(_ fd: Int32) -> Int32 { close(fd) }
