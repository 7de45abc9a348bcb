import Synchronization

/// A file operation that changes a file, before which ``FileFaults`` are asked what to do.
public enum FileOperation: String, Sendable {
    case create, write, sync, syncDirectory = "sync-directory", rename, truncate, remove
}

/// What ``FileFaults`` ask of the operation about to be done.
public enum FileFaultVerdict: Sendable, Equatable {
    /// Do it.
    case proceed
    /// Fail with this error number, as if the system had.
    case fail(Int32)
    /// For a write: write the first half of its bytes, then call ``FileFaults/halfWritten(_:_:)`` (a torn
    /// write); for any other operation, do it.
    case writeHalf
}

/// The hook through which tests inject faults into the file operations that change files, to show that a
/// writer loses nothing when the disk fills, a `write` or `fsync` fails, or the process dies at any point
/// (docs/RELIABILITY.md).
///
/// ``FileSystem`` asks the installed faults before every creation of a file, write, `fsync` of a file or
/// folder, rename, truncation and removal, in the order the process reaches them. None are installed
/// unless a program installs them (``FileSystem/installFaults(_:)``), and the shipping `cohort` never
/// does: there every operation proceeds. The test-only executable `cohort-faults` (not a product)
/// installs the plan of its environment variable `COHORT_TEST_FAULT` (Sources/CohortFaults).
public protocol FileFaults: Sendable {
    /// What to do about `operation` on `path` (for a folder's `fsync`, the folder), about to be done.
    func point(_ operation: FileOperation, _ path: String) -> FileFaultVerdict

    /// Called once the first half of a write to `path` is written, as ``FileFaultVerdict/writeHalf`` asked:
    /// ends the process.
    func halfWritten(_ operation: FileOperation, _ path: String) -> Never
}

extension FileSystem {
    /// The installed faults, boxed for the atomic reference that holds them.
    final class InstalledFaults: Sendable {
        let faults: any FileFaults
        init(_ faults: any FileFaults) { self.faults = faults }
    }

    static let installed = AtomicLazyReference<InstalledFaults>()

    /// Installs `faults`, to be asked before every file operation that changes a file from now on: once,
    /// at the start of a program, before any file operation (a second call changes nothing). For tests
    /// only; none are installed by default.
    public static func installFaults(_ faults: any FileFaults) {
        _ = installed.storeIfNil(InstalledFaults(faults))
    }

    /// What the installed faults ask of `operation` on `path`; `.proceed` when none are installed.
    static func point(_ operation: FileOperation, _ path: String) -> FileFaultVerdict {
        guard let installed = installed.load() else { return .proceed }
        return installed.faults.point(operation, path)
    }

    /// After the first half of a torn write: the installed faults end the process.
    static func halfWritten(_ operation: FileOperation, _ path: String) -> Never {
        guard let installed = installed.load() else { fatalError("a torn write without faults installed") }
        installed.faults.halfWritten(operation, path)
    }
}
