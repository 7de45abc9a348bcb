import CohortLog
import CohortProjections

/// `cohort attendance`: the attendance list as text or CSV (RFC 4180).
public struct AttendanceReport: Sendable {
    public let list: AttendanceList
    public let words: Words

    public init(_ list: AttendanceList, words: Words) {
        self.list = list
        self.words = words
    }

    var says: AttendanceWords { words.attendanceList }

    /// A table for a person, then a legend of the sessions.
    public func document(title: String) -> Document {
        var document = Document()
        document.heading(1, says.list(title))
        if let day = list.day { document.paragraph(Inline(stringLiteral: "\(words.asOf) \(words.date(day))")) }
        let header: [Inline] = [Inline(stringLiteral: says.participant)]
            + list.sessions.map { "\(user: $0.session.id.rawValue)" }
            + [Inline(stringLiteral: says.total), "%"]
        var rows: [[Inline]] = list.rows.map { row in
            var cells: [Inline] = [row.person.name.text.map { "\(user: $0) (\(user: row.person.id.rawValue))" } ?? .user(row.person.id.rawValue)]
            for (index, cell) in row.cells.enumerated() {
                // What was recorded, marked when less of it counts (after a withdrawal, above the size).
                let shown = cell.map { $0 == row.counted[index] ? String($0) : "\($0)*" }
                cells.append(Inline(stringLiteral: shown ?? (list.sessions[index].held ? "·" : "")))
            }
            cells.append(Inline(stringLiteral: "\(row.total) / \(row.possible)"))
            cells.append(Inline(stringLiteral: words.percent(row.total, of: row.possible)))
            return cells
        }
        rows.append([Inline(stringLiteral: says.total)] + list.sessionTotals.map { Inline(stringLiteral: String($0)) } + ["", ""])
        document.table(header, rows)
        document.list(list.sessions.map { entry in
            let days = entry.session.days.map { words.date($0) }.joined(separator: ", ")
            return "\(user: entry.session.id.rawValue): \(days), \(user: entry.session.title) (\(words.count(entry.session.dagdelen, .halfDay)))"
                + Inline(stringLiteral: entry.held ? "" : " · \(words.toCome)")
        })
        document.paragraph(Inline(stringLiteral: says.notRecorded))
        if list.rows.contains(where: { row in zip(row.cells, row.counted).contains { cell, counted in cell.map { $0 != counted } ?? false } }) {
            document.paragraph(Inline(stringLiteral: says.notCounted))
        }
        return document
    }

    /// The list as CSV: a header row in the language, one row per participant, a row of session totals;
    /// fields quoted where RFC 4180 needs it; CRLF line ends. Each cell holds the dagdelen that count
    /// (empty where nothing was recorded), so that a spreadsheet's sums are the list's totals.
    public func csv(separator: Character) -> String {
        let header = [says.participant, says.name, says.municipality]
            + list.sessions.map { "\($0.session.id) \($0.session.firstDay)" }
            + [says.total, says.possible, says.rate]
        var lines = [header]
        for row in list.rows {
            lines.append([row.person.id.rawValue, row.person.shownName, row.person.municipality ?? ""]
                + zip(row.cells, row.counted).map { cell, counted in cell.map { _ in String(counted) } ?? "" }
                + [String(row.total), String(row.possible), row.possible > 0 ? String(words.percent(row.total, of: row.possible).dropLast()) : ""])
        }
        lines.append([says.total, "", ""] + list.sessionTotals.map(String.init) + ["", "", ""])
        return lines.map { $0.map { CSV.field($0, separator: separator) }.joined(separator: String(separator)) + "\r\n" }.joined()
    }
}

/// RFC 4180 fields, safe to open in a spreadsheet.
public enum CSV {
    /// `text` as a CSV field: quoted when it holds the separator, a quote, a line break or leading or
    /// trailing space; a text that a spreadsheet would read as a formula (starting with `=`, `+`, `-`,
    /// `@`, a tab or a carriage return; OWASP's rule) gets a leading apostrophe, unless it is a plain
    /// signed number (`-5`, `+1,5`).
    ///
    /// The checks look at Unicode scalars, not characters: Swift reads `\r\n` as one character, which is
    /// neither `\r` nor `\n`.
    public static func field(_ text: String, separator: Character) -> String {
        var text = text
        if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), !isSignedNumber(text) {
            text = "'" + text
        }
        let special = Set(separator.unicodeScalars).union(["\"", "\n", "\r"])
        let needsQuotes = text.unicodeScalars.contains(where: special.contains)
            || text.unicodeScalars.first == " " || text.unicodeScalars.last == " "
        guard needsQuotes else { return text }
        return "\"" + text.replacingQuotes + "\""
    }

    /// `-12`, `+3.5`, `-1,5`: a sign, then digits with at most one decimal separator.
    static func isSignedNumber(_ text: String) -> Bool {
        guard let sign = text.first, sign == "-" || sign == "+" else { return false }
        let rest = text.unicodeScalars.dropFirst()
        let separators = rest.filter { $0 == "." || $0 == "," }.count
        return separators <= 1 && rest.contains { ("0"..."9").contains($0) }
            && rest.allSatisfy { ("0"..."9").contains($0) || $0 == "." || $0 == "," }
    }
}

extension String {
    /// The text with each double quote doubled (RFC 4180).
    fileprivate var replacingQuotes: String {
        var out = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            out.append(scalar)
            if scalar == "\"" { out.append(scalar) }
        }
        return String(out)
    }
}
