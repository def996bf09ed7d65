import Foundation
import KKRDomain

/// Writes CSV that Danish Excel opens correctly by double-click.
///
/// `;` as separator, decimal comma (numbers are formatted by the caller with
/// ``NumberFormatting/spreadsheet(_:decimals:)``), CRLF line ends, UTF-8
/// with a byte-order mark (without it Excel reads æ, ø, å as Latin-1).
/// Fields holding `;`, `"` or a line break are quoted.
public struct SpreadsheetCSV: Sendable {
    /// The rows, header first.
    public private(set) var rows: [[String]] = []

    /// Creates a CSV with `header`.
    public init(header: [String]) {
        rows = [header]
    }

    /// Appends a data row.
    public mutating func append(_ row: [String]) {
        rows.append(row)
    }

    /// The text, without the byte-order mark (``outputFile(_:)`` adds it).
    public var text: String {
        rows.map { $0.map(Self.escape).joined(separator: ";") + "\r\n" }.joined()
    }

    /// The file at `relativePath`, with a byte-order mark.
    public func outputFile(_ relativePath: String) -> OutputFile {
        OutputFile(relativePath: relativePath, text: text, byteOrderMark: true)
    }

    static func escape(_ field: String) -> String {
        guard field.contains(where: { $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
            return field
        }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// Formats a number for a spreadsheet cell, or an empty cell for nil.
func cell(_ value: Int?) -> String {
    value.map(String.init) ?? ""
}

/// Formats a number with `decimals` decimals and a decimal comma.
func cell(_ value: Double, decimals: Int) -> String {
    NumberFormatting.spreadsheet(value, decimals: decimals)
}
