import Testing
@testable import CohortWeb

/// The request parser: whole requests, requests that come in pieces, and every limit and refusal.
struct HTTPRequestParserTests {
    let parser = HTTPRequestParser()

    func parse(_ text: String) -> HTTPRequestParser.Outcome { parser.parse(Array(text.utf8)) }

    func request(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> HTTPRequest? {
        guard case .request(let request, _) = parse(text) else {
            Issue.record("not a request: \(parse(text))", sourceLocation: sourceLocation)
            return nil
        }
        return request
    }

    func refusal(_ text: String) -> HTTPStatus? {
        if case .refused(let status, _) = parser.parse(Array(text.utf8)) { return status }
        return nil
    }

    @Test func aGetIsReadWithItsPathQueryAndHeaders() {
        let read = request("GET /p/abc?recorded=wish.stated HTTP/1.1\r\nHost: localhost\r\nAccept:  text/html \r\n\r\n")
        #expect(read?.method == "GET")
        #expect(read?.path == "/p/abc")
        #expect(read?.query == "recorded=wish.stated")
        #expect(read?.header("host") == "localhost")
        #expect(read?.header("accept") == "text/html")
        #expect(read?.body == [])
    }

    @Test func aPostIsReadWithExactlyItsBody() {
        let text = "POST /p/x HTTP/1.1\r\nHost: a\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 7\r\n\r\na=1&b=2GET / HTTP/1.1\r\n"
        guard case .request(let read, let length) = parse(text) else {
            Issue.record("not a request")
            return
        }
        #expect(read.body == Array("a=1&b=2".utf8))
        #expect(length == text.utf8.count - "GET / HTTP/1.1\r\n".utf8.count)
    }

    @Test func everyCutOfAWholeRequestIsIncompleteUntilItsLastByte() {
        let text = Array("POST /p/x HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\nhello".utf8)
        for cut in 0..<text.count {
            #expect(parser.parse(Array(text[0..<cut])) == .incomplete, "cut at \(cut)")
        }
        if case .request = parser.parse(text) {} else { Issue.record("the whole request is not read") }
    }

    @Test func bareLineFeedsAreTakenAsLineEnds() {
        #expect(request("GET / HTTP/1.1\nHost: a\n\n")?.header("host") == "a")
    }

    @Test func malformedRequestsAreRefusedWithTheirStatus() {
        #expect(refusal("GET /\r\n\r\n") == .badRequest)
        #expect(refusal("GET  / HTTP/1.1\r\n\r\n") == .badRequest)
        #expect(refusal("G(T / HTTP/1.1\r\n\r\n") == .badRequest)
        #expect(refusal("GET http://example.org/ HTTP/1.1\r\n\r\n") == .badRequest)
        #expect(refusal("GET / HTTP/2.0\r\n\r\n") == .versionNotSupported)
        #expect(refusal("GET / HTTP/1.1\r\nNo colon here\r\n\r\n") == .badRequest)
        #expect(refusal("GET / HTTP/1.1\r\n: empty name\r\n\r\n") == .badRequest)
        #expect(refusal("GET / HTTP/1.1\r\nA: 1\r\n folded\r\n\r\n") == .badRequest)
        #expect(refusal("GET / HTTP/1.1\r\nA: b\u{1}c\r\n\r\n") == .badRequest)
        #expect(refusal("GET / HTTP/1.1\rX\n\r\n") == .badRequest)
        #expect(refusal("GET /\0 HTTP/1.1\r\n\r\n") == .badRequest)
        #expect(refusal("GET /a\u{7F} HTTP/1.1\r\n\r\n") == .badRequest)
    }

    @Test func bodiesNeedOneContentLengthAndNoTransferEncoding() {
        #expect(refusal("POST / HTTP/1.1\r\nHost: a\r\n\r\n") == .lengthRequired)
        #expect(refusal("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n") == .notImplemented)
        #expect(refusal("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd") == .badRequest)
        #expect(refusal("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: -1\r\n\r\n") == .badRequest)
        #expect(refusal("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1e3\r\n\r\n") == .badRequest)
        #expect(refusal("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 99999999999\r\n\r\n") == .badRequest)
        #expect(request("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\nContent-Length: 3\r\n\r\nabc")?.body == Array("abc".utf8))
    }

    @Test func anHTTP11RequestNamesItsHostOnce() {
        #expect(refusal("GET / HTTP/1.1\r\n\r\n") == .badRequest)
        #expect(refusal("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n") == .badRequest)
        #expect(request("GET / HTTP/1.0\r\n\r\n")?.path == "/")
        #expect(refusal("GET / HTTP/1.0\r\nHost: a\r\nHost: a\r\n\r\n") == .badRequest)
    }

    @Test func theLimitsAreKept() {
        var small = HTTPRequestParser()
        small.maxRequestLine = 64
        small.maxHeaderBytes = 128
        small.maxHeaderFields = 3
        small.maxBody = 10
        func refusal(_ text: String) -> HTTPStatus? {
            if case .refused(let status, _) = small.parse(Array(text.utf8)) { return status }
            return nil
        }
        // A request line that never ends is refused once it passes the limit, before its end comes.
        #expect(refusal("GET /" + String(repeating: "a", count: 100)) == .uriTooLong)
        #expect(small.parse(Array(("GET /" + String(repeating: "a", count: 50)).utf8)) == .incomplete)
        #expect(refusal("GET / HTTP/1.1\r\nA: " + String(repeating: "b", count: 200)) == .headersTooLarge)
        #expect(refusal("GET / HTTP/1.1\r\nA: 1\r\nB: 2\r\nC: 3\r\nD: 4\r\n\r\n") == .headersTooLarge)
        #expect(refusal("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 11\r\n\r\n") == .contentTooLarge)
        // A request line too long, ended by a bare line feed, is still too long a request line.
        #expect(refusal("GET /" + String(repeating: "a", count: 51) + " HTTP/1.1\n\n") == .uriTooLong)
        if case .request = small.parse(Array("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 10\r\n\r\n0123456789".utf8)) {} else {
            Issue.record("a body of exactly the limit is refused")
        }
    }

    @Test func aClientWaitingForLeaveToSendItsBodyIsSeen() {
        #expect(HTTPRequestParser.expectsContinue(Array("POST / HTTP/1.1\r\nExpect:  100-Continue\r\nContent-Length: 5\r\n\r\n".utf8)))
        #expect(!HTTPRequestParser.expectsContinue(Array("POST / HTTP/1.1\r\nExpect: 100-continue\r\n".utf8)))
        #expect(!HTTPRequestParser.expectsContinue(Array("POST / HTTP/1.1\r\nContent-Length: 5\r\n\r\n".utf8)))
        #expect(!HTTPRequestParser.expectsContinue(Array("POST /expect:100-continue HTTP/1.1\r\n\r\n".utf8)))
    }

    @Test func aResponseCarriesTheSecurityHeadersAndItsLength() {
        let text = String(decoding: HTTPResponse.html("<p>hoi</p>").bytes(), as: UTF8.self)
        #expect(text.hasPrefix("HTTP/1.1 200 OK\r\n"))
        #expect(text.contains("\r\nContent-Security-Policy: default-src 'none'; style-src 'unsafe-inline';"))
        #expect(text.contains("frame-ancestors 'none'"))
        #expect(!text.contains("script-src"))
        #expect(text.contains("\r\nX-Content-Type-Options: nosniff\r\n"))
        #expect(text.contains("\r\nReferrer-Policy: no-referrer\r\n"))
        #expect(text.contains("\r\nContent-Length: 10\r\nConnection: close\r\n\r\n<p>hoi</p>"))
        let head = String(decoding: HTTPResponse.html("<p>hoi</p>").bytes(includingBody: false), as: UTF8.self)
        #expect(head.hasSuffix("\r\n\r\n"))
    }
}

/// Forms as browsers encode them.
struct FormDataTests {
    @Test func fieldsAreDecodedInOrderWithRepeatsKept() {
        let form = FormData(urlEncoded: Array("type=reflection.recorded&text=Hoi+daar%21+%C3%A9%26%3D&themes=a&themes=b&empty=&flag".utf8))
        #expect(form?["type"] == "reflection.recorded")
        #expect(form?["text"] == "Hoi daar! é&=")
        #expect(form?.all("themes") == ["a", "b"])
        #expect(form?["empty"] == "")
        #expect(form?["flag"] == "")
        #expect(form?["missing"] == nil)
    }

    @Test func brokenEscapesAndTextThatIsNotUTF8AreRefused() {
        #expect(FormData(urlEncoded: Array("a=%".utf8)) == nil)
        #expect(FormData(urlEncoded: Array("a=%4".utf8)) == nil)
        #expect(FormData(urlEncoded: Array("a=%zz".utf8)) == nil)
        #expect(FormData(urlEncoded: Array("a=%FF".utf8)) == nil)
        #expect(FormData(urlEncoded: Array("a=%C3%A9".utf8))?["a"] == "é")
    }
}
