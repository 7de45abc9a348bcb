#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Checks a log line by line: the format of each line, the `seq` numbering, the digest chain, the
/// writer's rules, and that erased records were erased by a `data.redacted` (unless every personal
/// member is withheld: an evidence copy). A fold over the lines: feed
/// it every line, then ``LogVerifier/finish()``.
///
/// Every problem is collected (up to ``LogVerifier/problemLimit``; the rest are counted), sorted by line.
public struct LogVerifier {
    /// The most problems kept; more are counted in ``LogVerifier/omitted``.
    public static let problemLimit = 1000

    /// The rule state after the records read so far.
    public internal(set) var state = RuleState()
    /// What touching the rule state's tables ahead read (``RuleState/touch(_:)``): kept only so that
    /// the reads are made (a read whose value went nowhere could be left out).
    var touched: UInt64 = 0
    /// The problems found so far.
    public internal(set) var problems: [Diagnostic] = []
    /// Problems found beyond ``LogVerifier/problemLimit``.
    public internal(set) var omitted = 0
    /// Records read (lines that hold a record, well-formed or not).
    public internal(set) var records = 0
    /// Lines read (a torn tail and blank lines included).
    public internal(set) var lines = 0
    /// The digest of the last record: the head of the log.
    public internal(set) var head = Digest.zero
    /// The digest looked for with `--head`, and whether a record has it.
    public let wantedHead: Digest?
    /// Whether a record has the wanted head's digest.
    public internal(set) var headFound = false
    /// Whether the file ends without a newline.
    public internal(set) var tornTail = false
    /// The byte length of the whole records before a torn tail.
    public internal(set) var soundLength = 0
    /// Records named by a `data.redacted` whose personal fields are still there.
    public internal(set) var unfinishedRedactions: [String] = []
    /// Records whose `personal` member holds personal values.
    public internal(set) var personalRecords = 0
    /// Records whose personal values are withheld: their `personal` member is in its redacted form.
    public var withheldRecords: Int { redacted.count }
    /// Whether the log is an evidence copy (docs/FORMAT.md section 6): no record holds personal values
    /// and some are redacted, whether or not a `data.redacted` names them. Known after ``finish()``.
    public var isEvidenceCopy: Bool { personalRecords == 0 && !redacted.isEmpty }

    var parser = RecordParser()
    var expectedSeq = 1
    var previous: Digest? = .zero
    var redacted: [String: Int] = [:]
    var crlf = (first: 0, count: 0)
    var redactionTargets: [String: Int] = [:]
    /// Called with each well-formed record, after its checks.
    let observe: ((Record, UnsafeRawBufferPointer) -> Void)?

    /// A verifier; `wantedHead` is a digest that some record must have (`verify --head`); `observe` sees
    /// each well-formed record and its line.
    public init(wantedHead: Digest? = nil, observe: ((Record, UnsafeRawBufferPointer) -> Void)? = nil) {
        self.wantedHead = wantedHead
        self.observe = observe
        // No rule reads a personal text: only someone who sees the records needs them.
        parser.texts = observe == nil ? .unread : .read
    }

    /// Whether the log verified: no problem, and the wanted head found.
    public var isSound: Bool { problems.isEmpty && omitted == 0 }

    mutating func report(_ problem: Diagnostic) {
        if problems.count < LogVerifier.problemLimit {
            problems.append(problem)
        } else {
            omitted += 1
        }
    }

    /// Checks one line of the file.
    public mutating func feed(_ line: LineReader.Line) {
        feed(line, parsed: nil)
    }

    /// The bytes of `line` that ``feed(_:)`` hands the parser (without a byte order mark at the start of
    /// the file or a carriage return at the end), or nil for a line it does not parse (a torn tail, a
    /// blank line): what a parser on another thread reads ahead of it.
    static func parsedBytes(of line: LineReader.Line) -> UnsafeRawBufferPointer? {
        guard line.ended else { return nil }
        var bytes = line.bytes
        if line.number == 1 && startsWithByteOrderMark(bytes) { bytes = UnsafeRawBufferPointer(rebasing: bytes[3...]) }
        if isBlank(bytes) { return nil }
        if bytes[bytes.count - 1] == 0x0D { bytes = UnsafeRawBufferPointer(rebasing: bytes[..<(bytes.count - 1)]) }
        return bytes
    }

    static func startsWithByteOrderMark(_ bytes: UnsafeRawBufferPointer) -> Bool {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
    }

    static func isBlank(_ bytes: UnsafeRawBufferPointer) -> Bool {
        bytes.isEmpty || bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D })
    }

    /// Checks one line, with what the parser made of its ``parsedBytes(of:)`` when that was read ahead
    /// (nil: parse it here).
    mutating func feed(_ line: LineReader.Line, parsed: consuming RecordParser.Outcome?) {
        var bytes = line.bytes
        let number = line.number
        lines = number
        guard line.ended else {
            tornTail = true
            report(Diagnostic(
                line: number, check: .formatTornTail,
                message: "the log ends without a newline: the last write was interrupted (a torn tail of \(bytes.count) bytes)",
                hint: "run `cohort repair` to move the torn tail aside; resubmit what was being appended"))
            return
        }
        soundLength = line.offset + bytes.count + 1
        if number == 1 && LogVerifier.startsWithByteOrderMark(bytes) {
            report(Diagnostic(line: number, check: .formatLine, message: "the log starts with a byte order mark",
                              hint: "a log is UTF-8 without a byte order mark; was it saved by an editor?"))
            bytes = UnsafeRawBufferPointer(rebasing: bytes[3...])
        }
        if LogVerifier.isBlank(bytes) {
            report(Diagnostic(line: number, check: .formatLine, message: "blank line (a log has none)",
                              hint: "a log holds one record per line and no blank lines; was it edited by hand?"))
            return
        }
        if bytes[bytes.count - 1] == 0x0D {
            if crlf.count == 0 { crlf.first = number }
            crlf.count += 1
            bytes = UnsafeRawBufferPointer(rebasing: bytes[..<(bytes.count - 1)])
        }
        records += 1
        let outcome = parsed.take() ?? parser.parse(bytes, number: number)
        switch consume outcome {
        case .invalid(let found, let digest, let seq, _):
            for problem in found { report(problem) }
            if let seq { expectedSeq = seq }
            expectedSeq += 1
            previous = digest
            if let digest { head = digest }
        case .record(let record):
            if let observe {
                check(record)
                observe(record, bytes)
            } else {
                check(record)  // its last use: handed over, not copied
            }
        }
    }

    mutating func check(_ record: consuming Record) {
        let number = record.line
        if record.seq != expectedSeq {
            report(Diagnostic(
                line: number, check: .chainSeq, field: "seq",
                message: "seq is \(record.seq) but \(expectedSeq) was expected: a record is missing, repeated or moved here",
                hint: "records are numbered 1, 2, 3, … without gaps; compare with a copy you trust"))
        }
        expectedSeq = max(expectedSeq, record.seq + 1)
        if let previous, record.prev != previous {
            let before = number - 1
            let message = record.seq == 1 || number == 1
                ? "prev of the first record must be 64 zeros"
                : "prev does not match the digest of the record before it (line \(before)): line \(before) was changed, or a record was removed, inserted or moved"
            report(Diagnostic(
                line: number, check: .chainPrev, field: "prev", message: message,
                hint: "the log was altered after it was written; compare with a copy you trust"))
        }
        let digest = record.digest ?? .zero  // the verifier's parser computes every digest
        previous = digest
        head = digest
        if digest == wantedHead { headFound = true }

        let personal = record.personal
        // The record is consumed: when no one observes it, its event moves into the candidate uncopied.
        let candidate = Candidate(record)
        for var problem in WriterRule.check(candidate, against: state) {
            problem.line = number
            problem.message = candidate.event.type.rawValue + ": " + problem.message
            report(problem)
        }
        state.apply(candidate)
        switch personal {
        case .redacted: redacted[candidate.id.rawValue] = number
        case .values: personalRecords += 1
        case .none: break
        }
        if candidate.event.type == .dataRedacted, case .dataRedacted(let e) = candidate.event {
            for target in e.targets where redactionTargets[target.rawValue] == nil {
                redactionTargets[target.rawValue] = number
            }
        }
    }

    /// Ends the check: erased records must be named by a `data.redacted`, the targets of one must be
    /// erased, and a wanted head must have been found.
    public mutating func finish() {
        if crlf.count > 0 {
            let others = crlf.count - 1
            report(Diagnostic(
                line: crlf.first, check: .formatLine,
                message: "the line ends in CR LF" + (others > 0 ? ", as do \(others) more" : "") + " (a log ends lines with LF only)",
                hint: "was the file converted to Windows line ends? convert it back (dos2unix)"))
        }
        // An evidence copy withholds every personal member, and a member withheld needs no authority;
        // a log that still holds personal values may lose them only through a data.redacted.
        for (id, line) in redacted.sorted(by: { $0.value < $1.value }) where !isEvidenceCopy && redactionTargets[id] == nil {
            report(Diagnostic(
                line: line, check: .redactionUnauthorised, field: "personal",
                message: "record \(quoted(id)) is redacted but no data.redacted names it",
                hint: "personal fields are erased only by `cohort redact`; the log was altered"))
        }
        for (id, line) in redactionTargets.sorted(by: { $0.value < $1.value }) where redacted[id] == nil {
            guard let info = state.records[id], info.hasPersonalValues else { continue }
            unfinishedRedactions.append(id)
            report(Diagnostic(
                line: line, check: .redactionUnfinished, field: "data.targets",
                message: "data.redacted names \(quoted(id)) (seq \(info.seq)) but its personal fields are still there: the redaction did not finish",
                hint: "run `cohort repair` to finish the erasure"))
        }
        if let wantedHead, !headFound {
            report(Diagnostic(
                line: 0, check: .chainHead,
                message: "no record has the digest \(wantedHead.hex): the log has changed since that head was noted, or the head belongs to another log",
                hint: "the head is the digest of the last record when it was noted; compare with a copy you trust"))
        }
        problems = Diagnostics(problems).all
    }
}

extension LogVerifier {
    /// Verifies the log at `path` in one streaming pass.
    public static func verify(
        path: String, wantedHead: Digest? = nil, progress: ((_ bytesRead: Int, _ lines: Int) -> Void)? = nil,
        observe: ((Record, UnsafeRawBufferPointer) -> Void)? = nil
    ) throws(FileError) -> LogVerifier {
        let fd = try FileSystem.openForReading(path)
        defer { _ = close(fd) }
        var verifier = LogVerifier(wantedHead: wantedHead, observe: observe)
        if let size = try? FileSystem.size(fd: fd, path: path) { verifier.state.reserveCapacity(records: RuleState.expectedRecords(logBytes: size)) }
        try verifier.feedLines(fd: fd, path: path, progress: progress)
        verifier.finish()
        return verifier
    }
}

extension LogVerifier {
    /// Verifies a log held in memory (for tests and fuzzing): the same checks as a file.
    public static func verify(bytes: [UInt8], wantedHead: Digest? = nil) -> LogVerifier {
        var verifier = LogVerifier(wantedHead: wantedHead)
        bytes.withUnsafeBytes { all in LineReader.forEachLine(in: all) { verifier.feed($0) } }
        verifier.finish()
        return verifier
    }
}
