/// Horizontal bars against a lower bound (and optionally an upper bound) drawn as dashed lines.
///
/// Socialaftale occupancy per offer against the budgeted band (95–100 %):
/// bars below the lower bound are hatched vermillion and named in the
/// legend, the others solid blue, and each bar is labelled with its value.
public struct ThresholdBarChart: Sendable {
    /// A reference value drawn across all rows.
    public struct Bound: Sendable, Hashable {
        /// The legend name (for example "Nedre grænse 95 %").
        public var name: String
        /// The value.
        public var value: Double

        /// Creates a bound.
        public init(name: String, value: Double) {
            self.name = name
            self.value = value
        }
    }

    /// The words.
    public var labels: ChartLabels
    /// The categories, top to bottom.
    public var categories: [String]
    /// The values.
    public var values: ChartSeries
    /// The lower bound; bars below it are flagged.
    public var lower: Bound
    /// An upper bound, drawn but not flagged.
    public var upper: Bound?
    /// The legend names of bars at/above and below the lower bound.
    public var aboveName: String
    /// See ``aboveName``.
    public var belowName: String
    /// Columns shown only in the table (places, used places).
    public var tableOnly: [ChartSeries]
    /// Formats the axis ticks.
    public var tickFormat: @Sendable (Double) -> String

    /// Creates a chart.
    public init(
        labels: ChartLabels,
        categories: [String],
        values: ChartSeries,
        lower: Bound,
        upper: Bound? = nil,
        aboveName: String,
        belowName: String,
        tableOnly: [ChartSeries] = [],
        tickFormat: @escaping @Sendable (Double) -> String
    ) {
        self.labels = labels
        self.categories = categories
        self.values = values
        self.lower = lower
        self.upper = upper
        self.aboveName = aboveName
        self.belowName = belowName
        self.tableOnly = tableOnly
        self.tickFormat = tickFormat
    }

    /// The SVG and its table.
    public var figure: ChartFigure {
        let belowFill = ChartPalette.fill(1, chartID: labels.id)
        let bounds = [lower] + (upper.map { [$0] } ?? [])
        let frame = HorizontalFrame(
            labels: labels,
            categories: categories,
            rowHeight: 20,
            legend: [
                ChartLegend.Entry(label: aboveName, symbol: .box(fill: ChartPalette.colour(0))),
                ChartLegend.Entry(label: belowName, symbol: .box(fill: belowFill)),
            ] + bounds.map { ChartLegend.Entry(label: $0.name, symbol: .dashed(colour: ChartPalette.ink)) },
            values: values.values.compactMap { $0 } + bounds.map(\.value),
            tickLabel: tickFormat
        )
        let zero = frame.scale.position(0)
        var marks: [HTMLNode] = []
        for (index, category) in categories.enumerated() {
            guard let value = values.value(index) else { continue }
            let below = value < lower.value - 1e-12
            let y = frame.rowTop(index) + 4
            let end = frame.scale.position(value)
            let bar = HTMLNode.element(
                "rect",
                [
                    HTMLAttribute("x", SVG.number(min(zero, end))), HTMLAttribute("y", SVG.number(y)),
                    HTMLAttribute("width", SVG.number(abs(end - zero))), "height=12",
                    HTMLAttribute("fill", below ? belowFill : ChartPalette.colour(0)),
                    .class(below ? "bar below" : "bar"),
                ] + values.dataAttributes(index, category: category),
                [.element("title", text: "\(category): \(values.format(value))")]
            )
            let labelX = max(end, frame.scale.position(upper?.value ?? lower.value))
            marks.append(
                SVG.group(
                    [.class("group")],
                    [bar, SVG.text(values.format(value), x: labelX + 4, y: y + 10, [.class("value")])]
                )
            )
        }
        for (index, bound) in bounds.enumerated() {
            let x = frame.scale.position(bound.value)
            marks.append(
                SVG.line(
                    x1: x,
                    y1: frame.plotTop - 4,
                    x2: x,
                    y2: frame.plotBottom,
                    [
                        HTMLAttribute("stroke", ChartPalette.ink), "stroke-width=1.5", "stroke-dasharray=5 3",
                        .class(index == 0 ? "bound lower" : "bound upper"),
                        HTMLAttribute("data-value", SVG.dataValue(bound.value)),
                    ]
                )
            )
        }
        let svg = frame.svg(marks: marks, definitions: ChartPalette.patterns(count: 2, chartID: labels.id))
        let table = HTMLTable(
            caption: labels.title,
            header: [labels.categoryAxis] + (tableOnly + [values]).map(\.name),
            rows: categories.enumerated()
                .map { index, name in
                    let below = values.value(index).map { $0 < lower.value - 1e-12 } ?? false
                    return [HTMLTable.Cell(name)] + tableOnly.map { $0.cell(index) }
                        + [values.cell(index, classes: below ? ["warn"] : [])]
                }
        )
        return ChartFigure(svg: svg, table: table)
    }
}
