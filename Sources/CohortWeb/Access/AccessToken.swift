import CohortLog

/// The secret of a personal link (`/p/TOKEN`): 256 random bits, written in the URL-safe base64 alphabet
/// without padding (43 characters). It is the person's key to their page; only its digest is kept.
public struct AccessToken: Sendable, Equatable {
    /// The token as it stands in the link.
    public let text: String

    /// A new token from the system's random source.
    public static func random() -> AccessToken {
        var generator = SystemRandomNumberGenerator()
        var bytes: [UInt8] = []
        for _ in 0..<4 {
            let word = generator.next() as UInt64
            for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: word >> UInt64(shift))) }
        }
        return AccessToken(unchecked: base64URL(bytes))
    }

    /// A token as it came in a link, if it has the form of one (so that no lookup is made for anything else).
    public init?(_ text: Substring) {
        guard text.utf8.count == 43, text.utf8.allSatisfy(AccessToken.isAlphabet) else { return nil }
        self.text = String(text)
    }

    init(unchecked text: String) { self.text = text }

    /// What is kept of the token: SHA-256 of its text.
    public var digest: Digest { SHA256.hash(Array(text.utf8)) }

    static func isAlphabet(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
            UInt8(ascii: "-"), UInt8(ascii: "_"): true
        default: false
        }
    }

    /// `bytes` in base64url without padding (RFC 4648 section 5).
    static func base64URL(_ bytes: [UInt8]) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)
        var out: [UInt8] = []
        var index = 0
        while index < bytes.count {
            let chunk = bytes[index..<min(index + 3, bytes.count)]
            var value: UInt32 = 0
            for (offset, byte) in chunk.enumerated() { value |= UInt32(byte) << UInt32(16 - 8 * offset) }
            for position in 0..<(chunk.count + 1) { out.append(alphabet[Int(value >> UInt32(18 - 6 * position)) & 63]) }
            index += 3
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension Digest {
    /// Whether two digests are equal, in time that does not depend on where they differ.
    public func equalsInConstantTime(_ other: Digest) -> Bool {
        withUnsafeBytes { a in
            other.withUnsafeBytes { b in
                var difference: UInt8 = 0
                for index in 0..<32 { difference |= a[index] ^ b[index] }
                return difference == 0
            }
        }
    }
}
