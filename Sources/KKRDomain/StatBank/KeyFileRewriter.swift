import Foundation

/// Replaces one key's rows in `distribution_keys.csv`, keeping every other row byte for byte.
///
/// The file is split into records with their line ends; only records whose
/// `key` is the imported key and whose `code` is an imported municipality are
/// touched: the new rows take the place of the first of them (or go to the
/// end when the key has no rows yet), in code order, with the file's own
/// separator and line end. Other rows of the key (a region row, say) stay
/// where they are. The byte-order mark, the header and the last line end are
/// kept as they were.
public enum KeyFileRewriter {
    /// The rewritten file and the key's weights before.
    public struct Rewrite: Sendable {
        /// The complete new contents.
        public var contents: Data
        /// The key's old weights by code (nil where a row's weight is not a number).
        public var oldWeights: [String: Double?]
        /// Codes of the key's rows that were kept because the import does not cover them.
        public var keptCodes: [String]
    }

    /// One record of the file: its text without the line end, the line end, and its first line.
    struct Record {
        var body: Substring
        var end: Substring
        var line: Int
    }

    /// Rewrites `bytes` (the current `distribution_keys.csv`); nil with errors when it cannot be.
    ///
    /// - Parameters:
    ///   - bytes: the file as on disk.
    ///   - file: how messages name it.
    ///   - key: the key id.
    ///   - rows: the new weights, in the order to write them.
    ///   - source: the `source` text of every new row.
    ///   - diagnostics: where problems go.
    public static func rewrite(
        _ bytes: Data,
        file: String,
        key: String,
        rows: [(code: String, weight: Int)],
        source: String,
        diagnostics: inout DiagnosticCollector
    ) -> Rewrite? {
        guard let input = InputFile.decode(bytes, displayName: file, diagnostics: &diagnostics) else { return nil }
        let mark = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? "\u{FEFF}" : ""
        let records = split(Substring(input.text))
        guard let headerIndex = records.firstIndex(where: { !isBlank($0.body) }) else {
            diagnostics.error(
                "the file is empty",
                at: SourceLocation(file: file, line: 1),
                hint: "the first line must be the header key;code;weight;illustrative;source"
            )
            return nil
        }
        let headerRecord = records[headerIndex]
        let separator = CSVParser.detectSeparator(headerRecord.body)
        var ignored = DiagnosticCollector()
        let header = fields(headerRecord, separator: separator, diagnostics: &ignored).map(CSVTable.normalisedName)
        let wanted = ["key", "code", "weight", "illustrative", "source"]
        let missing = wanted.filter { !header.contains($0) }
        guard missing.isEmpty, let keyColumn = header.firstIndex(of: "key"),
            let codeColumn = header.firstIndex(of: "code"), let weightColumn = header.firstIndex(of: "weight")
        else {
            diagnostics.error(
                "the header has no column \(missing.map { "'\($0)'" }.joined(separator: ", "))",
                at: SourceLocation(file: file, line: headerRecord.line),
                hint: "the header must name the columns key, code, weight, illustrative and source"
            )
            return nil
        }
        let codes = Set(rows.map(\.code))
        let lineEnd = records.first { !$0.end.isEmpty }?.end ?? "\n"
        let newRows =
            rows.map { row in
                header.map { column -> String in
                    let value: String =
                        switch column {
                        case "key": key
                        case "code": row.code
                        case "weight": "\(row.weight)"
                        case "illustrative": "no"
                        case "source": source
                        default: ""
                        }
                    return quoted(value, separator: separator)
                }
                .joined(separator: String(separator)) + lineEnd
            }
            .joined()
        var output = mark
        var inserted = false
        var oldWeights: [String: Double?] = [:]
        var kept: [String] = []
        for (index, record) in records.enumerated() {
            if index > headerIndex && !isBlank(record.body) {
                let values = fields(record, separator: separator, diagnostics: &ignored)
                func value(_ column: Int) -> String { column < values.count ? values[column] : "" }
                if value(keyColumn) == key {
                    let code = value(codeColumn)
                    if codes.contains(code) {
                        oldWeights[code] = NumberParser.parse(value(weightColumn))
                        if !inserted {
                            output += newRows
                            inserted = true
                        }
                        continue
                    }
                    kept.append(code)
                }
            }
            output += record.body + record.end
        }
        if !inserted {
            if let last = records.last, last.end.isEmpty, !last.body.isEmpty { output += lineEnd }
            output += newRows
        }
        return Rewrite(contents: Data(output.utf8), oldWeights: oldWeights, keptCodes: kept)
    }

    // MARK: - Records and fields

    /// Splits at line ends outside quotes, keeping each line end.
    static func split(_ text: Substring) -> [Record] {
        var records: [Record] = []
        var inQuotes = false
        var start = text.startIndex
        var line = 1
        var recordLine = 1
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            if character == "\"" {
                inQuotes.toggle()
            } else if character == "\n" || character == "\r\n" || character == "\r" {
                line += 1
                if !inQuotes {
                    records.append(Record(body: text[start..<index], end: text[index..<next], line: recordLine))
                    start = next
                    recordLine = line
                }
            }
            index = next
        }
        if start < text.endIndex {
            records.append(Record(body: text[start...], end: "", line: recordLine))
        }
        return records
    }

    static func isBlank(_ body: Substring) -> Bool {
        body.allSatisfy { $0 == " " || $0 == "\t" }
    }

    static func fields(_ record: Record, separator: Character, diagnostics: inout DiagnosticCollector) -> [String] {
        CSVParser.splitFields(
            CSVParser.RawRecord(raw: record.body, line: record.line),
            separator: separator,
            file: "",
            diagnostics: &diagnostics
        )
    }

    /// `value`, in double quotes when it holds the separator, a quote or a line break.
    static func quoted(_ value: String, separator: Character) -> String {
        guard value.contains(where: { $0 == separator || $0 == "\"" || $0.isNewline }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
