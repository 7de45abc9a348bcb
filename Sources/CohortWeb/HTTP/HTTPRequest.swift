/// One HTTP/1.1 request as the server reads it: method, path, query, headers and body, within limits.
public struct HTTPRequest: Sendable, Equatable {
    /// `GET`, `POST`, …
    public var method: String
    /// The path of the target, still percent-encoded (`/p/TOKEN`).
    public var path: String
    /// The query after `?`, if any (not decoded).
    public var query: String?
    /// The header fields in order, names lowercased.
    public var headers: [(name: String, value: String)]
    /// The body (as long as `Content-Length` said).
    public var body: [UInt8]

    /// The value of the first header `name` (lowercase).
    public func header(_ name: String) -> String? { headers.first { $0.name == name }?.value }

    public static func == (a: HTTPRequest, b: HTTPRequest) -> Bool {
        a.method == b.method && a.path == b.path && a.query == b.query && a.body == b.body
            && a.headers.map(\.name) == b.headers.map(\.name) && a.headers.map(\.value) == b.headers.map(\.value)
    }
}

/// Reads a request from the bytes received so far, refusing what breaks HTTP/1.1 (RFC 9112) or the
/// server's limits: it is called again with more bytes until it has a whole request or a refusal.
public struct HTTPRequestParser: Sendable {
    /// The most bytes the request line may take (without its line end).
    public var maxRequestLine = 8 * 1024
    /// The most bytes the header section may take, and the most fields it may have.
    public var maxHeaderBytes = 16 * 1024
    public var maxHeaderFields = 64
    /// The largest body accepted (a form with a long reflection fits many times over).
    public var maxBody = 64 * 1024

    public init() {}

    /// What the bytes so far make.
    public enum Outcome: Sendable, Equatable {
        /// Not yet a whole request: read more.
        case incomplete
        /// A whole request, which took the first `length` bytes.
        case request(HTTPRequest, length: Int)
        /// Not a request the server takes: answer `status` with `reason` and close.
        case refused(HTTPStatus, String)
    }

    /// Parses `bytes`, the start of a connection's input.
    public func parse(_ bytes: [UInt8]) -> Outcome {
        bytes.withUnsafeBufferPointer { parse($0) }
    }

    func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Outcome {
        // The request line.
        guard let lineEnd = Self.lineEnd(in: bytes, from: 0, limit: maxRequestLine) else {
            return bytes.count > maxRequestLine + 2 ? .refused(.uriTooLong, "the request line is too long") : .incomplete
        }
        if case .refused(let status, let reason) = lineEnd {
            return status == .headersTooLarge ? .refused(.uriTooLong, "the request line is too long") : .refused(status, reason)
        }
        guard case .found(let end, let next) = lineEnd else { return .incomplete }
        let line = UnsafeBufferPointer(rebasing: bytes[0..<end])
        let parts = line.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: false)
        guard parts.count == 3 else { return .refused(.badRequest, "the request line is not METHOD TARGET VERSION") }
        let method = parts[0], target = parts[1], version = parts[2]
        guard !method.isEmpty, method.allSatisfy(Self.isTokenByte) else { return .refused(.badRequest, "the method is not a token") }
        guard version.elementsEqual("HTTP/1.1".utf8) || version.elementsEqual("HTTP/1.0".utf8) else {
            return .refused(.versionNotSupported, "only HTTP/1.1 and HTTP/1.0 are spoken here")
        }
        guard target.first == UInt8(ascii: "/"), target.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) else {
            return .refused(.badRequest, "the target is not an absolute path")
        }
        let targetText = String(decoding: target, as: UTF8.self)
        let question = targetText.firstIndex(of: "?")
        let path = question.map { String(targetText[..<$0]) } ?? targetText
        let query = question.map { String(targetText[targetText.index(after: $0)...]) }

        // The header fields, up to an empty line.
        var headers: [(name: String, value: String)] = []
        var position = next
        while true {
            let limit = maxHeaderBytes - (position - next)
            guard let found = Self.lineEnd(in: bytes, from: position, limit: max(0, limit)) else {
                return bytes.count - next > maxHeaderBytes + 2 ? .refused(.headersTooLarge, "the header section is too large") : .incomplete
            }
            if case .refused(let status, let reason) = found { return .refused(status, reason) }
            guard case .found(let end, let after) = found else { return .incomplete }
            if end == position {
                position = after
                break
            }
            guard headers.count < maxHeaderFields else { return .refused(.headersTooLarge, "too many header fields") }
            let field = UnsafeBufferPointer(rebasing: bytes[position..<end])
            guard field.first != UInt8(ascii: " "), field.first != UInt8(ascii: "\t") else {
                return .refused(.badRequest, "a folded header line (obsolete line folding is not accepted)")
            }
            guard let colon = field.firstIndex(of: UInt8(ascii: ":")), colon > field.startIndex,
                field[field.startIndex..<colon].allSatisfy(Self.isTokenByte)
            else { return .refused(.badRequest, "a header field is not NAME: VALUE") }
            let valueBytes = field[(colon + 1)...]
            guard valueBytes.allSatisfy({ $0 == 0x09 || ($0 >= 0x20 && $0 != 0x7F) }) else {
                return .refused(.badRequest, "a header value holds a control character")
            }
            let name = String(decoding: field[field.startIndex..<colon], as: UTF8.self).lowercased()
            let value = String(decoding: valueBytes, as: UTF8.self).trimmingSpacesAndTabs
            headers.append((name, value))
            position = after
        }

        // HTTP/1.1 names the host (RFC 9112 section 3.2), once.
        let hosts = headers.filter { $0.name == "host" }.count
        if version.elementsEqual("HTTP/1.1".utf8) ? hosts != 1 : hosts > 1 {
            return .refused(.badRequest, "an HTTP/1.1 request names its Host once")
        }
        // The body: as long as Content-Length says; no chunked bodies.
        if headers.contains(where: { $0.name == "transfer-encoding" }) {
            return .refused(.notImplemented, "Transfer-Encoding is not accepted; send Content-Length")
        }
        let lengths = Set(headers.filter { $0.name == "content-length" }.map(\.value))
        var length = 0
        if let text = lengths.first {
            guard lengths.count == 1, !text.isEmpty, text.utf8.count <= 10, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
                let value = Int(text)
            else { return .refused(.badRequest, "Content-Length is not one whole number") }
            guard value <= maxBody else { return .refused(.contentTooLarge, "the body is larger than \(maxBody) bytes") }
            length = value
        } else if method.elementsEqual("POST".utf8) {
            return .refused(.lengthRequired, "a POST needs Content-Length")
        }
        guard bytes.count - position >= length else { return .incomplete }
        let request = HTTPRequest(
            method: String(decoding: method, as: UTF8.self), path: path, query: query, headers: headers,
            body: Array(bytes[position..<(position + length)]))
        return .request(request, length: position + length)
    }

    /// Whether `bytes` hold a whole header section that asks for `100 Continue` before the body
    /// (`Expect: 100-continue`).
    public static func expectsContinue(_ bytes: [UInt8]) -> Bool {
        guard let end = bytes.firstRange(of: Array("\r\n\r\n".utf8)) else { return false }
        let head = String(decoding: bytes[0..<end.lowerBound], as: UTF8.self).lowercased()
        return head.split(separator: "\r\n").dropFirst().contains { line in
            let parts = line.split(separator: ":", maxSplits: 1)
            return parts.count == 2 && parts[0] == "expect" && String(parts[1]).trimmingSpacesAndTabs == "100-continue"
        }
    }

    enum LineEnd { case found(end: Int, next: Int), refused(HTTPStatus, String) }

    /// Where the line starting at `start` ends (CRLF, or a bare LF as RFC 9112 allows a recipient to
    /// take), within `limit` bytes; nil while no end has come within the limit.
    static func lineEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int) -> LineEnd? {
        var index = start
        let stop = min(bytes.count, start + limit + 2)
        while index < stop {
            let byte = bytes[index]
            if byte == 0x0A {
                let end = index > start && bytes[index - 1] == 0x0D ? index - 1 : index
                guard end - start <= limit else { return .refused(.headersTooLarge, "a line is too long") }
                return .found(end: end, next: index + 1)
            }
            if byte == 0x0D, index + 1 < bytes.count, bytes[index + 1] != 0x0A {
                return .refused(.badRequest, "a bare CR in the request")
            }
            if byte == 0 { return .refused(.badRequest, "a NUL byte in the request") }
            index += 1
        }
        return nil
    }

    /// A `tchar` of RFC 9110: what a method or a field name is made of.
    static func isTokenByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default:
            "!#$%&'*+-.^_`|~".utf8.contains(byte)
        }
    }
}

extension String {
    /// The string without spaces and tabs at either end (a header value's optional whitespace).
    var trimmingSpacesAndTabs: String {
        let utf8 = Array(self.utf8)
        var start = 0, end = utf8.count
        while start < end, utf8[start] == 0x20 || utf8[start] == 0x09 { start += 1 }
        while end > start, utf8[end - 1] == 0x20 || utf8[end - 1] == 0x09 { end -= 1 }
        return String(decoding: utf8[start..<end], as: UTF8.self)
    }
}
