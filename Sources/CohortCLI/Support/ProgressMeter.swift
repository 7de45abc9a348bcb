#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Progress on standard error for work that takes over about a second, shown only when standard error
/// is a terminal: `verify: 350000 records, 31% of 384 MB, 152000 records/s, about 5 s left`, or, for
/// work counted in items, `audit: 340 of 1000 logs, 120 logs/s, about 6 s left`; redrawn in place at
/// most five times a second and cleared at the end. Safe to update from several threads.
final class ProgressMeter: @unchecked Sendable {  // the sink is written to only under `drawing`'s lock
    let label: String
    let sink: TextSink
    let enabled: Bool
    let totalBytes: Int
    let start: Double
    let delay: Double
    let interval: Double

    struct Drawing {
        var lastDrawn = 0.0
        var drawn = false
    }

    let drawing = Mutex(Drawing())

    /// A meter for work on a file of `totalBytes` (0 when unknown).
    init(_ label: String, totalBytes: Int, invocation: Invocation) {
        self.label = label
        sink = invocation.err
        enabled = invocation.errorIsTerminal
        self.totalBytes = totalBytes
        delay = invocation.progressDelay
        interval = invocation.progressInterval
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

    /// Notes how far the reading of the file is: `bytes` read, `lines` done.
    func update(bytes: Int, lines: Int) {
        draw { elapsed in
            var text = "\(lines) records"
            if totalBytes > 0 {
                text += ", \(min(100, bytes * 100 / totalBytes))% of \(ProgressMeter.size(totalBytes))"
            }
            text += ", \(Int(Double(lines) / max(elapsed, 0.001))) records/s"
            if totalBytes > 0, bytes > 0, bytes < totalBytes {
                text += ProgressMeter.left(elapsed * Double(totalBytes - bytes) / Double(bytes))
            }
            return text
        }
    }

    /// Notes how far work counted in items is: `done` of `total` `unit` (a plural: "logs").
    func update(done: Int, of total: Int, unit: String) {
        draw { elapsed in
            var text = "\(done) of \(total) \(unit), \(Int(Double(done) / max(elapsed, 0.001))) \(unit)/s"
            if done > 0, done < total { text += ProgressMeter.left(elapsed * Double(total - done) / Double(done)) }
            return text
        }
    }

    /// Redraws the line with `text(elapsed)`, when it is time to.
    private func draw(_ text: (Double) -> String) {
        guard enabled else { return }
        let now = ProgressMeter.now()
        let elapsed = now - start
        guard elapsed >= delay else { return }
        drawing.withLock { drawing in
            guard !drawing.drawn || now - drawing.lastDrawn >= interval else { return }
            drawing.lastDrawn = now
            sink.write("\r\(label): " + text(elapsed) + "\u{1B}[K")
            drawing.drawn = true
        }
    }

    /// `, about 5 s left`, `, about 3 min left`.
    static func left(_ seconds: Double) -> String {
        guard seconds.isFinite, seconds >= 0 else { return "" }
        if seconds < 60 { return ", about \(max(1, Int(seconds.rounded()))) s left" }
        if seconds < 3600 { return ", about \(Int((seconds / 60).rounded())) min left" }
        return ", about \(Int((seconds / 3600).rounded())) h left"
    }

    static func size(_ bytes: Int) -> String {
        bytes >= 1 << 20 ? "\(bytes >> 20) MB" : "\(max(1, bytes >> 10)) KB"
    }

    /// Clears the progress line, if one was drawn.
    func finish() {
        drawing.withLock { drawing in
            if drawing.drawn { sink.write("\r\u{1B}[K") }
            drawing.drawn = false
        }
    }

    /// The closure the log library calls as it reads.
    var callback: (Int, Int) -> Void { { [self] bytes, lines in update(bytes: bytes, lines: lines) } }
}
