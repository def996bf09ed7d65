/// Reads `joint_capacity.csv`: per party, a cap on the sum of a group of programmes' places.
///
/// Columns: `group` (an id under `joint_capacities:` in the settings),
/// `year`, `code`, `cap` (whole number ≥ 0), optional `illustrative` and
/// `source`. Only rows for the plan year are used.
public enum JointCapacityReader {
    /// The columns that must be present.
    public static let requiredColumns = ["group", "year", "code", "cap"]

    /// The capacities with the plan year's caps filled in.
    public static func read(
        _ file: InputFile,
        capacities: [JointCapacity],
        context: FigureTableContext,
        diagnostics: inout DiagnosticCollector
    ) -> [JointCapacity] {
        let rows = context.readRows(file, requiredColumns: requiredColumns, diagnostics: &diagnostics) {
            record,
            provenance,
            diagnostics in
            record.integer("cap", required: true, diagnostics: &diagnostics).map { ($0, provenance) }
        }
        return capacities.map { capacity in
            var filled = capacity
            for (code, (cap, provenance)) in rows[capacity.id] ?? [:] {
                filled.caps[code] = cap
                filled.provenance[code] = provenance
            }
            return filled
        }
    }
}
