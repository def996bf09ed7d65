import KKRDomain
import Testing

@Suite struct CSVParserTests {
    func parse(_ text: String) -> (CSVTable?, [Diagnostic]) {
        var diagnostics = DiagnosticCollector()
        let table = CSVParser.parse(text, file: "t.csv", diagnostics: &diagnostics)
        return (table, diagnostics.diagnostics)
    }

    @Test func danishExcelExport() throws {
        let (table, problems) = parse("\u{FEFF}kode;navn;vægt\r\n851;Aalborg;12,5\r\n825;Læsø;1.234,5\r\n")
        let parsed = try #require(table)
        #expect(problems.isEmpty)
        #expect(parsed.separator == ";")
        #expect(parsed.header == ["kode", "navn", "vægt"])
        #expect(parsed.rows.map(\.fields) == [["851", "Aalborg", "12,5"], ["825", "Læsø", "1.234,5"]])
        #expect(parsed.rows.map(\.line) == [2, 3])
    }

    @Test func commaSeparatedWithQuotes() throws {
        let (table, problems) = parse("name,weight\n\"Smith, J\",\"12,5\"\n\"say \"\"hi\"\"\",3\n")
        let parsed = try #require(table)
        #expect(problems.isEmpty)
        #expect(parsed.separator == ",")
        #expect(parsed.rows.map(\.fields) == [["Smith, J", "12,5"], ["say \"hi\"", "3"]])
    }

    @Test func quotedLineBreakKeepsTheStartLine() throws {
        let (table, _) = parse("a;b\n\"two\nlines\";x\n1;2\n")
        let parsed = try #require(table)
        #expect(parsed.rows.map(\.fields) == [["two\nlines", "x"], ["1", "2"]])
        #expect(parsed.rows.map(\.line) == [2, 4])
    }

    @Test func blankLinesAndEmptyRowsAreSkippedShortRowsPadded() throws {
        let (table, problems) = parse("a;b;c\n\n;;\n1;2\n")
        let parsed = try #require(table)
        #expect(problems.isEmpty)
        #expect(parsed.rows.map(\.fields) == [["1", "2", ""]])
        #expect(parsed.rows.first?.line == 4)
    }

    @Test func headerColumnsMatchIgnoringCase() throws {
        let (table, _) = parse(" Code ;NAME\n1;x\n")
        let parsed = try #require(table)
        #expect(parsed.columnIndex("code") == 0 && parsed.columnIndex("name") == 1)
    }

    @Test func problemsAreReportedWithLineAndColumn() {
        #expect(
            parse("").1.map(\.description) == [
                "t.csv: error: the file is empty — hint: the first line must be a header naming the columns"
            ]
        )
        #expect(
            parse("a;b\n1;2;3\n").1.map(\.description) == [
                "t.csv:2:3: error: the row has 3 fields but the header has 2 columns — hint: remove the extra ';' or quote fields that contain ';'"
            ]
        )
        #expect(
            parse("a;b\n\"x\"y;2\n").1.first?.description
                .hasPrefix("t.csv:2:1: error: text follows the closing quote of field 1") == true
        )
        #expect(
            parse("a;b\n1;2\n\"open;3\n").1.first?.description
                .hasPrefix("t.csv:3: error: a quoted field opened here is never closed") == true
        )
    }
}
