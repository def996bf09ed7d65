import Foundation

/// Replaces some rows of a CSV file, keeping every other row byte for byte.
///
/// The file is split into records with their line ends; the records `replaces`
/// selects are dropped, and the new rows take the place of the first of them
/// (or go to the end when none is selected), with the file's own separator,
/// column order and line end. The byte-order mark, the header and the last line
/// end are kept as they were. Used for `distribution_keys.csv`
/// (``KeyFileRewriter``) and for `last_year.csv` (roll-forward).
public enum CSVRowRewriter {
    /// The rewritten file and the data rows it had.
    public struct Rewrite: Sendable {
        /// The complete new contents.
        public var contents: Data
        /// Every data row of the old file by column name, with whether it was replaced.
        public var oldRows: [(values: [String: String], replaced: Bool)]
    }

    /// One record of the file: its text without the line end, the line end, and its first line.
    struct Record {
        var body: Substring
        var end: Substring
        var line: Int
    }

    /// Rewrites `bytes`; nil with errors when the file cannot be decoded or its header lacks a required column.
    ///
    /// - Parameters:
    ///   - bytes: the file as on disk.
    ///   - file: how messages name it.
    ///   - columns: the columns the header must name (their order is the file's own).
    ///   - replaces: whether a data row (its values by column name) is replaced.
    ///   - rows: the new rows by column name, in the order to write them (absent columns stay empty).
    ///   - diagnostics: where problems go.
    public static func rewrite(
        _ bytes: Data,
        file: String,
        columns: [String],
        replaces: ([String: String]) -> Bool,
        with rows: [[String: String]],
        diagnostics: inout DiagnosticCollector
    ) -> Rewrite? {
        guard let input = InputFile.decode(bytes, displayName: file, diagnostics: &diagnostics) else { return nil }
        let mark = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? "\u{FEFF}" : ""
        let records = split(Substring(input.text))
        guard let headerIndex = records.firstIndex(where: { !isBlank($0.body) }) else {
            diagnostics.error(
                "the file is empty",
                at: SourceLocation(file: file, line: 1),
                hint: "the first line must be the header \(columns.joined(separator: ";"))"
            )
            return nil
        }
        let headerRecord = records[headerIndex]
        let separator = CSVParser.detectSeparator(headerRecord.body)
        var ignored = DiagnosticCollector()
        let header = fields(headerRecord, separator: separator, diagnostics: &ignored).map(CSVTable.normalisedName)
        let missing = columns.filter { !header.contains($0) }
        guard missing.isEmpty else {
            diagnostics.error(
                "the header has no column \(missing.map { "'\($0)'" }.joined(separator: ", "))",
                at: SourceLocation(file: file, line: headerRecord.line),
                hint: "the header must name the columns \(columns.dropLast().joined(separator: ", ")) and "
                    + (columns.last ?? "")
            )
            return nil
        }
        let lineEnd = records.first { !$0.end.isEmpty }?.end ?? "\n"
        let newRows =
            rows.map { row in
                header.map { quoted(row[$0] ?? "", separator: separator) }.joined(separator: String(separator))
                    + lineEnd
            }
            .joined()
        var output = mark
        var inserted = false
        var oldRows: [(values: [String: String], replaced: Bool)] = []
        for (index, record) in records.enumerated() {
            if index > headerIndex && !isBlank(record.body) {
                let values = fields(record, separator: separator, diagnostics: &ignored)
                var named: [String: String] = [:]
                for (column, name) in header.enumerated() where named[name] == nil {
                    named[name] = column < values.count ? values[column] : ""
                }
                let replaced = replaces(named)
                oldRows.append((named, replaced))
                if replaced {
                    if !inserted {
                        output += newRows
                        inserted = true
                    }
                    continue
                }
            }
            output += record.body + record.end
        }
        if !inserted {
            if let last = records.last, last.end.isEmpty, !last.body.isEmpty { output += lineEnd }
            output += newRows
        }
        return Rewrite(contents: Data(output.utf8), oldRows: oldRows)
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
