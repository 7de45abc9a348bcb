// libFuzzer target: the record reader and the verifier (format, chain, every rule).
//
// Property: verifying never crashes or hangs, whatever the bytes, and every problem names a line
// of the input.
// Built with the sources of CohortLog by scripts/fuzz/run.sh (swiftc -sanitize=fuzzer,address).

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLog(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: start, count: count))
    let verifier = LogVerifier.verify(bytes: bytes)
    let lines = bytes.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
    for problem in verifier.problems {
        precondition(problem.line >= 0 && problem.line <= lines, "problem on line \(problem.line) of \(lines)")
    }
    return 0
}
