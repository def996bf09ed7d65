import Allocation
import KKRDomain

/// The charts and tables of one training-places programme, built from the plan's own numbers.
struct TraineeshipCharts {
    let text: ReportText
    let plan: TraineeshipPlan

    /// The words of the training places.
    var words: TraineeshipText { TraineeshipText(text.language) }

    /// Everything under a programme's heading: intro, places versus quota, change, notes, checks, splits.
    func programme(_ programme: ProgrammePlan) -> [HTMLNode] {
        var nodes: [HTMLNode] = [.element("p", text: words.programmeIntro(programme, plan: plan))]
        nodes.append(quota(programme).node)
        let notes = [words.carryOverNote(programme), words.bindingNote(programme)].compactMap { $0 }
        nodes += notes.map { .element("p", [.class("note")], text: $0) }
        nodes.append(.element("p", text: words.checkLine(programme, sum: ProgrammeTotals(programme).places)))
        if let change = change(programme) { nodes.append(change.node) }
        nodes += programme.splits.map { split(split: $0, programme: programme).node }
        return nodes
    }

    func names(_ programme: ProgrammePlan) -> [String] {
        programme.rows.map(\.party.name)
    }

    func chartID(_ programme: ProgrammePlan, _ kind: String) -> String {
        "chart-\(programme.programme.id)-\(kind)"
    }

    // MARK: - Charts

    /// Places (bars) against the exact quota (marker) per municipality.
    func quota(_ programme: ProgrammePlan) -> ChartFigure {
        let rows = programme.rows
        let text = self.text
        let most = rows.max { $0.places == $1.places ? $0.party > $1.party : $0.places < $1.places }
        let fewest = rows.min { $0.places == $1.places ? $0.party < $1.party : $0.places < $1.places }
        let describe = { (row: AllocationRow?) in row.map { "\($0.party.name) \(text.number($0.places))" } ?? "–" }
        let names = words.quotaSeries(year: plan.year)
        let totals = ProgrammeTotals(programme)
        let places = totals.places
        let quotas = totals.quota
        return GroupedBarChart(
            labels: words.quotaChart(
                id: chartID(programme, "quota"),
                programme: text.programmeName(programme.programme),
                year: plan.year,
                most: describe(most),
                fewest: describe(fewest)
            ),
            categories: self.names(programme),
            series: [ChartSeries(name: names.places, values: rows.map { Double($0.places) }) { text.number($0) }],
            marker: ChartSeries(name: names.quota, values: rows.map(\.quota)) { text.number($0, decimals: 2) },
            tickFormat: { text.number($0) },
            totals: [
                HTMLTable.Cell(text.totalWord), HTMLTable.Cell(text.number(places), value: Double(places)),
                HTMLTable.Cell(text.number(quotas, decimals: 2), value: quotas),
            ]
        )
        .figure
    }

    /// The change from last year per municipality, when last year is known for some.
    func change(_ programme: ProgrammePlan) -> ChartFigure? {
        let rows = programme.rows
        guard rows.contains(where: { $0.lastYear != nil }) else { return nil }
        let text = self.text
        let totals = ProgrammeTotals(programme)
        let total = totals.knownChange
        let names = words.changeSeries(year: plan.year)
        let lastTotal = totals.lastYear
        let places = totals.places
        return DivergingBarChart(
            labels: words.changeChart(
                id: chartID(programme, "change"),
                programme: text.programmeName(programme.programme),
                year: plan.year,
                total: text.change(total)
            ),
            categories: self.names(programme),
            change: ChartSeries(name: names.change, values: rows.map { $0.change.map(Double.init) }) {
                text.change(Int($0.rounded()))
            },
            increase: names.increase,
            decrease: names.decrease,
            tableOnly: [
                ChartSeries(name: String(plan.year - 1), values: rows.map { $0.lastYear.map(Double.init) }) {
                    text.number($0)
                },
                ChartSeries(name: String(plan.year), values: rows.map { Double($0.places) }) { text.number($0) },
            ],
            tickFormat: { text.change(Int($0.rounded())) },
            totals: [
                HTMLTable.Cell(text.totalWord),
                lastTotal.map { HTMLTable.Cell(text.number($0), value: Double($0)) }
                    ?? HTMLTable.Cell("–", classes: ["num"]),
                HTMLTable.Cell(text.number(places), value: Double(places)),
                lastTotal.map { HTMLTable.Cell(text.change(places - $0), value: Double(places - $0)) }
                    ?? HTMLTable.Cell("–", classes: ["num"]),
            ]
        )
        .figure
    }

    /// One split (pædagog by specialisation or start) as stacked bars per municipality.
    func split(split: SplitPlan, programme: ProgrammePlan) -> ChartFigure {
        let text = self.text
        let segments = split.dimension.categories.enumerated()
            .map { column, category in
                ChartSeries(
                    name:
                        "\(words.categoryName(category, year: plan.year)) (\(text.percent(category.percent / 100, decimals: 0)))",
                    values: split.cells.map { Double($0[column]) }
                ) { text.number($0) }
            }
        return StackedBarChart(
            labels: words.splitChart(
                id: chartID(programme, split.dimension.id),
                programme: text.programmeName(programme.programme),
                dimension: split.dimension.name(in: text.language),
                illustrative: split.dimension.provenance.illustrative
            ),
            categories: names(programme),
            segments: segments,
            totalName: text.totalWord,
            format: { text.number($0) }
        )
        .figure
    }

    /// A joint capacity: each municipality's places across its programmes against its cap.
    func capacity(_ use: JointCapacityUse, index: Int) -> ChartFigure {
        let text = self.text
        let programmes = text.list(
            use.capacity.programmeIDs.compactMap { id in plan.programmes.first { $0.programme.id == id } }
                .map { text.programmeName($0.programme) }
        )
        let names = words.capacitySeries(programmes: programmes)
        return GroupedBarChart(
            labels: words.capacityChart(
                id: "chart-capacity-\(index)",
                capacity: use.capacity.name(in: text.language),
                programmes: programmes
            ),
            categories: use.uses.map(\.party.name),
            series: [ChartSeries(name: names.places, values: use.uses.map { Double($0.places) }) { text.number($0) }],
            marker: ChartSeries(name: names.capacity, values: use.uses.map { Double($0.cap) }) { text.number($0) },
            tickFormat: { text.number($0) }
        )
        .figure
    }
}
