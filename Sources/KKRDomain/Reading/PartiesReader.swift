/// Reads `municipalities.csv`: the municipalities and, optionally, the region.
///
/// Columns: `code` (DST code, digits), `name`, optional `kind`
/// (`municipality`/`kommune` or `region`); other columns are ignored.
public enum PartiesReader {
    /// The columns that must be present.
    public static let requiredColumns = ["code", "name"]

    /// The municipalities (code order) and the region, if a row has kind `region`.
    public static func read(
        _ file: InputFile,
        diagnostics: inout DiagnosticCollector
    ) -> (municipalities: [Party], region: Party?) {
        guard let table = CSVTable.open(file, requiredColumns: requiredColumns, diagnostics: &diagnostics)
        else { return ([], nil) }
        var municipalities: [Party] = []
        var region: Party?
        var seen = PartyTableReader(table: table, parties: [], partiesFile: file.displayName)
        for record in table.records {
            let code = record.requiredText("code", diagnostics: &diagnostics, hint: "write the DST code, e.g. 851")
            let name = record.requiredText("name", diagnostics: &diagnostics, hint: "write the name, e.g. Aalborg")
            let kind = readKind(record, diagnostics: &diagnostics)
            guard let code, let name, let kind else { continue }
            guard code.allSatisfy(\.isASCII) && code.allSatisfy(\.isNumber) else {
                diagnostics.error(
                    "'\(code)' is not a DST code",
                    at: record.location("code"),
                    hint: "DST codes are digits only, e.g. 851 for Aalborg or 1081 for Region Nordjylland"
                )
                continue
            }
            guard seen.isFirst([code], record, describing: "code \(code)", diagnostics: &diagnostics) else { continue }
            let party = Party(code: code, name: name, kind: kind)
            if kind == .municipality {
                municipalities.append(party)
            } else if let first = region {
                diagnostics.error(
                    "a second region (\(code) \(name)); \(first.code) \(first.name) is already the region",
                    at: record.location("kind"),
                    hint: "the inputs may name at most one region"
                )
            } else {
                region = party
            }
        }
        if municipalities.isEmpty && !diagnostics.hasErrors {
            diagnostics.error(
                "the file lists no municipalities",
                at: SourceLocation(file: file.displayName),
                hint: "add one row per municipality: code;name"
            )
        }
        return (municipalities.sorted(), region)
    }

    private static func readKind(_ record: CSVRecord, diagnostics: inout DiagnosticCollector) -> Party.Kind? {
        switch record.text("kind").lowercased() {
        case "", "municipality", "kommune": return .municipality
        case "region": return .region
        default:
            diagnostics.error(
                "'\(record.text("kind"))' in column 'kind' is neither municipality nor region",
                at: record.location("kind"),
                hint: "write 'municipality' (or leave it empty) or 'region'"
            )
            return nil
        }
    }
}
