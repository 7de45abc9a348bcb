/// Decoding and encoding of JSON string escapes.
public enum JSONEscapes {
    /// Decodes the escapes in the bytes between a string's quotes (already validated by ``JSONParser``).
    public static func unescape(_ raw: UnsafeRawBufferPointer) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var i = 0
        while i < raw.count {
            let byte = raw[i]
            guard byte == UInt8(ascii: "\\"), i + 1 < raw.count else {
                out.append(byte)
                i += 1
                continue
            }
            let code = raw[i + 1]
            i += 2
            switch code {
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = UInt32(quad(raw, i))
                i += 4
                if scalar >= 0xD800 && scalar < 0xDC00 && i + 6 <= raw.count {
                    let low = UInt32(quad(raw, i + 2))
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    i += 6
                }
                appendUTF8(Unicode.Scalar(scalar) ?? "\u{FFFD}", to: &out)
            default: out.append(code)
            }
        }
        return out
    }

    static func quad(_ raw: UnsafeRawBufferPointer, _ at: Int) -> UInt16 {
        var value: UInt16 = 0
        for k in 0..<4 { value = value << 4 | UInt16(hexValue(raw[at + k]) ?? 0) }
        return value
    }

    static func appendUTF8(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
        out.append(contentsOf: String(Character(scalar)).utf8)
    }

    /// Appends `text` as a JSON string literal, quotes included, escaping only what JSON requires:
    /// `"` and `\`, and control characters (`\n`, `\r`, `\t`, `\b`, `\f`, else `\u00XX` in lowercase
    /// hex). `/` and non-ASCII characters are written as they are (docs/FORMAT.md section 3's advice), so the
    /// output matches Python's `json.dumps(..., ensure_ascii=False)`.
    public static func appendQuoted(_ text: String, to out: inout [UInt8]) {
        if text.utf8.withContiguousStorageIfAvailable({ appendQuoted(UnsafeRawBufferPointer($0), to: &out) }) == nil {
            Array(text.utf8).withUnsafeBytes { appendQuoted($0, to: &out) }
        }
    }

    /// ``appendQuoted(_:to:)`` of the UTF-8 text `bytes`: runs without a byte to escape are found eight
    /// bytes at a time and copied whole.
    public static func appendQuoted(_ bytes: UnsafeRawBufferPointer, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        guard let base = bytes.baseAddress else {
            out.append(UInt8(ascii: "\""))
            return
        }
        let count = bytes.count
        var runStart = 0
        var i = 0
        while i < count {
            while count - i >= 8, !mayNeedEscape(base.loadUnaligned(fromByteOffset: i, as: UInt64.self)) { i += 8 }
            guard i < count else { break }
            let byte = bytes[i]
            i += 1
            guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
            out.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[runStart..<(i - 1)]))
            switch byte {
            case 0x22: out.append(contentsOf: [0x5C, 0x22])
            case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: out.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0D: out.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0x09: out.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0x08: out.append(contentsOf: [0x5C, UInt8(ascii: "b")])
            case 0x0C: out.append(contentsOf: [0x5C, UInt8(ascii: "f")])
            default:
                let digits = Array("0123456789abcdef".utf8)
                out.append(contentsOf: [0x5C, UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                        digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
            }
            runStart = i
        }
        out.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[runStart..<count]))
        out.append(UInt8(ascii: "\""))
    }

    /// Whether one of the eight bytes of `word` may be one that a JSON string escapes (a control
    /// character, a quote or a backslash): never false when one is.
    @inline(__always)
    static func mayNeedEscape(_ word: UInt64) -> Bool {
        let high: UInt64 = 0x8080_8080_8080_8080
        return ((word &- 0x2020_2020_2020_2020) & ~word & high) | JSONParser.matches(word, 0x22) | JSONParser.matches(word, 0x5C) != 0
    }
}
