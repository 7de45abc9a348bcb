#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file operation that failed, with the path and the system's reason: what `cohort` reports as an
/// unreadable or unwritable file.
public struct FileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file concerned.
    public var path: String
    /// What was being done ("cannot open", "cannot write").
    public var action: String
    /// The system's reason (`strerror`).
    public var reason: String
    /// The error number, when one.
    public var code: Int32

    /// `PATH: cannot open: No such file or directory`.
    public var description: String { "\(path): \(action): \(reason)" }

    public init(_ path: String, _ action: String, errno code: Int32 = errno) {
        self.path = path
        self.action = action
        self.code = code
        reason = String(cString: strerror(code))
    }

    public init(_ path: String, _ action: String, reason: String) {
        self.path = path
        self.action = action
        self.reason = reason
        code = 0
    }
}

/// Thin, checked wrappers around the system calls the log needs: open, read, write, fsync, rename,
/// flock. Each failure becomes a ``FileError`` naming the path. Before each operation that changes a
/// file, the ``FileFaults`` installed for a test, if any, are asked what to do.
public enum FileSystem {
    /// Whether something exists at `path` (without following a final symbolic link).
    public static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// Opens `path` for reading.
    public static func openForReading(_ path: String) throws(FileError) -> Int32 {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw FileError(path, "cannot open", errno: errno) }
        var info = stat()
        if fstat(fd, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR {
            close(fd)
            throw FileError(path, "cannot read", reason: "it is a directory")
        }
        return fd
    }

    /// Creates a new file at `path`, failing when anything (a file or a symbolic link) is there.
    /// The mode defaults to `0600`: what cohort writes beside a log, and a new log, hold personal data
    /// and are readable by their owner only.
    public static func createNew(_ path: String, mode: mode_t = 0o600) throws(FileError) -> Int32 {
        if case .fail(let code) = point(.create, path) { throw FileError(path, "cannot create", errno: code) }
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
        guard fd >= 0 else { throw FileError(path, "cannot create", errno: errno) }
        return fd
    }

    /// Creates a new file beside `path`, `.NAME.KIND-<pid>-<8 random hex>.tmp`, never following a link: a
    /// name something already holds (a file, or a symbolic link planted there) is passed over for another
    /// random one.
    public static func createTemporary(beside path: String, kind: String, mode: mode_t) throws(FileError) -> (path: String, fd: Int32) {
        var attempt = 1
        while true {
            let candidate = directoryName(path) + "/." + baseName(path)
                + ".\(kind)-\(getpid())-\(SealingEnvironment.randomSalt().prefix(8)).tmp"
            do {
                return (candidate, try createNew(candidate, mode: mode))
            } catch {
                guard error.code == EEXIST, attempt < 100 else { throw error }
                attempt += 1
            }
        }
    }

    /// The last component of `path`.
    public static func baseName(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    /// Reads all of `path`.
    public static func readAll(_ path: String) throws(FileError) -> [UInt8] {
        let fd = try openForReading(path)
        defer { close(fd) }
        return try readAll(fd: fd, path: path)
    }

    /// Reads all of an open file, from where it stands: straight into one buffer of the file's size
    /// when that is known (left unfilled until read into, so that its pages are touched once), reading
    /// on in chunks when the file turns out longer (a pipe, a growing file).
    public static func readAll(fd: Int32, path: String) throws(FileError) -> [UInt8] {
        var info = stat()
        let position = lseek(fd, 0, SEEK_CUR)
        let expected = fstat(fd, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG && position >= 0
            ? max(Int(info.st_size) - Int(position), 0) : 0
        var failure: Int32?
        /// Reads into `buffer` until it is full or the file ends; how much it read.
        func fill(_ buffer: UnsafeMutableRawBufferPointer) -> Int {
            var filled = 0
            while filled < buffer.count {
                let count = read(fd, buffer.baseAddress! + filled, buffer.count - filled)
                if count < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    break
                }
                if count == 0 { break }
                filled += count
            }
            return filled
        }
        // One byte more than expected, so that a file read whole leaves room unread: the end is then known.
        let first = max(expected + 1, 1 << 16)
        var result = [UInt8](unsafeUninitializedCapacity: first) { buffer, count in count = fill(UnsafeMutableRawBufferPointer(buffer)) }
        var ended = result.count < first
        var chunk = [UInt8](repeating: 0, count: ended ? 0 : first)
        while !ended && failure == nil {
            let count = chunk.withUnsafeMutableBytes { fill($0) }
            result.append(contentsOf: chunk[..<count])
            ended = count < chunk.count
        }
        if let failure { throw FileError(path, "cannot read", errno: failure) }
        return result
    }

    /// Writes all of `bytes`, in as few `write` calls as the system allows.
    public static func writeAll(fd: Int32, _ bytes: UnsafeRawBufferPointer, path: String) throws(FileError) {
        switch point(.write, path) {
        case .proceed: break
        case .fail(let code): throw FileError(path, "cannot write", errno: code)
        case .writeHalf:
            _ = write(fd, bytes.baseAddress, bytes.count / 2)
            halfWritten(.write, path)
        }
        var offset = 0
        while offset < bytes.count {
            let count = write(fd, bytes.baseAddress.map { $0 + offset }, bytes.count - offset)
            if count < 0 {
                if errno == EINTR { continue }
                throw FileError(path, "cannot write", errno: errno)
            }
            offset += count
        }
    }

    /// Writes all of `bytes`.
    public static func writeAll(fd: Int32, _ bytes: [UInt8], path: String) throws(FileError) {
        let failure: FileError? = bytes.withUnsafeBytes { raw in
            do throws(FileError) {
                try writeAll(fd: fd, raw, path: path)
                return nil
            } catch {
                return error
            }
        }
        if let failure { throw failure }
    }

    /// Writes all of `bytes` at `offset` in the file, without moving its position.
    public static func writeAll(fd: Int32, _ bytes: [UInt8], at offset: Int, path: String) throws(FileError) {
        switch point(.write, path) {
        case .proceed: break
        case .fail(let code): throw FileError(path, "cannot write", errno: code)
        case .writeHalf:
            _ = bytes.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count / 2, off_t(offset)) }
            halfWritten(.write, path)
        }
        var done = 0
        while done < bytes.count {
            let count = bytes.withUnsafeBytes { pwrite(fd, $0.baseAddress! + done, $0.count - done, off_t(offset + done)) }
            if count < 0 {
                if errno == EINTR { continue }
                throw FileError(path, "cannot write", errno: errno)
            }
            done += count
        }
    }

    /// Flushes a file to stable storage.
    public static func sync(fd: Int32, path: String) throws(FileError) {
        if case .fail(let code) = point(.sync, path) { throw FileError(path, "cannot sync to disk", errno: code) }
        guard fsync(fd) == 0 else { throw FileError(path, "cannot sync to disk", errno: errno) }
    }

    /// Flushes the directory that holds `path`, so that a new name or a rename in it is durable.
    public static func syncDirectory(of path: String) throws(FileError) {
        let directory = directoryName(path)
        if case .fail(let code) = point(.syncDirectory, directory) {
            throw FileError(directory, "cannot sync directory", errno: code)
        }
        let fd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw FileError(directory, "cannot open directory", errno: errno) }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw FileError(directory, "cannot sync directory", errno: errno) }
    }

    /// Renames `from` over `to` atomically.
    public static func rename(_ from: String, over to: String) throws(FileError) {
        if case .fail(let code) = point(.rename, to) { throw FileError(to, "cannot rename \(from) over it", errno: code) }
        guard systemRename(from, to) == 0 else { throw FileError(to, "cannot rename \(from) over it", errno: errno) }
    }

    /// Cuts the file to `length` bytes.
    public static func truncate(fd: Int32, to length: Int, path: String) throws(FileError) {
        if case .fail(let code) = point(.truncate, path) { throw FileError(path, "cannot truncate", errno: code) }
        guard ftruncate(fd, off_t(length)) == 0 else { throw FileError(path, "cannot truncate", errno: errno) }
    }

    /// Removes the file at `path` (not what a symbolic link there points to); whether it did.
    @discardableResult
    public static func remove(_ path: String) -> Bool {
        if case .fail = point(.remove, path) { return false }
        return unlink(path) == 0
    }

    /// The folder of `path` (`.` for a bare name).
    public static func directoryName(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let directory = String(path[..<slash])
        return directory.isEmpty ? "/" : directory
    }

    /// The size of an open file.
    public static func size(fd: Int32, path: String) throws(FileError) -> Int {
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw FileError(path, "cannot stat", errno: errno) }
        return Int(info.st_size)
    }

    /// Creates the folder `path` and any missing folders above it (`mkdir -p`); a folder already there
    /// is fine, anything else there is an error.
    public static func makeDirectories(_ path: String) throws(FileError) {
        var info = stat()
        if stat(path, &info) == 0 {
            guard (info.st_mode & S_IFMT) == S_IFDIR else { throw FileError(path, "cannot create folder", reason: "a file is in the way") }
            return
        }
        let parent = directoryName(path)
        if parent != path && parent != "." && parent != "/" { try makeDirectories(parent) }
        guard mkdir(path, 0o755) == 0 || errno == EEXIST else { throw FileError(path, "cannot create folder", errno: errno) }
    }
}

/// rename(2), which FileSystem's own `rename` hides inside it (Glibc's and Darwin's alike).
private func systemRename(_ from: String, _ to: String) -> Int32 { rename(from, to) }
