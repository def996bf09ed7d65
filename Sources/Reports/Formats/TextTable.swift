/// A plain-text table for the terminal: the first column left-aligned, the others right-aligned, two spaces apart.
public enum TextTable {
    /// The lines of `rows` (the header is the first row); every row must have the header's number of cells.
    public static func render(_ rows: [[String]]) -> [String] {
        guard let header = rows.first else { return [] }
        let widths = header.indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            row.enumerated()
                .map { column, value in
                    let padding = String(repeating: " ", count: widths[column] - value.count)
                    return column == 0 ? value + padding : padding + value
                }
                .joined(separator: "  ")
        }
    }
}
