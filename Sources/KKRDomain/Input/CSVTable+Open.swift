extension CSVTable {
    /// Parses `file` and checks its header: no column twice, every one of `requiredColumns` present.
    ///
    /// - Returns: the table, or nil (with the errors recorded) when the file cannot be read as a table or its
    ///   header fails a check.
    public static func open(
        _ file: InputFile,
        requiredColumns: [String],
        diagnostics: inout DiagnosticCollector
    ) -> CSVTable? {
        guard let table = parse(file, diagnostics: &diagnostics),
            table.requireHeader(requiredColumns, diagnostics: &diagnostics)
        else { return nil }
        return table
    }

    /// Parses `file`; nil (with the errors recorded) when it cannot be read as a table.
    ///
    /// The first half of ``open(_:requiredColumns:diagnostics:)``, for a reader that looks at the rows
    /// even when the header fails its checks.
    public static func parse(_ file: InputFile, diagnostics: inout DiagnosticCollector) -> CSVTable? {
        CSVParser.parse(file.text, file: file.displayName, diagnostics: &diagnostics)
    }

    /// Records an error for a column used twice or else for each missing one of `requiredColumns`; true when
    /// the header passes both checks.
    ///
    /// The second half of ``open(_:requiredColumns:diagnostics:)``.
    public func requireHeader(_ requiredColumns: [String], diagnostics: inout DiagnosticCollector) -> Bool {
        requireUniqueColumns(diagnostics: &diagnostics) && requireColumns(requiredColumns, diagnostics: &diagnostics)
    }
}
