import CohortLog

/// A table read from a CSV file: its header row and its rows, each with the line it starts on.
public struct CSVTable: Sendable {
    /// One row of the file.
    public struct Row: Sendable {
        /// The 1-based line of the file the row starts on (a quoted cell may run over several lines).
        public var line: Int
        /// The cells, decoded: quotes removed, doubled quotes undone, line breaks inside a cell as `\n`.
        public var cells: [String]
        /// Where the row stands in the file's bytes, without its line end (for messages).
        public var bytes: Range<Int>
    }

    /// The separator, `,` or `;`.
    public var separator: Character
    /// The header row: the columns' names, trimmed of surrounding white space.
    public var header: Row
    /// The rows after the header, without the blank ones.
    public var rows: [Row]

    /// The name of column `index` (0-based) for messages: its header, or `column N` when it has none.
    public func columnName(_ index: Int) -> String { CSVReader.columnName(index, header: header) }
}

/// Reads CSV as spreadsheets and form tools write it (RFC 4180, leniently where they differ): a header
/// row, then rows of cells.
///
/// - The separator is `,` or `;`, whichever the header row holds more of outside quotes (`,` on a tie):
///   Excel set to Dutch conventions writes `;`.
/// - A UTF-8 byte order mark at the very start is skipped; every cell must be UTF-8.
/// - Lines end in CRLF, LF or CR; the last line may end without one.
/// - A cell in double quotes may hold separators, line breaks and quotes (doubled: `""`); a line break
///   inside a cell is read as `\n`, however the file wrote it, so that a file saved again with other
///   line ends reads the same.
/// - Rows whose cells are all empty (blank lines, or `;;;` as spreadsheets write for empty rows) are
///   skipped.
/// - A row must have as many cells as the header; extra cells are allowed only when they are empty.
///
/// Every problem is collected with its line and column (``Diagnostic``, checks `csv.*`), not only the
/// first; a row with a problem is left out of the table, so that the other rows can still be checked.
///
/// For example, `tekst;thema's\r\n"Ik leer; langzaam";vertrouwen\r\n` has the header `tekst`,
/// `thema's` and one row, on line 2: `Ik leer; langzaam`, `vertrouwen`.
public enum CSVReader {
    /// Reads `bytes`: the table (nil when there is no header row) without the rows that have problems,
    /// and every problem found, sorted by line.
    public static func read(_ bytes: [UInt8]) -> (table: CSVTable?, problems: [Diagnostic]) {
        let start = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
        var problems: [Diagnostic] = []
        let separator = detectSeparator(bytes, from: start)
        var scanner = Scanner(bytes: bytes, position: start, separator: separator)
        var header: CSVTable.Row?
        var rows: [CSVTable.Row] = []
        while let raw = scanner.nextRow() {
            let before = problems.count
            let excerpt = String(decoding: bytes[raw.bytes].prefix(400), as: UTF8.self)
            var cells: [String] = []
            for (index, cell) in raw.cells.enumerated() {
                let text = String(decoding: cell.bytes, as: UTF8.self)
                if text.utf8.elementsEqual(cell.bytes) {
                    cells.append(text)
                } else {
                    let column = columnName(index, header: header)
                    problems.append(Diagnostic(
                        line: cell.line, check: .csvUTF8, message: "\(column): the cell is not valid UTF-8",
                        hint: "save the file as CSV UTF-8 (Excel: \"CSV UTF-8 (comma delimited)\")", excerpt: excerpt))
                    cells.append("")
                }
            }
            for problem in raw.problems {
                let column = columnName(problem.cell, header: header)
                problems.append(Diagnostic(line: problem.line, check: problem.check, message: "\(column): " + problem.message,
                                           hint: problem.hint, excerpt: excerpt))
            }
            if cells.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) && problems.count == before { continue }
            let row = CSVTable.Row(line: raw.line, cells: cells, bytes: raw.bytes)
            guard let table = header else {
                header = CSVTable.Row(line: raw.line, cells: cells.map(trimmed), bytes: raw.bytes)
                continue
            }
            if row.cells.count < table.cells.count {
                problems.append(Diagnostic(
                    line: row.line, check: .csvCells,
                    message: "the row has \(row.cells.count) cell\(row.cells.count == 1 ? "" : "s"); the header has \(table.cells.count)",
                    hint: "a cell that holds the separator (\(Character(Unicode.Scalar(separator)))) or a line break must be in double quotes",
                    excerpt: excerpt))
                continue
            }
            if row.cells.count > table.cells.count,
                let extra = row.cells[table.cells.count...].firstIndex(where: { !$0.allSatisfy(\.isWhitespace) })
            {
                problems.append(Diagnostic(
                    line: row.line, check: .csvCells,
                    message: "column \(extra + 1): the row has \(row.cells.count) cells; the header has \(table.cells.count)",
                    hint: "give the column a name in the header, or put a cell that holds the separator (\(Character(Unicode.Scalar(separator)))) in double quotes",
                    excerpt: excerpt))
                continue
            }
            if problems.count == before { rows.append(row) }
        }
        guard let header else {
            problems.append(Diagnostic(
                check: .csvEmpty, message: "the file holds no header row",
                hint: "the first row names the columns, such as at,by,participant,text"))
            return (nil, Diagnostics(problems).all)
        }
        if rows.isEmpty && problems.isEmpty {
            problems.append(Diagnostic(
                line: header.line, check: .csvEmpty, message: "the file holds a header but no rows",
                hint: "add a row below the header for each event"))
        }
        return (CSVTable(separator: Character(Unicode.Scalar(separator)), header: header, rows: rows), Diagnostics(problems).all)
    }

    /// The name of column `index` (0-based) for messages: its header, or `column N` when there is none.
    static func columnName(_ index: Int, header: CSVTable.Row?) -> String {
        guard let header, index < header.cells.count, !header.cells[index].isEmpty else { return "column \(index + 1)" }
        return header.cells[index]
    }

    /// `text` without white space (line breaks included) at either end.
    public static func trimmed(_ text: String) -> String {
        guard let first = text.firstIndex(where: { !$0.isWhitespace }),
            let last = text.lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(text[first...last])
    }

    /// `,` or `;`: whichever the first row (the header) holds more of outside quotes; `,` on a tie.
    static func detectSeparator(_ bytes: [UInt8], from start: Int) -> UInt8 {
        var commas = 0
        var semicolons = 0
        var quoted = false
        var index = start
        // Skip leading blank lines, as the reader does.
        while index < bytes.count, bytes[index] == 0x0A || bytes[index] == 0x0D { index += 1 }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x22 {
                quoted.toggle()
            } else if !quoted {
                if byte == 0x0A || byte == 0x0D { break }
                if byte == 0x2C { commas += 1 }
                if byte == 0x3B { semicolons += 1 }
            }
            index += 1
        }
        return semicolons > commas ? 0x3B : 0x2C
    }

    /// A problem found while scanning a row, before the header's names are known.
    struct ScanProblem {
        var line: Int
        var cell: Int
        var check: DiagnosticCode
        var message: String
        var hint: String?
    }

    /// A row as scanned: its cells' bytes (not yet decoded) and the problems found in it.
    struct RawRow {
        var line: Int
        var cells: [(bytes: [UInt8], line: Int)]
        var bytes: Range<Int>
        var problems: [ScanProblem]
    }

    /// Splits the bytes into rows and cells.
    struct Scanner {
        let bytes: [UInt8]
        var position: Int
        let separator: UInt8
        var line = 1

        init(bytes: [UInt8], position: Int, separator: UInt8) {
            self.bytes = bytes
            self.position = position
            self.separator = separator
        }

        /// Consumes a line end at `position` (CRLF, LF or CR) and counts it; false when there is none.
        mutating func consumeLineEnd() -> Bool {
            guard position < bytes.count else { return false }
            if bytes[position] == 0x0D {
                position += 1
                if position < bytes.count, bytes[position] == 0x0A { position += 1 }
            } else if bytes[position] == 0x0A {
                position += 1
            } else {
                return false
            }
            line += 1
            return true
        }

        /// The next row, or nil at the end of the file.
        mutating func nextRow() -> RawRow? {
            guard position < bytes.count else { return nil }
            let rowStart = position
            let rowLine = line
            var row = RawRow(line: rowLine, cells: [], bytes: rowStart..<rowStart, problems: [])
            while true {
                let cellLine = line
                var cell: [UInt8] = []
                if position < bytes.count, bytes[position] == 0x22 {
                    // A quoted cell: up to the closing quote; "" is a quote; line breaks become \n.
                    position += 1
                    var closed = false
                    while position < bytes.count {
                        let byte = bytes[position]
                        if byte == 0x22 {
                            if position + 1 < bytes.count, bytes[position + 1] == 0x22 {
                                cell.append(0x22)
                                position += 2
                                continue
                            }
                            position += 1
                            closed = true
                            break
                        }
                        if byte == 0x0D || byte == 0x0A {
                            _ = consumeLineEnd()
                            cell.append(0x0A)
                            continue
                        }
                        cell.append(byte)
                        position += 1
                    }
                    if !closed {
                        row.problems.append(ScanProblem(
                            line: cellLine, cell: row.cells.count, check: .csvQuote,
                            message: "the quote that opens this cell is never closed",
                            hint: "end the cell with a double quote; a quote inside a cell is written twice (\"\")"))
                    } else if position < bytes.count, bytes[position] != separator, bytes[position] != 0x0D, bytes[position] != 0x0A {
                        row.problems.append(ScanProblem(
                            line: line, cell: row.cells.count, check: .csvQuote,
                            message: "text after the closing quote of the cell",
                            hint: "a quote inside a quoted cell is written twice (\"\"), and the cell ends at its closing quote"))
                        while position < bytes.count, bytes[position] != separator, bytes[position] != 0x0D, bytes[position] != 0x0A {
                            cell.append(bytes[position])
                            position += 1
                        }
                    }
                } else {
                    var reported = false
                    while position < bytes.count {
                        let byte = bytes[position]
                        if byte == separator || byte == 0x0D || byte == 0x0A { break }
                        if byte == 0x22 && !reported {
                            reported = true
                            row.problems.append(ScanProblem(
                                line: line, cell: row.cells.count, check: .csvQuote,
                                message: "a double quote inside a cell that does not start with one",
                                hint: "put the whole cell in double quotes and write the quote twice: \"5\"\" scherm\""))
                        }
                        cell.append(byte)
                        position += 1
                    }
                }
                row.cells.append((cell, cellLine))
                if position < bytes.count, bytes[position] == separator {
                    position += 1
                    continue
                }
                row.bytes = rowStart..<position
                _ = consumeLineEnd()
                return row
            }
        }
    }
}
