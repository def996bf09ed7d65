import Foundation

/// The `source` text of an imported key row, and how it is read back to check that the key is up to date.
///
/// `DST StatBank FOLK1A, ages 0-5, period 2024K1, file folk1a.csv SHA-256 <hex>`: the table (as the file
/// shows it, or `table not named in the file`), the measure, the period (with what the file itself says about
/// it) and every file with its SHA-256. Everything needed to import the key again is in the text, so
/// `kkr-plan validate` can check that the rows still match the file.
public struct StatBankSource: Hashable, Sendable {
    /// One file the key was imported from.
    public struct File: Hashable, Sendable {
        /// The file name alone.
        public var name: String
        /// Its SHA-256.
        public var sha256: String

        /// Creates a file entry.
        public init(name: String, sha256: String) {
            self.name = name
            self.sha256 = sha256
        }
    }

    /// The tables the files show, in file order; empty when none does.
    public var tables: [String]
    /// Ages or population.
    public var measure: StatBankMeasure
    /// The period chosen (from the file, or given with `--period`), or nil when neither names one.
    public var period: StatBankLabels.Period?
    /// True when the files have no period column (the period, if any, was given with `--period`).
    public var periodFromOption: Bool
    /// The files.
    public var files: [File]

    static let prefix = "DST StatBank "

    /// The text written to the `source` column.
    public var text: String {
        var parts = [
            Self.prefix + (tables.isEmpty ? "(table not named in the file)" : tables.joined(separator: " and ")),
            measure.description,
        ]
        switch (period, periodFromOption) {
        case (let period?, false): parts.append("period \(period)")
        case (let period?, true) where period.kind == .year:
            parts.append("period \(period) (the file does not name its quarter)")
        case (let period?, true): parts.append("period \(period) (given with --period; the file names no period)")
        case (nil, _): parts.append("period not named in the file")
        }
        parts += files.map { "file \($0.name) SHA-256 \($0.sha256)" }
        return parts.joined(separator: ", ")
    }

    /// Reads a text written by ``text``; nil for any other source.
    public init?(parsing text: String) {
        guard text.hasPrefix(Self.prefix) else { return nil }
        let parts = text.components(separatedBy: ", ")
        var files: [File] = []
        var measure: StatBankMeasure?
        var period: StatBankLabels.Period?
        var periodFromOption = false
        var tables: [String] = []
        for (index, part) in parts.enumerated() {
            if index == 0 {
                let table = part.dropFirst(Self.prefix.count)
                if !table.hasPrefix("(") { tables = table.components(separatedBy: " and ") }
            } else if part == "population" {
                measure = .population
            } else if part.hasPrefix("ages ") {
                measure = StatBankMeasure(ages: String(part.dropFirst(5)))
            } else if part.hasPrefix("period ") {
                let words = part.dropFirst(7).split(separator: " ", maxSplits: 1)
                period = words.first.flatMap { StatBankLabels.Period(String($0)) }
                periodFromOption = words.count > 1
            } else if part.hasPrefix("file "), let mark = part.range(of: " SHA-256 ", options: .backwards) {
                files.append(
                    File(
                        name: String(part[part.index(part.startIndex, offsetBy: 5)..<mark.lowerBound]),
                        sha256: String(part[mark.upperBound...])
                    )
                )
            }
        }
        guard let measure, !files.isEmpty else { return nil }
        self.init(tables: tables, measure: measure, period: period, periodFromOption: periodFromOption, files: files)
    }

    /// Creates a source.
    public init(
        tables: [String],
        measure: StatBankMeasure,
        period: StatBankLabels.Period?,
        periodFromOption: Bool,
        files: [File]
    ) {
        self.tables = tables
        self.measure = measure
        self.period = period
        self.periodFromOption = periodFromOption
        self.files = files
    }
}
