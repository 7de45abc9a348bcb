#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
import Foundation

/// An HTTP/1.1 server on the system's sockets: one request per connection (`Connection: close`), each
/// connection on a thread of its own, at most `maxConnections` at once (beyond that, 503 at once), a request
/// that stalls between reads for `idleTimeout` or takes longer than `requestTimeout` in all answered 408.
public final class HTTPServer: @unchecked Sendable {
    /// The listening socket.
    let listener: Int32
    /// The port it listens on (the one the system chose when asked for 0).
    public let port: Int
    public let host: String
    let handler: @Sendable (HTTPRequest) -> HTTPResponse
    let parser: HTTPRequestParser
    let idleTimeout: Double
    let requestTimeout: Double
    let slots: DispatchSemaphore

    /// Why the server could not start.
    public struct StartError: Error, CustomStringConvertible {
        public let description: String
    }

    /// Binds `host:port` (an IPv4 address) and listens; `handler` answers each request.
    public init(
        host: String, port: Int, maxConnections: Int = 128, idleTimeout: Double = 5, requestTimeout: Double = 15,
        parser: HTTPRequestParser = HTTPRequestParser(), handler: @escaping @Sendable (HTTPRequest) -> HTTPResponse
    ) throws(StartError) {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(truncatingIfNeeded: port)).bigEndian
        guard (0...65535).contains(port), inet_pton(AF_INET, host, &address.sin_addr) == 1 else {
            throw StartError(description: "\(host):\(port) is not an IPv4 address and port")
        }
        #if canImport(Glibc)
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let fd = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { throw StartError(description: "cannot open a socket: \(String(cString: strerror(errno)))") }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 128) == 0 else {
            let reason = String(cString: strerror(errno))
            close(fd)
            throw StartError(description: "cannot listen on \(host):\(port): \(reason)")
        }
        var actual = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &actual) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        listener = fd
        self.port = Int(UInt16(bigEndian: actual.sin_port))
        self.host = host
        self.handler = handler
        self.parser = parser
        self.idleTimeout = idleTimeout
        self.requestTimeout = requestTimeout
        slots = DispatchSemaphore(value: maxConnections)
    }

    /// Accepts connections until the process ends (Ctrl-C, or a termination signal: the signals are let
    /// through even when the process was started with them blocked, as some launchers do).
    public func run() -> Never {
        var signals = sigset_t()
        sigemptyset(&signals)
        for signal in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&signals, signal) }
        pthread_sigmask(SIG_UNBLOCK, &signals, nil)
        while true {
            let connection = accept(listener, nil, nil)
            guard connection >= 0 else {
                // Out of descriptors or memory for a moment: wait a little rather than spin.
                if errno != EINTR && errno != ECONNABORTED { usleep(10_000) }
                continue
            }
            guard slots.wait(timeout: .now()) == .success else {
                // Busy: said at once, without waiting on the peer (the accept loop must not stall).
                HTTPServer.setTimeout(0.1, on: connection, SO_SNDTIMEO)
                send(HTTPResponse.text("Service Unavailable", status: .serviceUnavailable), to: connection, body: true, drainUntil: 0)
                close(connection)
                continue
            }
            // A thread of its own, not a shared pool's: a connection that stalls holds only itself.
            let worker = Thread { [self] in
                serve(connection)
                close(connection)
                slots.signal()
            }
            worker.stackSize = 1 << 20
            worker.start()
        }
    }

    /// Reads one request from `connection` and answers it.
    func serve(_ connection: Int32) {
        HTTPServer.setTimeout(idleTimeout, on: connection, SO_RCVTIMEO)
        HTTPServer.setTimeout(idleTimeout, on: connection, SO_SNDTIMEO)
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(requestTimeout * 1_000_000_000)
        var received: [UInt8] = []
        var continued = false
        var chunk = [UInt8](repeating: 0, count: 16 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { recv(connection, $0.baseAddress, $0.count, 0) }
            if count <= 0 {
                // Closed before a whole request, or stalled past the idle timeout.
                if count < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) {
                    send(.text("Request Timeout", status: .requestTimeout), to: connection, body: true, drainUntil: deadline)
                }
                return
            }
            received += chunk[0..<count]
            switch parser.parse(received) {
            case .incomplete:
                if DispatchTime.now().uptimeNanoseconds > deadline {
                    send(.text("Request Timeout", status: .requestTimeout), to: connection, body: true, drainUntil: 0)
                    return
                }
                // A client that waits for leave to send its body (curl, for a body over 1 KiB) gets it.
                if !continued && HTTPRequestParser.expectsContinue(received) {
                    continued = true
                    let interim = Array("HTTP/1.1 100 Continue\r\n\r\n".utf8)
                    _ = interim.withUnsafeBytes { Glibc.send(connection, $0.baseAddress!, $0.count, Int32(MSG_NOSIGNAL)) }
                }
            case .refused(let status, let reason):
                send(.text(reason, status: status), to: connection, body: true, drainUntil: deadline)
                return
            case .request(let request, _):
                let response = handler(request)
                send(response, to: connection, body: request.method != "HEAD", drainUntil: deadline)
                return
            }
        }
    }

    /// Writes a response whole (or as much as the peer takes before it goes away or the send timeout
    /// passes), then reads what the peer still sends until it closes, for at most a second and never past
    /// `drainUntil` (an uptime in nanoseconds): closing with unread input would reset the connection
    /// before the peer has read the response.
    func send(_ response: HTTPResponse, to connection: Int32, body: Bool, drainUntil deadline: UInt64) {
        let bytes = response.bytes(includingBody: body)
        var sent = 0
        while sent < bytes.count {
            let count = bytes.withUnsafeBytes { all in
                Glibc.send(connection, all.baseAddress! + sent, all.count - sent, Int32(MSG_NOSIGNAL))
            }
            if count <= 0 { return }
            sent += count
        }
        shutdown(connection, Int32(SHUT_WR))
        var scratch = [UInt8](repeating: 0, count: 4096)
        // What has already come is read without waiting.
        for _ in 0..<16 where scratch.withUnsafeMutableBytes({ recv(connection, $0.baseAddress, $0.count, Int32(MSG_DONTWAIT)) }) > 0 {}
        let end = min(deadline, DispatchTime.now().uptimeNanoseconds + 1_000_000_000)
        HTTPServer.setTimeout(0.25, on: connection, SO_RCVTIMEO)
        while DispatchTime.now().uptimeNanoseconds < end {
            let count = scratch.withUnsafeMutableBytes { recv(connection, $0.baseAddress, $0.count, 0) }
            if count <= 0 { break }
        }
    }

    /// Sets a socket's receive or send timeout (`option`) to `seconds`.
    static func setTimeout(_ seconds: Double, on connection: Int32, _ option: Int32) {
        var timeout = timeval()
        timeout.tv_sec = Int(seconds)
        timeout.tv_usec = .init((seconds - seconds.rounded(.down)) * 1_000_000)
        setsockopt(connection, SOL_SOCKET, option, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }
}
