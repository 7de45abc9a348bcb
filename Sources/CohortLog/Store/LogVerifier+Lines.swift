import Dispatch

extension LogVerifier {
    /// Feeds every line of the open file `fd` (from where it stands), on two cores: the lines are read
    /// in batches, and while this thread checks one batch (seq, the chain, the writer's rules, in order)
    /// another parses and hashes the next. Parsing a line needs nothing of the lines before it; the
    /// checks do, and stay in order on this thread, so the verifier sees exactly what ``feed(_:)``
    /// line by line would.
    mutating func feedLines(
        fd: Int32, path: String, progress: ((_ bytesRead: Int, _ lines: Int) -> Void)?
    ) throws(FileError) {
        let parsing = DispatchQueue(label: "cohort.verify.parse")
        let parser = ParserBox(texts: parser.texts)
        var filling = LineBatch()
        var ahead: (batch: LineBatch, parsed: DispatchWorkItem)?
        /// Checks the batch parsed ahead, if any, once its parse is done.
        func feedAhead() {
            guard let ahead else { return }
            ahead.parsed.wait()
            feed(ahead.batch)
        }
        /// Sends `batch` to be parsed, checks the one before it meanwhile, and keeps `batch` as the one ahead.
        func handOver(_ batch: LineBatch) {
            let parsed = DispatchWorkItem { batch.parse(with: parser) }
            parsing.async(execute: parsed)
            feedAhead()
            ahead = (batch, parsed)
        }
        try LineReader.forEachLine(fd: fd, path: path, progress: progress) { line in
            filling.append(line)
            guard filling.isFull else { return }
            handOver(filling)
            filling = LineBatch()
        }
        if !filling.isEmpty { handOver(filling) }
        feedAhead()
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

/// A parser used by one thread at a time (the parsing queue is serial).
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
