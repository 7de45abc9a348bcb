#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the system says of a file that changes whenever anyone changes it: its device and inode (the
/// file itself, not its name), its size, and the times of its last change of content (`mtime`) and of
/// any kind (`ctime`, which no user can set back).
///
/// The writer notes the log's stamp after each of its own writes (``StateCache``): when the log's stamp
/// is still that one, nobody else has changed the file since, so what the writer knew of it still holds.
public struct FileStamp: Sendable, Equatable {
    public var device: UInt64
    public var inode: UInt64
    public var size: Int
    public var modified: Int
    public var modifiedNanoseconds: Int
    public var changed: Int
    public var changedNanoseconds: Int

    /// The stamp of the open file `fd`, or nil when it cannot be had.
    public init?(fd: Int32) {
        var info = stat()
        guard fstat(fd, &info) == 0 else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        size = Int(info.st_size)
        modified = Int(info.st_mtim.tv_sec)
        modifiedNanoseconds = Int(info.st_mtim.tv_nsec)
        changed = Int(info.st_ctim.tv_sec)
        changedNanoseconds = Int(info.st_ctim.tv_nsec)
    }

    init(words: [UInt64]) {
        device = words[0]
        inode = words[1]
        size = Int(Int64(bitPattern: words[2]))
        modified = Int(Int64(bitPattern: words[3]))
        modifiedNanoseconds = Int(Int64(bitPattern: words[4]))
        changed = Int(Int64(bitPattern: words[5]))
        changedNanoseconds = Int(Int64(bitPattern: words[6]))
    }

    /// The seven numbers, in a fixed order.
    var words: [UInt64] {
        [device, inode, UInt64(bitPattern: Int64(size)), UInt64(bitPattern: Int64(modified)),
         UInt64(bitPattern: Int64(modifiedNanoseconds)), UInt64(bitPattern: Int64(changed)),
         UInt64(bitPattern: Int64(changedNanoseconds))]
    }

    /// Whether both stamps are of the same file (device and inode), whatever became of it.
    func isSameFile(as other: FileStamp) -> Bool { device == other.device && inode == other.inode }
}
