#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Faults injected into the file operations that change files, for the tests that show a writer loses
/// nothing when the disk fills, a `write` or `fsync` fails, or the process is killed at any point
/// (docs/RELIABILITY.md). Off unless the environment variable `COHORT_TEST_FAULT` is set:
///
/// - `trace`: prints each point to standard error as `fault point N: OPERATION PATH`, and changes nothing;
/// - `kill@N`: the process kills itself (`SIGKILL`) just before the Nth point;
/// - `kill-halfway@N`: when the Nth point is a write, writes the first half of its bytes, then kills
///   itself (a torn write); otherwise as `kill@N`;
/// - `fail@N:ERRNO` (`ENOSPC`, `EIO`, `EDQUOT`, `EFBIG` or a number): the Nth operation fails with that error.
///
/// The points are counted from 1 in the order the process reaches them: every creation of a file, write,
/// `fsync` of a file or folder, rename, truncation and removal.
public enum FaultInjection {
    /// What a point can be.
    public enum Operation: String, Sendable {
        case create, write, sync, syncDirectory = "sync-directory", rename, truncate, remove
    }

    enum Action: Equatable {
        case trace, kill, killHalfway, fail(Int32)
    }

    struct Plan {
        var action: Action
        var at: Int
    }

    static let plan: Plan? = {
        guard let raw = getenv("COHORT_TEST_FAULT") else { return nil }
        return parse(String(cString: raw))
    }()

    static let reached = Atomic<Int>(0)

    static func parse(_ text: String) -> Plan? {
        if text == "trace" { return Plan(action: .trace, at: 0) }
        let parts = text.split(separator: "@", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return nil }
        let target = parts[1].split(separator: ":", maxSplits: 1).map(String.init)
        guard let at = Int(target[0]), at >= 1 else { return nil }
        switch parts[0] {
        case "kill": return Plan(action: .kill, at: at)
        case "kill-halfway": return Plan(action: .killHalfway, at: at)
        case "fail":
            let names: [String: Int32] = ["ENOSPC": ENOSPC, "EIO": EIO, "EDQUOT": EDQUOT, "EFBIG": EFBIG]
            guard target.count == 2, let code = names[target[1]] ?? Int32(target[1]) else { return nil }
            return Plan(action: .fail(code), at: at)
        default: return nil
        }
    }

    /// What a point asks of the operation about to be done.
    enum Verdict {
        /// Do it.
        case proceed
        /// Write half, then die.
        case killHalfway
        /// Fail with this error number.
        case fail(Int32)
    }

    /// Counts a point; kills the process when the plan says so.
    static func point(_ operation: Operation, _ path: String) -> Verdict {
        guard let plan else { return .proceed }
        let number = reached.add(1, ordering: .relaxed).newValue
        if plan.action == .trace {
            let line = "fault point \(number): \(operation.rawValue) \(path)\n"
            _ = line.utf8CString.withUnsafeBufferPointer { write(2, $0.baseAddress, $0.count - 1) }
            return .proceed
        }
        guard number == plan.at else { return .proceed }
        switch plan.action {
        case .kill, .trace: die()
        case .killHalfway:
            if operation == .write { return .killHalfway }
            die()
        case .fail(let code): return .fail(code)
        }
    }

    static func die() -> Never {
        kill(getpid(), SIGKILL)
        while true { pause() }
    }
}
