import Allocation
import KKRDomain

/// The agreement periods on the scenario page: the places over the period and the largest cumulative deviation,
/// base and scenarios side by side, and why a deviation reaches one place (as in `scenarios.md`).
extension ComparisonCharts {
    func periodSection() -> HTMLSection? {
        let programmes = ComparisonPeriodRows.programmes(columns)
        guard !programmes.isEmpty else { return nil }
        func cell(_ value: Double?, decimals: Int, signed: Bool) -> HTMLTable.Cell {
            guard let value else { return HTMLTable.Cell("–", classes: ["num"]) }
            let written = text.number(value, decimals: decimals)
            return HTMLTable.Cell(signed && value > 0 ? "+" + written : written, value: value)
        }
        func cells(_ values: [Double?], decimals: Int) -> [HTMLTable.Cell] {
            let base = values.first ?? nil
            var cells = [cell(base, decimals: decimals, signed: false)]
            for value in values.dropFirst() {
                cells.append(cell(value, decimals: decimals, signed: false))
                cells.append(cell(value.flatMap { value in base.map { value - $0 } }, decimals: decimals, signed: true))
            }
            return cells
        }
        var rows: [[HTMLTable.Cell]] = []
        var notes: [String] = []
        for (programme, period) in programmes {
            let figures = columns.map { ComparisonPeriodRows.figures($0, programme.id) }
            rows.append(
                [HTMLTable.Cell(text.periodFigure(programme, period, text.periodTotalWord))]
                    + cells(figures.map { $0?.total.map(Double.init) }, decimals: 0)
            )
            rows.append(
                [HTMLTable.Cell(text.periodFigure(programme, period, text.periodDeviationWord))]
                    + cells(figures.map { $0?.maxCumulativeDeviation.map(ComparisonPeriodRows.rounded) }, decimals: 2)
            )
            notes += zip(columns, figures)
                .compactMap { column, figures in figures.flatMap { text.periodNotes($0, name: name(column)) } }
        }
        let table = HTMLTable(
            header: [ComparisonText(text.language).programmeColumn] + columns.prefix(1).map(name)
                + columns.dropFirst().flatMap { [name($0), "Δ"] },
            rows: rows
        )
        var content: [HTMLNode] = [.element("p", text: text.periodScenarioIntro.replacingBackticks), table.node]
        if !notes.isEmpty { content.append(.element("ul", [], notes.map { .element("li", text: $0) })) }
        return HTMLSection(id: "scenarios-periods", heading: text.periodsHeading, content: content)
    }
}

extension String {
    /// The text without Markdown's code backticks (for HTML text).
    fileprivate var replacingBackticks: String { replacingOccurrences(of: "`", with: "") }
}
