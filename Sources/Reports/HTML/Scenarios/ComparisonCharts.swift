import Allocation
import KKRDomain

/// The side-by-side charts of a comparison: per programme that changes, one bar per scenario for each municipality.
struct ComparisonCharts {
    let text: ReportText
    let comparison: ScenarioSet

    var columns: [ComparedScenario] { [comparison.base] + comparison.scenarios }

    func name(_ compared: ComparedScenario) -> String {
        compared.scenario?.scenario.name ?? text.baseWord
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
                    content: [chart(programme, rows: rows).node]
                )
            )
        }
        if !unchanged.isEmpty, var last = sections.popLast() {
            last.content.append(.element("p", text: text.unchangedProgrammes(unchanged)))
            sections.append(last)
        } else if !unchanged.isEmpty {
            sections.append(
                HTMLSection(
                    id: "scenarios-unchanged",
                    heading: text.scenariosTitle,
                    content: [.element("p", text: text.unchangedProgrammes(unchanged))]
                )
            )
        }
        return sections
    }

    /// Places per municipality: the base and each scenario as grouped bars; the table adds Δ after each scenario.
    func chart(_ programme: Programme, rows: ComparisonRows) -> ChartFigure {
        let text = self.text
        let places = columns.indices.map { column in
            ChartSeries(name: name(columns[column]), values: rows.rows.map { $0.places[column].map(Double.init) }) {
                text.number($0)
            }
        }
        var figure = GroupedBarChart(
            labels: text.comparisonChart(
                id: "chart-scenarios-\(programme.id)",
                programme: text.programmeName(programme),
                largest: largestChange(rows)
            ),
            categories: rows.rows.map(\.party.name),
            series: places,
            tickFormat: { text.number($0) }
        )
        .figure
        figure.table = table(figure.table.caption, rows: rows)
        return figure
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

    /// Municipality, base, then each scenario followed by its Δ; a total row.
    func table(_ caption: String?, rows: ComparisonRows) -> HTMLTable {
        func cells(_ places: [Int?]) -> [HTMLTable.Cell] {
            var cells = [number(places.first ?? nil)]
            for value in places.dropFirst() {
                cells.append(number(value))
                if let value, let base = places.first ?? nil {
                    cells.append(HTMLTable.Cell(text.change(value - base), value: Double(value - base)))
                } else {
                    cells.append(HTMLTable.Cell("–", classes: ["num"]))
                }
            }
            return cells
        }
        return HTMLTable(
            caption: caption,
            header: [text.municipalityWord, name(comparison.base)] + comparison.scenarios.flatMap { [name($0), "Δ"] },
            rows: rows.rows.map { [HTMLTable.Cell($0.party.name)] + cells($0.places) },
            totals: [[HTMLTable.Cell(text.totalWord)] + cells(rows.totals)]
        )
    }

    func number(_ value: Int?) -> HTMLTable.Cell {
        value.map { HTMLTable.Cell(text.number($0), value: Double($0)) } ?? HTMLTable.Cell("–", classes: ["num"])
    }
}
