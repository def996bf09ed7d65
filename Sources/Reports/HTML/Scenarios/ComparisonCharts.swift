import Allocation
import KKRDomain

/// The side-by-side charts of a comparison: per programme that changes, one bar per scenario for each municipality.
struct ComparisonCharts {
    let text: ReportText
    let comparison: ScenarioSet

    var columns: [ComparedScenario] { [comparison.base] + comparison.scenarios }

    func name(_ compared: ComparedScenario) -> String {
        text.scenarioName(compared)
    }

    /// A section per programme in which some scenario moves a place; a sentence names the unchanged ones.
    func programmeSections() -> [HTMLSection] {
        let plans = columns.map { $0.outcome.plan?.traineeships }
        var sections: [HTMLSection] = []
        var unchanged: [String] = []
        for programme in ComparisonRows.programmes(plans) {
            let rows = ComparisonRows(programmeID: programme.id, plans: plans)
            let moves = rows.rows.contains { row in
                let base = row.places.first ?? nil
                return row.places.dropFirst().contains { $0 != nil && $0 != base }
            }
            guard moves else {
                unchanged.append(text.programmeName(programme))
                continue
            }
            sections.append(
                HTMLSection(
                    id: "scenarios-\(programme.id)",
                    heading: programme.name(in: text.language),
                    content: chart(programme, rows: rows)
                )
            )
        }
        if !unchanged.isEmpty, var last = sections.popLast() {
            last.content.append(.element("p", text: ComparisonText(text.language).unchangedProgrammes(unchanged)))
            sections.append(last)
        } else if !unchanged.isEmpty {
            sections.append(
                HTMLSection(
                    id: "scenarios-unchanged",
                    heading: ComparisonText(text.language).scenariosTitle,
                    content: [.element("p", text: ComparisonText(text.language).unchangedProgrammes(unchanged))]
                )
            )
        }
        return sections
    }

    /// Places per municipality: the base and each scenario that changes the programme, as grouped bars; the table
    /// adds Δ after each scenario; a sentence names the scenarios that leave the programme as it is.
    func chart(_ programme: Programme, rows: ComparisonRows) -> [HTMLNode] {
        let text = self.text
        let kept =
            [0]
            + comparison.scenarios.indices.map { $0 + 1 }
            .filter { column in
                rows.rows.contains { $0.places[column] != $0.places[0] }
            }
        let shown = kept.map { columns[$0] }
        var figure = GroupedBarChart(
            labels: ComparisonText(text.language)
                .comparisonChart(
                    id: "chart-scenarios-\(programme.id)",
                    programme: text.programmeName(programme),
                    largest: largestChange(rows)
                ),
            categories: rows.rows.map(\.party.name),
            series: kept.map { column in
                ChartSeries(name: name(columns[column]), values: rows.rows.map { $0.places[column].map(Double.init) }) {
                    text.number($0)
                }
            },
            tickFormat: { text.number($0) }
        )
        .figure
        figure.table = sideBySide(
            figure.table.caption,
            columns: shown,
            first: text.municipalityWord,
            rows: rows.rows.map { row in (row.party.name, kept.map { row.places[$0].map(Double.init) }) },
            totals: kept.map { rows.totals[$0].map(Double.init) },
            format: { text.number($0) },
            delta: { text.change(Int($0.rounded())) }
        )
        let same = comparison.scenarios.indices.filter { !kept.contains($0 + 1) }.map { name(comparison.scenarios[$0]) }
        return [figure.node]
            + (same.isEmpty ? [] : [.element("p", text: ComparisonText(text.language).unchangedIn(same))])
    }

    /// "Aalborg +17 (Minimumstal +10 %)": the largest move of one municipality, first found on ties.
    func largestChange(_ rows: ComparisonRows) -> String {
        var largest: (delta: Int, label: String)?
        for (index, compared) in comparison.scenarios.enumerated() {
            for row in rows.rows {
                guard let base = row.places[0], let value = row.places[index + 1] else { continue }
                if abs(value - base) > abs(largest?.delta ?? 0) {
                    largest = (value - base, "\(row.party.name) \(text.change(value - base)) (\(name(compared)))")
                }
            }
        }
        return largest?.label ?? "–"
    }

    /// A table of `columns` side by side (the base first): the first column, the base, then each scenario and its Δ.
    func sideBySide(
        _ caption: String?,
        columns: [ComparedScenario],
        first: String,
        rows: [(label: String, values: [Double?])],
        totals: [Double?],
        format: (Double) -> String,
        delta: (Double) -> String
    ) -> HTMLTable {
        func cell(_ value: Double?, _ write: (Double) -> String) -> HTMLTable.Cell {
            value.map { HTMLTable.Cell(write($0), value: $0) } ?? HTMLTable.Cell("–", classes: ["num"])
        }
        func cells(_ values: [Double?]) -> [HTMLTable.Cell] {
            let base = values.first ?? nil
            var cells = [cell(base, format)]
            for value in values.dropFirst() {
                cells.append(cell(value, format))
                cells.append(cell(value.flatMap { value in base.map { value - $0 } }, delta))
            }
            return cells
        }
        return HTMLTable(
            caption: caption,
            header: [first] + columns.prefix(1).map(name) + columns.dropFirst().flatMap { [name($0), "Δ"] },
            rows: rows.map { [HTMLTable.Cell($0.label)] + cells($0.values) },
            totals: [[HTMLTable.Cell(text.totalWord)] + cells(totals)]
        )
    }
}
