import Foundation
import KKRDomain
import Testing

/// Roll-forward's use of the row rewriter on `last_year.csv`: the file's own separator and column order, rows
/// replaced where the first of them stood, appended when none matches.
@Suite struct CSVRowRewriterTests {
    static let newRows: [[String: String]] = [
        [
            "programme": "pau", "year": "2027", "code": "773", "allocated": "5", "realised": "",
            "source": "roll; forward",
        ],
        ["programme": "pau", "year": "2027", "code": "787", "allocated": "13", "realised": "12"],
    ]

    static func rewrite(_ text: String) -> String? {
        var diagnostics = DiagnosticCollector()
        return
            CSVRowRewriter.rewrite(
                Data(text.utf8),
                file: "In/last_year.csv",
                columns: ["programme", "year", "code", "allocated", "realised"],
                replaces: { $0["programme"] == "pau" && $0["year"] == "2027" },
                with: newRows,
                diagnostics: &diagnostics
            )
            .map { String(decoding: $0.contents, as: UTF8.self) }
    }

    /// Commas, `code` first, a `note` column the new rows leave empty: the two old PAU 2027 rows become the two
    /// new rows at the place of the first; the 2026 row and the SSH row stay as they were.
    @Test func replacesInTheFilesOwnFormat() {
        let before =
            "code,programme,year,allocated,realised,note,source\n" + "773,pau,2026,4,4,kept,x\n"
            + "773,pau,2027,1,1,old,y\n" + "773,ssh,2027,9,9,,z\n" + "787,pau,2027,2,2,old,y\n"
        #expect(
            Self.rewrite(before)
                == "code,programme,year,allocated,realised,note,source\n" + "773,pau,2026,4,4,kept,x\n"
                + "773,pau,2027,5,,,roll; forward\n" + "787,pau,2027,13,12,,\n" + "773,ssh,2027,9,9,,z\n"
        )
    }

    /// No row of the year yet, and no line end after the last row: the new rows go to the end, on a new line.
    @Test func appendsWhenNothingMatches() {
        let before = "\u{FEFF}programme;year;code;allocated;realised\r\npau;2026;773;4;4"
        #expect(
            Self.rewrite(before)
                == "\u{FEFF}programme;year;code;allocated;realised\r\npau;2026;773;4;4\r\n"
                + "pau;2027;773;5;\r\npau;2027;787;13;12\r\n"
        )
    }

    /// A header without a required column is an error at the header's line, and nothing is returned.
    @Test func missingColumnIsAnError() {
        var diagnostics = DiagnosticCollector()
        let result = CSVRowRewriter.rewrite(
            Data("programme;year;code;allocated\n".utf8),
            file: "In/last_year.csv",
            columns: ["programme", "year", "code", "allocated", "realised"],
            replaces: { _ in true },
            with: [],
            diagnostics: &diagnostics
        )
        #expect(result == nil)
        #expect(
            diagnostics.sorted.map(\.description) == [
                "In/last_year.csv:1: error: the header has no column 'realised' — hint: the header must name the columns programme, year, code, allocated and realised"
            ]
        )
    }
}
