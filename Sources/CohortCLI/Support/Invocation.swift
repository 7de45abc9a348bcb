#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CohortLog

/// What a command runs with: its streams, its environment and standard input.
public struct Invocation {
    /// Standard output: data.
    public var out: TextSink
    /// Standard error: diagnostics and progress.
    public var err: TextSink
    /// The environment (`COHORT_NOW`, `LANG`, …).
    public var environment: [String: String]
    /// Reads all of standard input.
    public var readInput: () throws(FileError) -> [UInt8]
    /// Whether standard input is a terminal.
    public var inputIsTerminal: Bool
    /// Reads one line of standard input without its line end, nil at its end (`cohort add`'s answers).
    public var readLine: () -> String? = { TerminalInput.readLine() }
    /// Whether standard error is a terminal (progress is shown only then).
    public var errorIsTerminal: Bool
    /// The salt source for sealing (the system's random source, or fixed in tests).
    public var salt: @Sendable () -> String = SealingEnvironment.randomSalt
    /// How long work runs before progress is shown (about a second; tests set 0).
    public var progressDelay = 1.0
    /// How long progress waits before it is drawn again (a fifth of a second; tests set 0, so that what
    /// is drawn does not depend on how fast the machine is).
    public var progressInterval = 0.2

    /// An invocation of its parts (tests give buffers and a fixed input).
    public init(
        out: TextSink, err: TextSink, environment: [String: String],
        readInput: @escaping () throws(FileError) -> [UInt8], inputIsTerminal: Bool, errorIsTerminal: Bool
    ) {
        self.out = out
        self.err = err
        self.environment = environment
        self.readInput = readInput
        self.inputIsTerminal = inputIsTerminal
        self.errorIsTerminal = errorIsTerminal
    }

    /// The invocation of the running process: its real streams and environment.
    public static func process(environment: [String: String]) -> Invocation {
        Invocation(
            out: DescriptorSink(fd: 1, path: "<stdout>", closes: true),
            err: DescriptorSink(fd: 2, path: "<stderr>", unbuffered: true), environment: environment,
            readInput: { () throws(FileError) in try FileSystem.readAll(fd: 0, path: "<stdin>") },
            inputIsTerminal: isatty(0) == 1, errorIsTerminal: isatty(2) == 1)
    }

    /// The writer's clock: `COHORT_NOW` when set (a usage error when it is not an RFC 3339 timestamp),
    /// else the system clock.
    public func now() throws(UsageError) -> Timestamp {
        guard let text = environment["COHORT_NOW"] else { return SealingEnvironment.systemNow() }
        guard let time = Timestamp(text) else {
            throw UsageError("COHORT_NOW \"\(text)\" is not an RFC 3339 timestamp such as 2014-06-12T09:00:00Z; unset it or correct it")
        }
        guard (1...9999).contains(time.utcDay.components.year) else {
            throw UsageError("COHORT_NOW \"\(text)\" falls outside the years 1 to 9999 in UTC; unset it or correct it")
        }
        return time
    }

    /// The sealing environment: the clock of ``now()`` and the salt source.
    public func sealing() throws(UsageError) -> SealingEnvironment {
        let time = try now()
        if environment["COHORT_NOW"] != nil {
            return SealingEnvironment(now: { time }, salt: salt)
        }
        return SealingEnvironment(now: { SealingEnvironment.systemNow() }, salt: salt)
    }
}

/// Who may read an output file that `-o` writes.
public enum OutputReaders: Sendable {
    /// Its owner only (`0600`): a report for an audience that may see personal data (facilitator,
    /// participant, group), a participant's export, a log or a copy of one.
    case owner
    /// As the umask says (`0666` less the umask): a report for the public.
    case anyone
}

extension Invocation {
    /// Runs `body` with the sink for a command's data: standard output, or the file of `-o FILE`
    /// (`-` and `/dev/stdout` are standard output).
    ///
    /// A regular file (or a name where nothing is yet) is written whole or not at all: into a new file
    /// beside it (readable as `readers` says), synced, and renamed into place only when every byte was
    /// written; a failure removes the new file and leaves what stood there. A device or a pipe
    /// (`/dev/null`, `/dev/full`, a FIFO) is written directly, never replaced. A failed write or close is
    /// a ``CommandFailure/output(_:fileKept:)`` (exit status 1). Nothing is written through a symbolic link to a
    /// file, and never over one of the `protecting` paths (the log itself): that is a usage error.
    public func withOutput<T>(
        _ path: String?, protecting: [String], readers: OutputReaders = .owner, _ body: (TextSink) throws -> T
    ) throws -> T {
        guard let path, path != "-", path != "/dev/stdout" else { return try body(out) }
        var target = stat()
        var exists = lstat(path, &target) == 0
        var followsLink = false
        if exists && (target.st_mode & S_IFMT) == S_IFLNK {
            // A link to a device or a pipe (/dev/fd/1, /dev/stderr) is written through; to a file, never.
            var linked = stat()
            guard stat(path, &linked) == 0, Invocation.isDeviceOrPipe(linked.st_mode) else {
                throw FileError(path, "cannot create the output file", reason:
                    "it is a symbolic link, which cohort does not write through; remove it or choose another output file")
            }
            target = linked
            followsLink = true
        }
        if exists && (target.st_mode & S_IFMT) == S_IFDIR {
            throw FileError(path, "cannot create the output file", reason: "it is a folder; name a file in it")
        }
        if exists && (target.st_mode & S_IFMT) == S_IFBLK {
            throw FileError(path, "cannot create the output file", reason: "it is a disk (a block device); name a file")
        }
        if exists && Invocation.isDeviceOrPipe(target.st_mode) {
            let fd = open(path, O_WRONLY | O_CLOEXEC | (followsLink ? 0 : O_NOFOLLOW))
            guard fd >= 0 else { throw FileError(path, "cannot open the output", errno: errno) }
            let sink = DescriptorSink(fd: fd, path: path, closes: true)
            let result = try body(sink)
            if let failure = sink.close() { throw CommandFailure.output(failure) }
            return result
        }
        if exists { try Invocation.refuseProtected(path, target, protecting) }
        let (temporary, fd) = try FileSystem.createTemporary(beside: path, kind: "output", mode: readers == .owner ? 0o600 : 0o666)
        let sink = DescriptorSink(fd: fd, path: path, closes: true)
        var placed = false
        defer {
            sink.close()
            if !placed { FileSystem.remove(temporary) }
        }
        let result = try body(sink)
        sink.flush()
        if let failure = sink.failure { throw CommandFailure.output(failure, fileKept: true) }
        do throws(FileError) {
            try FileSystem.sync(fd: fd, path: path)
        } catch {
            throw CommandFailure.output(error, fileKept: true)
        }
        if let failure = sink.close() { throw CommandFailure.output(failure, fileKept: true) }
        // Checked again just before the rename: a log linked into the output's place meanwhile is not
        // replaced by the report.
        exists = lstat(path, &target) == 0
        if exists { try Invocation.refuseProtected(path, target, protecting) }
        do throws(FileError) {
            try FileSystem.rename(temporary, over: path)
        } catch {
            throw CommandFailure.output(error, fileKept: true)
        }
        placed = true
        return result
    }

    /// Whether a file of mode `mode` is a character device (a terminal, `/dev/null`), a pipe or a socket:
    /// written directly, never replaced.
    static func isDeviceOrPipe(_ mode: mode_t) -> Bool {
        let type = mode & S_IFMT
        return type == S_IFCHR || type == S_IFIFO || type == S_IFSOCK
    }

    /// A usage error when the file `info` (at `path`) is one of the `protecting` paths.
    static func refuseProtected(_ path: String, _ info: stat, _ protecting: [String]) throws(UsageError) {
        for protected in protecting {
            var guarded = stat()
            if stat(protected, &guarded) == 0 && guarded.st_dev == info.st_dev && guarded.st_ino == info.st_ino {
                throw UsageError("-o \(path) is the log itself; choose another output file")
            }
        }
    }
}
