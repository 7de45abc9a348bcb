import Testing
import CohortLog
@testable import CohortReports

/// `HTML.text`, which escapes everything people wrote on a page, against the plain definition: each
/// character in turn, markup characters as entities, layout-breaking ones as spaces.
struct HTMLEscapeTests {
    /// The definition, one character at a time.
    static func reference(_ text: String, lineBreaks: Bool) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n" where lineBreaks: out += "<br>"
            case "\r" where lineBreaks: break
            default: if scalar.breaksLayout { out += " " } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return state
        }
    }

    @Test func escapingAgreesWithTheDefinitionOnEveryKindOfCharacter() {
        let pieces: [String] = [
            "a", "Z", " ", "é", "ë", "€", "😀", "&", "<", ">", "\"", "'", "\n", "\r", "\t", "\u{0}", "\u{1B}", "\u{7F}",
            "\u{85}", "\u{9F}", "\u{A0}", "\u{202E}", "\u{2066}", "\u{2069}", "\u{2028}", "\u{2029}", "\u{200F}",
            "Eigen regie", "<script>", "&amp;",
        ]
        var generator = Generator(state: 7)
        for _ in 0..<5_000 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            for lineBreaks in [false, true] {
                #expect(HTML.text(text, lineBreaks: lineBreaks) == Self.reference(text, lineBreaks: lineBreaks), "\(text.debugDescription)")
            }
        }
        #expect(HTML.text("Gewoon tekst, zonder iets.") == "Gewoon tekst, zonder iets.")
        #expect(HTML.text("<b>\u{202E}x</b>\n", lineBreaks: true) == "&lt;b&gt; x&lt;/b&gt;<br>")
    }
}
