import Allocation
import KKRDomain

/// The swept programme's agreement period on the sweep page: a chart of the largest cumulative deviation over the
/// parameter's values, and a table of the places over the period, the deviation and the binding limit.
extension SweepHTML {
    func periodSection(_ text: ReportText) -> HTMLSection? {
        guard let series = run.periodSeries else { return nil }
        let values = run.analysis.values
        let steps = SweepReport.gridSteps(values.count)
        let parameter = run.parameter
        let format: @Sendable (Double) -> String = { SweepText(text.language).sweepValue($0, parameter) }
        let deviations = series.steps.map { $0?.maxCumulativeDeviation.map(ComparisonPeriodRows.rounded) }
        let chart = LineChart(
            labels: text.periodSweepChart(series.programme, series.period, parameter: parameterName(text)),
            parameter: values,
            parameterFormat: format,
            series: [
                ChartSeries(name: text.periodDeviationColumn, values: deviations) { text.number($0, decimals: 2) }
            ],
            seriesHeading: text.periodColumn,
            tickFormat: { text.number($0, decimals: 1) }
        )
        let table = HTMLTable(
            header: [
                SweepText(text.language).valueColumn, text.periodTotalColumn, text.periodDeviationColumn,
                text.periodLimitColumn,
            ],
            rows: steps.map { step in
                let figures = series.steps[step]
                return [
                    HTMLTable.Cell(format(values[step])),
                    figures?.total.map { HTMLTable.Cell(text.number($0), value: Double($0)) }
                        ?? HTMLTable.Cell("–", classes: ["num"]),
                    deviations[step].map { HTMLTable.Cell(text.number($0, decimals: 2), value: $0) }
                        ?? HTMLTable.Cell("–", classes: ["num"]),
                    HTMLTable.Cell(text.periodLimits(figures)),
                ]
            }
        )
        return HTMLSection(
            id: "sweep-period-\(series.programme.id)",
            heading: text.periodHeading(series.programme, series.period),
            content: [
                .element("p", text: text.periodSweepIntro.replacingOccurrences(of: "`", with: "")),
                chart.figure.node, table.node,
            ]
        )
    }
}
