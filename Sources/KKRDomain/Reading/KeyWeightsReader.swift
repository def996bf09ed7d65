/// Reads `distribution_keys.csv`: one row per key and party.
///
/// Columns: `key` (an id declared under `keys:` in the settings), `code`,
/// `weight` (≥ 0, decimal comma allowed), optional `illustrative` (yes/no)
/// and `source`. Long format, so every single figure carries its own source.
public enum KeyWeightsReader {
    /// The columns that must be present.
    public static let requiredColumns = ["key", "code", "weight"]

    /// The declared keys with their weights filled in.
    public static func read(
        _ file: InputFile,
        parties: [Party],
        partiesFile: String,
        keys: [DistributionKey],
        diagnostics: inout DiagnosticCollector
    ) -> [String: DistributionKey] {
        var result = Dictionary(keys.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        guard let table = CSVTable.open(file, requiredColumns: requiredColumns, diagnostics: &diagnostics) else {
            // The header is reported; every weight counts as unreadable, so no key is also reported empty.
            for id in result.keys { result[id]?.unreadableCodes.formUnion(parties.map(\.code)) }
            return result
        }
        var reader = PartyTableReader(table: table, parties: parties, partiesFile: partiesFile)
        for record in table.records {
            let keyID = record.requiredText(
                "key",
                diagnostics: &diagnostics,
                hint: "write a key id, e.g. population_2020"
            )
            let party = reader.party(record, diagnostics: &diagnostics)
            let weight = record.number("weight", required: true, diagnostics: &diagnostics)
            let provenance = reader.provenance(record, diagnostics: &diagnostics)
            guard let keyID else { continue }
            guard result[keyID] != nil else {
                diagnostics.error(
                    "unknown key '\(keyID)'",
                    at: record.location("key"),
                    hint: "declare it under 'keys:' in the settings, or use one of: "
                        + keys.map(\.id).joined(separator: ", ")
                )
                continue
            }
            if let party, weight == nil { result[keyID]?.unreadableCodes.insert(party.code) }
            guard let party, let weight,
                reader.isFirst(
                    [keyID, party.code],
                    record,
                    describing: "key \(keyID) for \(party.code) \(party.name)",
                    diagnostics: &diagnostics
                )
            else { continue }
            result[keyID]?.weights[party.code] = KeyWeight(value: weight, provenance: provenance)
        }
        return result
    }
}
