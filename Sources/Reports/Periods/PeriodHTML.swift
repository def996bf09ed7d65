import Allocation
import KKRDomain

/// The period plan as an HTML page: per programme the paragraph and a chart of each municipality's cumulative
/// deviation per year, with its table.
public struct PeriodHTML: HTMLReportPart {
    /// The plan.
    public var plan: PeriodPlan

    /// Creates the part.
    public init(plan: PeriodPlan) {
        self.plan = plan
    }

    /// The page: `<from>-<to>/rapport.html` (`report.html` in English).
    public static func file(for plan: PeriodPlan, language: Language) -> OutputFile {
        let part = PeriodHTML(plan: plan)
        let text = ReportText(language)
        let page = HTMLPage(
            year: plan.period.from,
            parts: [part],
            language: language,
            title: text.periodTitle(plan.period)
        )
        return OutputFile(
            relativePath: "\(plan.period.folderName)/\(HTMLPage.fileName(language))",
            text: page.render()
        )
    }

    public var year: Int { plan.period.from }

    public func title(_ text: ReportText) -> String { text.periodTitle(plan.period) }

    public func decision(_ text: ReportText) -> [String] {
        plan.programmes.map { "\(text.programmeName($0.programme)): " + text.periodParagraph($0, period: plan.period) }
    }

    public func keyFigures(_ text: ReportText) -> [KeyFigure] {
        plan.programmes.map { programme in
            KeyFigure(
                label: text.programmeName(programme.programme),
                value: text.number(programme.years.reduce(0) { $0 + $1.total }),
                note: text.periodLargestDeviationNote
                    + text.number(programme.maxCumulativeDeviation, decimals: 2),
                illustrative: programme.years.contains { $0.target.provenance.illustrative }
            )
        }
    }

    public func sections(_ text: ReportText) -> [HTMLSection] {
        plan.programmes.map { programme in
            let years = programme.years.map { Double($0.year) }
            let chart = LineChart(
                labels: text.periodChartLabels(programme.programme, period: plan.period),
                parameter: years,
                parameterFormat: { String(Int($0)) },
                series: programme.rows.map { row in
                    ChartSeries(name: row.party.name, values: row.cumulativeDeviations.map { $0 }) {
                        text.number($0, decimals: 2)
                    }
                },
                seriesHeading: text.municipalityWord,
                tickFormat: { text.number($0, decimals: 1) }
            )
            return HTMLSection(
                id: "period-\(programme.programme.id)",
                heading: programme.programme.name(in: text.language),
                content: [chart.figure.node]
            )
        }
    }

    public func method(_ text: ReportText) -> [String] { [text.periodMethod] }

    public func checks(_ text: ReportText) -> [CheckItem] {
        plan.programmes.map { programme in
            let sums = programme.years.indices.allSatisfy { index in
                programme.rows.reduce(0) { $0 + $1.places[index] } == programme.years[index].total
            }
            return CheckItem(
                sums ? .passed : .failed,
                text.periodYearSumsCheck(programme.programme)
            )
        }
    }

    public func illustrative(_ text: ReportText) -> [String] {
        var seen: Set<String> = []
        return plan.inputs.years
            .flatMap { inputs in
                inputs.illustrativeFigures.map { text.illustrative($0, inputs: inputs) }
            }
            .filter { seen.insert($0).inserted }
    }

    public var inputFiles: [InputFile] { plan.inputs.files }
}
