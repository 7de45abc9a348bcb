import CohortLog

extension Document {
    /// The document as plain text for a terminal: headings underlined, lists indented, tables aligned;
    /// control characters and direction overrides in what people wrote shown as spaces.
    public var text: String {
        var out: [String] = []
        for block in blocks {
            switch block {
            case .heading(let level, let inline):
                let line = inline.plain
                if !out.isEmpty { out.append("") }
                out.append(line)
                if level <= 2 { out.append(String(repeating: level == 1 ? "=" : "-", count: min(line.count, 100))) }
            case .paragraph(let inline):
                out.append(inline.plain)
            case .list(let items):
                for item in items { out.append("  - " + item.plain) }
            case .table(let header, let rows):
                let cells = ([header] + rows).map { $0.map(\.plain) }
                let columns = cells.map(\.count).max() ?? 0
                var widths = [Int](repeating: 0, count: columns)
                for row in cells { for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) } }
                let numeric = Document.numericColumns(rows.map { $0.map(\.plain) }, count: columns)
                for (number, row) in cells.enumerated() {
                    let line = row.enumerated().map { index, cell in
                        numeric[index] ? cell.leftPadded(to: widths[index]) : cell.padded(to: widths[index])
                    }.joined(separator: "  ")
                    out.append("  " + String(line.reversed().drop(while: { $0 == " " }).reversed()))
                    if number == 0 { out.append("  " + widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")) }
                }
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// The document as Markdown (CommonMark with pipe tables); what people wrote is escaped so that it
    /// cannot become markup, a link or HTML.
    public var markdown: String {
        var out: [String] = []
        for block in blocks {
            if !out.isEmpty { out.append("") }
            switch block {
            case .heading(let level, let inline):
                out.append(String(repeating: "#", count: level) + " " + inline.markdown)
            case .paragraph(let inline):
                out.append(inline.markdown)
            case .list(let items):
                for item in items { out.append("- " + item.markdown) }
            case .table(let header, let rows):
                out.append("| " + header.map(\.markdown).joined(separator: " | ") + " |")
                let numeric = Document.numericColumns(rows.map { $0.map(\.plain) }, count: header.count)
                out.append("|" + header.indices.map { numeric[$0] ? " ---: |" : " --- |" }.joined())
                for row in rows { out.append("| " + row.map(\.markdown).joined(separator: " | ") + " |") }
            }
        }
        return out.joined(separator: "\n") + "\n"
    }
}

extension Inline {
    /// As plain text.
    public var plain: String {
        spans.map { span in
            switch span {
            case .word(let text), .strong(let text): text
            case .user(let text): Inline.cleaned(text)
            }
        }.joined()
    }

    /// As Markdown.
    public var markdown: String {
        spans.map { span in
            switch span {
            case .word(let text): text
            case .strong(let text): "**" + text + "**"
            case .user(let text): Inline.escapedMarkdown(Inline.cleaned(text))
            }
        }.joined()
    }

    /// `text` on one line: control characters (line breaks among them) and bidirectional overrides and
    /// isolates become spaces, so a text cannot break a report's layout or reverse what follows it.
    static func cleaned(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0.breaksLayout ? " " : $0 }))
    }

    /// `text` with what Markdown could read as markup backslash-escaped: emphasis, code, links, HTML,
    /// table pipes, entities and heading marks anywhere; list markers at the start (`-`, `+`, `1.`,
    /// `1)`); leading spaces dropped, so that a text cannot become a code block.
    static func escapedMarkdown(_ text: String) -> String {
        var out = ""
        var onlyDigits = true
        for (index, character) in text.drop(while: { $0 == " " }).enumerated() {
            let atStart = index == 0
            if "\\`*_{}[]<>|~&#".contains(character) || (atStart && "+-=".contains(character))
                || ((character == "." || character == ")") && onlyDigits && index > 0)
            {
                out.append("\\")
            }
            onlyDigits = onlyDigits && character.isASCII && character.isNumber
            out.append(character)
        }
        return out
    }
}

extension Document {
    /// Which columns of a table hold figures (right-aligned): every column but the first whose cells are
    /// all numbers, fractions, percentages, amounts, placeholders or empty (`12`, `19 / 20`, `87,5%`, `€1,550.00`,
    /// `2 (#9)`, `·`, `–`).
    static func numericColumns(_ rows: [[String]], count: Int) -> [Bool] {
        (0..<count).map { index in
            index > 0 && rows.allSatisfy { row in
                index >= row.count || row[index].allSatisfy { "0123456789 /%.,–-·#()€".contains($0) }
            }
        }
    }
}
