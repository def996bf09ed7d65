import Allocation
import KKRDomain

/// The total row of one programme's allocation, computed once for the report, the spreadsheet, the terminal and
/// the page (all from one ``TraineeshipReport``).
struct ProgrammeTotals: Sendable {
    /// Σ key weights.
    var weight: Double
    /// Σ exact quotas.
    var quota: Double
    /// Σ adjusted quotas.
    var boundedQuota: Double
    /// Σ places.
    var places: Int
    /// Σ last year's places, when every row has one.
    var lastYear: Int?
    /// Σ places − Σ last year, when every row has last year.
    var change: Int? { lastYear.map { places - $0 } }
    /// Σ of the changes that are known (rows without last year count 0).
    var knownChange: Int

    /// The totals of `programme`.
    init(_ programme: ProgrammePlan) {
        self.init(programme.rows)
    }

    /// The totals of `rows`.
    init(_ rows: [AllocationRow]) {
        weight = rows.reduce(0) { $0 + $1.weight }
        quota = rows.reduce(0) { $0 + $1.quota }
        boundedQuota = rows.reduce(0) { $0 + $1.boundedQuota }
        places = rows.reduce(0) { $0 + $1.places }
        let last = rows.compactMap(\.lastYear)
        lastYear = last.count == rows.count ? last.reduce(0, +) : nil
        knownChange = rows.compactMap(\.change).reduce(0, +)
    }
}

/// The training places as one ``ReportDocument``: the blocks of `traineeships.md` and one sheet per programme
/// (`traineeships_<programme>`) and per split (`traineeships_<programme>_<split>`).
///
/// Rows in DST code order; each programme's totals come from ``ProgrammeTotals``, once for every format.
struct TraineeshipReport {
    /// The words.
    let text: TraineeshipText
    /// The plan.
    let plan: TraineeshipPlan
    /// The first divisor of a divisor method (named in the method).
    var firstDivisor: Double?

    var common: ReportText { text.common }

    /// The document.
    func build() -> ReportDocument {
        var document = ReportDocument()
        let method = common.method(plan.method, firstDivisor: firstDivisor)
        let runs = plan.solverRuns.map {
            ($0.solver.description, $0.method.algorithm.rawValue, $0.method.presolve, $0.method.modelClass?.rawValue)
        }
        let solvedWith = common.solverRuns(runs) ?? plan.solver?.description
        document += [
            .heading(level: 1, text: text.title(year: plan.year)),
            .paragraph(text.intro(method: method, solver: solvedWith)),
            .heading(level: 2, text: text.methodHeading), .paragraph(common.methodExplanation(plan.method)),
            .paragraph(common.tieRule),
        ]
        document += overview()
        let totals = plan.programmes.map(ProgrammeTotals.init)
        for (programme, totals) in zip(plan.programmes, totals) {
            document += section(programme, totals: totals)
            document.sheets.append(allocationSheet(programme, totals: totals))
            document.sheets += programme.splits.map { splitSheet($0, programme: programme) }
        }
        document += jointCapacities()
        let checks = Self.checkItems(plan, text: text)
        document += [.heading(level: 2, text: text.checksHeading), .checks(checks)]
        let illustrative = plan.inputs.illustrativeFigures.map { common.illustrative($0, inputs: plan.inputs) }
        document += MarkdownSections.illustrative(illustrative, text: common, sources: text.officialSource)
        document += MarkdownSections.inputFiles(
            plan.inputs.files,
            text: common,
            modelFiles: plan.models.map { TraineeshipReportSet.modelFileName($0.name) }
        )
        document.page = page(totals: totals, checks: checks, illustrative: illustrative)
        document.terminal = terminal(totals: totals)
        return document
    }

    // MARK: - Sections

    func overview() -> [ReportBlock] {
        let columns = text.overviewColumns
        var table = ReportTable(columns: [
            .text(columns[0]), .number(columns[1]), .text(columns[2]), .number(columns[3]), .number(columns[4]),
            .text(columns[5]),
        ])
        table.rows = plan.programmes.map { programme in
            let target = ReportCell.count(programme.target.places)
            return [
                .text(programme.programme.name(in: text.language)),
                programme.target.provenance.illustrative ? .marked(target, " *") : target,
                .text(common.targetKind(programme.target.kind)), .count(programme.carryOver), .count(programme.total),
                .text(programme.key.name(in: text.language)),
            ]
        }
        return [.heading(level: 2, text: text.overviewHeading), .table(table), .footnote(text.illustrativeFootnote)]
    }

    func section(_ programme: ProgrammePlan, totals: ProgrammeTotals) -> [ReportBlock] {
        var blocks: [ReportBlock] = [
            .heading(level: 2, text: programme.programme.name(in: text.language)),
            .paragraph(text.programmeIntro(programme, plan: plan)),
        ]
        if let period = plan.fromPeriod[programme.programme.id] {
            let name = programme.programme.name(in: text.language)
            let decided = plan.fromPeriodDecidedYears[programme.programme.id] ?? []
            blocks.append(
                .paragraph(text.common.fromPeriodPlan(period, year: plan.year, decided: decided, programmes: [name]))
            )
        }
        blocks.append(.table(allocationTable(programme, totals: totals)))
        if let note = text.carryOverNote(programme) { blocks.append(.footnote("¹ " + note)) }
        if let note = text.bindingNote(programme) { blocks.append(.footnote("² " + note)) }
        blocks.append(.paragraph(text.checkLine(programme, sum: totals.places)))
        for split in programme.splits {
            blocks += [
                .heading(
                    level: 3,
                    text: text.splitHeading(
                        split.dimension.name(in: text.language),
                        illustrative: split.dimension.provenance.illustrative
                    )
                ),
                .table(splitTable(split, rows: programme.rows)),
            ]
        }
        return blocks
    }

    func allocationTable(_ programme: ProgrammePlan, totals: ProgrammeTotals) -> ReportTable {
        let columns = text.allocationColumns
        var table = ReportTable(columns: [.text(columns[0])] + columns.dropFirst().map { .number($0) })
        for row in programme.rows {
            let marks = (row.carryOver > 0 ? " ¹" : "") + (row.limitBinds ? " ²" : "")
            table.rows.append([
                marks.isEmpty ? .party(row.party) : .marked(.party(row.party), marks), weight(row.weight),
                .percent(row.share, decimals: 2), .decimal(row.quota, decimals: 2), .count(row.places),
                .count(row.lastYear), .signed(row.change),
            ])
        }
        table.total = [
            .text(text.total), weight(totals.weight), .percent(1, decimals: 2), .decimal(totals.quota, decimals: 2),
            .bold(.count(totals.places)), .count(totals.lastYear), .signed(totals.change),
        ]
        return table
    }

    /// A key weight: whole numbers grouped, others with two decimals.
    func weight(_ value: Double) -> ReportCell {
        .decimal(value, decimals: value == value.rounded() ? 0 : 2)
    }

    func splitTable(_ split: SplitPlan, rows: [AllocationRow]) -> ReportTable {
        let numbers = common.numbers
        let categories = split.dimension.categories.map {
            ReportTable.Column.number(
                "\($0.name(in: text.language)) (\(numbers.percent($0.percent / 100, decimals: 0)))"
            )
        }
        var table = ReportTable(columns: [.text(text.municipality)] + categories + [.number(text.total)])
        table.rows = zip(rows, split.cells)
            .map { row, cells in
                [.party(row.party)] + cells.map { .count($0) } + [.count(row.places)]
            }
        table.total =
            [.text(text.total)] + split.regionalTotals.map { .bold(.count($0)) }
            + [.bold(.count(split.regionalTotals.reduce(0, +)))]
        return table
    }

    func jointCapacities() -> [ReportBlock] {
        guard !plan.jointCapacities.isEmpty else { return [] }
        let items = plan.jointCapacities.map { use in
            text.jointCapacity(
                use.capacity.name(in: text.language),
                holds: use.holds,
                uses: use.uses.map { "\($0.party.name) \(common.number($0.places))/\(common.number($0.cap))" }
            )
        }
        return [.heading(level: 2, text: text.jointCapacityHeading), .list(items)]
    }

    // MARK: - Checks

    /// Sums, bounds, quota property, splits and the solver's status, in report order (shared with the page).
    static func checkItems(_ plan: TraineeshipPlan, text: TraineeshipText) -> [CheckItem] {
        let allQuota = plan.programmes.allSatisfy(\.checks.quotaPropertyHolds)
        let allSplits = plan.programmes.allSatisfy(\.checks.splitsAddUp)
        return [
            CheckItem(plan.programmes.allSatisfy(\.checks.sumHolds) ? .passed : .failed, text.sumsHold),
            CheckItem(plan.programmes.allSatisfy(\.checks.boundsHold) ? .passed : .failed, text.limitsHold),
            allQuota ? CheckItem(.passed, text.quotaPropertyHolds) : CheckItem(.note, text.quotaPropertyNote),
            CheckItem(allSplits ? .passed : .failed, text.splitsAddUp),
            solverCheck(plan, text: text),
        ]
    }

    static func solverCheck(_ plan: TraineeshipPlan, text: TraineeshipText) -> CheckItem {
        guard plan.method == .optimal else { return CheckItem(.passed, text.classicMethod) }
        guard !plan.solverNotes.isEmpty else { return CheckItem(.passed, text.solverOptimal) }
        let notes = plan.solverNotes.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }
        return CheckItem(.note, text.solverStopped(notes))
    }

    // MARK: - Sheets

    /// A programme's allocation for Excel: one row per party and the total row.
    func allocationSheet(_ programme: ProgrammePlan, totals: ProgrammeTotals) -> ReportSheet {
        var sheet = ReportSheet(
            name: "traineeships_\(programme.programme.id)",
            header: text.allocationSheetColumns
        )
        sheet.rows = programme.rows.map { row in
            [
                .text(row.party.code), .text(row.party.name),
                .decimal(row.weight, decimals: row.weight == row.weight.rounded() ? 0 : 4),
                .percent(row.share, decimals: 4), .decimal(row.quota, decimals: 4), .count(row.carryOver),
                .decimal(row.boundedQuota, decimals: 4), .count(row.places), .count(row.floor), .count(row.cap),
                .count(row.lastYear), .count(row.realised), .signed(row.change), .text(text.yes(row.withinQuota)),
            ]
        }
        sheet.rows.append([
            .text(""), .text(text.total), .decimal(totals.weight, decimals: 0), .percent(1, decimals: 4),
            .decimal(totals.quota, decimals: 4), .count(programme.carryOver),
            .decimal(totals.boundedQuota, decimals: 4),
            .count(totals.places), .text(""), .text(""), .count(totals.lastYear), .text(""), .signed(totals.change),
            .text(""),
        ])
        return sheet
    }

    /// A split for Excel: one row per party, one column per category, a total row.
    func splitSheet(_ split: SplitPlan, programme: ProgrammePlan) -> ReportSheet {
        var sheet = ReportSheet(
            name: "traineeships_\(programme.programme.id)_\(split.dimension.id)",
            header: [text.code, text.municipality] + split.dimension.categories.map { $0.name(in: text.language) }
                + [text.total]
        )
        sheet.rows = zip(programme.rows, split.cells)
            .map { row, cells in
                [.text(row.party.code), .text(row.party.name)] + cells.map { .count($0) } + [.count(row.places)]
            }
        sheet.rows.append(
            [.text(""), .text(text.total)] + split.regionalTotals.map { .count($0) }
                + [.count(split.regionalTotals.reduce(0, +))]
        )
        return sheet
    }
}
