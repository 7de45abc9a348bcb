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
            out: DescriptorSink(fd: 1), err: DescriptorSink(fd: 2, unbuffered: true), environment: environment,
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

extension Invocation {
    /// Runs `body` with the sink for a command's data: standard output, or the file of `-o FILE`.
    ///
    /// The file is opened without following a symbolic link in its place, and never when it is one of the
    /// `protecting` paths (the log itself): that is a usage error.
    public func withOutput<T>(_ path: String?, protecting: [String], _ body: (TextSink) throws -> T) throws -> T {
        guard let path else { return try body(out) }
        var target = stat()
        if lstat(path, &target) == 0 {
            if (target.st_mode & S_IFMT) == S_IFLNK {
                throw FileError(path, "cannot create the output file", reason:
                    "it is a symbolic link, which cohort does not write through; remove it or choose another output file")
            }
            for protected in protecting {
                var guarded = stat()
                if stat(protected, &guarded) == 0 && guarded.st_dev == target.st_dev && guarded.st_ino == target.st_ino {
                    throw UsageError("-o \(path) is the log itself; choose another output file")
                }
            }
        }
        // Opened without truncating, and checked again on the open file before it is cut, so that a log
        // linked into its place after the check above is not emptied.
        let fd = open(path, O_WRONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw FileError(path, "cannot create the output file", errno: errno) }
        var opened = stat()
        if fstat(fd, &opened) == 0 {
            for protected in protecting {
                var guarded = stat()
                if stat(protected, &guarded) == 0 && guarded.st_dev == opened.st_dev && guarded.st_ino == opened.st_ino {
                    close(fd)
                    throw UsageError("-o \(path) is the log itself; choose another output file")
                }
            }
        }
        guard (opened.st_mode & S_IFMT) != S_IFREG || ftruncate(fd, 0) == 0 else {
            let failure = FileError(path, "cannot empty the output file", errno: errno)
            close(fd)
            throw failure
        }
        let sink = DescriptorSink(fd: fd, closes: true)
        let result = try body(sink)
        sink.flush()
        return result
    }
}
