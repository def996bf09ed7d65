import KKRDomain

/// Writes a document's terminal summary (``ReportDocument/terminal``) as plain text for the terminal.
///
/// Blocks are separated by one empty line; a table is aligned in columns (``TextTable``: the first column
/// left, the others right); cells are written with the report's number formats and without markup.
public struct TextRenderer: Sendable {
    /// The number formats (`1.234,5` / `1,234.5`).
    public var numbers: ReportNumbers

    /// Creates a renderer for `language`.
    public init(language: Language) {
        numbers = ReportNumbers(language)
    }

    /// `blocks`, separated by empty lines, ending in one line break.
    public func render(_ blocks: [ReportBlock]) -> String {
        blocks.map { lines($0).joined(separator: "\n") }.joined(separator: "\n\n") + "\n"
    }

    /// The lines of one block.
    func lines(_ block: ReportBlock) -> [String] {
        switch block {
        case .heading(_, let text), .footnote(let text): return [text]
        case .paragraph(let lines): return lines
        case .list(let items), .conflicts(let items): return items.map { "- " + $0 }
        case .table(let table):
            let rows = (table.rows + (table.total.map { [$0] } ?? [])).map { $0.map(cell) }
            return TextTable.render([table.columns.map(\.title)] + rows)
        case .keyFigures(let figures): return figures.map { "\($0.label): \($0.value)" }
        case .checks(let checks): return checks.map { $0.status.symbol + " " + $0.text }
        case .chart: return []
        }
    }

    /// One cell as plain text: numbers formatted, missing values as `–`.
    public func cell(_ item: ReportCell) -> String {
        switch item {
        case .text(let text), .code(let text): return text
        case .blank: return ""
        case .bold(let inner): return cell(inner)
        case .marked(let inner, let mark): return cell(inner) + mark
        case .flagged(let flag, let inner): return flag + cell(inner)
        case .withID(let name, let id): return "\(name) (\(id))"
        case .party(let party): return numbers.party(party)
        case .count(let value): return value.map { numbers.number($0) } ?? "–"
        case .change(let value), .signed(let value): return value.map(numbers.change) ?? "–"
        case .percent(let value, let decimals): return value.map { numbers.percent($0, decimals: decimals) } ?? "–"
        case .kroner(let value): return value.map(numbers.millions) ?? "–"
        case .kronerChange(let value): return value.map(numbers.millionsChange) ?? "–"
        case .decimal(let value, let decimals): return value.map { numbers.number($0, decimals: decimals) } ?? "–"
        case .signedDecimal(let value, let decimals): return value.map { numbers.signed($0, decimals: decimals) } ?? "–"
        }
    }
}
