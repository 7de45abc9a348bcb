// CohortImportTests: the CSV reader and the time zone rules of `cohort import` (CohortImport); the import
// itself, through the command, is in CohortCLITests/ImportTests.

import Foundation
import Testing
import CohortLog
@testable import CohortImport

/// The CSV reader (RFC 4180 as spreadsheets and forms write it): cells, quotes, separators, line ends,
/// byte order marks, rows' lines, and every problem with its line and column.
@Suite struct CSVReaderTests {
    func readTable(_ text: String) -> CSVTable? {
        let (table, problems) = CSVReader.read(Array(text.utf8))
        #expect(problems.isEmpty, "\(problems)")
        return table
    }

    func problems(_ bytes: [UInt8]) -> [String] {
        CSVReader.read(bytes).problems.map { "\($0.line): \($0.message) [\($0.check)]" }
    }

    @Test func quotedCellsHoldSeparatorsLineBreaksAndDoubledQuotes() throws {
        let table = try #require(readTable("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"one\ntwo\"\nplain,,last\n"))
        #expect(table.separator == ",")
        #expect(table.header.cells == ["a", "b", "c"])
        #expect(table.rows.map(\.cells) == [["x, y", "say \"hi\"", "one\ntwo"], ["plain", "", "last"]])
        #expect(table.rows.map(\.line) == [2, 4])
    }

    @Test func theSeparatorIsWhatTheHeaderHoldsMoreOfOutsideQuotes() throws {
        #expect(try #require(readTable("a;b;c\n1;2,5;3\n")).separator == ";")
        #expect(try #require(readTable("a,b\n1;2,3\n")).separator == ",")
        #expect(try #require(readTable("\"a,b\";c;d\n1;2;3\n")).separator == ";")
        #expect(try #require(readTable("a\n1\n")).separator == ",")
        #expect(try #require(readTable("a;b\n1;2\n")).rows[0].cells == ["1", "2"])
    }

    @Test func aByteOrderMarkAndEveryKindOfLineEndAreRead() throws {
        let expected = [["1", "2"], ["3", "4"]]
        for text in ["\u{FEFF}a,b\r\n1,2\r\n3,4\r\n", "a,b\n1,2\n3,4", "a,b\r1,2\r3,4\r", "a,b\r\n1,2\n3,4\r\n\r\n"] {
            let table = try #require(readTable(text))
            #expect(table.header.cells == ["a", "b"], "\(text.debugDescription)")
            #expect(table.rows.map(\.cells) == expected, "\(text.debugDescription)")
            #expect(table.rows.map(\.line) == [2, 3], "\(text.debugDescription)")
        }
    }

    @Test func lineBreaksInsideACellAreReadAsLineFeedsWhateverTheFileWrote() throws {
        for text in ["t\n\"a\r\nb\rc\nd\"\n", "t\r\n\"a\nb\nc\nd\"\r\n"] {
            #expect(try #require(readTable(text)).rows.first?.cells == ["a\nb\nc\nd"])
        }
    }

    @Test func blankRowsAndRowsOfEmptyCellsAreSkippedAndCountedAsLines() throws {
        let table = try #require(readTable("\n\na;b\n;\n1;2\n\n ; \n3;4\n"))
        #expect(table.header.line == 3)
        #expect(table.rows.map(\.line) == [5, 8])
    }

    @Test func extraEmptyCellsAreAllowedButNotExtraValuesOrMissingCells() {
        #expect(problems(Array("a,b\n1,2,,\n".utf8)).isEmpty)
        #expect(problems(Array("a,b\n1,2,3\n".utf8)) == ["2: column 3: the row has 3 cells; the header has 2 [csv.cells]"])
        #expect(problems(Array("a,b\n1\n".utf8)) == ["2: the row has 1 cell; the header has 2 [csv.cells]"])
    }

    @Test func everyQuotingProblemIsReportedWithItsLineAndColumn() {
        let text = "a,b\n1,x\"y\n\"2\"z,w\n3,\"ok\"\n4,\"never\nclosed\n"
        #expect(problems(Array(text.utf8)) == [
            "2: b: a double quote inside a cell that does not start with one [csv.quote]",
            "3: a: text after the closing quote of the cell [csv.quote]",
            "5: b: the quote that opens this cell is never closed [csv.quote]",
        ])
        // The sound row is still in the table.
        #expect(CSVReader.read(Array(text.utf8)).table?.rows.map(\.line) == [4])
    }

    @Test func aCellThatIsNotUTF8IsRefusedWithItsLineAndColumn() {
        #expect(problems(Array("a,b\n1,caf".utf8) + [0xE9] + Array("\n".utf8))
                == ["2: b: the cell is not valid UTF-8 [csv.utf8]"])
    }

    @Test func anEmptyFileOrAHeaderAloneIsRefused() {
        #expect(problems([]) == ["0: the file holds no header row [csv.empty]"])
        #expect(problems(Array("\u{FEFF}\r\n".utf8)) == ["0: the file holds no header row [csv.empty]"])
        #expect(problems(Array("a,b\n".utf8)) == ["1: the file holds a header but no rows [csv.empty]"])
    }
}
