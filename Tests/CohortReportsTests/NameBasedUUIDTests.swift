import Testing
import CohortReports

/// SHA-1 against FIPS 180's published vectors, and name-based UUIDs (version 5) against RFC 9562's example
/// and Python's `uuid.uuid5`: the xAPI export's statement ids rest on them (docs/XAPI.md).
@Suite struct NameBasedUUIDTests {
    static func hex(_ bytes: [UInt8]) -> String { bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined() }

    @Test(arguments: [
        ("", "da39a3ee5e6b4b0d3255bfef95601890afd80709"),
        ("abc", "a9993e364706816aba3e25717850c26c9cd0d89d"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "84983e441c3bd26ebaae4aa1f95129e5e54670f1"),
        ("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
         "a49b2446a02c645bf419f995b67091253a04a259"),
    ])
    func sha1MatchesTheFIPSVectors(_ message: String, _ digest: String) {
        #expect(Self.hex(SHA1.hash(Array(message.utf8))) == digest)
    }

    @Test func sha1OfLongMessages() {
        #expect(Self.hex(SHA1.hash([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000))) == "34aa973cd4c4daa4f61eeb2bdbad27316534016f")
        #expect(Self.hex(SHA1.hash((0..<768).map { UInt8($0 % 256) })) == "ac2a264c8ec1f4232a40854e8239bc3a697ab1d2")
    }

    @Test(arguments: [
        (NameBasedUUID.dns, "www.example.com", "2ed6657d-e927-568b-95e1-2665a8aea6a2"),  // RFC 9562 (appendix A.4)
        (NameBasedUUID.dns, "python.org", "886313e1-3b8a-5372-9b90-0c9aee199e5d"),    // Python's documentation
        (NameBasedUUID.url, "https://cohort.example/xapi/", "ad1f9f38-6ea3-5a4f-9002-6cc450b77c48"),
        (NameBasedUUID.url, "http://example.org/ü", "3f07780a-2084-533d-91f3-c1164f39f81d"),
    ])
    func nameBasedUUIDsAreRFC4122Version5(_ namespace: NameBasedUUID, _ name: String, _ expected: String) {
        let uuid = NameBasedUUID(namespace: namespace, name: name)
        #expect(uuid.description == expected)
        #expect(uuid.version == 5 && uuid.isRFC4122Variant)
        #expect(NameBasedUUID(expected) == uuid)
    }

    @Test func malformedUUIDTextIsRefused() {
        for text in ["", "6ba7b810-9dad-11d1-80b4-00c04fd430c", "6ba7b810-9dad-11d1-80b4-00c04fd430cg", "6ba7b8109dad11d180b400c04fd430c8"] {
            #expect(NameBasedUUID(text) == nil, "\(text)")
        }
        #expect(NameBasedUUID("6BA7B810-9DAD-11D1-80B4-00C04FD430C8") == .dns)
    }
}
