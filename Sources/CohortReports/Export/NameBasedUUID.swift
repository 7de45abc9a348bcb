/// A name-based UUID, version 5 (RFC 4122 section 4.3; RFC 9562 section 5.5): the same namespace and name
/// always give the same UUID, on every machine.
///
/// `UUID5(namespace, name)` is the first 16 bytes of `SHA-1(namespace's 16 bytes ‖ name's UTF-8)`, with the
/// version (the high nibble of byte 6) set to 5 and the variant (the two high bits of byte 8) to `10`.
/// It is what Python's `uuid.uuid5(namespace, name)` computes:
///
///     NameBasedUUID(namespace: .dns, name: "python.org")   // 886313e1-3b8a-5372-9b90-0c9aee199e5d
public struct NameBasedUUID: Hashable, Sendable, CustomStringConvertible {
    /// The 16 bytes, in network order.
    public let bytes: [UInt8]

    /// The UUID of `name` in `namespace`.
    public init(namespace: NameBasedUUID, name: String) {
        var hashed = SHA1.hash(namespace.bytes + Array(name.utf8))
        hashed.removeLast(hashed.count - 16)
        hashed[6] = (hashed[6] & 0x0F) | 0x50
        hashed[8] = (hashed[8] & 0x3F) | 0x80
        bytes = hashed
    }

    /// Parses the canonical text form (`8-4-4-4-12` hexadecimal digits, either case); nil otherwise.
    public init?(_ text: String) {
        let groups = text.split(separator: "-", omittingEmptySubsequences: false)
        guard groups.map(\.count) == [8, 4, 4, 4, 12] else { return nil }
        var bytes: [UInt8] = []
        let digits = Array(groups.joined().utf8)
        for index in stride(from: 0, to: digits.count, by: 2) {
            guard let high = NameBasedUUID.nibble(digits[index]), let low = NameBasedUUID.nibble(digits[index + 1]) else { return nil }
            bytes.append(high << 4 | low)
        }
        self.bytes = bytes
    }

    /// The canonical text form: lowercase, `8-4-4-4-12`.
    public var description: String {
        let hex = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        for (index, byte) in bytes.enumerated() {
            if [4, 6, 8, 10].contains(index) { out.append(UInt8(ascii: "-")) }
            out.append(hex[Int(byte >> 4)])
            out.append(hex[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The version (the high nibble of byte 6).
    public var version: Int { Int(bytes[6] >> 4) }

    /// Whether the variant is RFC 4122's (the two high bits of byte 8 are `10`).
    public var isRFC4122Variant: Bool { bytes[8] & 0xC0 == 0x80 }

    /// RFC 4122's namespace for domain names (`6ba7b810-9dad-11d1-80b4-00c04fd430c8`).
    public static let dns = NameBasedUUID(unchecked: "6ba7b810-9dad-11d1-80b4-00c04fd430c8")
    /// RFC 4122's namespace for URLs (`6ba7b811-9dad-11d1-80b4-00c04fd430c8`).
    public static let url = NameBasedUUID(unchecked: "6ba7b811-9dad-11d1-80b4-00c04fd430c8")

    /// A UUID from a literal known to be well formed.
    public init(unchecked text: String) {
        self = NameBasedUUID(text) ?? NameBasedUUID(bytes: [UInt8](repeating: 0, count: 16))
    }

    init(bytes: [UInt8]) { self.bytes = bytes }

    static func nibble(_ digit: UInt8) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): digit - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
