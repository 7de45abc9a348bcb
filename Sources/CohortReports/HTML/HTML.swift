import CohortLog

/// Building HTML by hand, safely: every text that reaches a page goes through ``HTML/text(_:)`` or
/// ``HTML/attribute(_:)``, so that nothing a person wrote can become markup, a script or a broken page.
public enum HTML {
    /// `text` escaped for an element's content: `&`, `<`, `>`, quotes; control characters and
    /// bidirectional overrides and isolates become spaces (line breaks too, unless `lineBreaks`, when
    /// they become `<br>`).
    public static func text(_ text: String, lineBreaks: Bool = false) -> String {
        var text = text
        return text.withUTF8 { utf8 in
            // Most of a page is text without anything to escape: it is returned as it is.
            if !utf8.contains(where: needsCare) { return String(decoding: utf8, as: UTF8.self) }
            var out: [UInt8] = []
            out.reserveCapacity(utf8.count + utf8.count / 8)
            for scalar in String(decoding: utf8, as: UTF8.self).unicodeScalars {
                switch scalar {
                case "&": out += "&amp;".utf8
                case "<": out += "&lt;".utf8
                case ">": out += "&gt;".utf8
                case "\"": out += "&quot;".utf8
                case "'": out += "&#39;".utf8
                case "\n" where lineBreaks: out += "<br>".utf8
                case "\r" where lineBreaks: break
                default:
                    if scalar.breaksLayout {
                        out.append(0x20)
                    } else {
                        out.append(contentsOf: UTF8.encode(scalar)!)
                    }
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// Whether a byte of UTF-8 may need escaping or replacing: markup characters, controls, and every
    /// byte beyond ASCII (a bidirectional control or a C1 control is among them).
    static func needsCare(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"): true
        default: byte < 0x20 || byte >= 0x7F
        }
    }

    /// `text` as a quoted CSS string (`"Eigen regie"`), for a style sheet's `content`: every character
    /// but letters, digits and spaces as a hex escape, so that nothing a person wrote can end the string,
    /// the rule or the `<style>` element; characters that break the layout become spaces.
    public static func cssString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            if scalar.breaksLayout {
                out += " "
            } else if scalar == " " || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else {
                out += "\\" + String(scalar.value, radix: 16) + " "
            }
        }
        return out + "\""
    }

    /// `text` escaped for a quoted attribute value.
    public static func attribute(_ text: String) -> String { HTML.text(text) }

    /// An element with escaped text content: `element("h2", "Titel")`.
    public static func element(_ name: String, _ text: String, class className: String? = nil) -> String {
        let classAttribute = className.map { " class=\"\($0)\"" } ?? ""
        return "<\(name)\(classAttribute)>\(HTML.text(text))</\(name)>"
    }

    /// An inline text in HTML: the report's own words as they are (they hold no markup), what people
    /// wrote escaped.
    public static func inline(_ inline: Inline) -> String {
        inline.spans.map { span in
            switch span {
            case .word(let text): HTML.text(text)
            case .strong(let text): "<strong>" + HTML.text(text) + "</strong>"
            case .user(let text): HTML.text(text)
            }
        }.joined()
    }
}

extension Double {
    /// The number with at most one decimal, a point as the separator (for SVG coordinates).
    var svg: String {
        let tenths = (self * 10).rounded()
        let whole = Int(tenths) / 10
        let fraction = abs(Int(tenths) % 10)
        return fraction == 0 ? String(whole) : (tenths < 0 && whole == 0 ? "-" : "") + "\(whole).\(fraction)"
    }
}
