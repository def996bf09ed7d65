/// One row of a ``CSVTable`` with typed, diagnosed access to its fields by column name.
///
/// Every accessor that can fail records an error pointing at the exact line
/// and column and returns nil, so a reader can go on and find the next
/// problem in the same pass.
public struct CSVRecord: Sendable {
    /// The table the row belongs to.
    public let table: CSVTable
    /// The row.
    public let row: CSVRow

    /// Creates a record.
    public init(table: CSVTable, row: CSVRow) {
        self.table = table
        self.row = row
    }

    /// The line of the row.
    public var line: Int { row.line }

    /// The location of `column` in this row (the line alone when the column does not exist).
    public func location(_ column: String) -> SourceLocation {
        let index = table.columnIndex(column)
        return SourceLocation(file: table.file, line: row.line, column: index.map { $0 + 1 }, field: column)
    }

    /// The trimmed text of `column`, or "" when the column is missing.
    public func text(_ column: String) -> String {
        guard let index = table.columnIndex(column), index < row.fields.count else { return "" }
        return row.fields[index]
    }

    /// The text of `column`; records an error when it is empty.
    public func requiredText(_ column: String, diagnostics: inout DiagnosticCollector, hint: String = "") -> String? {
        let value = text(column)
        guard value.isEmpty else { return value }
        diagnostics.error(
            "the '\(column)' field is empty",
            at: location(column),
            hint: hint.isEmpty ? "fill in a value for '\(column)'" : hint
        )
        return nil
    }

    /// The number in `column`, checked against `range`.
    ///
    /// - Returns: nil when the field is empty (an error only if `required`) or wrong (always an error).
    public func number(
        _ column: String,
        required: Bool,
        wholeNumber: Bool = false,
        atLeast minimum: Double? = 0,
        diagnostics: inout DiagnosticCollector
    ) -> Double? {
        let raw = text(column)
        if raw.isEmpty {
            if required {
                diagnostics.error(
                    "the '\(column)' field is empty",
                    at: location(column),
                    hint: wholeNumber ? "write a whole number, e.g. 12" : "write a number, e.g. 12 or 12,5"
                )
            }
            return nil
        }
        guard let value = NumberParser.parse(raw) else {
            diagnostics.error(
                "'\(raw)' in column '\(column)' is not a number",
                at: location(column),
                hint: "write digits with an optional decimal comma, e.g. \(wholeNumber ? "12" : "1234,5")"
            )
            return nil
        }
        if abs(value) > NumberParser.largestMagnitude {
            diagnostics.error(
                "\(raw) in column '\(column)' is too large",
                at: location(column),
                hint: "numbers may be at most 1.000.000.000.000"
            )
            return nil
        }
        if let minimum, value < minimum {
            diagnostics.error(
                minimum == 0
                    ? "\(raw) in column '\(column)' is negative"
                    : "\(raw) in column '\(column)' is below the smallest allowed value \(NumberFormatting.plain(minimum))",
                at: location(column),
                hint: "write a number ≥ \(NumberFormatting.plain(minimum))"
            )
            return nil
        }
        if wholeNumber && value != value.rounded() {
            diagnostics.error(
                "\(raw) in column '\(column)' is not a whole number",
                at: location(column),
                hint: "places are counted in whole numbers; write e.g. \(NumberFormatting.plain(value.rounded()))"
            )
            return nil
        }
        return value
    }

    /// The whole number in `column` (≥ 0 unless `atLeast` says otherwise).
    public func integer(
        _ column: String,
        required: Bool,
        atLeast minimum: Int? = 0,
        diagnostics: inout DiagnosticCollector
    ) -> Int? {
        number(
            column,
            required: required,
            wholeNumber: true,
            atLeast: minimum.map(Double.init),
            diagnostics: &diagnostics
        )
        .flatMap { abs($0) < 1e15 ? Int($0) : nil }
    }

    /// A yes/no field: `yes`/`no`, `ja`/`nej`, `true`/`false`, `1`/`0`, `x`/empty; nil (an error) otherwise.
    public func flag(_ column: String, default defaultValue: Bool, diagnostics: inout DiagnosticCollector) -> Bool? {
        let raw = text(column).lowercased()
        if raw.isEmpty { return defaultValue }
        if ["yes", "ja", "true", "1", "x", "y", "j"].contains(raw) { return true }
        if ["no", "nej", "false", "0", "n"].contains(raw) { return false }
        diagnostics.error(
            "'\(text(column))' in column '\(column)' is neither yes nor no",
            at: location(column),
            hint: "write yes or no (ja or nej)"
        )
        return nil
    }
}

extension CSVTable {
    /// The rows as records.
    public var records: [CSVRecord] { rows.map { CSVRecord(table: self, row: $0) } }
}
