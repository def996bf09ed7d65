/// Reads `bounds.csv`: floors and caps per programme, year and party.
///
/// Columns: `programme`, `year`, `code`, `floor`, `cap` (whole numbers ≥ 0;
/// empty = no bound), optional `illustrative` and `source`. Rows for other
/// years are checked and kept out of the plan.
public enum BoundsReader {
    /// The columns that must be present.
    public static let requiredColumns = ["programme", "year", "code", "floor", "cap"]

    /// The plan year's bounds by programme id, then party code.
    public static func read(
        _ file: InputFile,
        context: FigureTableContext,
        diagnostics: inout DiagnosticCollector
    ) -> [String: [String: PartyBounds]] {
        context.readRows(file, requiredColumns: requiredColumns, diagnostics: &diagnostics) {
            record,
            provenance,
            diagnostics in
            let floor = record.integer("floor", required: false, diagnostics: &diagnostics)
            let cap = record.integer("cap", required: false, diagnostics: &diagnostics)
            if let floor, let cap, floor > cap {
                let code = record.text("code")
                let name = context.parties.first { $0.code == code }.map { "\($0.name) (\(code))" } ?? code
                diagnostics.error(
                    "the floor \(floor) is above the cap \(cap) for \(name), programme \(record.text("programme"))",
                    at: record.location("cap"),
                    hint: "lower the floor or raise the cap so that floor ≤ cap"
                )
                return nil
            }
            return PartyBounds(floor: floor, cap: cap, provenance: provenance)
        }
    }
}
