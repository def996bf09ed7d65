/// What the Socialaftale CSV readers need to know: the parties, the declared target groups and sections.
///
/// Shared by the offer, demand, placement and price readers so that all of
/// them word the same problem the same way.
struct SocialTableContext {
    /// The municipalities and the region.
    var parties: [Party]
    /// The file that lists the parties, for hints.
    var partiesFile: String
    /// The settings file, for hints.
    var settingsFile: String
    /// The declared target group ids, in order.
    var targetGroupIDs: [String]
    /// The declared section ids, in order.
    var sectionIDs: [String]

    /// Reads every row of `file` with `read` (called for every row, so all problems are found); [] when the
    /// file cannot be read as a table or lacks a required column.
    func rows<Row>(
        _ file: InputFile,
        requiredColumns: [String],
        diagnostics: inout DiagnosticCollector,
        read: (CSVRecord, inout PartyTableReader, inout DiagnosticCollector) -> Row?
    ) -> [Row] {
        guard let table = CSVTable.open(file, requiredColumns: requiredColumns, diagnostics: &diagnostics) else {
            return []
        }
        return rows(of: table, diagnostics: &diagnostics, read: read)
    }

    /// Reads every row of `table`, already opened and its header checked, with `read` (called for every row).
    func rows<Row>(
        of table: CSVTable,
        diagnostics: inout DiagnosticCollector,
        read: (CSVRecord, inout PartyTableReader, inout DiagnosticCollector) -> Row?
    ) -> [Row] {
        var reader = PartyTableReader(table: table, parties: parties, partiesFile: partiesFile)
        return table.records.compactMap { read($0, &reader, &diagnostics) }
    }

    /// The buyer in column `buyer`: a municipality (not the region).
    func buyer(_ record: CSVRecord, reader: PartyTableReader, diagnostics: inout DiagnosticCollector) -> Party? {
        municipality(record, column: "buyer", reader: reader, role: "buyer", diagnostics: &diagnostics)
    }

    /// The municipality in `column`; an error when it is empty, unknown or the region.
    func municipality(
        _ record: CSVRecord,
        column: String,
        reader: PartyTableReader,
        role: String,
        diagnostics: inout DiagnosticCollector
    ) -> Party? {
        guard let party = reader.party(record, column: column, diagnostics: &diagnostics) else { return nil }
        guard party.kind == .municipality else {
            diagnostics.error(
                "\(party.name) (\(party.code)) is the region; the \(role) must be a municipality",
                at: record.location(column),
                hint: "write the DST code of a municipality"
            )
            return nil
        }
        return party
    }

    /// The declared target group in `column`; an error when empty or unknown.
    func targetGroup(_ record: CSVRecord, column: String = "target_group", diagnostics: inout DiagnosticCollector)
        -> String?
    {
        declared(
            record,
            column: column,
            ids: targetGroupIDs,
            what: "target group",
            key: "target_groups",
            diagnostics: &diagnostics
        )
    }

    /// The declared section in `column`; an error when empty or unknown.
    func section(_ record: CSVRecord, column: String = "section", diagnostics: inout DiagnosticCollector) -> String? {
        declared(record, column: column, ids: sectionIDs, what: "section", key: "sections", diagnostics: &diagnostics)
    }

    private func declared(
        _ record: CSVRecord,
        column: String,
        ids: [String],
        what: String,
        key: String,
        diagnostics: inout DiagnosticCollector
    ) -> String? {
        let list = ids.joined(separator: ", ")
        guard let id = record.requiredText(column, diagnostics: &diagnostics, hint: "write one of: \(list)") else {
            return nil
        }
        if ids.contains(id) { return id }
        let near = ids.first { $0.lowercased() == id.lowercased() }.map { " (did you mean '\($0)'?)" } ?? ""
        diagnostics.error(
            "unknown \(what) '\(id)'\(near)",
            at: record.location(column),
            hint: ids.isEmpty
                ? "declare it under '\(key):' in \(settingsFile)" : "use one of: \(list) (declared in \(settingsFile))"
        )
        return nil
    }

    /// A positive amount in kr in `column` (required).
    func amount(_ record: CSVRecord, column: String, diagnostics: inout DiagnosticCollector) -> Double? {
        guard let value = record.number(column, required: true, diagnostics: &diagnostics) else { return nil }
        guard value > 0 else {
            diagnostics.error(
                "the '\(column)' is 0",
                at: record.location(column),
                hint: "write the amount in kr per place per year, e.g. 1100000"
            )
            return nil
        }
        return value
    }
}
