import Dispatch
import Synchronization
import CohortLog
import CohortReports
import CohortSynthesis

extension Command {
    /// `cohort generate`.
    static let generate = Command(
        name: "generate",
        summary: "a synthetic, valid, sealed cohort log (or many) for demos and benchmarks",
        usage: "cohort generate [--participants N] [--events N] [--seed S] [-o FILE | --cohorts K --out DIR]",
        details: """
        A believable cohort: the programme, two facilitators, N participants (default 12), five sessions with
        attendance, invoices, and wishes, support, reflections, assignments, learning lines and harvest
        contributions spread over the months, one withdrawal; N events in all (default 1000). Every event
        passes the writer's rules. Salts and recorded times come from the seed too (default 1), so the same
        arguments give the same bytes. The log goes to standard output or -o FILE (never over an existing
        file); with --cohorts K, K logs with seeds S, S+1, … go to DIR/cohort-0001.jsonl … (made on all cores).
        """,
        options: [
            .value("participants", "N", "participants per cohort (default 12)"),
            .value("events", "N", "events per cohort (default 1000)"),
            .value("seed", "S", "the seed (default 1)"),
            .value("cohorts", "K", "make K cohorts (with --out)"),
            .value("out", "DIR", "the folder for --cohorts (created when missing)"),
            .output,
        ],
        positionals: 0...0, positionalNames: []
    ) { arguments, invocation in
        func number(_ name: String, default value: Int, range: ClosedRange<Int>) throws(UsageError) -> Int {
            guard let text = arguments.value(name) else { return value }
            guard let parsed = Int(text), range.contains(parsed) else {
                throw UsageError("--\(name) must be a whole number from \(range.lowerBound) to \(range.upperBound), not \"\(text)\"", command: "generate")
            }
            return parsed
        }
        let participants = try number("participants", default: 12, range: 2...1000)
        let events = try number("events", default: 1000, range: 1...100_000_000)
        let seed = try number("seed", default: 1, range: 0...Int.max)
        if arguments.has("cohorts") {
            let count = try number("cohorts", default: 1, range: 1...1_000_000)
            guard let out = arguments.value("out") else { throw UsageError("--cohorts needs --out DIR", command: "generate") }
            try FileSystem.makeDirectories(out)
            let failures = FailureBox()
            let meter = ProgressMeter("generate", totalBytes: 0, invocation: invocation)
            defer { meter.finish() }
            let done = Atomic(0)
            DispatchQueue.concurrentPerform(iterations: count) { index in
                let name = String(index + 1)
                let path = out + "/cohort-" + String(repeating: "0", count: max(0, 4 - name.count)) + name + ".jsonl"
                do {
                    _ = try CohortGenerator(participants: participants, events: events, seed: UInt64(seed + index)).write(to: path)
                } catch {
                    failures.add("\(error)")
                }
                meter.update(done: done.add(1, ordering: .relaxed).newValue, of: count, unit: "cohorts")
            }
            meter.finish()
            if let failure = failures.first { throw FileError(out, "cannot generate", reason: failure) }
            invocation.err.line("cohort generate: \(count) cohorts of \(events) events in \(out)")
            return 0
        }
        let generator = CohortGenerator(participants: participants, events: events, seed: UInt64(seed))
        let meter = ProgressMeter("generate", totalBytes: 0, invocation: invocation)
        defer { meter.finish() }
        let progress = { (records: Int) in meter.update(done: records, of: events, unit: "records") }
        do throws(FileError) {
            if let output = arguments.value("output") {
                let result = try generator.write(to: output, progress: progress)
                meter.finish()
                invocation.err.line("cohort generate: \(output): \(Words.english.count(result.records, .record)), head \(result.head.hex)")
            } else {
                invocation.out.flush()
                _ = try generator.write(fd: 1, path: "<stdout>", progress: progress)
            }
        } catch {
            // Writing the output failed (a full disk): exit 1, as for every output; anything else (a
            // file in the way) is the caller's to fix.
            if error.action == "cannot write" || error.action == "cannot sync to disk" {
                throw CommandFailure.output(error, fileKept: arguments.value("output") != nil)
            }
            throw error
        }
        return 0
    }
}

/// Failures collected from concurrent work.
final class FailureBox: Sendable {
    private let failures = Mutex<[String]>([])

    func add(_ failure: String) {
        failures.withLock { $0.append(failure) }
    }

    var first: String? {
        failures.withLock { $0.first }
    }
}
