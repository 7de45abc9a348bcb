// libFuzzer target: the HTTP request parser of `cohort serve`, and the form decoder on what it reads.
//
// Property: parsing never crashes or hangs, whatever the bytes; a request it reads took at most the bytes
// given, reads the same from exactly those bytes, and carries a body no longer than the limit; every
// refusal is a client error (4xx) or 501/505 with a reason.
// Built with the sources of CohortWeb/HTTP by scripts/fuzz/run.sh (swiftc -sanitize=fuzzer,address).

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTTP(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: start, count: count))
    let parser = HTTPRequestParser()
    _ = HTTPRequestParser.expectsContinue(bytes)
    switch parser.parse(bytes) {
    case .incomplete:
        break
    case .refused(let status, let reason):
        precondition((400..<500).contains(status.rawValue) || status == .notImplemented || status == .versionNotSupported)
        precondition(!reason.isEmpty)
    case .request(let request, let length):
        precondition(length <= bytes.count && request.body.count <= parser.maxBody)
        precondition(parser.parse(Array(bytes[0..<length])) == .request(request, length: length))
        _ = FormData(urlEncoded: request.body)
    }
    return 0
}
