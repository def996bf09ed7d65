/// Shared row checks for the CSV files that hold one figure per party: known code, no duplicates, provenance.
///
/// Used by the key, bounds, last-year and joint-capacity readers (and meant
/// for the Socialaftale readers too), so all of them word the same problem
/// the same way.
public struct PartyTableReader {
    /// The table being read.
    public let table: CSVTable
    /// The known parties by code.
    public let parties: [String: Party]
    /// The file that lists the parties, for hints.
    public let partiesFile: String
    private var firstLine: [String: Int] = [:]

    /// Creates a reader for `table` that accepts the codes of `parties`.
    public init(table: CSVTable, parties: [Party], partiesFile: String) {
        self.table = table
        self.parties = Dictionary(parties.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        self.partiesFile = partiesFile
    }

    /// The party in column `column` (default `code`); records an error when empty or unknown.
    public func party(_ record: CSVRecord, column: String = "code", diagnostics: inout DiagnosticCollector) -> Party? {
        guard let code = record.requiredText(column, diagnostics: &diagnostics, hint: "write a DST municipality code")
        else {
            return nil
        }
        if let party = parties[code] { return party }
        let trimmed = String(code.drop { $0 == "0" })
        let suggestion = parties[trimmed].map { " (did you mean \($0.code) \($0.name)?)" } ?? ""
        diagnostics.error(
            "unknown municipality code '\(code)'\(suggestion)",
            at: record.location(column),
            hint: "use a code listed in \(partiesFile): "
                + parties.values.sorted().map { "\($0.code) \($0.name)" }.joined(separator: ", ")
        )
        return nil
    }

    /// Records an error when `key` was already seen; returns true for the first occurrence.
    public mutating func isFirst(
        _ key: [String],
        _ record: CSVRecord,
        describing description: String,
        diagnostics: inout DiagnosticCollector
    ) -> Bool {
        let joined = key.joined(separator: "\u{1F}")
        if let line = firstLine[joined] {
            diagnostics.error(
                "duplicate row: \(description) already appears on line \(line)",
                at: SourceLocation(file: table.file, line: record.line),
                hint: "keep one of the two rows"
            )
            return false
        }
        firstLine[joined] = record.line
        return true
    }

    /// The `illustrative` and `source` columns of `record` (both optional; missing `illustrative` means no).
    public func provenance(_ record: CSVRecord, diagnostics: inout DiagnosticCollector) -> Provenance {
        Provenance(
            illustrative: record.flag("illustrative", default: false, diagnostics: &diagnostics) ?? false,
            source: record.text("source"),
            location: SourceLocation(file: table.file, line: record.line)
        )
    }

    /// The whole-number `year` column, required.
    public func year(_ record: CSVRecord, diagnostics: inout DiagnosticCollector) -> Int? {
        record.integer("year", required: true, atLeast: 1900, diagnostics: &diagnostics)
    }
}
