// CohortFaults: the faults that tests inject into the file operations of a `cohort` process, planned by
// the environment variable COHORT_TEST_FAULT, for the test-only executable cohort-faults. The shipping
// `cohort` never links it: its log library has only the hook (FileFaults) and nothing installed in it.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization
import CohortLog

/// Faults injected into the file operations that change files (``FileFaults``), for the tests that show
/// a writer loses nothing when the disk fills, a `write` or `fsync` fails, or the process is killed at
/// any point (docs/RELIABILITY.md). `cohort-faults` installs the plan of `COHORT_TEST_FAULT`:
///
/// - `trace`: prints each point to standard error as `fault point N: OPERATION PATH`, and changes nothing;
/// - `kill@N`: the process kills itself (`SIGKILL`) just before the Nth point;
/// - `kill-halfway@N`: when the Nth point is a write, writes the first half of its bytes, then kills
///   itself (a torn write); otherwise as `kill@N`;
/// - `fail@N:ERRNO` (`ENOSPC`, `EIO`, `EDQUOT`, `EFBIG` or a number): the Nth operation fails with that error.
///
/// The points are counted from 1 in the order the process reaches them: every creation of a file, write,
/// `fsync` of a file or folder, rename, truncation and removal.
public final class FaultPlan: FileFaults {
    enum Action: Equatable, Sendable {
        case trace, kill, killHalfway, fail(Int32)
    }

    let action: Action
    let at: Int
    /// The points reached so far.
    let reached = Atomic<Int>(0)

    init(action: Action, at: Int) {
        self.action = action
        self.at = at
    }

    /// The plan `text` describes (`trace`, `kill@3`, `fail@2:ENOSPC`, …); nil when it is none.
    public convenience init?(_ text: String) {
        if text == "trace" {
            self.init(action: .trace, at: 0)
            return
        }
        let parts = text.split(separator: "@", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return nil }
        let target = parts[1].split(separator: ":", maxSplits: 1).map(String.init)
        guard let at = Int(target[0]), at >= 1 else { return nil }
        switch parts[0] {
        case "kill": self.init(action: .kill, at: at)
        case "kill-halfway": self.init(action: .killHalfway, at: at)
        case "fail":
            let names: [String: Int32] = ["ENOSPC": ENOSPC, "EIO": EIO, "EDQUOT": EDQUOT, "EFBIG": EFBIG]
            guard target.count == 2, let code = names[target[1]] ?? Int32(target[1]) else { return nil }
            self.init(action: .fail(code), at: at)
        default: return nil
        }
    }

    /// Counts a point; kills the process when the plan says so.
    public func point(_ operation: FileOperation, _ path: String) -> FileFaultVerdict {
        let number = reached.add(1, ordering: .relaxed).newValue
        if action == .trace {
            let line = "fault point \(number): \(operation.rawValue) \(path)\n"
            _ = line.utf8CString.withUnsafeBufferPointer { write(2, $0.baseAddress, $0.count - 1) }
            return .proceed
        }
        guard number == at else { return .proceed }
        switch action {
        case .kill, .trace: die()
        case .killHalfway:
            if operation == .write { return .writeHalf }
            die()
        case .fail(let code): return .fail(code)
        }
    }

    /// After the first half of a torn write: dies.
    public func halfWritten(_ operation: FileOperation, _ path: String) -> Never {
        die()
    }

    func die() -> Never {
        kill(getpid(), SIGKILL)
        while true { pause() }
    }
}
