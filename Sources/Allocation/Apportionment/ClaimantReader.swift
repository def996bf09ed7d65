import KKRDomain

/// Reads the CSV of `kkr-plan apportion`: header `name,weight` and optional `min,max` columns.
///
/// Same dialect as every input (`,` or `;`, decimal comma, UTF-8 ± BOM).
/// Ties are broken by name order (``Claimant/tieRank`` is the position of
/// the name in sorted order), then input order.
public enum ClaimantReader {
    /// The claimants of `file`, or every problem found.
    public static func read(_ file: InputFile) throws(InputError) -> [Claimant] {
        var diagnostics = DiagnosticCollector()
        guard let table = CSVTable.open(file, requiredColumns: ["name", "weight"], diagnostics: &diagnostics)
        else { throw InputError(diagnostics: diagnostics.sorted) }
        var claimants: [Claimant] = []
        var firstLine: [String: Int] = [:]
        for record in table.records {
            let name = record.requiredText("name", diagnostics: &diagnostics)
            let weight = record.number("weight", required: true, diagnostics: &diagnostics)
            let floor = record.integer("min", required: false, diagnostics: &diagnostics)
            let cap = record.integer("max", required: false, diagnostics: &diagnostics)
            if let floor, let cap, floor > cap {
                diagnostics.error(
                    "min \(floor) is above max \(cap)",
                    at: record.location("max"),
                    hint: "make min ≤ max"
                )
            }
            guard let name, let weight else { continue }
            if let line = firstLine[name] {
                diagnostics.error(
                    "duplicate row: '\(name)' already appears on line \(line)",
                    at: SourceLocation(file: table.file, line: record.line),
                    hint: "keep one of the two rows"
                )
                continue
            }
            firstLine[name] = record.line
            claimants.append(Claimant(name: name, weight: weight, floor: floor, cap: cap))
        }
        if claimants.isEmpty && !diagnostics.hasErrors {
            diagnostics.error(
                "the file has no rows",
                at: SourceLocation(file: file.displayName),
                hint: "add rows name,weight"
            )
        }
        guard !diagnostics.hasErrors else { throw InputError(diagnostics: diagnostics.sorted) }
        let order = claimants.indices.sorted { claimants[$0].name < claimants[$1].name }
        for (rank, index) in order.enumerated() { claimants[index].tieRank = rank }
        return claimants
    }
}
