/// The fund's copy of a log (docs/FORMAT.md section 6, "The evidence copy"): the log with the `personal`
/// member of every record that holds personal values replaced by its redacted form
/// `{"redacted":"<hex SHA-256 of the original bytes>"}`; `{}` and members already redacted are kept, and
/// every other byte is the log's. A record's digest covers its personal member only through that
/// SHA-256, so every digest, and the head, are the log's own: a head noted from the log or a claim can be
/// checked against the copy (`verify --head`), and the audit reads the copy as it reads the log, without
/// a single name, e-mail address or text.
///
///     var copy = EvidenceCopy()
///     try log.forEachRecord { record, line in copy.append(record, line: line, to: &bytes) }
///     copy.withheld      // records whose personal values this copy withholds
///     copy.erased        // records the log had already erased
public struct EvidenceCopy: Sendable {
    /// Records copied.
    public private(set) var records = 0
    /// Records whose personal values the copy withholds (they hold them in the log).
    public private(set) var withheld = 0
    /// Records already erased in the log (copied as they stand).
    public private(set) var erased = 0

    public init() {}

    /// Appends the copy of `record`'s line (`line`, without its newline) and a newline to `out`.
    public mutating func append(_ record: Record, line: UnsafeRawBufferPointer, to out: inout [UInt8]) {
        records += 1
        switch record.personal {
        case .values:
            Redactor.appendWithheld(line, personal: record.personalBytes, to: &out)
            withheld += 1
        case .redacted:
            out.append(contentsOf: line)
            erased += 1
        case .none:
            out.append(contentsOf: line)
        }
        out.append(0x0A)
    }
}

extension EvidenceCopy {
    /// Writes the evidence copy of `log` (which verified) through `write`, in chunks of about a
    /// megabyte, reading only the bytes verified; returns what it counted.
    public static func write(
        _ log: VerifiedLog, progress: ((_ bytesRead: Int, _ lines: Int) -> Void)? = nil,
        to write: ([UInt8]) throws -> Void
    ) throws -> EvidenceCopy {
        var copy = EvidenceCopy()
        var buffer: [UInt8] = []
        buffer.reserveCapacity(1 << 20 + 1 << 16)
        try log.forEachRecord(progress: progress) { record, line in
            copy.append(record, line: line, to: &buffer)
            if buffer.count >= 1 << 20 {
                try write(buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        if !buffer.isEmpty { try write(buffer) }
        return copy
    }
}
