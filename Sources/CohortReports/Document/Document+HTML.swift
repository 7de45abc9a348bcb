extension Document {
    /// The document as a fragment of HTML for a page of `serve`: headings from `<h(level + shift)>`,
    /// paragraphs, lists and tables; the report's own words escaped and what people wrote escaped and
    /// marked as theirs (`class="u"`), so that nothing in it can become markup.
    public func html(headingShift: Int = 1) -> String {
        var out = ""
        for block in blocks {
            switch block {
            case .heading(let level, let inline):
                let tag = "h\(min(6, level + headingShift))"
                out += "<\(tag)>\(inline.html)</\(tag)>\n"
            case .paragraph(let inline):
                out += "<p>\(inline.html)</p>\n"
            case .list(let items):
                out += "<ul>\n" + items.map { "<li>\($0.html)</li>\n" }.joined() + "</ul>\n"
            case .table(let header, let rows):
                out += "<div class=\"table\"><table>\n<thead><tr>" + header.map { "<th>\($0.html)</th>" }.joined() + "</tr></thead>\n<tbody>\n"
                for row in rows { out += "<tr>" + row.map { "<td>\($0.html)</td>" }.joined() + "</tr>\n" }
                out += "</tbody></table></div>\n"
            }
        }
        return out
    }
}

extension Inline {
    /// As HTML: the report's words escaped, what people wrote escaped inside `<span class="u">`.
    public var html: String {
        spans.map { span in
            switch span {
            case .word(let text): HTML.text(text)
            case .strong(let text): "<strong>" + HTML.text(text) + "</strong>"
            case .user(let text): "<span class=\"u\">" + HTML.text(text) + "</span>"
            }
        }.joined()
    }
}
