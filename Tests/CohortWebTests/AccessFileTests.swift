import Foundation
import Testing
import CohortLog
@testable import CohortWeb

/// Personal links: tokens, what is kept of them, and the forms' CSRF tokens.
struct AccessFileTests {
    @Test func aTokenIs256RandomBitsInURLSafeBase64() {
        let tokens = (0..<200).map { _ in AccessToken.random().text }
        #expect(Set(tokens).count == 200)
        for token in tokens {
            #expect(token.utf8.count == 43)
            #expect(token.utf8.allSatisfy(AccessToken.isAlphabet))
            #expect(AccessToken(Substring(token)) != nil)
        }
        #expect(AccessToken.base64URL([0xFB, 0xFF, 0xBF]) == "-_-_")
        #expect(AccessToken.base64URL(Array("foob".utf8)) == "Zm9vYg")
        #expect(AccessToken("short") == nil)
        #expect(AccessToken(Substring(String(repeating: "a", count: 42) + "/")) == nil)
    }

    @Test func theFileKeepsDigestsNeverTokensAndReadsBackAsWritten() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cohort-web-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let log = directory.appendingPathComponent("c.jsonl").path
        #expect(try AccessFile.read(forLog: log) == nil)
        var file = AccessFile()
        let (first, second) = (AccessToken.random(), AccessToken.random())
        file.links["p01"] = first.digest
        file.links["f1"] = second.digest
        try file.write(forLog: log)
        let path = AccessFile.path(forLog: log)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(!text.contains(first.text) && !text.contains(second.text))
        let mode = (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue
        #expect(mode == 0o600)
        let read = try AccessFile.read(forLog: log)
        #expect(read == file)
        #expect(read?.person(holding: first) == "p01")
        #expect(read?.person(holding: second) == "f1")
        #expect(read?.person(holding: AccessToken.random()) == nil)
        // Nothing is left beside it but the file itself.
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["c.jsonl.access"])
    }

    @Test func aFileItDoesNotUnderstandIsAnErrorNamingTheLine() {
        #expect(throws: FileError.self) { try AccessFile.parse(Array("something else\n".utf8), path: "x.access") }
        do {
            _ = try AccessFile.parse(Array("cohort-access 1\nsecret \(String(repeating: "0", count: 64))\nlink p01 nothex\n".utf8), path: "x.access")
            Issue.record("a bad line was read")
        } catch {
            #expect(error.reason.hasPrefix("line 3:"))
        }
        #expect(throws: FileError.self) { try AccessFile.parse(Array("cohort-access 1\n".utf8), path: "x.access") }
        let zero = String(repeating: "0", count: 64)
        // A person whose id is `secret` is a link like any; a line twice is refused.
        let secretPerson = try? AccessFile.parse(Array("cohort-access 1\nsecret \(zero)\nlink secret \(zero)\n".utf8), path: "x.access")
        #expect(secretPerson?.links["secret"] == .zero)
        #expect(throws: FileError.self) { try AccessFile.parse(Array("cohort-access 1\nsecret \(zero)\nsecret \(zero)\n".utf8), path: "x.access") }
        #expect(throws: FileError.self) {
            try AccessFile.parse(Array("cohort-access 1\nsecret \(zero)\nlink p01 \(zero)\nlink p01 \(zero)\n".utf8), path: "x.access")
        }
    }

    @Test func aCSRFTokenBelongsToOneLinkAndOneSecret() {
        let file = AccessFile()
        let (mine, theirs) = (AccessToken.random(), AccessToken.random())
        let token = file.csrfToken(for: mine)
        #expect(file.acceptsCSRF(token, for: mine))
        #expect(!file.acceptsCSRF(token, for: theirs))
        #expect(!file.acceptsCSRF(file.csrfToken(for: theirs), for: mine))
        #expect(!AccessFile().acceptsCSRF(token, for: mine))
        #expect(!file.acceptsCSRF("", for: mine))
        #expect(!file.acceptsCSRF(String(token.dropLast()) + "x", for: mine))
    }

    @Test func digestsCompareEqualOnlyWhenEveryByteIs() {
        let a = SHA256.hash(Array("a".utf8))
        #expect(a.equalsInConstantTime(a))
        #expect(!a.equalsInConstantTime(SHA256.hash(Array("b".utf8))))
        #expect(!a.equalsInConstantTime(.zero))
    }
}
