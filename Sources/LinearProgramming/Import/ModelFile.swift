/// A model read from a file, with the line that defines each row and column (for messages about them).
public struct ModelFile: Sendable {
    /// The model.
    public var model: LinearModel
    /// The format it was read as.
    public var format: ModelFileFormat
    /// The path as given.
    public var path: String
    /// The 1-based line defining each row, in row order (MPS: its ROWS line; LP: where the constraint starts).
    public var rowLines: [Int]
    /// The 1-based line where each column first appears, in column order.
    public var columnLines: [Int]
    /// The line of the objective (MPS: the objective row's ROWS line; LP: the `minimize`/`maximize` line).
    public var objectiveLine: Int?

    /// Creates a model file.
    public init(
        model: LinearModel,
        format: ModelFileFormat,
        path: String,
        rowLines: [Int],
        columnLines: [Int],
        objectiveLine: Int?
    ) {
        self.model = model
        self.format = format
        self.path = path
        self.rowLines = rowLines
        self.columnLines = columnLines
        self.objectiveLine = objectiveLine
    }

    /// The line where `issue` is best shown: a coefficient's column line in MPS (where the coefficient is
    /// written), its row line in LP; otherwise the row's, the column's or the objective's line.
    public func line(of issue: ModelIssue) -> Int? {
        let rowLine = issue.row.flatMap { $0 < rowLines.count ? rowLines[$0] : nil }
        let columnLine = issue.column.flatMap { $0 < columnLines.count ? columnLines[$0] : nil }
        if format == .cplexLP { return rowLine ?? columnLine ?? objectiveLine }
        return columnLine ?? rowLine ?? objectiveLine
    }

    /// `path:line: error: location: message — hint: …` for one issue of the model read from this file.
    public func diagnostic(for issue: ModelIssue) -> String {
        let location = line(of: issue).map { "\(path):\($0)" } ?? path
        let hint = issue.hint ?? "correct the model file"
        return "\(location): error: \(issue.location): \(issue.message) — hint: \(hint)"
    }
}
