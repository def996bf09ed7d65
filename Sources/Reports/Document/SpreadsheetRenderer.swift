import KKRDomain

/// Writes the sheets of a ``ReportDocument`` as CSV for Excel (see ``SpreadsheetCSV``).
///
/// Numbers without grouping and with a decimal comma, amounts in whole kr,
/// changes as plain signed numbers, an empty cell where a value is missing.
public enum SpreadsheetRenderer {
    /// The sheet as CSV.
    public static func render(_ sheet: ReportSheet) -> SpreadsheetCSV {
        var csv = SpreadsheetCSV(header: sheet.header)
        for row in sheet.rows {
            csv.append(row.map(cell))
        }
        return csv
    }

    /// One cell as a spreadsheet writes it.
    public static func cell(_ item: ReportCell) -> String {
        switch item {
        case .text(let text), .code(let text): return text
        case .blank: return ""
        case .bold(let inner), .marked(let inner, _), .flagged(_, let inner): return cell(inner)
        case .withID(let name, let id): return "\(name) (\(id))"
        case .party(let party): return "\(party.name) (\(party.code))"
        case .count(let value), .change(let value), .signed(let value): return value.map(String.init) ?? ""
        case .percent(let value, let decimals):
            return value.map { NumberFormatting.spreadsheet($0 * 100, decimals: decimals) } ?? ""
        case .kroner(let value), .kronerChange(let value):
            return value.map { NumberFormatting.spreadsheet($0, decimals: 0) } ?? ""
        case .decimal(let value, let decimals), .signedDecimal(let value, let decimals):
            return value.map { NumberFormatting.spreadsheet($0, decimals: decimals) } ?? ""
        }
    }
}
