import Allocation
import KKRDomain

/// The period plan's share of its page (`<from>-<to>/rapport.html`), built with ``PeriodMarkdown``'s document:
/// per programme a chart of each municipality's cumulative deviation per year, with its table.
extension PeriodMarkdown {
    /// The page share; `illustrative` are the report's illustrative figures.
    func page(_ plan: PeriodPlan, illustrative: [String]) -> ReportPage {
        ReportPage(
            year: plan.period.from,
            title: text.periodTitle(plan.period),
            decision: plan.programmes.map {
                "\(text.programmeName($0.programme)): " + text.periodParagraph($0, period: plan.period)
            },
            keyFigures: plan.programmes.map { programme in
                KeyFigure(
                    label: text.programmeName(programme.programme),
                    value: text.number(programme.years.reduce(0) { $0 + $1.total }),
                    note: text.periodLargestDeviationNote + text.number(programme.maxCumulativeDeviation, decimals: 2),
                    illustrative: programme.years.contains { $0.target.provenance.illustrative }
                )
            },
            sections: plan.programmes.map { programme in
                ReportSection(
                    id: "period-\(programme.programme.id)",
                    heading: programme.programme.name(in: text.language),
                    blocks: [.chart(deviationChart(programme, period: plan.period))]
                )
            },
            method: [text.periodMethod],
            checks: plan.programmes.map { programme in
                let sums = programme.years.indices.allSatisfy { index in
                    programme.rows.reduce(0) { $0 + $1.places[index] } == programme.years[index].total
                }
                return CheckItem(sums ? .passed : .failed, text.periodYearSumsCheck(programme.programme))
            },
            illustrative: illustrative,
            inputFiles: plan.inputs.files
        )
    }

    /// Each municipality's cumulative deviation from its share (lines) per year of the period.
    func deviationChart(_ programme: PeriodProgrammePlan, period: AgreementPeriod) -> ReportChart {
        ReportChart(
            labels: text.periodChartLabels(programme.programme, period: period),
            categories: [],
            kind: .lines(
                parameter: programme.years.map { Double($0.year) },
                parameterFormat: .year,
                series: programme.rows.map {
                    ChartValues($0.party.name, $0.cumulativeDeviations, .number(decimals: 2))
                },
                seriesHeading: text.municipalityWord,
                tableSteps: nil
            ),
            tickFormat: .number(decimals: 1)
        )
    }
}
