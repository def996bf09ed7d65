import Allocation
import KKRDomain

/// The agreement period of the swept programme along a sweep: at each step the places over the whole period and
/// the largest cumulative deviation (and the limit that keeps it at one place or more).
extension SweepRun {
    /// The swept programme's period figures at every step, when it is planned over a period.
    public var periodSeries: (programme: Programme, period: AgreementPeriod, steps: [PeriodFigures?])? {
        for id in parameter.change(for: from).programmeIDs {
            guard let steps = analysis.periodSeries(id), let first = steps.compactMap({ $0 }).first else { continue }
            return (first.programme, first.period, steps)
        }
        return nil
    }
}

extension SweepReport {
    /// The section of `sweep_<parameter>.md`: the period figures at the grid's values.
    func periodSection() -> [ReportBlock] {
        guard let series = run.periodSeries else { return [] }
        // A loop, not a closure over `series`: Swift 6.3's optimiser crashed on the closure (CopyPropagation,
        // "Found ownership error") in release builds.
        var rows: [[ReportCell]] = []
        for step in Self.gridSteps(analysis.values.count) {
            let figures = series.steps[step]
            let plan = figures?.plan
            let total = plan.map { $0.rows.reduce(0) { $0 + $1.totalPlaces } }
            let deviation = plan.map { ComparisonPeriodRows.rounded($0.maxCumulativeDeviation) }
            rows.append([
                .text(value(analysis.values[step])), .count(total), .decimal(deviation, decimals: 2),
                .text(common.periodLimits(figures)),
            ])
        }
        let table = ReportTable(
            columns: [
                .text(text.valueColumn), .number(common.periodTotalColumn), .number(common.periodDeviationColumn),
                .text(common.periodLimitColumn),
            ],
            rows: rows
        )
        var blocks: [ReportBlock] = [
            .heading(level: 2, text: common.periodHeading(series.programme, series.period)),
            .paragraph(common.periodSweepIntro),
        ]
        if rows.count < analysis.values.count { blocks.append(.paragraph(text.selectedSteps)) }
        return blocks + [.table(table)]
    }

    /// The two columns of the `steps` sheet (header, then one pair per step), when the programme has a period.
    func periodColumns() -> (header: [String], steps: [[ReportCell]])? {
        guard let series = run.periodSeries else { return nil }
        return (
            [
                common.periodFigure(series.programme, series.period, common.periodTotalWord),
                common.periodFigure(series.programme, series.period, common.periodDeviationWord),
            ],
            series.steps.map { figures in
                [
                    .count(figures?.total),
                    .decimal(figures?.maxCumulativeDeviation.map(ComparisonPeriodRows.rounded), decimals: 2),
                ]
            }
        )
    }
}
