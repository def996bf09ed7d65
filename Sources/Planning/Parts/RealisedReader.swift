import KKRDomain

/// Reads the realised numbers a consultant fills in for roll-forward: `programme`, `code`, `realised`.
enum RealisedReader {
    static let requiredColumns = ["programme", "code", "realised"]

    static func read(
        _ file: InputFile,
        parties: [Party],
        programmes: [String],
        diagnostics: inout DiagnosticCollector
    ) -> [String: [String: Int]] {
        guard let table = CSVTable.open(file, requiredColumns: requiredColumns, diagnostics: &diagnostics)
        else { return [:] }
        var reader = PartyTableReader(table: table, parties: parties, partiesFile: "municipalities.csv")
        var result: [String: [String: Int]] = [:]
        for record in table.records {
            let programme = record.requiredText(
                "programme",
                diagnostics: &diagnostics,
                hint: "write one of: \(programmes.joined(separator: ", "))"
            )
            let party = reader.party(record, diagnostics: &diagnostics)
            let realised = record.integer("realised", required: true, diagnostics: &diagnostics)
            guard let programme else { continue }
            guard programmes.contains(programme) else {
                diagnostics.error(
                    "unknown programme '\(programme)' (not in the period)",
                    at: record.location("programme"),
                    hint: "use one of: \(programmes.joined(separator: ", "))"
                )
                continue
            }
            guard let party, let realised,
                reader.isFirst(
                    [programme, party.code],
                    record,
                    describing: "\(programme) for \(party.code) \(party.name)",
                    diagnostics: &diagnostics
                )
            else { continue }
            result[programme, default: [:]][party.code] = realised
        }
        return result
    }
}
