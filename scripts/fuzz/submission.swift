// libFuzzer target: the submission reader, and the sealer on what it accepts.
//
// Property: reading never crashes or hangs, whatever the bytes; every event it accepts seals into a
// line that the record reader reads back as a record with the digest the sealer gave it.
// Built with the sources of CohortLog by scripts/fuzz/run.sh (swiftc -sanitize=fuzzer,address).

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSubmission(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: start, count: count))
    let reading = SubmissionReader.read(bytes)
    guard !reading.events.isEmpty else { return 0 }
    let environment = SealingEnvironment(
        now: { Array("2015-01-01T00:00:00Z".utf8).withUnsafeBytes { try! Timestamp.parse($0).get() } },
        salt: { "0123456789abcdef0123456789abcdef" })
    var sealer = Sealer(after: 0, head: .zero, environment: environment)
    var parser = RecordParser()
    for (ordinal, event) in reading.events.enumerated() {
        var line: [UInt8] = []
        let id = event.givenID ?? event.derivedID(ordinal: ordinal)
        let digest = sealer.seal(event, id: id, to: &line)
        precondition(line.last == 0x0A, "a sealed record ends its line")
        line.withUnsafeBytes { raw in
            switch parser.parse(UnsafeRawBufferPointer(rebasing: raw.dropLast()), number: ordinal + 1) {
            case .record(let record):
                precondition(record.digest == digest, "the reader computes the sealer's digest")
            case let other:
                preconditionFailure("a sealed event does not read back: \(other)\n\(String(decoding: line, as: UTF8.self))")
            }
        }
    }
    return 0
}
