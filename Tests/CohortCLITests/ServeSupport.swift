#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing

/// A `cohort serve` process on a copy of a log, on a free port of this machine, stopped when released.
final class Served: @unchecked Sendable {
    let log: String
    let directory: URL
    let process: Process
    let port: Int
    /// What the server wrote to standard error after its first line.
    let errors: Pipe

    /// Serves a copy of `source` (the real cohort by default), after inviting `people`: their links' tokens.
    init(_ source: String = realCohortLog, arguments: [String] = [], now: String = testNow) throws {
        directory = try temporaryDirectory()
        log = directory.appendingPathComponent("cohort.jsonl").path
        try FileManager.default.copyItem(atPath: source, toPath: log)
        chmod(log, 0o600)
        process = Process()
        process.executableURL = executable
        process.arguments = ["serve", log, "--port", "0"] + arguments
        process.environment = ["COHORT_NOW": now]
        errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        // The first line says where it listens: `cohort serve: LOG on http://127.0.0.1:PORT/ (Ctrl-C stops)`.
        var line: [UInt8] = []
        while line.last != 0x0A {
            let byte = errors.fileHandleForReading.readData(ofLength: 1)
            if byte.isEmpty { break }
            line += byte
        }
        let text = String(decoding: line, as: UTF8.self)
        guard let range = text.range(of: "http://127.0.0.1:"), let port = Int(text[range.upperBound...].prefix { $0.isNumber }) else {
            process.terminate()
            throw ServeFailure(message: "cohort serve did not start: \(text)")
        }
        self.port = port
    }

    deinit {
        process.terminate()
        for _ in 0..<100 where process.isRunning { usleep(50_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    struct ServeFailure: Error { let message: String }

    /// A link for `person`, made by `cohort invite`; its path (`/p/TOKEN`).
    func invite(_ person: String) -> String {
        let run = cohort(["invite", log, person])
        #expect(run.status == 0, "\(run.err)")
        return String(run.out.trimmingCharacters(in: .whitespacesAndNewlines).dropFirst("http://127.0.0.1:8080".count))
    }

    /// The log's bytes now.
    var logBytes: Data { (try? Data(contentsOf: URL(fileURLWithPath: log))) ?? Data() }

    // MARK: HTTP

    /// A response as the client reads it.
    struct Response {
        var status: Int
        var headers: [String: String]
        var body: String
    }

    /// Sends `raw` on a new connection and reads the response to its end; nil when none came.
    func exchange(_ raw: [UInt8], closeWriting: Bool = false) -> Response? {
        guard let connection = connect() else { return nil }
        defer { close(connection) }
        send(raw, on: connection)
        if closeWriting { shutdown(connection, Int32(SHUT_WR)) }
        return Served.response(readAll(connection))
    }

    /// A connected socket to the server.
    func connect() -> Int32? {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return nil }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port)).bigEndian
        inet_pton(AF_INET, "127.0.0.1", &address.sin_addr)
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            close(fd)
            return nil
        }
        var timeout = timeval()
        timeout.tv_sec = 60
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        return fd
    }

    func send(_ bytes: [UInt8], on connection: Int32) {
        var sent = 0
        while sent < bytes.count {
            let count = bytes.withUnsafeBytes { Glibc.send(connection, $0.baseAddress! + sent, bytes.count - sent, Int32(MSG_NOSIGNAL)) }
            if count <= 0 { return }
            sent += count
        }
    }

    func readAll(_ connection: Int32) -> [UInt8] {
        var received: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = chunk.withUnsafeMutableBytes { recv(connection, $0.baseAddress, $0.count, 0) }
            if count <= 0 { return received }
            received += chunk[0..<count]
        }
    }

    static func response(_ bytes: [UInt8]) -> Response? {
        guard let end = bytes.firstRange(of: Array("\r\n\r\n".utf8)) else { return nil }
        let head = String(decoding: bytes[0..<end.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
        guard let statusLine = head.first, statusLine.hasPrefix("HTTP/1.1 "), let status = Int(statusLine.dropFirst(9).prefix(3)) else {
            return nil
        }
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return Response(status: status, headers: headers, body: String(decoding: bytes[end.upperBound...], as: UTF8.self))
    }

    func get(_ path: String) -> Response? {
        exchange(Array("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".utf8))
    }

    /// Posts `fields` as a browser posts a form.
    func post(_ path: String, _ fields: [(String, String)]) -> Response? {
        let body = Served.urlEncoded(fields)
        return exchange(Array(
            "POST \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: \(body.utf8.count)\r\n\r\n\(body)".utf8))
    }

    static func urlEncoded(_ fields: [(String, String)]) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        func encode(_ text: String) -> String { text.addingPercentEncoding(withAllowedCharacters: allowed) ?? "" }
        return fields.map { encode($0.0) + "=" + encode($0.1) }.joined(separator: "&")
    }

    // MARK: Forms, read from a page as a browser reads them

    /// The form of `type` on `page`: its action and its hidden inputs (name, value), or nil.
    static func form(_ type: String, in page: String) -> (action: String, hidden: [(String, String)])? {
        guard let start = page.range(of: "id=\"form-\(type)\"") else { return nil }
        let formStart = page[..<start.lowerBound].range(of: "<form", options: .backwards)!.lowerBound
        guard let formEnd = page[formStart...].range(of: "</form>") else { return nil }
        let form = String(page[formStart..<formEnd.upperBound])
        let action = attribute("action", in: form) ?? ""
        var hidden: [(String, String)] = []
        var rest = Substring(form)
        while let input = rest.range(of: "<input type=\"hidden\"") {
            let tagEnd = rest[input.upperBound...].firstIndex(of: ">")!
            let tag = String(rest[input.lowerBound...tagEnd])
            hidden.append((unescaped(attribute("name", in: tag) ?? ""), unescaped(attribute("value", in: tag) ?? "")))
            rest = rest[tagEnd...]
        }
        return (unescaped(action), hidden)
    }

    static func attribute(_ name: String, in tag: String) -> String? {
        guard let start = tag.range(of: " \(name)=\"") else { return nil }
        return String(tag[start.upperBound...].prefix { $0 != "\"" })
    }

    static func unescaped(_ html: String) -> String {
        html.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
