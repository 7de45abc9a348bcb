/// A JSON value parsed flat: a tape of tokens over the bytes of one line.
///
/// The tape does not copy the bytes. Each token records its kind and the byte range it covers; an object
/// or array token also records how many members or elements it holds and the index of the token that
/// follows its whole subtree, so that a reader can skip a value in one step. Strings are decoded only when
/// asked for (``JSONTape/string(_:in:)``), which keeps reading a log line cheap.
///
/// For `{"a":[1,2],"b":"x"}` the tape is:
///
///     0 object  count 2  next 6
///     1 string  "a"
///     2 array   count 2  next 5
///     3 number  1
///     4 number  2
///     5 string  "b"        (key)
///     6 string  "x"        (value; next of the object is 7)
///
/// (An object's members are key and value tokens in turn.)
public struct JSONTape: Sendable {
    /// What a token is.
    public enum Kind: UInt8, Sendable {
        case object, array, string, number, `true`, `false`, null
    }

    /// One token: a value (or an object's key) and where it stands in the line.
    public struct Token: Sendable {
        /// What the token is.
        public var kind: Kind
        /// For a string: it holds an escape sequence. For a number: it has a fraction or an exponent.
        public var flag: Bool
        /// The first byte of the value (for a string, the byte after its opening quote).
        public var start: Int32
        /// One past the last byte (for a string, its closing quote).
        public var end: Int32
        /// The index of the first token after this value's subtree.
        public var next: Int32
        /// Members of an object, elements of an array; 0 otherwise.
        public var count: Int32
    }

    /// The tokens, in document order.
    public var tokens: [Token] = []

    /// An empty tape; ``JSONParser`` fills it.
    public init() {
        tokens.reserveCapacity(64)
    }

    /// The token at `index`.
    @inlinable public subscript(index: Int) -> Token { tokens[index] }
}

extension JSONTape {
    /// The decoded text of the string token at `index` in `bytes` (the line it was parsed from).
    public func string(_ index: Int, in bytes: UnsafeRawBufferPointer) -> String {
        let token = tokens[index]
        let span = UnsafeRawBufferPointer(rebasing: bytes[Int(token.start)..<Int(token.end)])
        if !token.flag {
            return String(decoding: span, as: UTF8.self)
        }
        return String(decoding: JSONEscapes.unescape(span), as: UTF8.self)
    }

    /// The raw bytes of the token at `index` (for a string: between the quotes, escapes not decoded).
    public func raw(_ index: Int, in bytes: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer {
        let token = tokens[index]
        return UnsafeRawBufferPointer(rebasing: bytes[Int(token.start)..<Int(token.end)])
    }

    /// Whether the string token at `index` is exactly `literal` (compared byte for byte; escaped strings
    /// are decoded first).
    public func stringEquals(_ index: Int, _ literal: StaticString, in bytes: UnsafeRawBufferPointer) -> Bool {
        let token = tokens[index]
        guard token.kind == .string else { return false }
        if token.flag {
            return string(index, in: bytes) == literal.description
        }
        let count = Int(token.end - token.start)
        guard count == literal.utf8CodeUnitCount else { return false }
        guard let base = bytes.baseAddress else { return count == 0 }
        return memoryEquals(base + Int(token.start), literal.utf8Start, count)
    }

    /// The integer value of the number token at `index`, or nil when it has a fraction or an exponent or
    /// does not fit in 15 digits (the largest integer every JSON reader represents exactly is 2^53).
    public func integer(_ index: Int, in bytes: UnsafeRawBufferPointer) -> Int? {
        let token = tokens[index]
        guard token.kind == .number, !token.flag else { return nil }
        var position = Int(token.start)
        let end = Int(token.end)
        var negative = false
        if bytes[position] == UInt8(ascii: "-") {
            negative = true
            position += 1
        }
        guard end - position <= 15 else { return nil }
        var value = 0
        while position < end {
            value = value &* 10 &+ Int(bytes[position] &- UInt8(ascii: "0"))
            position += 1
        }
        return negative ? -value : value
    }
}

/// Compares `count` bytes at two addresses.
@inlinable
func memoryEquals(_ a: UnsafeRawPointer, _ b: UnsafeRawPointer, _ count: Int) -> Bool {
    var i = 0
    while i + 8 <= count {
        if a.loadUnaligned(fromByteOffset: i, as: UInt64.self) != b.loadUnaligned(fromByteOffset: i, as: UInt64.self) {
            return false
        }
        i += 8
    }
    while i < count {
        if a.load(fromByteOffset: i, as: UInt8.self) != b.load(fromByteOffset: i, as: UInt8.self) { return false }
        i += 1
    }
    return true
}
