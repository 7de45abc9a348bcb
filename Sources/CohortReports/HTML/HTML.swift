import CohortLog

/// Building HTML by hand, safely: every text that reaches a page goes through ``HTML/text(_:)`` or
/// ``HTML/attribute(_:)``, so that nothing a person wrote can become markup, a script or a broken page.
public enum HTML {
    /// `text` escaped for an element's content: `&`, `<`, `>`, quotes; control characters and
    /// bidirectional overrides and isolates become spaces (line breaks too, unless `lineBreaks`, when
    /// they become `<br>`).
    public static func text(_ text: String, lineBreaks: Bool = false) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n" where lineBreaks: out += "<br>"
            case "\r" where lineBreaks: break
            default:
                if scalar.breaksLayout { out += " " } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
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
