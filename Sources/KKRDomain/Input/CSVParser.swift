import Foundation

/// Reads CSV text as Danish and English spreadsheet programs write it.
///
/// Accepts: `;` or `,` as separator (whichever occurs more often in the
/// header line outside quotes; `;` on a tie), fields in double quotes with
/// `""` for a quote and line breaks inside, CRLF or LF line ends, a leading
/// byte-order mark, blank lines and rows of empty fields (skipped), and rows
/// with fewer fields than the header (missing fields read as empty).
/// Problems (an unterminated quote, text after a closing quote, more fields
/// than the header) become diagnostics; parsing goes on with the next line.
public enum CSVParser {
    /// Parses `text` (already decoded) from the file called `file`.
    ///
    /// - Returns: the table, or nil when there is no header at all; problems are added to `diagnostics`.
    public static func parse(_ text: String, file: String, diagnostics: inout DiagnosticCollector) -> CSVTable? {
        var body = Substring(text)
        if body.first == "\u{FEFF}" { body = body.dropFirst() }
        let records = splitRecords(body, file: file, diagnostics: &diagnostics)
        guard let headerIndex = records.firstIndex(where: { !$0.isBlank }) else {
            diagnostics.error(
                "the file is empty",
                at: SourceLocation(file: file),
                hint: "the first line must be a header naming the columns"
            )
            return nil
        }
        let separator = detectSeparator(records[headerIndex].raw)
        let header = splitFields(records[headerIndex], separator: separator, file: file, diagnostics: &diagnostics)
        checkCharacters(header, line: records[headerIndex].line, file: file, diagnostics: &diagnostics)
        var rows: [CSVRow] = []
        for record in records[(headerIndex + 1)...] where !record.isBlank {
            var fields = splitFields(record, separator: separator, file: file, diagnostics: &diagnostics)
            checkCharacters(fields, line: record.line, file: file, diagnostics: &diagnostics)
            if fields.allSatisfy(\.isEmpty) { continue }
            if fields.count > header.count {
                let extra = fields[header.count...]
                if extra.contains(where: { !$0.isEmpty }) {
                    diagnostics.error(
                        "the row has \(fields.count) fields but the header has \(header.count) columns",
                        at: SourceLocation(file: file, line: record.line, column: header.count + 1),
                        hint: "remove the extra '\(separator)' or quote fields that contain '\(separator)'"
                    )
                }
                fields.removeLast(fields.count - header.count)
            }
            while fields.count < header.count { fields.append("") }
            rows.append(CSVRow(line: record.line, fields: fields))
        }
        return CSVTable(
            file: file,
            separator: separator,
            header: header,
            headerLine: records[headerIndex].line,
            rows: rows
        )
    }

    // MARK: - Characters

    /// Records an error for each field holding a control character or a byte-order mark (issue 13, item 10).
    ///
    /// They are invisible in a spreadsheet and would reach the reports raw
    /// (a NUL makes `rapport.html` ill-formed). Tabs, and line breaks inside
    /// quoted fields, are allowed. A byte-order mark inside the header (a
    /// file pasted into another) is reported here once; ``CSVTable`` ignores
    /// it in header names, so the column is still found and nothing cascades.
    static func checkCharacters(_ fields: [String], line: Int, file: String, diagnostics: inout DiagnosticCollector) {
        for (index, field) in fields.enumerated() {
            guard let bad = field.unicodeScalars.first(where: isForbidden) else { continue }
            let code = String(format: "U+%04X", bad.value)
            diagnostics.error(
                bad == "\u{FEFF}"
                    ? "field \(index + 1) holds a byte-order mark (\(code)) inside the text"
                    : "field \(index + 1) holds the control character \(code)",
                at: SourceLocation(file: file, line: line, column: index + 1),
                hint: "retype the field or save the file again as \"CSV UTF-8 (comma delimited)\"; "
                    + "invisible characters must not reach the reports"
            )
        }
    }

    /// C0 and C1 control characters except tab and line breaks, DEL, and U+FEFF.
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return false
        case 0x00...0x1F, 0x7F...0x9F, 0xFEFF: return true
        default: return false
        }
    }

    // MARK: - Records

    /// One logical record: its raw text (quotes kept) and the line where it starts.
    struct RawRecord {
        var raw: Substring
        var line: Int
        var isBlank: Bool { raw.allSatisfy { $0 == " " || $0 == "\t" } }
    }

    /// Splits at line ends outside quotes; an unterminated quote runs to the end of the file.
    static func splitRecords(_ text: Substring, file: String, diagnostics: inout DiagnosticCollector) -> [RawRecord] {
        var records: [RawRecord] = []
        var inQuotes = false
        var start = text.startIndex
        var line = 1
        var recordLine = 1
        var quoteLine = 1
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "\"" {
                if !inQuotes { quoteLine = line }
                inQuotes.toggle()
            } else if character == "\n" || character == "\r\n" || character == "\r" {
                if !inQuotes {
                    records.append(RawRecord(raw: text[start..<index], line: recordLine))
                    start = text.index(after: index)
                    recordLine = line + 1
                }
                line += 1
            }
            index = text.index(after: index)
        }
        if inQuotes {
            diagnostics.error(
                "a quoted field opened here is never closed",
                at: SourceLocation(file: file, line: quoteLine),
                hint: "add the closing '\"' (a quote inside a quoted field is written '\"\"')"
            )
        }
        if start < text.endIndex {
            records.append(RawRecord(raw: text[start..<text.endIndex], line: recordLine))
        }
        return records
    }

    /// `;` unless `,` occurs more often outside quotes.
    static func detectSeparator(_ header: Substring) -> Character {
        var semicolons = 0
        var commas = 0
        var inQuotes = false
        for character in header {
            switch character {
            case "\"": inQuotes.toggle()
            case ";" where !inQuotes: semicolons += 1
            case "," where !inQuotes: commas += 1
            default: break
            }
        }
        return commas > semicolons ? "," : ";"
    }

    // MARK: - Fields

    static func splitFields(
        _ record: RawRecord,
        separator: Character,
        file: String,
        diagnostics: inout DiagnosticCollector
    ) -> [String] {
        var fields: [String] = []
        var current = ""
        var quoted = false
        var inQuotes = false
        var afterClosingQuote = false
        var reportedStray = false
        var characters = record.raw.makeIterator()
        var pending = characters.next()
        while let character = pending {
            pending = characters.next()
            if inQuotes {
                if character == "\"" {
                    if pending == "\"" {
                        current.append("\"")
                        pending = characters.next()
                    } else {
                        inQuotes = false
                        afterClosingQuote = true
                    }
                } else {
                    current.append(character)
                }
            } else if character == separator {
                fields.append(quoted ? current : current.trimmingCharacters(in: .whitespaces))
                current = ""
                quoted = false
                afterClosingQuote = false
            } else if character == "\"" && current.trimmingCharacters(in: .whitespaces).isEmpty && !quoted {
                current = ""
                quoted = true
                inQuotes = true
            } else if afterClosingQuote && character != " " && character != "\t" {
                if !reportedStray {
                    reportedStray = true
                    diagnostics.error(
                        "text follows the closing quote of field \(fields.count + 1)",
                        at: SourceLocation(file: file, line: record.line, column: fields.count + 1),
                        hint: "put the whole field in quotes and write a quote inside it as '\"\"'"
                    )
                }
                current.append(character)
            } else if !afterClosingQuote {
                current.append(character)
            }
        }
        fields.append(quoted ? current : current.trimmingCharacters(in: .whitespaces))
        return fields
    }
}
