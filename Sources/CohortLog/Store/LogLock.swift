#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive lock on a log, held across read, validate and write: `flock` on `LOG.lock`, a file beside
/// the log that stays open while the lock is held.
///
/// `flock` (not `fcntl` record locks, which a second descriptor of the same process silently drops) on a
/// file of its own, so that the rename of a redaction, which replaces the log's inode, does not lose the
/// lock. After the lock is taken, the lock file's inode is compared with the one at its path: when a
/// refused first append removed the file meanwhile, the lock is taken again on the new file.
public final class LogLock {
    /// The lock file's path.
    public let path: String
    var fd: Int32

    /// Waits for and takes the lock of the log at `logPath`.
    public init(logPath: String) throws(FileError) {
        path = logPath + ".lock"
        while true {
            let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
            guard fd >= 0 else {
                let code = errno
                var info = stat()
                if code == ELOOP && lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK {
                    throw FileError(path, "cannot open the lock file", reason:
                        "it is a symbolic link, which cohort does not follow; remove it, and the next write makes a lock file of its own")
                }
                throw FileError(path, "cannot open the lock file", errno: code)
            }
            while flock(fd, LOCK_EX) != 0 {
                if errno == EINTR { continue }
                let failure = FileError(path, "cannot lock", errno: errno)
                close(fd)
                throw failure
            }
            var held = stat()
            var named = stat()
            if fstat(fd, &held) == 0 && lstat(path, &named) == 0 && held.st_dev == named.st_dev && held.st_ino == named.st_ino {
                self.fd = fd
                return
            }
            close(fd)
        }
    }

    /// Releases the lock; with `removingFile`, first removes the lock file (when the log it guards does
    /// not exist, so that a refused first append leaves nothing behind).
    public func release(removingFile: Bool = false) {
        guard fd >= 0 else { return }
        if removingFile { unlink(path) }
        close(fd)
        fd = -1
    }

    deinit { release() }
}
