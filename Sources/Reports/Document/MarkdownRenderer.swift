import KKRDomain

/// Writes a ``ReportDocument`` as Markdown (GitHub tables).
///
/// Blocks are separated by one empty line. Text from a catalogue is inline
/// Markdown and written as it is; text from the inputs (a scenario's name, a
/// municipality, an offer) reaches a table only as a cell, and every cell
/// goes through ``escape(_:)``, the one place this renderer escapes.
public struct MarkdownRenderer: Sendable {
    /// The number formats (`1.234,5` / `1,234.5`).
    public var numbers: ReportNumbers

    /// Creates a renderer for `language`.
    public init(language: Language) {
        numbers = ReportNumbers(language)
    }

    /// The whole document, ending in one line break.
    public func render(_ document: ReportDocument) -> String {
        render(document.blocks) + "\n"
    }

    /// `blocks`, separated by empty lines, without a final line break; charts are left out.
    public func render(_ blocks: [ReportBlock]) -> String {
        blocks.filter { if case .chart = $0 { false } else { true } }
            .map { lines($0).joined(separator: "\n") }.joined(separator: "\n\n")
    }

    /// The lines of one block.
    func lines(_ block: ReportBlock) -> [String] {
        switch block {
        case .heading(let level, let text):
            return [String(repeating: "#", count: level) + " " + text]
        case .paragraph(let lines):
            return lines
        case .list(let items), .conflicts(let items):
            return items.map { "- " + $0 }
        case .table(let table):
            return self.table(table)
        case .keyFigures(let figures):
            return figures.map { "- \($0.label): \($0.value)" + ($0.note.map { " (\($0))" } ?? "") }
        case .checks(let checks):
            return checks.map { "- " + $0.status.symbol + " " + $0.text }
        case .footnote(let text):
            return [text]
        case .chart:
            return []
        }
    }

    /// The table's header, alignment row, rows and total row.
    func table(_ table: ReportTable) -> [String] {
        let header = row(table.columns.map { $0.title.isEmpty ? nil : escape($0.title) })
        let alignment = "|" + table.columns.map { $0.numeric ? "--:|" : "---|" }.joined()
        let rows = table.rows.map { row($0.map(tableCell)) }
        let total = table.total.map { cells in
            row(cells.enumerated().map { index, value in index == 0 ? "**" + cell(value) + "**" : tableCell(value) })
        }
        return [header, alignment] + rows + (total.map { [$0] } ?? [])
    }

    /// A cell of a table row: nil for a ``ReportCell/blank`` cell.
    func tableCell(_ item: ReportCell) -> String? {
        item == .blank ? nil : cell(item)
    }

    /// `| a | b |`; a blank cell (nil) is written `| |`.
    func row(_ cells: [String?]) -> String {
        "|" + cells.map { $0.map { " \($0) |" } ?? " |" }.joined()
    }

    /// One cell as Markdown: numbers formatted, missing values as `–`, text escaped.
    public func cell(_ item: ReportCell) -> String {
        switch item {
        case .text(let text): return escape(text)
        case .blank: return ""
        case .bold(let inner): return "**" + cell(inner) + "**"
        case .marked(let inner, let mark): return cell(inner) + mark
        case .flagged(let flag, let inner): return flag + cell(inner)
        case .withID(let name, let id): return escape(name) + " (`" + escape(id) + "`)"
        case .code(let text): return "`" + escape(text) + "`"
        case .party(let party): return escape(numbers.party(party))
        case .change(let value): return value.map(highlighted) ?? "–"
        case .kronerChange(let value):
            guard let value else { return "–" }
            let change = numbers.millionsChange(value)
            return change == "0" ? change : "**\(change)**"
        case .count, .signed, .percent, .kroner, .decimal, .signedDecimal:
            return TextRenderer(language: numbers.language).cell(item)
        }
    }

    /// A signed change in bold when it is not 0: `**+3**`, `**−2**`, `0`.
    func highlighted(_ value: Int) -> String {
        value == 0 ? "0" : "**\(numbers.change(value))**"
    }

    /// Text made safe for a table cell: `|` would end the cell, a line break the row.
    public func escape(_ text: String) -> String {
        guard text.contains(where: { $0 == "|" || $0.isNewline }) else { return text }
        var escaped = ""
        for character in text {
            if character == "|" {
                escaped += "\\|"
            } else if character.isNewline {
                escaped += " "
            } else {
                escaped.append(character)
            }
        }
        return escaped
    }
}
