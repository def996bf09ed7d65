import KKRDomain

/// `history.csv` written back by roll-forward: every decided year, in programme, year and code order.
enum HistoryCSV {
    /// The columns of `history.csv` (and of `last_year.csv`), in order.
    static let columns = ["programme", "year", "code", "allocated", "realised", "illustrative", "source"]

    static func file(_ history: [String: [Int: [String: LastYearFigures]]]) -> OutputFile {
        var lines = [columns.joined(separator: ";")]
        for programme in history.keys.sorted() {
            for year in (history[programme] ?? [:]).keys.sorted() {
                for row in rows(programme, year: year, history[programme]?[year] ?? [:]) {
                    lines.append(columns.map { quoted(row[$0] ?? "") }.joined(separator: ";"))
                }
            }
        }
        return OutputFile(
            relativePath: PeriodInputReader.historyFile,
            text: lines.joined(separator: "\n") + "\n",
            byteOrderMark: true
        )
    }

    /// The rows of one programme and year by column name, in code order.
    static func rows(_ programme: String, year: Int, _ figures: [String: LastYearFigures]) -> [[String: String]] {
        figures.keys.sorted(by: Party.codeOrder)
            .compactMap { code in
                guard let row = figures[code] else { return nil }
                return [
                    "programme": programme, "year": String(year), "code": code,
                    "allocated": row.allocated.map(String.init) ?? "", "realised": row.realised.map(String.init) ?? "",
                    "illustrative": row.provenance.illustrative ? "yes" : "no", "source": row.provenance.source,
                ]
            }
    }

    static func quoted(_ text: String) -> String {
        guard text.contains(where: { $0 == ";" || $0 == "\"" || $0 == "\n" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
