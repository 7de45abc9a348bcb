#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Progress on standard error for work that takes over about a second, shown only when standard error
/// is a terminal: `verify: 350000 records, 31% of 384 MB, 152000 records/s`, redrawn in place and
/// cleared at the end.
final class ProgressMeter {
    let label: String
    let sink: TextSink
    let enabled: Bool
    let totalBytes: Int
    let start: Double
    let delay: Double
    var lastDrawn = 0.0
    var drawn = false

    /// A meter for work on a file of `totalBytes` (0 when unknown).
    init(_ label: String, totalBytes: Int, invocation: Invocation) {
        self.label = label
        sink = invocation.err
        enabled = invocation.errorIsTerminal
        self.totalBytes = totalBytes
        delay = invocation.progressDelay
        start = ProgressMeter.now()
    }

    /// A meter for reading the file at `path`.
    convenience init(_ label: String, path: String, invocation: Invocation) {
        var info = stat()
        let size = stat(path, &info) == 0 ? Int(info.st_size) : 0
        self.init(label, totalBytes: size, invocation: invocation)
    }

    static func now() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }

    /// Notes how far the work is; redraws at most five times a second, from one second on.
    func update(bytes: Int, lines: Int) {
        guard enabled else { return }
        let now = ProgressMeter.now()
        let elapsed = now - start
        guard elapsed >= delay, now - lastDrawn >= 0.2 else { return }
        lastDrawn = now
        var text = "\r\(label): \(lines) records"
        if totalBytes > 0 {
            let size = totalBytes >= 1 << 20 ? "\(totalBytes >> 20) MB" : "\(max(1, totalBytes >> 10)) KB"
            text += ", \(min(100, bytes * 100 / totalBytes))% of \(size)"
        }
        text += ", \(Int(Double(lines) / max(elapsed, 0.001))) records/s\u{1B}[K"
        sink.write(text)
        drawn = true
    }

    /// Clears the progress line, if one was drawn.
    func finish() {
        if drawn { sink.write("\r\u{1B}[K") }
        drawn = false
    }

    /// The closure the log library calls as it reads.
    var callback: (Int, Int) -> Void { { [self] bytes, lines in update(bytes: bytes, lines: lines) } }
}
