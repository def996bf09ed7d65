/// What the per-programme CSV readers need to know: the parties, the programme ids and the plan year.
///
/// Shared by `bounds.csv`, `last_year.csv` and `joint_capacity.csv`, whose
/// rows all start with an id column (programme or capacity group), a year
/// and a party code.
public struct FigureTableContext: Sendable {
    /// The known parties.
    public var parties: [Party]
    /// The file the parties come from, for hints.
    public var partiesFile: String
    /// The ids accepted in the id column.
    public var ids: [String]
    /// The name of the id column (`programme` or `group`).
    public var idColumn: String
    /// The plan year.
    public var year: Int

    /// Creates a context.
    public init(parties: [Party], partiesFile: String, ids: [String], idColumn: String = "programme", year: Int) {
        self.parties = parties
        self.partiesFile = partiesFile
        self.ids = ids
        self.idColumn = idColumn
        self.year = year
    }

    /// Parses `file` and checks its header; nil when it cannot be read as a table.
    public func open(
        _ file: InputFile,
        requiredColumns: [String],
        diagnostics: inout DiagnosticCollector
    ) -> (CSVTable, PartyTableReader)? {
        guard let table = CSVTable.open(file, requiredColumns: requiredColumns, diagnostics: &diagnostics)
        else { return nil }
        return (table, PartyTableReader(table: table, parties: parties, partiesFile: partiesFile))
    }

    /// The id, year and party of `record`; errors for an unknown id or code, a missing or bad year.
    public func keyColumns(
        _ record: CSVRecord,
        reader: PartyTableReader,
        diagnostics: inout DiagnosticCollector
    ) -> (id: String, year: Int, party: Party)? {
        let id = record.requiredText(
            idColumn,
            diagnostics: &diagnostics,
            hint: "write one of: \(ids.joined(separator: ", "))"
        )
        let year = reader.year(record, diagnostics: &diagnostics)
        let party = reader.party(record, diagnostics: &diagnostics)
        guard let id else { return nil }
        guard ids.contains(id) else {
            diagnostics.error(
                "unknown \(idColumn) '\(id)'",
                at: record.location(idColumn),
                hint: ids.isEmpty
                    ? "define it in the settings first"
                    : "use one of: \(ids.joined(separator: ", ")) (defined in the settings)"
            )
            return nil
        }
        guard let year, let party else { return nil }
        return (id, year, party)
    }

    /// Reads every row of a per-party figure table and keeps the rows of the plan year (plus `yearOffset`).
    ///
    /// Checks the id, year and code columns, reads the figure columns with
    /// `value` (called for every row, so all problems are found), and rejects
    /// duplicate (id, year, code) rows.
    ///
    /// - Returns: the values by id, then party code.
    public func readRows<Value>(
        _ file: InputFile,
        requiredColumns: [String],
        yearOffset: Int = 0,
        diagnostics: inout DiagnosticCollector,
        value: (CSVRecord, Provenance, inout DiagnosticCollector) -> Value?
    ) -> [String: [String: Value]] {
        guard let (table, openedReader) = open(file, requiredColumns: requiredColumns, diagnostics: &diagnostics)
        else { return [:] }
        var reader = openedReader
        var result: [String: [String: Value]] = [:]
        for record in table.records {
            let row = keyColumns(record, reader: reader, diagnostics: &diagnostics)
            let provenance = reader.provenance(record, diagnostics: &diagnostics)
            let figures = value(record, provenance, &diagnostics)
            guard let (id, year, party) = row,
                reader.isFirst(
                    [id, String(year), party.code],
                    record,
                    describing: "\(id) \(year) for \(party.code) \(party.name)",
                    diagnostics: &diagnostics
                ),
                let figures, year == self.year + yearOffset
            else { continue }
            result[id, default: [:]][party.code] = figures
        }
        return result
    }
}
