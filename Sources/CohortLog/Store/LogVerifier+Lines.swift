import Dispatch

extension LogVerifier {
    /// Feeds every line of the open file `fd` (from where it stands), on three threads: the lines are read
    /// in batches, and while this thread checks one batch (seq, the chain, the writer's rules, in order)
    /// two parsers parse and hash the next two, one batch each. Parsing a line needs nothing of the lines
    /// before it; the checks do, and stay in order on this thread, so the verifier sees exactly what
    /// ``feed(_:)`` line by line would.
    ///
    /// Parsing costs about twice what checking does, so one parser would keep this thread waiting half
    /// the time; with two, three threads share the two cores.
    mutating func feedLines(
        fd: Int32, path: String, progress: ((_ bytesRead: Int, _ lines: Int) -> Void)?
    ) throws(FileError) {
        let parsers = (0..<2).map { number in
            (queue: DispatchQueue(label: "cohort.verify.parse.\(number + 1)"), box: ParserBox(texts: parser.texts))
        }
        var next = 0
        var filling = LineBatch()
        /// The batches handed over, oldest first, each with its parse.
        var ahead: [(batch: LineBatch, parsed: DispatchWorkItem)] = []
        /// Checks the oldest batch handed over, once its parse is done.
        func feedOldest() {
            let (batch, parsed) = ahead.removeFirst()
            parsed.wait()
            feed(batch)
        }
        /// Sends `batch` to the next parser; while more batches are being parsed than there are parsers,
        /// checks the oldest.
        func handOver(_ batch: LineBatch) {
            let parser = parsers[next]
            next = (next + 1) % parsers.count
            let parsed = DispatchWorkItem { batch.parse(with: parser.box) }
            parser.queue.async(execute: parsed)
            ahead.append((batch, parsed))
            if ahead.count > parsers.count { feedOldest() }
        }
        try LineReader.forEachLine(fd: fd, path: path, progress: progress) { line in
            filling.append(line)
            guard filling.isFull else { return }
            handOver(filling)
            filling = LineBatch()
        }
        if !filling.isEmpty { handOver(filling) }
        while !ahead.isEmpty { feedOldest() }
    }

    /// Checks the lines of a parsed batch, in order.
    mutating func feed(_ batch: LineBatch) {
        // Moved out of the batch, so that taking each one is not an access to the class checked at run time.
        var outcomes = batch.outcomes
        batch.outcomes = []
        let lines = batch.lines
        batch.storage.withUnsafeBytes { storage in
            for (index, line) in lines.enumerated() {
                let bytes = UnsafeRawBufferPointer(rebasing: storage[line.start..<(line.start + line.count)])
                // Taken, not copied: the outcome is checked once, and nothing else holds its record.
                feed(LineReader.Line(number: line.number, bytes: bytes, ended: line.ended, offset: line.offset),
                     parsed: outcomes[index].take())
            }
        }
    }
}

/// A parser used by one thread at a time (its parsing queue is serial).
final class ParserBox: @unchecked Sendable {
    var parser = RecordParser()

    init(texts: RecordParser.Texts) {
        parser.texts = texts
    }
}

/// Lines copied out of the reader's buffer, and what the parser made of each: handed from the reading
/// thread to the parsing one and back, never used by both at once (the hand-over is the work item's
/// `wait`).
final class LineBatch: @unchecked Sendable {
    /// About this many bytes or lines make a batch.
    static let bytes = 1 << 20
    static let count = 2048

    var storage: [UInt8] = []
    var lines: [(start: Int, count: Int, number: Int, offset: Int, ended: Bool)] = []
    var outcomes: [RecordParser.Outcome?] = []

    init() {
        storage.reserveCapacity(LineBatch.bytes + (1 << 16))
        lines.reserveCapacity(LineBatch.count)
    }

    var isFull: Bool { storage.count >= LineBatch.bytes || lines.count >= LineBatch.count }
    var isEmpty: Bool { lines.isEmpty }

    func append(_ line: LineReader.Line) {
        lines.append((storage.count, line.bytes.count, line.number, line.offset, line.ended))
        storage.append(contentsOf: line.bytes)
    }

    /// Parses every line the verifier will parse (``LogVerifier/parsedBytes(of:)``).
    func parse(with box: ParserBox) {
        // The parser and the outcomes are held in locals while parsing, so that each line's use of them is
        // not an access to a class checked at run time.
        var parser = box.parser
        box.parser = RecordParser()
        defer { box.parser = parser }
        var parsed: [RecordParser.Outcome?] = []
        parsed.reserveCapacity(lines.count)
        let lines = self.lines
        storage.withUnsafeBytes { storage in
            for line in lines {
                let whole = LineReader.Line(
                    number: line.number, bytes: UnsafeRawBufferPointer(rebasing: storage[line.start..<(line.start + line.count)]),
                    ended: line.ended, offset: line.offset)
                parsed.append(LogVerifier.parsedBytes(of: whole).map { parser.parse($0, number: line.number) })
            }
        }
        outcomes = parsed
    }
}
