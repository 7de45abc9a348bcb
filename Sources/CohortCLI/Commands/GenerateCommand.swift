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
        details: """
        A believable cohort: the programme, two facilitators, N participants (default 12), five sessions with
        attendance, invoices, and wishes, support, reflections, assignments, learning lines and harvest
        contributions spread over the months, one withdrawal; N events in all (default 1000). Every event
        passes the writer's rules. Salts and recorded times come from the seed too (default 1), so the same
        arguments give the same bytes. The log goes to standard output or -o FILE (never over an existing
        file); with --cohorts K, K logs with seeds S, S+1, … go to DIR/cohort-0001.jsonl … (made on all cores).
        """,
        options: GenerateOptions.self
    ) { arguments, invocation in
        let participants = arguments.participants
        let events = arguments.events
        let seed = arguments.seed
        if case .folder(let out, let count) = arguments.destination {
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
            if case .file(let output) = arguments.destination {
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
                throw CommandFailure.output(error, fileKept: arguments.destination != .standardOutput)
            }
            throw error
        }
        return 0
    }
}

/// The arguments of `cohort generate`.
struct GenerateOptions: CommandOptions {
    static let positionals: [Positional] = []
    static let participants = OptionSpec.value("participants", "N", "participants per cohort (default 12)")
    static let events = OptionSpec.value("events", "N", "events per cohort (default 1000)")
    static let seed = OptionSpec.value("seed", "S", "the seed (default 1)")
    static let cohorts = OptionSpec.value("cohorts", "K", "make K cohorts (with --out)")
    static let out = OptionSpec.value("out", "DIR", "the folder for --cohorts (created when missing)").shown(.required)
    static let options: [OptionSpec] = [participants, events, seed, cohorts, out, .output]
    /// One log to standard output or a file, or many to a folder.
    static let synopsis: [SynopsisElement] = SynopsisElement.each([participants, events, seed])
        + [.oneOf([[.output], [cohorts, out]], required: false)]

    /// Where the logs go.
    enum Destination: Equatable {
        /// One log to standard output.
        case standardOutput
        /// One log to the file of `-o FILE`.
        case file(String)
        /// `--cohorts K --out DIR`: K logs into the folder DIR.
        case folder(String, cohorts: Int)
    }

    /// Participants per cohort.
    let participants: Int
    /// Events per cohort.
    let events: Int
    /// The seed of the first cohort.
    let seed: Int
    let destination: Destination

    init(_ arguments: ParsedArguments, invocation: Invocation) throws(UsageError) {
        participants = try arguments.number(Self.participants, in: 2...1000) ?? 12
        events = try arguments.number(Self.events, in: 1...100_000_000) ?? 1000
        seed = try arguments.number(Self.seed, in: 0...Int.max) ?? 1
        if let count = try arguments.number(Self.cohorts, in: 1...1_000_000) {
            guard let out = arguments.value(Self.out) else { throw UsageError("--cohorts needs --out DIR") }
            destination = .folder(out, cohorts: count)
        } else if let output = arguments.value(.output) {
            destination = .file(output)
        } else {
            destination = .standardOutput
        }
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
