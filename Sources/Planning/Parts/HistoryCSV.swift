import KKRDomain

/// `history.csv` written back by roll-forward: every decided year, in programme, year and code order.
enum HistoryCSV {
    static func file(_ history: [String: [Int: [String: LastYearFigures]]]) -> OutputFile {
        var lines = ["programme;year;code;allocated;realised;illustrative;source"]
        for programme in history.keys.sorted() {
            for year in (history[programme] ?? [:]).keys.sorted() {
                let rows = history[programme]?[year] ?? [:]
                for code in rows.keys.sorted(by: Party.codeOrder) {
                    guard let row = rows[code] else { continue }
                    let fields = [
                        programme, String(year), code, row.allocated.map(String.init) ?? "",
                        row.realised.map(String.init) ?? "", row.provenance.illustrative ? "yes" : "no",
                        quoted(row.provenance.source),
                    ]
                    lines.append(fields.joined(separator: ";"))
                }
            }
        }
        return OutputFile(
            relativePath: PeriodInputReader.historyFile,
            text: lines.joined(separator: "\n") + "\n",
            byteOrderMark: true
        )
    }

    static func quoted(_ text: String) -> String {
        guard text.contains(where: { $0 == ";" || $0 == "\"" || $0 == "\n" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
