import Allocation
import KKRDomain

/// The agreement periods in the comparison: per programme planned over a period, the places over the whole period
/// and the largest cumulative deviation in the base and each scenario, and why a deviation reaches one place.
extension ComparisonReport {
    /// The programmes planned over a period in any column, in order of first appearance, with their period.
    var periodProgrammes: [(programme: Programme, period: AgreementPeriod)] {
        ComparisonPeriodRows.programmes(columns)
    }

    /// The section of `scenarios.md` and the sheet `periods` (`scenarios_periods.csv`); nothing without a period.
    func periodSection() -> (blocks: [ReportBlock], sheet: ReportSheet)? {
        let programmes = periodProgrammes
        guard !programmes.isEmpty else { return nil }
        let common = text.common
        var table = ReportTable(columns: header(first: text.programmeColumn))
        var sheet = ReportSheet(
            name: "periods",
            header: [text.programmeColumn, common.periodColumn, text.figureColumn, name(set.base)]
                + set.scenarios.flatMap { [name($0), text.deltaColumn(name($0))] }
        )
        var notes: [String] = []
        for (programme, period) in programmes {
            let figures = columns.map { ComparisonPeriodRows.figures($0, programme.id) }
            let totals = withChanges(figures.map { $0?.total })
            let deviations = deviationCells(figures.map { $0?.maxCumulativeDeviation })
            table.rows += [
                [.text(common.periodFigure(programme, period, common.periodTotalWord))] + totals,
                [.text(common.periodFigure(programme, period, common.periodDeviationWord))] + deviations,
            ]
            let key: [ReportCell] = [.text(programme.id), .text(common.periodName(period))]
            sheet.rows += [
                key + [.text(common.periodTotalWord)] + totals, key + [.text(common.periodDeviationWord)] + deviations,
            ]
            notes += zip(columns, figures)
                .compactMap { column, figures in figures.flatMap { common.periodNotes($0, name: "**\(name(column))**") }
                }
        }
        var blocks: [ReportBlock] = [
            .heading(level: 2, text: common.periodsHeading), .paragraph(common.periodScenarioIntro), .table(table),
        ]
        if !notes.isEmpty { blocks.append(.list(notes)) }
        return (blocks, sheet)
    }

    /// The base's deviation, then each scenario's and its difference (two decimals; missing without a plan).
    func deviationCells(_ values: [Double?]) -> [ReportCell] {
        let base = values.first ?? nil
        var cells: [ReportCell] = [.decimal(base.map(ComparisonPeriodRows.rounded), decimals: 2)]
        for value in values.dropFirst() {
            cells.append(.decimal(value.map(ComparisonPeriodRows.rounded), decimals: 2))
            let delta = value.flatMap { value in
                base.map { ComparisonPeriodRows.rounded(value) - ComparisonPeriodRows.rounded($0) }
            }
            cells.append(.decimal(delta, decimals: 2))
        }
        return cells
    }
}

/// The period figures of the columns of a comparison, shared by the report, the JSON and the HTML page.
enum ComparisonPeriodRows {
    static func programmes(_ columns: [ComparedScenario]) -> [(programme: Programme, period: AgreementPeriod)] {
        var result: [(programme: Programme, period: AgreementPeriod)] = []
        for column in columns {
            for figures in column.result.periodFigures
            where !result.contains(where: { $0.programme.id == figures.programme.id }) {
                result.append((figures.programme, figures.period))
            }
        }
        return result
    }

    /// The period figures of `programmeID` in `column`, if its period was planned.
    static func figures(_ column: ComparedScenario, _ programmeID: String) -> PeriodFigures? {
        column.result.periodFigures.first { $0.programme.id == programmeID }
    }

    /// A deviation as reported: two decimals.
    static func rounded(_ value: Double) -> Double { (value * 100).rounded() / 100 }
}
