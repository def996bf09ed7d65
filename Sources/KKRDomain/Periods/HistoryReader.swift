/// Reads `history.csv`: the allocated and realised places of years already decided, per programme and party.
///
/// Columns: `programme`, `year`, `code`, `allocated`, `realised` (whole
/// numbers ≥ 0; `realised` may be empty while the year runs), optional
/// `illustrative` and `source` — the columns of `last_year.csv`, for every
/// year. A year of an agreement period with rows here is fixed in the
/// period plan; its shortfall (allocated − realised) carries over to the
/// next year where the programme says `carry_over: true`.
public enum HistoryReader {
    /// The columns that must be present.
    public static let requiredColumns = ["programme", "year", "code", "allocated", "realised"]

    /// Every row, by programme id, year and party code.
    public static func read(
        _ file: InputFile,
        context: FigureTableContext,
        diagnostics: inout DiagnosticCollector
    ) -> [String: [Int: [String: LastYearFigures]]] {
        guard
            let (table, openedReader) = context.open(file, requiredColumns: requiredColumns, diagnostics: &diagnostics)
        else { return [:] }
        var reader = openedReader
        var result: [String: [Int: [String: LastYearFigures]]] = [:]
        for record in table.records {
            let row = context.keyColumns(record, reader: reader, diagnostics: &diagnostics)
            let provenance = reader.provenance(record, diagnostics: &diagnostics)
            let allocated = record.integer("allocated", required: true, diagnostics: &diagnostics)
            let realised = record.integer("realised", required: false, diagnostics: &diagnostics)
            guard let (id, year, party) = row, let allocated,
                reader.isFirst(
                    [id, String(year), party.code],
                    record,
                    describing: "\(id) \(year) for \(party.code) \(party.name)",
                    diagnostics: &diagnostics
                )
            else { continue }
            if let realised, realised > allocated {
                diagnostics.warning(
                    "\(party.name) realised \(realised) \(id) places in \(year), more than the \(allocated) allocated",
                    at: record.location("realised"),
                    hint: "places above the allocation are the municipality's own choice and do not carry over"
                )
            }
            result[id, default: [:]][year, default: [:]][party.code] = LastYearFigures(
                allocated: allocated,
                realised: realised,
                provenance: provenance
            )
        }
        return result
    }
}
