/// Reads `last_year.csv`: last year's allocation and realised agreements per programme and party.
///
/// Columns: `programme`, `year`, `code`, `allocated`, `realised` (whole
/// numbers ≥ 0; empty = unknown), optional `illustrative` and `source`. Only
/// rows for the year before the plan year are used.
public enum LastYearReader {
    /// The columns that must be present.
    public static let requiredColumns = ["programme", "year", "code", "allocated", "realised"]

    /// Last year's figures by programme id, then party code.
    public static func read(
        _ file: InputFile,
        context: FigureTableContext,
        diagnostics: inout DiagnosticCollector
    ) -> [String: [String: LastYearFigures]] {
        context.readRows(file, requiredColumns: requiredColumns, yearOffset: -1, diagnostics: &diagnostics) {
            record,
            provenance,
            diagnostics in
            let allocated = record.integer("allocated", required: false, diagnostics: &diagnostics)
            let realised = record.integer("realised", required: false, diagnostics: &diagnostics)
            return LastYearFigures(allocated: allocated, realised: realised, provenance: provenance)
        }
    }
}
