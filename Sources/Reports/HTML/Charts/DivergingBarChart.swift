/// Horizontal bars left or right of a zero line: a change per category (places this year minus last year).
///
/// Increases point right in solid blue, decreases left in hatched vermillion,
/// and every bar is labelled with its signed value, so the direction never
/// depends on colour.
public struct DivergingBarChart: Sendable {
    /// The words.
    public var labels: ChartLabels
    /// The categories, top to bottom.
    public var categories: [String]
    /// The signed changes.
    public var change: ChartSeries
    /// The legend names of an increase and a decrease.
    public var increase: String
    /// See ``increase``.
    public var decrease: String
    /// Columns shown only in the table, before the change (last year, this year).
    public var tableOnly: [ChartSeries]
    /// Formats the axis ticks.
    public var tickFormat: @Sendable (Double) -> String
    /// The total row of the table, if any.
    public var totals: [HTMLTable.Cell]?

    /// Creates a chart.
    public init(
        labels: ChartLabels,
        categories: [String],
        change: ChartSeries,
        increase: String,
        decrease: String,
        tableOnly: [ChartSeries] = [],
        tickFormat: @escaping @Sendable (Double) -> String,
        totals: [HTMLTable.Cell]? = nil
    ) {
        self.labels = labels
        self.categories = categories
        self.change = change
        self.increase = increase
        self.decrease = decrease
        self.tableOnly = tableOnly
        self.tickFormat = tickFormat
        self.totals = totals
    }

    /// The SVG and its table.
    public var figure: ChartFigure {
        let decreaseFill = ChartPalette.fill(1, chartID: labels.id)
        let frame = HorizontalFrame(
            labels: labels,
            categories: categories,
            rowHeight: 20,
            legend: [
                ChartLegend.Entry(label: increase, symbol: .box(fill: ChartPalette.colour(0))),
                ChartLegend.Entry(label: decrease, symbol: .box(fill: decreaseFill)),
            ],
            values: change.values.compactMap { $0 },
            tickLabel: tickFormat
        )
        let zero = frame.scale.position(0)
        var marks: [HTMLNode] = []
        for (index, category) in categories.enumerated() {
            guard let value = change.value(index) else { continue }
            let end = frame.scale.position(value)
            let y = frame.barTop(index, height: 12)
            let bar = HTMLNode.element(
                "rect",
                [
                    HTMLAttribute("x", SVG.number(min(zero, end))), HTMLAttribute("y", SVG.number(y)),
                    HTMLAttribute("width", SVG.number(abs(end - zero))), "height=12",
                    HTMLAttribute("fill", value < 0 ? decreaseFill : ChartPalette.colour(0)),
                    .class(value < 0 ? "bar decrease" : "bar increase"),
                ] + change.dataAttributes(index, category: category),
                [.element("title", text: "\(category): \(change.format(value))")]
            )
            let label =
                value < 0
                ? SVG.text(change.format(value), x: end - 4, y: y + 10, anchor: "end", [.class("value")])
                : SVG.text(change.format(value), x: end + 4, y: y + 10, [.class("value")])
            marks.append(SVG.group([.class("group")], [bar, label]))
        }
        let svg = frame.svg(marks: marks, definitions: ChartPalette.patterns(count: 2, chartID: labels.id))
        let table = ChartSeries.table(
            caption: labels.title,
            categoryHeading: labels.categoryAxis,
            categories: categories,
            columns: tableOnly + [change],
            totals: totals
        )
        return ChartFigure(svg: svg, table: table)
    }
}
