/// Horizontal bars stacked from segments: for example unmet demand and out-of-region purchases per target group.
///
/// Segments differ by colour and by fill pattern, the total is written at the
/// end of each bar, and the table gives every segment and the total.
public struct StackedBarChart: Sendable {
    /// The words.
    public var labels: ChartLabels
    /// The categories, top to bottom.
    public var categories: [String]
    /// The segments, left to right (values must not be negative).
    public var segments: [ChartSeries]
    /// The heading of the table's total column and the label of its total row.
    public var totalName: String
    /// Formats totals and axis ticks.
    public var format: @Sendable (Double) -> String
    /// The table's total row when the caller has it (computed with its other totals); nil sums the segments.
    public var totals: [HTMLTable.Cell]?

    /// Creates a chart.
    public init(
        labels: ChartLabels,
        categories: [String],
        segments: [ChartSeries],
        totalName: String,
        format: @escaping @Sendable (Double) -> String,
        totals: [HTMLTable.Cell]? = nil
    ) {
        self.labels = labels
        self.categories = categories
        self.segments = segments
        self.totalName = totalName
        self.format = format
        self.totals = totals
    }

    /// The total of category `index` (missing segments count as 0).
    func total(_ index: Int) -> Double {
        segments.reduce(0) { $0 + max(0, $1.value(index) ?? 0) }
    }

    /// The table's last row: each segment's sum over the categories and the grand total.
    var totalRow: [HTMLTable.Cell] {
        let sums = segments.map { segment in segment.values.reduce(0) { $0 + max(0, $1 ?? 0) } }
        let all = sums.reduce(0, +)
        return [HTMLTable.Cell(totalName)] + sums.map { HTMLTable.Cell(format($0), value: $0) }
            + [HTMLTable.Cell(format(all), value: all)]
    }

    /// The SVG and its table.
    public var figure: ChartFigure {
        let frame = HorizontalFrame(
            labels: labels,
            categories: categories,
            rowHeight: 22,
            legend: segments.enumerated()
                .map { index, segment in
                    ChartLegend.Entry(
                        label: segment.name,
                        symbol: .box(fill: ChartPalette.fill(index, chartID: labels.id))
                    )
                },
            values: categories.indices.map(total),
            tickLabel: format
        )
        var marks: [HTMLNode] = []
        for (index, category) in categories.enumerated() {
            var start = 0.0
            var nodes: [HTMLNode] = []
            for (segmentIndex, segment) in segments.enumerated() {
                guard let value = segment.value(index), value > 0 else { continue }
                let x0 = frame.scale.position(start)
                let x1 = frame.scale.position(start + value)
                nodes.append(
                    .element(
                        "rect",
                        [
                            HTMLAttribute("x", SVG.number(x0)),
                            HTMLAttribute("y", SVG.number(frame.barTop(index, height: 14))),
                            HTMLAttribute("width", SVG.number(x1 - x0)), "height=14",
                            HTMLAttribute("fill", ChartPalette.fill(segmentIndex, chartID: labels.id)),
                            "stroke=#FFFFFF", "stroke-width=0.5", .class("bar segment"),
                        ] + segment.dataAttributes(index, category: category),
                        [.element("title", text: "\(category) – \(segment.name): \(segment.format(value))")]
                    )
                )
                start += value
            }
            nodes.append(frame.valueLabel(format(total(index)), x: frame.scale.position(start), row: index, offset: 1))
            marks.append(SVG.group([.class("group"), HTMLAttribute("data-total", SVG.dataValue(total(index)))], nodes))
        }
        let svg = frame.svg(
            marks: marks,
            definitions: ChartPalette.patterns(count: segments.count, chartID: labels.id)
        )
        let table = HTMLTable(
            caption: labels.title,
            header: [labels.categoryAxis] + segments.map(\.name) + [totalName],
            rows: categories.enumerated()
                .map { index, name in
                    [HTMLTable.Cell(name)] + segments.map { $0.cell(index) }
                        + [HTMLTable.Cell(format(total(index)), value: total(index))]
                },
            totals: [totals ?? totalRow]
        )
        return ChartFigure(svg: svg, table: table)
    }
}
