import Foundation
import Testing
@testable import CohortLog

@Suite struct JSONParserTests {
    func parse(_ text: String) -> Result<JSONTape, JSONSyntaxError> {
        var tape = JSONTape()
        let bytes = Array(text.utf8)
        do {
            try bytes.withUnsafeBytes { try JSONParser.parse($0, into: &tape) }
            return .success(tape)
        } catch let error as JSONSyntaxError {
            return .failure(error)
        } catch {
            return .failure(JSONSyntaxError(offset: -1, message: "\(error)"))
        }
    }

    func error(_ text: String) -> String? {
        if case .failure(let error) = parse(text) { return error.message }
        return nil
    }

    func error(_ bytes: [UInt8]) -> String? {
        var tape = JSONTape()
        do {
            try bytes.withUnsafeBytes { try JSONParser.parse($0, into: &tape) }
            return nil
        } catch let error as JSONSyntaxError {
            return error.message
        } catch {
            return "\(error)"
        }
    }

    @Test func aTapeRecordsEachValueAndWhereItsSubtreeEnds() throws {
        let tape = try parse(#"{"a":[1,2],"b":"x"}"#).get()
        #expect(tape.tokens.map(\.kind) == [.object, .string, .array, .number, .number, .string, .string])
        #expect(tape[0].count == 2)
        #expect(tape[0].next == 7)
        #expect(tape[2].next == 5)
    }

    @Test func stringsAreDecodedOnlyWhenAskedAndEscapesAreResolved() throws {
        let text = #"["caf\u00e9 \ud83d\ude00 \"q\" \\ \/ \n\t", "plain"]"#
        let tape = try parse(text).get()
        let bytes = Array(text.utf8)
        bytes.withUnsafeBytes { raw in
            #expect(tape[1].flag)
            #expect(tape.string(1, in: raw) == "café 😀 \"q\" \\ / \n\t")
            #expect(!tape[2].flag)
            #expect(tape.string(2, in: raw) == "plain")
        }
    }

    @Test func integersAreReadExactlyAndFractionsAreNotIntegers() throws {
        let text = "[0,-12,155000,999999999999999,1.5,1e3,1234567890123456]"
        let tape = try parse(text).get()
        Array(text.utf8).withUnsafeBytes { raw in
            #expect(tape.integer(1, in: raw) == 0)
            #expect(tape.integer(2, in: raw) == -12)
            #expect(tape.integer(3, in: raw) == 155000)
            #expect(tape.integer(4, in: raw) == 999_999_999_999_999)
            #expect(tape.integer(5, in: raw) == nil)
            #expect(tape.integer(6, in: raw) == nil)
            #expect(tape.integer(7, in: raw) == nil)
        }
    }

    @Test(arguments: [
        (#"{"a":1,}"#, "expected a member name in quotes, found '}'"),
        (#"{"a" 1}"#, "expected ':' after a member name, found '1'"),
        (#"[1 2]"#, "expected ',' or ']' after an element, found '2'"),
        (#"{"a":01}"#, "a number may not start with 0 (write it without leading zeros)"),
        (#"{"a":-}"#, "a number needs a digit after '-'"),
        (#"{"a":1.}"#, "a number needs a digit after '.'"),
        (#"{"a":"x\q"}"#, "unknown escape \\'q' in a string"),
        (#"{"a":"\u12"}"#, "\\u needs four hex digits"),
        (#"{"a":"\udc00"}"#, "lone surrogate \\uDC00: a low surrogate without a high one"),
        (#"{"a":"\ud800x"}"#, "lone surrogate \\uD800: a high surrogate must be followed by a low one"),
        (#"{"a":"open"#, "a string is not closed (missing '\"')"),
        (#"{"a":tru}"#, "expected a value, found 't'"),
        (#"{} {}"#, "unexpected '{' after the end of the value"),
        ("", "expected a JSON value, found nothing"),
    ])
    func syntaxErrorsSayWhatIsWrong(_ text: String, _ message: String) {
        #expect(error(text) == message)
    }

    @Test func controlCharactersInStringsAreRefused() {
        #expect(error("[\"a\u{01}b\"]") == "a control character (U+0001) inside a string must be escaped")
        #expect(error("[\"a\tb\"]") == "a control character (U+0009) inside a string must be escaped")
        #expect(error([0x5B, 0x22, 0x00, 0x22, 0x5D]) == "a control character (U+0000) inside a string must be escaped")
    }

    @Test(arguments: [
        ([0xC3, 0x28], "invalid UTF-8: byte 0x28 after 0xC3"),
        ([0xC0, 0xAF], "invalid UTF-8: byte 0xC0 cannot start a character"),
        ([0xE0, 0x80, 0xAF], "invalid UTF-8: byte 0x80 after 0xE0"),
        ([0xED, 0xA0, 0x80], "invalid UTF-8: byte 0xA0 after 0xED"),
        ([0xF4, 0x90, 0x80, 0x80], "invalid UTF-8: byte 0x90 after 0xF4"),
        ([0xFF], "invalid UTF-8: byte 0xFF cannot start a character"),
        ([0xE2, 0x82], "invalid UTF-8: a character is cut off"),
    ] as [([UInt8], String)])
    func invalidUTF8IsRefused(_ sequence: [UInt8], _ message: String) {
        #expect(error([0x5B, 0x22] + sequence + [0x22, 0x5D]) == message || error([0x5B, 0x22] + sequence) == message)
    }

    @Test func validMultibyteTextIsAccepted() throws {
        _ = try parse("[\"één € 😀 ‮\"]").get()
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(error(deep) == "nested deeper than 32 levels")
        let fine = String(repeating: "[", count: 32) + String(repeating: "]", count: 32)
        #expect(error(fine) == nil)
    }

    @Test func canonicalOutputSortsMembersAndEscapesOnlyWhatJSONRequires() throws {
        let text = #"{"z":1,"a":{"y":"\u00e9\/","b":[true,null,-0]},"m":"tab\there\u0001"}"#
        let tape = try parse(text).get()
        var out: [UInt8] = []
        Array(text.utf8).withUnsafeBytes { CanonicalJSON.append(tape, 0, in: $0, to: &out) }
        #expect(String(decoding: out, as: UTF8.self) == #"{"a":{"b":[true,null,0],"y":"é/"},"m":"tab\there\u0001","z":1}"#)
    }
}

/// The string scan's eight-bytes-at-a-time test must find the first byte that ends a plain run, at
/// every place in a word and whatever follows it, and pass every word of plain bytes.
@Suite struct PlainRunTests {
    static func ends(_ byte: UInt8, refusing extra: UInt8?) -> Bool {
        byte < 0x20 || byte >= 0x80 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == extra
    }

    /// The place of the first byte the test marks in `bytes`, or nil.
    static func first(_ bytes: [UInt8], refusing extra: UInt8?) -> Int? {
        let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
        let marks = JSONParser.plainRunEnds(word, refusing: extra)
        return marks == 0 ? nil : marks.trailingZeroBitCount / 8
    }

    @Test(arguments: [nil, UInt8(0x7F)])
    func findsTheFirstByteThatEndsAPlainRun(refusing extra: UInt8?) {
        var wrong: [String] = []
        for value in 0...255 {
            let byte = UInt8(value)
            for place in 0..<8 {
                var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 8)
                bytes[place] = byte
                if Self.first(bytes, refusing: extra) != (Self.ends(byte, refusing: extra) ? place : nil) {
                    wrong.append("byte \(value) at \(place)")
                }
                guard place < 7 else { continue }
                // Whatever follows, the first byte marked is the first that ends the run (a borrow from a
                // byte that matched must not hide it, and a plain byte must not be marked before one).
                for next in 0...255 {
                    bytes[place + 1] = UInt8(next)
                    let wanted = Self.ends(byte, refusing: extra) ? place : Self.ends(UInt8(next), refusing: extra) ? place + 1 : nil
                    if Self.first(bytes, refusing: extra) != wanted { wrong.append("byte \(value) at \(place), then \(next)") }
                }
            }
        }
        #expect(wrong.isEmpty, "\(wrong.count) wrong, such as \(wrong.prefix(5))")
    }

    @Test func scansToTheByteThatEndsTheRunOrTheLastWholeWord() {
        let text = Array("abcdefghijklmnop\"rest".utf8)
        text.withUnsafeBufferPointer { buffer in
            let base = buffer.baseAddress!
            #expect(JSONParser.plainRunEnd(base, from: 0, end: text.count) == 16)
            #expect(JSONParser.plainRunEnd(base, from: 3, end: text.count) == 16)
            // Fewer than eight bytes before the end: the caller reads them one by one.
            #expect(JSONParser.plainRunEnd(base, from: 0, end: 12) == 8)
        }
    }
}

/// Writing a string as JSON escapes exactly what JSON requires, wherever it stands in the eight-byte
/// words the writer scans, and a canonical object copies plain strings and names as they stand.
@Suite struct QuotedTextTests {
    /// The escapes one character at a time: what the writer's scan must agree with.
    static func reference(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    @Test func everyCharacterThatNeedsAnEscapeIsEscapedWhereverItStands() {
        let special: [Character] = ["\"", "\\", "\n", "\r", "\t", "\u{08}", "\u{0C}", "\u{01}", "\u{1F}", "\u{7F}", "é", "€", "😀", "/"]
        var wrong: [String] = []
        for length in 0..<20 {
            for place in 0..<max(1, length) {
                for character in special {
                    var text = String(repeating: "a", count: length)
                    if length > 0 {
                        text = String(text.prefix(place)) + String(character) + String(text.dropFirst(place + 1))
                    }
                    var out: [UInt8] = []
                    JSONEscapes.appendQuoted(text, to: &out)
                    if String(decoding: out, as: UTF8.self) != Self.reference(text) { wrong.append(text.debugDescription) }
                }
            }
        }
        #expect(wrong.isEmpty, "\(wrong.count) wrong, such as \(wrong.prefix(3))")
    }

    @Test func aCanonicalObjectIsTheSameWhetherItsStringsAreWrittenPlainOrEscaped() throws {
        let plain = #"{"zeta":"tab\tx","b":{"y":"é/","a":["x","q\"r"]},"a":"z"}"#
        let escaped = #"{"z\u0065ta":"tab\tx","b":{"\u0079":"\u00e9\/","a":["\u0078","q\"r"]},"a":"\u007a"}"#
        var outputs: [String] = []
        for text in [plain, escaped] {
            var tape = JSONTape()
            let bytes = Array(text.utf8)
            try bytes.withUnsafeBytes { try JSONParser.parse($0, into: &tape) }
            var out: [UInt8] = []
            bytes.withUnsafeBytes { CanonicalJSON.append(tape, 0, in: $0, to: &out) }
            outputs.append(String(decoding: out, as: UTF8.self))
        }
        #expect(outputs[0] == #"{"a":"z","b":{"a":["x","q\"r"],"y":"é/"},"zeta":"tab\tx"}"#)
        #expect(outputs[1] == outputs[0])
    }
}
