import Dispatch
import Synchronization

extension LogVerifier {
    /// How the lines of a log are read: parsed ahead on a second thread while this one checks, or all on
    /// this thread (for a caller that already keeps every core busy, such as the audit of many logs at
    /// once, where a second thread for each log would only take turns with the others).
    public enum Threads: Sendable, Equatable {
        case two
        case one
    }

    /// Feeds every line of the open file `fd` (from where it stands), on two cores: the lines are read
    /// in batches, and while this thread checks one batch (seq, the chain, the writer's rules, in order)
    /// another parses and hashes the next. Parsing a line needs nothing of the lines before it; the
    /// checks do, and stay in order on this thread, so the verifier sees exactly what ``feed(_:)``
    /// line by line would.
    ///
    /// Parsing costs more than checking, so this thread, before it waits for a batch to be parsed,
    /// parses the parts of it that the other thread has not taken yet: the batch is parsed in chunks,
    /// each taken by whichever thread comes first.
    mutating func feedLines(
        fd: Int32, path: String, progress: ((_ bytesRead: Int, _ lines: Int) -> Void)?, threads: Threads = .two
    ) throws(FileError) {
        if threads == .one {
            try LineReader.forEachLine(fd: fd, path: path, progress: progress) { line in feed(line) }
            return
        }
        let parsing = DispatchQueue(label: "cohort.verify.parse")
        let box = ParserBox(texts: parser.texts)
        var filling = LineBatch()
        var ahead: (batch: LineBatch, parsed: DispatchWorkItem)?
        /// A batch checked and emptied, to be filled again instead of making one for every 2,048 lines.
        var spare: LineBatch?
        /// Checks the batch parsed ahead, if any, once its parse is done (helping with it first).
        func feedAhead() {
            guard let ahead else { return }
            ahead.batch.parseChunks(with: &parser)
            ahead.parsed.wait()
            feed(ahead.batch)
            ahead.batch.empty()
            spare = ahead.batch
        }
        /// Sends `batch` to be parsed, checks the one before it meanwhile, and keeps `batch` as the one ahead.
        func handOver(_ batch: LineBatch) {
            batch.prepare()
            let parsed = DispatchWorkItem { batch.parseChunks(with: &box.parser) }
            parsing.async(execute: parsed)
            feedAhead()
            ahead = (batch, parsed)
        }
        try LineReader.forEachLine(fd: fd, path: path, progress: progress) { line in
            filling.append(line)
            guard filling.isFull else { return }
            handOver(filling)
            filling = spare ?? LineBatch()
            spare = nil
        }
        if !filling.isEmpty { handOver(filling) }
        feedAhead()
    }

    /// Checks the lines of a parsed batch, in order: a few at a time, the rule state's tables touched
    /// for all of them first (``RuleState/touch(_:)``).
    mutating func feed(_ batch: LineBatch) {
        let lines = batch.lines
        let outcomes = batch.outcomes
        batch.storage.withUnsafeBytes { storage in
            let lookups = batch.lookups
            var touched: UInt64 = 0
            var next = 0
            while next < lines.count {
                let group = next..<min(next + LineBatch.touched, lines.count)
                for index in group { touched ^= state.touch(lookups[index]) }
                for index in group {
                    let line = lines[index]
                    let bytes = UnsafeRawBufferPointer(rebasing: storage[line.start..<(line.start + line.count)])
                    // Taken, not copied: the outcome is checked once, and nothing else holds its record.
                    feed(LineReader.Line(number: line.number, bytes: bytes, ended: line.ended, offset: line.offset),
                         parsed: outcomes[index].take())
                }
                next = group.upperBound
            }
            self.touched ^= touched
        }
    }
}

/// A parser used by one thread at a time (the parsing queue is serial).
final class ParserBox: @unchecked Sendable {
    var parser = RecordParser()

    init(texts: RecordParser.Texts) {
        parser.texts = texts
    }
}

/// Lines copied out of the reader's buffer, and what the parser made of each: filled by the reading
/// thread, parsed in chunks by it and the parsing thread (each chunk by the one that takes it), and
/// checked by the reading thread once both are done (the hand-over is the work item's `wait`).
final class LineBatch: @unchecked Sendable {
    /// About this many bytes or lines make a batch.
    static let bytes = 1 << 20
    static let count = 2048
    /// Lines in a chunk: the part of a batch that one thread takes at a time.
    static let chunk = 64
    /// Lines whose tables are touched together before they are checked.
    static let touched = 16

    var storage: [UInt8] = []
    var lines: [(start: Int, count: Int, number: Int, offset: Int, ended: Bool)] = []
    /// One outcome per line, written by the thread that parsed its chunk (nil until then, and for lines
    /// the verifier does not parse): the first `lines.count` places of `outcomeMemory`, initialized from
    /// ``prepare()`` to ``empty()``.
    private(set) var outcomes = UnsafeMutableBufferPointer<RecordParser.Outcome?>(start: nil, count: 0)
    /// Room for the outcomes of a full batch, made once.
    private let outcomeMemory = UnsafeMutablePointer<RecordParser.Outcome?>.allocate(capacity: LineBatch.count)
    /// Where checking each record will look in the rule state's tables, written beside its outcome.
    let lookups = UnsafeMutablePointer<RuleState.Lookups>.allocate(capacity: LineBatch.count)
    /// The next chunk to take.
    private let nextChunk = Atomic<Int>(0)

    init() {
        storage.reserveCapacity(LineBatch.bytes + (1 << 16))
        lines.reserveCapacity(LineBatch.count)
    }

    deinit {
        _ = outcomes.deinitialize()
        outcomeMemory.deallocate()
        lookups.deallocate()
    }

    /// Empties the batch once it is checked, keeping its memory for the next lines.
    func empty() {
        storage.removeAll(keepingCapacity: true)
        lines.removeAll(keepingCapacity: true)
        _ = outcomes.deinitialize()
        outcomes = UnsafeMutableBufferPointer(start: nil, count: 0)
        nextChunk.store(0, ordering: .relaxed)
    }

    var isFull: Bool { storage.count >= LineBatch.bytes || lines.count >= LineBatch.count }
    var isEmpty: Bool { lines.isEmpty }

    func append(_ line: LineReader.Line) {
        lines.append((storage.count, line.bytes.count, line.number, line.offset, line.ended))
        storage.append(contentsOf: line.bytes)
    }

    /// Makes room for the outcomes, once the batch is full, before any thread parses it (and before the
    /// work item that parses it is made: the item's start is what hands them over).
    func prepare() {
        precondition(lines.count <= LineBatch.count, "a batch is handed over once it is full")
        outcomes = UnsafeMutableBufferPointer(start: outcomeMemory, count: lines.count)
        outcomes.initialize(repeating: nil)
        lookups.initialize(repeating: RuleState.Lookups(), count: lines.count)
    }

    /// Parses the chunks no thread has taken yet, one at a time, with `parser` (this thread's own):
    /// every line the verifier will parse (``LogVerifier/parsedBytes(of:)``).
    func parseChunks(with parser: inout RecordParser) {
        let chunks = (lines.count + LineBatch.chunk - 1) / LineBatch.chunk
        let outcomes = self.outcomes
        let lookups = self.lookups
        storage.withUnsafeBytes { storage in
            lines.withUnsafeBufferPointer { lines in
                while case let chunk = nextChunk.wrappingAdd(1, ordering: .relaxed).oldValue, chunk < chunks {
                    let start = chunk * LineBatch.chunk
                    for index in start..<min(start + LineBatch.chunk, lines.count) {
                        let line = lines[index]
                        let whole = LineReader.Line(
                            number: line.number, bytes: UnsafeRawBufferPointer(rebasing: storage[line.start..<(line.start + line.count)]),
                            ended: line.ended, offset: line.offset)
                        guard let bytes = LogVerifier.parsedBytes(of: whole) else { continue }
                        let outcome = parser.parse(bytes, number: line.number)
                        if case .record(let record) = outcome { lookups[index] = RuleState.Lookups(record) }
                        outcomes[index] = outcome
                    }
                }
            }
        }
    }
}
