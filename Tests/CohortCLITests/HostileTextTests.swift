import Foundation
import Testing

/// Hostile text (issue 7): markup, scripts, Markdown, control characters, right-to-left overrides and their
/// friends, and a word of 5,000 characters in every free-text field of every event type come out of every
/// format harmless and readable; names that start with `=`, `+`, `-`, `@`, a tab or a carriage return cannot
/// run as spreadsheet formulas in the CSV, and cells with separators, quotes and line breaks are quoted.
///
/// The same cohort is also built with plain words in those fields: hostile text must not change the shape
/// of a report (its lines, headings, lists, table cells, Markdown markup), only the words in it.
@Suite(.timeLimit(.minutes(2))) struct HostileTextTests {
    /// Texts that try to be markup, a script, a link, a heading, a table, a code block, a formula, or to
    /// break or reverse a line.
    static let hostile: [String] = [
        "<script>alert('x')</script>",
        "<img src=x onerror=alert(1)> \"><svg onload=alert(2)>",
        "[klik](javascript:alert(1)) ![beeld](http://example.org/x.png) <http://example.org> <!-- c -->",
        "# kop\n## kop\n> citaat\n- lijst\n1. lijst\n```\ncode\n```",
        "| a | b |\n|---|---|\n| c | d |",
        "**vet** _schuin_ `code` ~~weg~~ &amp; &#60; \\ {x}",
        "    ingesprongen",
        "===\n---\n***",
        "regel\r\nregel\ttab\u{0}nul\u{7}bel\u{8}terug\u{1B}[31mrood\u{1B}[0m\u{7F}del\u{85}nel\u{9B}csi",
        "rechts\u{202E}gnirts\u{202C} links\u{202D}x\u{202A}y\u{202B}z\u{2066}a\u{2067}b\u{2068}c\u{2069} scheiding\u{2028}alinea\u{2029}",
        longWord,
        "=HYPERLINK(\"http://example.org\",\"klik\")",
        "javascript:alert(1)",
        "1) geen lijst",
        "+ plus - min",
        "- lijst",
    ]

    /// A word of 5,000 characters without a space.
    static let longWord = String(repeating: "A", count: 5_000)

    /// Names for the attendance list's CSV: formulas, separators, quotes, line breaks, markup, a long word,
    /// and a formula and a quote that a combining accent joins to the next character (one `Character` in
    /// Swift, still `=` and `"` to a spreadsheet).
    static let names: [String] = [
        "=1+2", "+1+2", "-2+3", "@SUM(A1:A2)", "\tTab", "\rCR", "=1", "komma, \"quote\"; semi\nnewline",
        "<b>Vet</b> & 'Co'", longWord, "\u{202E}draaiom", "=\u{301}1+2", "zei \"\u{301}ja\u{301}\" CRLF\r\nna",
    ]

    /// Characters no text output may hold: control characters but the line feed (C0, DEL, C1), the
    /// bidirectional embeddings, overrides and isolates, and the line and paragraph separators.
    static func breaksLayout(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A: false
        case 0..<0x20, 0x7F, 0x80..<0xA0, 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029: true
        default: false
        }
    }

    @Test func textOutputsHoldNoControlCharactersAndKeepTheirLines() throws {
        let (hostile, plain) = try Self.logs()
        for arguments in Self.outputs(formats: ["text"]) {
            let a = Self.run(arguments, hostile.log), b = Self.run(arguments, plain.log)
            let command = arguments.joined(separator: " ")
            #expect(a.status == b.status, "\(command): exit \(a.status): \(a.err.prefix(300))")
            let bad = (a.out + a.err).unicodeScalars.filter(Self.breaksLayout)
            #expect(bad.isEmpty, "\(command) holds \(Set(bad.map { String($0.value, radix: 16) }).sorted())")
            #expect(Self.lines(a.out) == Self.lines(b.out), "\(command): \(Self.lines(a.out)) lines instead of \(Self.lines(b.out))")
        }
        // Still readable: the words around the neutralised characters, and the long word whole.
        let all = Self.outputs(formats: ["text"]).map { Self.run($0, hostile.log).out }.joined()
        for text in ["<script>alert('x')</script>", "rechts gnirts  links", "scheiding alinea", "terug [31mrood", Self.longWord, "=1+2", "@SUM(A1:A2)"] {
            #expect(all.contains(text), "no text output holds \(text.prefix(40))")
        }
        // A listing of the records marks where such a character stood.
        #expect(Self.run(["show", "LOG"], hostile.log).out.contains("rechts?gnirts?"))
    }

    @Test func markdownCannotBeInjected() throws {
        let (hostile, plain) = try Self.logs()
        for arguments in Self.outputs(formats: ["md"]) {
            let a = Self.run(arguments, hostile.log), b = Self.run(arguments, plain.log)
            let command = arguments.joined(separator: " ")
            #expect(a.status == 0, "\(command): \(a.err.prefix(300))")
            let left = a.out.split(separator: "\n", omittingEmptySubsequences: false)
            let right = b.out.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(left.count == right.count, "\(command): \(left.count) lines instead of \(right.count)")
            for (index, (line, plainLine)) in zip(left, right).enumerated() {
                // The same kind of block (heading of the same level, list item, table row, paragraph, …) and
                // the same markup: what a person wrote adds no unescaped *, _, `, [, ], <, >, |, #, & or ~.
                #expect(Self.kind(line) == Self.kind(plainLine), "\(command) line \(index + 1) is a \(Self.kind(line)), not a \(Self.kind(plainLine)): \(line.prefix(200))")
                #expect(Self.markup(line) == Self.markup(plainLine), "\(command) line \(index + 1) has markup \(Self.markup(line)), not \(Self.markup(plainLine)): \(line.prefix(200))")
            }
            let bad = a.out.unicodeScalars.filter(Self.breaksLayout)
            #expect(bad.isEmpty, "\(command) holds \(Set(bad.map { String($0.value, radix: 16) }).sorted())")
            let unescaped = Self.withoutEscapes(a.out)
            for raw in ["<script", "<img", "<svg", "](javascript", "](http", "![", "<http", "<!--", "```", "\n# kop", "\n> citaat", "\n    ingesprongen"] {
                #expect(!unescaped.contains(raw), "\(command) holds \(raw.debugDescription)")
            }
        }
        let all = Self.outputs(formats: ["md"]).map { Self.run($0, hostile.log).out }.joined()
        #expect(all.contains(#"\<script\>alert('x')\</script\>"#))
        #expect(all.contains(#"\[klik\](javascript:alert(1)) !\[beeld\](http://example.org/x.png) \<http://example.org\>"#))
        #expect(all.contains(Self.longWord))
    }

    @Test func pagesHoldNoMarkupButTheirOwn() throws {
        let (hostile, _) = try Self.logs()
        var pages: [[String]] = []
        for language in ["en", "nl"] {
            for audience in ["public", "group", "facilitator"] {
                pages.append(["harvest", "LOG", "--format", "html", "--audience", audience, "--lang", language])
            }
        }
        for participant in 1...Self.names.count {
            pages.append(["certificate", "LOG", "p\(participant)", "--format", "html", "--minimum", "0"])
        }
        for arguments in pages {
            let run = Self.run(arguments, hostile.log)
            let command = arguments.joined(separator: " ")
            #expect(run.status == 0, "\(command): \(run.err.prefix(300))")
            let problems = Self.markupProblems(run.out)
            #expect(problems.isEmpty, "\(command): \(problems.prefix(5))")
            let bad = run.out.unicodeScalars.filter(Self.breaksLayout)
            #expect(bad.isEmpty, "\(command) holds \(Set(bad.map { String($0.value, radix: 16) }).sorted())")
            // Long words break instead of running off the page.
            let style = run.out.components(separatedBy: "<style>").dropFirst().first?.components(separatedBy: "</style>").first ?? ""
            #expect(style.contains("overflow-wrap: anywhere"), "\(command): nothing lets a long word break")
        }
        let page = pages.map { Self.run($0, hostile.log).out }.joined()
        for text in ["&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", "&lt;img src=x onerror=alert(1)&gt;", "rechts gnirts", Self.longWord, "=1+2"] {
            #expect(page.contains(text), "the page lacks \(text.prefix(40))")
        }
        let certificate = Self.run(["certificate", "LOG", "p10", "--format", "html", "--minimum", "0"], hostile.log).out
        #expect(certificate.contains("<h1>\(Self.longWord)</h1>"))
    }

    @Test func jsonIsValidAndKeepsTheTextExactly() throws {
        let (hostile, _) = try Self.logs()
        var strings = Set<String>(), reports = Set<String>()
        for arguments in Self.outputs(formats: ["json"]) {
            let run = Self.run(arguments, hostile.log)
            let command = arguments.joined(separator: " ")
            #expect(run.status == 0 || arguments[0] == "audit", "\(command): \(run.err.prefix(300))")
            for line in run.out.split(separator: "\n") where arguments[0] != "show" {
                let value = try? JSONSerialization.jsonObject(with: Data(line.utf8), options: [.fragmentsAllowed])
                #expect(value != nil, "\(command) is not JSON: \(line.prefix(200))")
                if let value { Self.collect(value, into: &strings) }
                if let value, ["timeline", "lines", "harvest", "replay"].contains(arguments[0]) { Self.collect(value, into: &reports) }
            }
            if arguments[0] == "show" {
                let value = try? JSONSerialization.jsonObject(with: Data(run.out.utf8))
                #expect(value != nil, "\(command) is not JSON")
                if let value { Self.collect(value, into: &strings) }
            }
        }
        // Every text the reports and the records show comes back exactly as submitted: control characters,
        // direction overrides and all.
        for text in hostile.texts where !hostile.erased.contains(text) {
            #expect(strings.contains(text), "no JSON output holds \(text.debugDescription.prefix(80))")
        }
        for text in hostile.reported where !hostile.erased.contains(text) {
            #expect(reports.contains(text), "no JSON report holds \(text.debugDescription.prefix(80))")
        }
        let harvest = Self.run(["harvest", "LOG", "--format", "json", "--audience", "facilitator"], hostile.log).out
        var shown = Set<String>()
        Self.collect(try JSONSerialization.jsonObject(with: Data(harvest.utf8)), into: &shown)
        for name in Self.names { #expect(shown.contains(name), "the harvest lacks the name \(name.debugDescription.prefix(40))") }
    }

    @Test(arguments: [",", ";", "\t"])
    func csvCellsCannotRunAsFormulasAndReadBack(_ separator: String) throws {
        let (hostile, _) = try Self.logs()
        let run = Self.run(["attendance", "LOG", "--format", "csv", "--separator", separator], hostile.log)
        #expect(run.status == 0, "\(run.err)")
        let (rows, problems) = Self.parseCSV(run.out, separator: Character(separator))
        #expect(problems.isEmpty, "\(problems)")
        #expect(rows.count == Self.names.count + 2)
        let width = rows.first?.count ?? 0
        for (index, row) in rows.enumerated() { #expect(row.count == width, "row \(index + 1) has \(row.count) cells, not \(width)") }
        for (index, name) in Self.names.enumerated() where index + 1 < rows.count {
            let row = rows[index + 1]
            #expect(row[0] == "p\(index + 1)")
            #expect(row[1] == Self.harmless(name), "\(name.debugDescription) became \(row[1].debugDescription)")
            #expect(row[2] == Self.harmless(hostile.municipalities[index]), "\(hostile.municipalities[index].debugDescription.prefix(60)) became \(row[2].debugDescription.prefix(60))")
        }
        // No cell can start a formula, whatever its column.
        for row in rows {
            for cell in row {
                if let first = cell.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
                    #expect(Self.isNumber(cell), "\(cell.debugDescription.prefix(60)) can run as a formula")
                }
            }
        }
    }

    @Test func longWordsNeitherCrashNorHang() throws {
        let (hostile, _) = try Self.logs()
        let clock = ContinuousClock()
        let started = clock.now
        for arguments in Self.outputs(formats: ["text", "md", "json"]) + [["harvest", "LOG", "--format", "html", "--audience", "facilitator"]] {
            let run = Self.run(arguments, hostile.log)
            // An audit with error findings and a certificate refused for attendance end with 1.
            let refusal = arguments[0] == "audit" || (arguments[0] == "certificate" && !arguments.contains("--minimum"))
            #expect(run.status == 0 || (refusal && run.status == 1), "\(arguments.joined(separator: " ")): \(run.err.prefix(300))")
        }
        #expect(clock.now - started < .seconds(20))
        #expect(Self.run(["verify", "LOG"], hostile.log).status == 0)
    }

    // MARK: - The outputs

    /// Every command and format that shows what people wrote (LOG stands for the log), for the facilitators
    /// (who see everything) and for the public.
    static func outputs(formats: [String]) -> [[String]] {
        var runs: [[String]] = []
        for format in formats {
            for audience in ["facilitator", "public"] {
                let common = ["--format", format, "--audience", audience]
                runs.append(["lines", "LOG"] + common)
                runs.append(["replay", "LOG"] + common)
                runs.append(["harvest", "LOG"] + common)
                let subjects = audience == "public" ? ["p1", "p2", "p3", "f1"] : (1...names.count).map { "p\($0)" } + ["f1", "f2"]
                for participant in subjects { runs.append(["timeline", "LOG", participant] + common) }
            }
            runs.append(["harvest", "LOG", "--format", format, "--audience", "group", "--lang", "nl"])
            for participant in ["p1", "p8"] {
                runs.append(["timeline", "LOG", participant, "--format", format, "--audience", "participant:\(participant)"])
            }
            runs.append(["stats", "LOG", "--format", format])
            runs.append(["prepare", "LOG", "--format", format])
            runs.append(["evaluate", "LOG", "--format", format, "--lang", "nl"])
            if format != "md" {
                runs.append(["show", "LOG", "--format", format])
                runs.append(["audit", "LOG", "--format", format])
                runs.append(["verify", "LOG", "--format", format])
            }
            if format == "text" {
                runs.append(["attendance", "LOG"])
                runs.append(["attendance", "LOG", "--lang", "nl"])
                for participant in 1...names.count {
                    runs.append(["certificate", "LOG", "p\(participant)", "--minimum", "0"])
                }
                runs.append(["certificate", "LOG", "p1"])
            }
        }
        return runs
    }

    static func run(_ arguments: [String], _ log: String) -> Run {
        cohort(arguments.map { $0 == "LOG" ? log : $0 }, environment: [:])
    }

    static func lines(_ text: String) -> Int { text.split(separator: "\n", omittingEmptySubsequences: false).count }

    // MARK: - Markdown

    /// The kind of block a Markdown line opens (CommonMark): a heading with its level, a list item, a block
    /// quote, a code block or fence, a thematic break or setext underline, a table row, HTML, a paragraph.
    static func kind(_ line: Substring) -> String {
        if line.isEmpty { return "blank" }
        if line.hasPrefix("    ") || line.hasPrefix("\t") { return "code" }
        let text = line.drop { $0 == " " }
        let hashes = text.prefix { $0 == "#" }
        if (1...6).contains(hashes.count), text.dropFirst(hashes.count).first.map({ $0 == " " }) ?? true {
            return "heading \(hashes.count)"
        }
        if text.hasPrefix(">") { return "quote" }
        if text.hasPrefix("```") || text.hasPrefix("~~~") { return "fence" }
        if text.hasPrefix("|") { return "table" }
        if text.hasPrefix("<") { return "html" }
        if let first = text.first, "-+*".contains(first), text.dropFirst().first.map({ $0 == " " }) ?? true { return "list" }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        if (1...9).contains(digits.count), let mark = text.dropFirst(digits.count).first, mark == "." || mark == ")",
           text.dropFirst(digits.count + 1).first.map({ $0 == " " }) ?? true {
            return "ordered list"
        }
        if text.count >= 3, text.allSatisfy({ "=-*_ ".contains($0) }) { return "break" }
        return "paragraph"
    }

    /// `text` with every backslash escape and the character it escapes replaced by `·`.
    static func withoutEscapes(_ text: String) -> String {
        var out = ""
        var escaped = false
        for character in text {
            if escaped {
                out.append("·")
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                out.append(character)
            }
        }
        return out
    }

    /// The Markdown markup in a line: its unescaped *, _, `, [, ], <, >, |, #, &, ~, {, } in order.
    static func markup(_ line: Substring) -> String {
        var out = ""
        var escaped = false
        for character in line {
            if escaped {
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if "*_`[]<>|#&~{}".contains(character) {
                out.append(character)
            }
        }
        return out
    }

    // MARK: - HTML

    static let tags: Set<String> = [
        "!DOCTYPE", "html", "head", "meta", "title", "style", "body", "header", "div", "p", "h1", "h2", "h3", "h4", "main", "section",
        "dl", "dt", "dd", "ul", "li", "strong", "span", "em", "br", "article", "blockquote", "footer", "table", "tr", "th", "td",
        "small", "svg", "line", "path", "circle", "text", "rect", "defs", "marker",
        "a", "nav", "ol", "caption", "desc",
    ]
    static let attributes: Set<String> = [
        "html", "lang", "charset", "name", "content", "class", "id", "role", "aria-label", "viewBox", "x", "y", "x1", "y1", "x2", "y2",
        "cx", "cy", "r", "d", "width", "height", "refX", "refY", "markerWidth", "markerHeight", "markerUnits", "orient",
        "stroke-width", "marker-end", "href", "scope", "aria-labelledby",
    ]

    /// What in a page is not the product's own markup: a tag or attribute outside the lists, a `<` that
    /// opens no tag, an attribute value that could run (`javascript:`) or is unquoted, a text in a chart
    /// too long to read.
    static func markupProblems(_ html: String) -> [String] {
        var problems: [String] = []
        let scalars = Array(html.unicodeScalars)
        var i = 0
        func string(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[range])) }
        while i < scalars.count {
            guard scalars[i] == "<" else {
                if scalars[i] == ">" { problems.append("a stray > at \(i)") }
                i += 1
                continue
            }
            var j = i + 1
            let closing = j < scalars.count && scalars[j] == "/"
            if closing { j += 1 }
            let nameStart = j
            while j < scalars.count && (scalars[j].properties.isAlphabetic || scalars[j] == "!" || ("0"..."9").contains(scalars[j])) { j += 1 }
            let name = string(nameStart..<j)
            guard tags.contains(name) else {
                problems.append("<\(string(i..<min(scalars.count, i + 30)))")
                i += 1
                continue
            }
            // Attributes up to the closing >: name="value" or a bare name.
            while j < scalars.count && scalars[j] != ">" {
                if scalars[j] == " " || scalars[j] == "/" {
                    j += 1
                    continue
                }
                let attributeStart = j
                while j < scalars.count && !" =>".unicodeScalars.contains(scalars[j]) { j += 1 }
                let attribute = string(attributeStart..<j)
                if !attributes.contains(attribute) { problems.append("attribute \(attribute) on <\(name)>") }
                if j < scalars.count && scalars[j] == "=" {
                    j += 1
                    guard j < scalars.count, scalars[j] == "\"" else {
                        problems.append("an unquoted value of \(attribute) on <\(name)>")
                        continue
                    }
                    let valueStart = j + 1
                    j = valueStart
                    while j < scalars.count && scalars[j] != "\"" {
                        if scalars[j] == "<" { problems.append("a < in the value of \(attribute) on <\(name)>") }
                        j += 1
                    }
                    let value = string(valueStart..<min(j, scalars.count)).lowercased()
                    if value.contains("javascript:") || value.contains("data:") { problems.append("\(attribute)=\"\(value.prefix(40))\" on <\(name)>") }
                    // Links stay in the page: nothing is fetched or left for.
                    if attribute == "href" && !value.hasPrefix("#") { problems.append("a link out of the page: \(value.prefix(40))") }
                    j += 1
                }
            }
            j += 1
            if name == "style" && !closing {
                // The style sheet is the product's own; skip to its end.
                while j < scalars.count && !string(j..<min(scalars.count, j + 8)).hasPrefix("</style>") { j += 1 }
            }
            if name == "text" && !closing {
                // A label in a chart cannot wrap: it is kept short.
                var k = j
                while k < scalars.count && scalars[k] != "<" { k += 1 }
                let label = unescaped(string(j..<k))
                if label.count > 60 { problems.append("a chart label of \(label.count) characters: \(label.prefix(40))…") }
            }
            i = j
        }
        return problems
    }

    static func unescaped(_ html: String) -> String {
        html.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    // MARK: - JSON

    static func collect(_ value: Any, into strings: inout Set<String>) {
        switch value {
        case let text as String: strings.insert(text)
        case let array as [Any]: for element in array { collect(element, into: &strings) }
        case let object as [String: Any]: for (_, element) in object { collect(element, into: &strings) }
        default: break
        }
    }

    // MARK: - CSV

    /// A cell as it must stand in the CSV: with a leading apostrophe when a spreadsheet would read it as a
    /// formula (OWASP: starting with `=`, `+`, `-`, `@`, a tab or a carriage return), unless it is a plain
    /// signed number.
    static func harmless(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), !isNumber(text) else { return text }
        return "'" + text
    }

    /// `-12`, `+3.5`, `-1,5`: a sign, digits and at most one decimal separator.
    static func isNumber(_ text: String) -> Bool {
        guard let first = text.first, "+-".contains(first) else { return false }
        let rest = text.dropFirst()
        return rest.contains { $0.isASCII && $0.isNumber } && rest.allSatisfy { ($0.isASCII && $0.isNumber) || $0 == "." || $0 == "," }
            && rest.filter { $0 == "." || $0 == "," }.count <= 1
    }

    /// RFC 4180: fields separated by `separator`, records ended by CRLF, a field in double quotes when it
    /// holds a separator, a quote or a line break, a quote in it doubled. Returns the records and what breaks
    /// the RFC.
    static func parseCSV(_ text: String, separator: Character) -> (rows: [[String]], problems: [String]) {
        let scalars = Array(text.unicodeScalars)
        let separator = separator.unicodeScalars.first!
        var rows: [[String]] = [], row: [String] = [], field = String.UnicodeScalarView()
        var problems: [String] = []
        var quoted = false, wasQuoted = false
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < scalars.count && scalars[i + 1] == "\"" {
                        field.append("\"")
                        i += 2
                        continue
                    }
                    quoted = false
                } else {
                    field.append(c)
                }
                i += 1
                continue
            }
            switch c {
            case "\"" where field.isEmpty && !wasQuoted:
                quoted = true
                wasQuoted = true
            case "\"":
                problems.append("a quote inside an unquoted field in record \(rows.count + 1)")
            case separator:
                row.append(String(field))
                field = String.UnicodeScalarView()
                wasQuoted = false
            case "\r" where i + 1 < scalars.count && scalars[i + 1] == "\n":
                row.append(String(field))
                rows.append(row)
                row = []
                field = String.UnicodeScalarView()
                wasQuoted = false
                i += 1
            case "\r", "\n":
                problems.append("a bare line break outside quotes in record \(rows.count + 1)")
            default:
                if wasQuoted { problems.append("text after a closing quote in record \(rows.count + 1)") }
                field.append(c)
            }
            i += 1
        }
        if quoted { problems.append("an unclosed quote") }
        if !field.isEmpty || !row.isEmpty { problems.append("the last record does not end in CRLF") }
        return (rows, problems)
    }

    // MARK: - The cohort

    /// A cohort with a text in every free-text field of every event type: its log, every text it holds, the
    /// municipalities in the order of the participants, and the texts an erasure removed.
    struct Cohort {
        var log: String
        var texts: [String]
        /// The texts some report shows (the others only the records show).
        var reported: [String]
        var municipalities: [String]
        var erased: Set<String>
    }

    /// The cohort with hostile texts, and the same cohort with plain words.
    static func logs() throws -> (hostile: Cohort, plain: Cohort) {
        (try build(hostile: true), try build(hostile: false))
    }

    static func build(hostile isHostile: Bool) throws -> Cohort {
        var count = 0
        var texts: [String] = [], reported: [String] = []
        /// The next free text: a hostile one with its number, or a plain word. `shown`: a report shows it
        /// (else only the records do: an e-mail address, a reason, a note on a claim, a retracted text).
        func text(shown: Bool = true) -> String {
            count += 1
            let value = isHostile ? hostile[count % hostile.count] + " k\(count)" : "tekst k\(count)"
            texts.append(value)
            if shown { reported.append(value) }
            return value
        }
        let shared = text()
        var lines: [String] = []
        var minute = 0
        func event(_ id: String, _ type: String, _ day: String, by: String, _ fields: [(String, Any)]) {
            minute += 1
            let at = day + "T" + String(format: "%02d:%02d:00+02:00", 8 + minute / 60, minute % 60)
            let data = fields.map { "\(jsonQuoted($0.0)):\(json($0.1))" }.joined(separator: ",")
            lines.append(#"{"id":"\#(id)","type":"\#(type)","at":"\#(at)","by":"\#(by)","data":{\#(data)}}"#)
        }
        event("x-open", "cohort.opened", "2014-03-01", by: "org", [
            ("cohort", "c1"), ("title", text()), ("organiser", "org"), ("period", ["from": "2014-03-01", "to": "2014-12-31"]),
            ("participants", ["min": 1, "max": 20]), ("dagdelen", 6),
            ("fee", ["amountCents": 155_000, "currency": "EUR", "vat": "excluded"]),
            ("subsidy", ["fund": text(shown: false), "scheme": text(shown: false), "percent": 50]),
        ])
        event("x-f1", "facilitator.joined", "2014-03-01", by: "org", [("facilitator", "f1"), ("name", text())])
        event("x-f2", "facilitator.joined", "2014-03-01", by: "org", [("facilitator", "f2"), ("name", text())])
        var municipalities: [String] = []
        for (index, name) in names.enumerated() {
            let participant = "p\(index + 1)"
            let municipality = index == 0 ? hostile[11] : text()
            municipalities.append(municipality)
            if index == 0 { texts.append(municipality); reported.append(municipality) }
            event("x-\(participant)", "participant.registered", "2014-03-05", by: "f1", [
                ("participant", participant), ("municipality", municipality), ("role", text(shown: false)),
                ("name", isHostile ? name : "naam\(index + 1)"), ("email", text(shown: false)),
            ])
            if isHostile { texts.append(name); reported.append(name) }
        }
        event("x-inv", "fee.invoiced", "2014-03-06", by: "f1", [("invoice", "inv1"), ("participant", "p1"), ("amountCents", 155_000)])
        event("x-s1", "session.scheduled", "2014-03-10", by: "f1", [
            ("session", "s1"), ("title", text()), ("kind", "start"), ("days", ["2014-04-10"]), ("dagdelen", 2), ("host", "p1"), ("location", text()),
        ])
        event("x-s2", "session.scheduled", "2014-03-10", by: "f1", [
            ("session", "s2"), ("title", text()), ("kind", "meeting"), ("days", ["2014-06-12"]), ("dagdelen", 2), ("location", text()),
        ])
        event("x-s3", "session.scheduled", "2014-03-10", by: "f1", [
            ("session", "s3"), ("title", text()), ("kind", "manifestation"), ("days", ["2014-12-11"]), ("dagdelen", 2),
        ])
        event("x-s4", "session.scheduled", "2014-03-10", by: "f1", [
            // Cancelled below: only the records show its title.
            ("session", "s4"), ("title", text(shown: false)), ("kind", "meeting"), ("days", ["2014-09-11"]), ("dagdelen", 2),
        ])
        event("x-mv", "session.rescheduled", "2014-03-20", by: "f1", [("session", "s2"), ("days", ["2014-06-19"]), ("reason", text(shown: false))])
        event("x-cx", "session.cancelled", "2014-03-21", by: "f1", [("session", "s4"), ("reason", text(shown: false))])
        for index in names.indices {
            event("x-a1-\(index + 1)", "attendance.recorded", "2014-04-10", by: "f1", [
                ("session", "s1"), ("participant", "p\(index + 1)"), ("dagdelen", 2), ("note", text()),
            ])
        }
        event("x-w1", "wish.stated", "2014-04-10", by: "p1", [
            ("wish", "w1"), ("participant", "p1"), ("themes", [shared, text()]), ("visibility", "public"), ("text", text()),
        ])
        event("x-w2", "wish.stated", "2014-04-10", by: "p1", [("wish", "w2"), ("participant", "p1"), ("visibility", "public"), ("text", text())])
        event("x-w3", "wish.stated", "2014-04-10", by: "p2", [
            ("wish", "w3"), ("participant", "p2"), ("themes", [text()]), ("visibility", "public"), ("text", text()),
        ])
        event("x-line", "line.emerged", "2014-04-10", by: "f1", [
            ("line", "l1"), ("title", text()), ("themes", [shared, text()]), ("session", "s1"), ("description", text()),
        ])
        event("x-sup1", "support.given", "2014-05-01", by: "p1", [
            ("from", "p1"), ("to", "p2"), ("kind", "feedback"), ("wish", "w3"), ("session", "s1"), ("visibility", "public"), ("note", text()),
        ])
        event("x-sup3", "support.given", "2014-05-02", by: "p10", [
            ("from", "p10"), ("to", "p1"), ("kind", "resource"), ("visibility", "public"), ("note", text()),
        ])
        event("x-sup2", "support.given", "2014-05-02", by: "f1", [
            ("from", "f1"), ("to", "p3"), ("kind", "coaching"), ("visibility", "public"), ("note", text()),
        ])
        event("x-as1", "assignment.started", "2014-05-03", by: "p1", [
            ("assignment", "a1"), ("participant", "p1"), ("visibility", "public"), ("title", text()), ("description", text()),
        ])
        event("x-as2", "assignment.started", "2014-05-03", by: "p2", [("assignment", "a2"), ("participant", "p2"), ("visibility", "public"), ("title", text())])
        event("x-r1", "reflection.recorded", "2014-05-04", by: "p2", [
            ("reflection", "r1"), ("participant", "p2"), ("session", "s1"), ("wish", "w1"), ("line", "l1"),
            ("themes", [shared, text()]), ("visibility", "public"), ("text", text()),
        ])
        event("x-r2", "reflection.recorded", "2014-05-05", by: "f1", [("reflection", "r2"), ("participant", "f1"), ("visibility", "public"), ("text", text())])
        event("x-r3", "reflection.recorded", "2014-05-06", by: "p3", [("reflection", "r3"), ("participant", "p3"), ("visibility", "public"), ("text", text(shown: false))])
        for index in names.indices {
            event("x-a2-\(index + 1)", "attendance.recorded", "2014-06-19", by: "f1", [
                ("session", "s2"), ("participant", "p\(index + 1)"), ("dagdelen", 2), ("note", text()),
            ])
        }
        event("x-rev", "wish.revised", "2014-06-20", by: "p1", [("wish", "w1"), ("themes", [shared, text()]), ("visibility", "public"), ("text", text())])
        event("x-prog", "assignment.progressed", "2014-07-01", by: "p1", [("assignment", "a1"), ("progress", 50), ("note", text())])
        event("x-done", "assignment.completed", "2014-11-01", by: "p1", [("assignment", "a1"), ("visibility", "public"), ("result", text())])
        event("x-close", "wish.closed", "2014-11-02", by: "p1", [("wish", "w1"), ("outcome", "transformed"), ("into", "w2"), ("note", text())])
        event("x-h1", "harvest.contributed", "2014-12-01", by: "f1", [
            ("item", "h1"), ("kind", "story"), ("contributors", ["p1", "p2"]), ("line", "l1"), ("cycle", "applied"),
            ("title", text()), ("text", text()),
        ])
        event("x-ret", "event.retracted", "2014-12-02", by: "f1", [("target", "x-r3"), ("reason", text(shown: false))])
        event("x-wd", "participant.withdrew", "2014-12-03", by: "f1", [("participant", "p\(names.count)"), ("reason", text())])
        event("x-claim", "subsidy.claimed", "2014-12-20", by: "f1", [
            ("claim", "claim1"), ("amountCents", 77_500), ("participants", 1), ("attendedDagdelen", 4), ("note", text(shown: false)),
        ])
        let directory = try temporaryDirectory()
        let log = directory.appendingPathComponent("log.jsonl").path
        let append = cohort(["append", log, "-"], input: Array((lines.joined(separator: "\n") + "\n").utf8), environment: ["COHORT_NOW": testNow])
        #expect(append.status == 0, "the cohort was refused: \(append.err.prefix(2000))")
        // An erasure with a reason of its own, of one attendance note.
        let reason = text(shown: false)
        let erasedNote = lines.first { $0.contains(#""id":"x-a2-7""#) }.flatMap { line in texts.first { line.contains(jsonQuoted($0)) } }
        let redact = cohort(["redact", log, "--id", "x-a2-7", "--reason", reason, "--by", "f1"], environment: ["COHORT_NOW": testNow])
        #expect(redact.status == 0, "\(redact.err)")
        return Cohort(log: log, texts: texts, reported: reported, municipalities: municipalities, erased: Set([erasedNote].compactMap { $0 }))
    }

    static func json(_ value: Any) -> String {
        switch value {
        case let text as String: jsonQuoted(text)
        case let number as Int: String(number)
        case let list as [Any]: "[" + list.map(json).joined(separator: ",") + "]"
        case let object as [String: Any]: "{" + object.keys.sorted().map { jsonQuoted($0) + ":" + json(object[$0]!) }.joined(separator: ",") + "}"
        default: "null"
        }
    }
}
