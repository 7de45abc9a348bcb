/// A strict JSON (RFC 8259) parser that fills a ``JSONTape``.
///
/// Strict means: UTF-8 is validated (no overlong forms, no encoded surrogates, nothing above U+10FFFF),
/// escapes are checked (a `\u` high surrogate must be followed by a low one), control characters inside
/// strings are refused, numbers follow the JSON grammar, and nesting is limited to
/// ``JSONParser/maximumDepth`` levels so that hostile input cannot exhaust the stack. Whitespace between
/// tokens is allowed (a submission may be pretty); the log's own records have none, and the digest is over
/// bytes as they stand, so the parser never needs to re-serialize.
public struct JSONParser {
    /// The deepest nesting accepted: events need 3 levels; 32 leaves room and stops stack exhaustion.
    public static let maximumDepth = 32

    /// Parses the single JSON value that `bytes[range]` holds and returns its tape.
    ///
    /// Whitespace around the value is allowed; anything else after it is an error.
    public static func parse(
        _ bytes: UnsafeRawBufferPointer, range: Range<Int>? = nil, into tape: inout JSONTape
    ) throws(JSONSyntaxError) {
        let range = range ?? 0..<bytes.count
        tape.tokens.removeAll(keepingCapacity: true)
        guard let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), !range.isEmpty else {
            throw JSONSyntaxError(offset: range.lowerBound, message: "expected a JSON value, found nothing")
        }
        var parser = JSONParser(base: base, position: range.lowerBound, end: range.upperBound)
        parser.skipWhitespace()
        try parser.value(into: &tape, depth: 0)
        parser.skipWhitespace()
        if parser.position < parser.end {
            throw parser.error("unexpected \(parser.describeCurrent()) after the end of the value")
        }
    }

    /// Parses one value starting at `offset` and returns the offset just after it (no trailing check).
    ///
    /// Used by the record reader, which knows what must follow.
    public static func parseValue(
        _ bytes: UnsafeRawBufferPointer, at offset: Int, end: Int, into tape: inout JSONTape
    ) throws(JSONSyntaxError) -> Int {
        guard let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), offset < end else {
            throw JSONSyntaxError(offset: offset, message: "expected a JSON value, found the end of the line")
        }
        var parser = JSONParser(base: base, position: offset, end: end)
        try parser.value(into: &tape, depth: 0)
        return parser.position
    }

    let base: UnsafePointer<UInt8>
    var position: Int
    let end: Int

    func error(_ message: String, at offset: Int? = nil) -> JSONSyntaxError {
        JSONSyntaxError(offset: offset ?? position, message: message)
    }

    func describeCurrent() -> String {
        guard position < end else { return "end of the line" }
        let byte = base[position]
        if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        return "byte 0x\(String(byte, radix: 16, uppercase: true))"
    }

    @inline(__always)
    mutating func skipWhitespace() {
        while position < end {
            switch base[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return
            }
        }
    }

    mutating func value(into tape: inout JSONTape, depth: Int) throws(JSONSyntaxError) {
        guard position < end else { throw error("expected a value, found the end of the line") }
        switch base[position] {
        case UInt8(ascii: "{"): try object(into: &tape, depth: depth + 1)
        case UInt8(ascii: "["): try array(into: &tape, depth: depth + 1)
        case UInt8(ascii: "\""): try string(into: &tape)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number(into: &tape)
        case UInt8(ascii: "t"): try literal("true", kind: .true, into: &tape)
        case UInt8(ascii: "f"): try literal("false", kind: .false, into: &tape)
        case UInt8(ascii: "n"): try literal("null", kind: .null, into: &tape)
        default: throw error("expected a value, found \(describeCurrent())")
        }
    }

    mutating func literal(_ word: StaticString, kind: JSONTape.Kind, into tape: inout JSONTape) throws(JSONSyntaxError) {
        let length = word.utf8CodeUnitCount
        guard end - position >= length, memoryEquals(base + position, word.utf8Start, length) else {
            throw error("expected a value, found \(describeCurrent())")
        }
        let start = Int32(position)
        position += length
        let index = Int32(tape.tokens.count)
        tape.tokens.append(.init(kind: kind, flag: false, start: start, end: Int32(position), next: index + 1, count: 0))
    }

    mutating func object(into tape: inout JSONTape, depth: Int) throws(JSONSyntaxError) {
        guard depth <= JSONParser.maximumDepth else {
            throw error("nested deeper than \(JSONParser.maximumDepth) levels")
        }
        let index = tape.tokens.count
        tape.tokens.append(.init(kind: .object, flag: false, start: Int32(position), end: 0, next: 0, count: 0))
        position += 1
        skipWhitespace()
        var count: Int32 = 0
        if position < end && base[position] == UInt8(ascii: "}") {
            position += 1
        } else {
            while true {
                guard position < end, base[position] == UInt8(ascii: "\"") else {
                    throw error("expected a member name in quotes, found \(describeCurrent())")
                }
                try string(into: &tape)
                skipWhitespace()
                guard position < end, base[position] == UInt8(ascii: ":") else {
                    throw error("expected ':' after a member name, found \(describeCurrent())")
                }
                position += 1
                skipWhitespace()
                try value(into: &tape, depth: depth)
                count += 1
                skipWhitespace()
                guard position < end else { throw error("expected ',' or '}', found the end of the line") }
                if base[position] == UInt8(ascii: ",") {
                    position += 1
                    skipWhitespace()
                    continue
                }
                if base[position] == UInt8(ascii: "}") {
                    position += 1
                    break
                }
                throw error("expected ',' or '}' after a member, found \(describeCurrent())")
            }
        }
        tape.tokens[index].end = Int32(position)
        tape.tokens[index].count = count
        tape.tokens[index].next = Int32(tape.tokens.count)
    }

    mutating func array(into tape: inout JSONTape, depth: Int) throws(JSONSyntaxError) {
        guard depth <= JSONParser.maximumDepth else {
            throw error("nested deeper than \(JSONParser.maximumDepth) levels")
        }
        let index = tape.tokens.count
        tape.tokens.append(.init(kind: .array, flag: false, start: Int32(position), end: 0, next: 0, count: 0))
        position += 1
        skipWhitespace()
        var count: Int32 = 0
        if position < end && base[position] == UInt8(ascii: "]") {
            position += 1
        } else {
            while true {
                try value(into: &tape, depth: depth)
                count += 1
                skipWhitespace()
                guard position < end else { throw error("expected ',' or ']', found the end of the line") }
                if base[position] == UInt8(ascii: ",") {
                    position += 1
                    skipWhitespace()
                    continue
                }
                if base[position] == UInt8(ascii: "]") {
                    position += 1
                    break
                }
                throw error("expected ',' or ']' after an element, found \(describeCurrent())")
            }
        }
        tape.tokens[index].end = Int32(position)
        tape.tokens[index].count = count
        tape.tokens[index].next = Int32(tape.tokens.count)
    }

    mutating func number(into tape: inout JSONTape) throws(JSONSyntaxError) {
        let start = position
        var fractional = false
        if base[position] == UInt8(ascii: "-") { position += 1 }
        guard position < end, isDigit(base[position]) else { throw error("a number needs a digit after '-'") }
        if base[position] == UInt8(ascii: "0") {
            position += 1
            if position < end && isDigit(base[position]) {
                throw error("a number may not start with 0 (write it without leading zeros)", at: start)
            }
        } else {
            while position < end && isDigit(base[position]) { position += 1 }
        }
        if position < end && base[position] == UInt8(ascii: ".") {
            fractional = true
            position += 1
            guard position < end, isDigit(base[position]) else { throw error("a number needs a digit after '.'") }
            while position < end && isDigit(base[position]) { position += 1 }
        }
        if position < end && (base[position] == UInt8(ascii: "e") || base[position] == UInt8(ascii: "E")) {
            fractional = true
            position += 1
            if position < end && (base[position] == UInt8(ascii: "+") || base[position] == UInt8(ascii: "-")) {
                position += 1
            }
            guard position < end, isDigit(base[position]) else { throw error("a number needs a digit in its exponent") }
            while position < end && isDigit(base[position]) { position += 1 }
        }
        guard position - start <= 1000 else { throw error("a number longer than 1000 characters", at: start) }
        let index = Int32(tape.tokens.count)
        tape.tokens.append(.init(kind: .number, flag: fractional, start: Int32(start), end: Int32(position), next: index + 1, count: 0))
    }

    @inline(__always)
    func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }

    /// Scans a string from its opening quote; the token spans the bytes between the quotes.
    mutating func string(into tape: inout JSONTape) throws(JSONSyntaxError) {
        position += 1
        let start = position
        var escaped = false
        while true {
            // The common case: a run of printable ASCII without quote or backslash, eight bytes at a time,
            // up to the first byte that ends it.
            position = JSONParser.plainRunEnd(base, from: position, end: end)
            while position < end {
                let byte = base[position]
                if byte >= 0x20 && byte < 0x80 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") {
                    position += 1
                } else {
                    break
                }
            }
            guard position < end else { throw error("a string is not closed (missing '\"')", at: start - 1) }
            let byte = base[position]
            if byte == UInt8(ascii: "\"") {
                break
            } else if byte == UInt8(ascii: "\\") {
                escaped = true
                try escape()
            } else if byte < 0x20 {
                throw error("a control character (U+\(hex4(UInt16(byte)))) inside a string must be escaped")
            } else {
                try multibyte()
            }
        }
        let index = Int32(tape.tokens.count)
        tape.tokens.append(.init(kind: .string, flag: escaped, start: Int32(start), end: Int32(position), next: index + 1, count: 0))
        position += 1
    }

    /// Where the plain run of a string that goes on at `position` ends, read eight bytes at a time: at the
    /// first byte that ends it (a control character, a byte of a multibyte character, a quote or a
    /// backslash), or, when fewer than eight bytes are left before `end`, at the last word boundary (the
    /// caller reads the rest byte by byte).
    @inline(__always)
    static func plainRunEnd(_ base: UnsafePointer<UInt8>, from position: Int, end: Int, refusing extra: UInt8? = nil) -> Int {
        var position = position
        while end - position >= 8 {
            let ends = plainRunEnds(UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self), refusing: extra)
            if ends != 0 { return position + ends.trailingZeroBitCount >> 3 }
            position += 8
        }
        return position
    }

    /// The high bit of each byte of `word` (first byte lowest, as it is loaded from memory) that may end a
    /// plain run of a string (a control character, a byte of a multibyte character, a quote, a backslash
    /// or `extra`). The lowest bit set is exact: each test marks a byte wrongly only above one it marks
    /// rightly (a borrow carries upwards only from a byte that matched), so the first byte marked is the
    /// first byte that ends the run.
    @inline(__always)
    static func plainRunEnds(_ word: UInt64, refusing extra: UInt8? = nil) -> UInt64 {
        let high: UInt64 = 0x8080_8080_8080_8080
        var ends = word & high | ((word &- 0x2020_2020_2020_2020) & ~word & high)
            | matches(word, UInt8(ascii: "\"")) | matches(word, UInt8(ascii: "\\"))
        if let extra { ends |= matches(word, extra) }
        return ends
    }

    /// The high bit of each byte of `word` that may be `byte`; the lowest is exact.
    @inline(__always)
    static func matches(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let x = word ^ (UInt64(byte) &* 0x0101_0101_0101_0101)
        return (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080
    }

    mutating func escape() throws(JSONSyntaxError) {
        let at = position
        position += 1
        guard position < end else { throw error("a string ends inside an escape", at: at) }
        switch base[position] {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
            UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            position += 1
        case UInt8(ascii: "u"):
            position += 1
            let unit = try hexQuad(at: at)
            if unit >= 0xD800 && unit < 0xDC00 {
                guard end - position >= 6, base[position] == UInt8(ascii: "\\"), base[position + 1] == UInt8(ascii: "u") else {
                    throw error("lone surrogate \\u\(hex4(unit)): a high surrogate must be followed by a low one", at: at)
                }
                position += 2
                let low = try hexQuad(at: at)
                guard low >= 0xDC00 && low < 0xE000 else {
                    throw error("lone surrogate \\u\(hex4(unit)): a high surrogate must be followed by a low one", at: at)
                }
            } else if unit >= 0xDC00 && unit < 0xE000 {
                throw error("lone surrogate \\u\(hex4(unit)): a low surrogate without a high one", at: at)
            }
        default:
            throw error("unknown escape \\\(describeCurrent()) in a string", at: at)
        }
    }

    mutating func hexQuad(at escapeStart: Int) throws(JSONSyntaxError) -> UInt16 {
        guard end - position >= 4 else { throw error("\\u needs four hex digits", at: escapeStart) }
        var value: UInt16 = 0
        for _ in 0..<4 {
            guard let digit = hexValue(base[position]) else {
                throw error("\\u needs four hex digits", at: escapeStart)
            }
            value = value << 4 | UInt16(digit)
            position += 1
        }
        return value
    }

    /// Validates one UTF-8 sequence of two to four bytes (RFC 3629: no overlongs, no surrogates, at most
    /// U+10FFFF).
    mutating func multibyte() throws(JSONSyntaxError) {
        let lead = base[position]
        let length: Int
        var lower: UInt8 = 0x80
        var upper: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; lower = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; upper = 0x9F
        case 0xF0: length = 4; lower = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; upper = 0x8F
        default: throw error("invalid UTF-8: byte 0x\(String(lead, radix: 16, uppercase: true)) cannot start a character")
        }
        guard end - position >= length else { throw error("invalid UTF-8: a character is cut off") }
        let second = base[position + 1]
        guard second >= lower && second <= upper else {
            throw error("invalid UTF-8: byte 0x\(String(second, radix: 16, uppercase: true)) after 0x\(String(lead, radix: 16, uppercase: true))")
        }
        var i = 2
        while i < length {
            let next = base[position + i]
            guard next & 0xC0 == 0x80 else {
                throw error("invalid UTF-8: byte 0x\(String(next, radix: 16, uppercase: true)) is not a continuation byte")
            }
            i += 1
        }
        position += length
    }
}

@inline(__always)
func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
    default: return nil
    }
}

func hex4(_ value: UInt16) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: 4 - digits.count) + digits
}

/// A place in a line where the JSON is not valid, and what is wrong there.
public struct JSONSyntaxError: Error, Sendable, Equatable {
    /// The byte offset in the line (0-based).
    public var offset: Int
    /// What is wrong, in plain words.
    public var message: String
}
