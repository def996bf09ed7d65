/// Turns StatBank exports into one weight per municipality: an age band's or the whole population's count.
///
/// Rules (issue 11): rows of areas that are not municipalities of
/// `municipalities.csv` (other municipalities, regions, the whole country)
/// are skipped and counted; a file holding several periods needs `--period`;
/// sexes, marital statuses and any other variable are summed over, and their
/// total categories (`I alt`, `Total`) are used only where no finer rows
/// exist, never added to them; the same for `Alder i alt`. Every age of the
/// band must be there for every municipality, once.
public enum StatBankKeyBuilder {
    /// The weights built, with what the summary and the `source` column say about them.
    public struct Result: Sendable {
        /// The weight of each municipality, by DST code.
        public var weights: [String: Int]
        /// The source text for every row.
        public var source: StatBankSource
        /// Rows skipped because their area is not a municipality of `municipalities.csv`.
        public var skippedRows: Int
        /// The distinct area labels skipped, in file order.
        public var skippedAreas: [String]
    }

    /// One count of a municipality and age, summed over the other variables, and where it came from.
    struct Cell {
        var count: Int
        var line: Int
        var file: String
    }

    /// Builds the weights; nil when an error was recorded.
    ///
    /// - Parameters:
    ///   - exports: the files read by ``StatBankReader``.
    ///   - measure: an age band or the population.
    ///   - period: `--period`, or nil.
    ///   - areas: the parties and their StatBank names.
    ///   - diagnostics: where problems go.
    public static func build(
        _ exports: [StatBankExport],
        measure: StatBankMeasure,
        period: StatBankLabels.Period?,
        areas: StatBankAreas,
        diagnostics: inout DiagnosticCollector
    ) -> Result? {
        let before = diagnostics.errors.count
        if case .ages = measure {
            for export in exports where !export.hasAge {
                diagnostics.error(
                    "the file has no age column, but --ages needs one",
                    at: SourceLocation(file: export.displayName, line: export.firstDataLine),
                    hint: "download the table with the variable ALDER (age) by single years, or use --population"
                )
            }
        }
        guard let chosen = choosePeriod(exports, given: period, diagnostics: &diagnostics),
            diagnostics.errors.count == before
        else { return nil }
        var cells: [String: [StatBankLabels.Age?: Cell]] = [:]
        var skippedRows = 0
        var skippedAreas: [String] = []
        for export in exports {
            let rows = export.rows.filter { chosen.period == nil || $0.period == nil || $0.period == chosen.period }
            let finer = finerColumns(rows, width: export.summedColumns.count)
            var seen: [String: Int] = [:]
            for row in rows {
                guard let party = areas.party(row.area), party.kind == .municipality else {
                    skippedRows += 1
                    if !skippedAreas.contains(row.area) { skippedAreas.append(row.area) }
                    continue
                }
                if row.summed.indices.contains(where: { finer[$0] && StatBankLabels.isTotal(row.summed[$0]) }) {
                    continue
                }
                let identity = ([party.code, row.age.map { "\($0)" } ?? ""] + row.summed).joined(separator: "\u{1F}")
                if let first = seen[identity] {
                    diagnostics.error(
                        "\(party.name) (\(party.code)), \(ageText(row.age)) appears twice (first on line \(first))",
                        at: SourceLocation(file: export.displayName, line: row.line),
                        hint: "remove one of the two rows, or download the table again"
                    )
                    continue
                }
                seen[identity] = row.line
                if let cell = cells[party.code]?[row.age] {
                    guard cell.file == export.displayName else {
                        diagnostics.error(
                            "\(party.name) (\(party.code)), \(ageText(row.age)) appears twice "
                                + "(also in \(cell.file) on line \(cell.line))",
                            at: SourceLocation(file: export.displayName, line: row.line),
                            hint: "give each municipality and age in one file only"
                        )
                        continue
                    }
                    cells[party.code]?[row.age]?.count += row.count
                } else {
                    cells[party.code, default: [:]][row.age] = Cell(
                        count: row.count,
                        line: row.line,
                        file: export.displayName
                    )
                }
            }
        }
        let oldestSingle = cells.values.flatMap(\.keys)
            .compactMap { age -> Int? in
                if case .single(let value)? = age { return value }
                return nil
            }
            .max()
        var weights: [String: Int] = [:]
        for party in areas.municipalities {
            guard let partyCells = cells[party.code] else {
                reportMissing(party, areas: areas, exports: exports, skipped: skippedAreas, diagnostics: &diagnostics)
                continue
            }
            if let weight = weight(
                of: party,
                partyCells,
                measure: measure,
                oldestSingle: oldestSingle,
                diagnostics: &diagnostics
            ) {
                weights[party.code] = weight
            }
        }
        guard diagnostics.errors.count == before else { return nil }
        let source = StatBankSource(
            tables: exports.compactMap(\.table).reduce(into: []) { if !$0.contains($1) { $0.append($1) } },
            measure: measure,
            period: chosen.period,
            periodFromOption: !exports.contains(where: \.hasPeriod),
            files: exports.map { StatBankSource.File(name: $0.fileName, sha256: $0.sha256) }
        )
        return Result(weights: weights, source: source, skippedRows: skippedRows, skippedAreas: skippedAreas)
    }

    // MARK: - Periods

    /// The period the key is built for; `period` is nil when no file has a period column and none was given.
    struct ChosenPeriod {
        var period: StatBankLabels.Period?
    }

    /// The period to use: `--period`, the files' only period, or none (no file has a period column).
    static func choosePeriod(
        _ exports: [StatBankExport],
        given: StatBankLabels.Period?,
        diagnostics: inout DiagnosticCollector
    ) -> ChosenPeriod? {
        var found: [(period: StatBankLabels.Period, file: String, line: Int)] = []
        for export in exports {
            var seen: Set<StatBankLabels.Period> = []
            for row in export.rows {
                if let period = row.period, seen.insert(period).inserted,
                    !found.contains(where: { $0.period == period })
                {
                    found.append((period, export.displayName, row.line))
                }
            }
        }
        let list = found.sorted { $0.period < $1.period }.map { "\($0.period) (\($0.file):\($0.line))" }
        if let given {
            for export in exports where export.hasPeriod && !export.rows.contains(where: { $0.period == given }) {
                diagnostics.error(
                    "the file has no rows for the period \(given); it holds \(list.joined(separator: ", "))",
                    at: SourceLocation(file: export.displayName, line: export.firstDataLine),
                    hint: "choose one of the periods found with --period"
                )
                return nil
            }
            return ChosenPeriod(period: given)
        }
        if found.count > 1, let second = found.dropFirst().first, let latest = found.map(\.period).max() {
            diagnostics.error(
                "the file holds \(found.count) periods: \(list.joined(separator: ", "))",
                at: SourceLocation(file: second.file, line: second.line),
                hint: "choose one with --period, e.g. --period \(latest)"
            )
            return nil
        }
        return ChosenPeriod(period: found.first?.period)
    }

    // MARK: - Totals

    /// For each summed column: true when some row has a category finer than the total (then totals are left out).
    static func finerColumns(_ rows: [StatBankExport.Row], width: Int) -> [Bool] {
        (0..<width)
            .map { column in
                rows.contains { column < $0.summed.count && !StatBankLabels.isTotal($0.summed[column]) }
            }
    }

    // MARK: - One municipality

    static func weight(
        of party: Party,
        _ cells: [StatBankLabels.Age?: Cell],
        measure: StatBankMeasure,
        oldestSingle: Int?,
        diagnostics: inout DiagnosticCollector
    ) -> Int? {
        let name = "\(party.name) (\(party.code))"
        var singles: [Int: Cell] = [:]
        var top: (from: Int, cell: Cell)?
        for (age, cell) in cells {
            switch age {
            case .single(let value)?: singles[value] = cell
            case .orOver(let value)?: top = (value, cell)
            case .total?, nil: break
            }
        }
        let firstCell = cells.values.min { $0.line < $1.line } ?? Cell(count: 0, line: 1, file: "")
        var from = 0
        var to: Int?
        switch measure {
        case .population:
            if singles.isEmpty && top == nil {
                // Only totals over age (or no age column): the total is the population.
                return (cells[.some(.total)] ?? cells[.none]).map(\.count)
            }
        case .ages(let first, let last):
            from = first
            to = last
            if singles.isEmpty && top == nil {
                diagnostics.error(
                    "\(name) has no single ages in the file, only the total over all ages",
                    at: SourceLocation(file: firstCell.file, line: firstCell.line),
                    hint: "download the table with ALDER (age) by single years"
                )
                return nil
            }
        }
        if let top, let to, to >= top.from {
            diagnostics.error(
                "the band \(measure) cannot be taken from \(name): the file counts ages \(top.from) and over together",
                at: SourceLocation(file: top.cell.file, line: top.cell.line),
                hint: "end the band below \(top.from), or use --ages \(from)- (and over)"
            )
            return nil
        }
        if let top, to == nil, from > top.from {
            diagnostics.error(
                "the band \(measure) cannot be taken from \(name): the file counts ages \(top.from) and over together",
                at: SourceLocation(file: top.cell.file, line: top.cell.line),
                hint: "start the band at \(top.from) or below"
            )
            return nil
        }
        let last = to ?? top.map { $0.from - 1 } ?? oldestSingle ?? from
        let needed = from <= last ? Array(from...last) : []
        let missing = needed.filter { singles[$0] == nil }
        if !missing.isEmpty {
            let before = singles.keys.filter { $0 < missing[0] }.max().flatMap { singles[$0] } ?? firstCell
            let band = measure == .population ? "of all ages 0-\(last)" : measure.description
            diagnostics.error(
                missing.count == 1
                    ? "\(name) has no row for age \(ranges(missing)), inside the band \(band)"
                    : "\(name) has no row for ages \(ranges(missing)), inside the band \(band)",
                at: SourceLocation(file: before.file, line: before.line),
                hint: "download the table with every single age of the band selected (the missing age follows this row)"
            )
            return nil
        }
        let total = needed.reduce(0) { $0 + (singles[$1]?.count ?? 0) } + (to == nil ? top?.cell.count ?? 0 : 0)
        if total == 0, let start = needed.first.flatMap({ singles[$0] }) ?? top?.cell {
            diagnostics.warning(
                "every age of the band \(measure) is 0 for \(name)",
                at: SourceLocation(file: start.file, line: start.line),
                hint: "the municipality gets weight 0 and no share; check that the right table and area were downloaded"
            )
        }
        return total
    }

    /// `7, 9-11` from [7, 9, 10, 11].
    static func ranges(_ values: [Int]) -> String {
        var parts: [String] = []
        var start = values[0]
        var previous = values[0]
        for value in values.dropFirst() + [Int.min] {
            if value == previous + 1 {
                previous = value
                continue
            }
            parts.append(start == previous ? "\(start)" : "\(start)-\(previous)")
            start = value
            previous = value
        }
        return parts.joined(separator: ", ")
    }

    static func ageText(_ age: StatBankLabels.Age?) -> String {
        switch age {
        case .single(let value)?: "age \(value)"
        case .orOver(let value)?: "ages \(value) and over"
        case .total?: "the total over all ages"
        case nil: "its count"
        }
    }

    static func reportMissing(
        _ party: Party,
        areas: StatBankAreas,
        exports: [StatBankExport],
        skipped: [String],
        diagnostics: inout DiagnosticCollector
    ) {
        let files = exports.map(\.displayName).joined(separator: ", ")
        let unknown = skipped.prefix(8).map { "'\($0)'" }.joined(separator: ", ") + (skipped.count > 8 ? ", …" : "")
        diagnostics.error(
            "\(party.name) (\(party.code)) has no rows in \(files)",
            at: SourceLocation(file: areas.partiesFile, line: areas.lines[party.code]),
            hint: skipped.isEmpty
                ? "download the table with every municipality of \(areas.partiesFile) selected"
                : "the file's areas that match no municipality are \(unknown); if one of them is \(party.name), "
                    + "write it in the column statbank_name of this line (or download the table with \(party.name))"
        )
    }
}
