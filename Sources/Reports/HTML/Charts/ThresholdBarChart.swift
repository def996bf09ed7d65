/// Horizontal bars against a lower bound per category (and optionally an upper bound), drawn as dashed lines.
///
/// Socialaftale occupancy per offer against its budgeted band (95–100 %):
/// bars below their lower bound are hatched vermillion and named in the
/// legend, the others solid blue, and each bar is labelled with its value.
/// When every category has the same lower bound it is one line across the
/// chart; otherwise each row gets its own dashed tick.
public struct ThresholdBarChart: Sendable {
    /// A reference value drawn across all rows.
    public struct Bound: Sendable, Hashable {
        /// The legend name (for example "Kapacitet 100 %").
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
    /// The lower bound of each category (named in the legend and the table); bars below it are flagged.
    public var lower: ChartSeries
    /// An upper bound for all rows, drawn but not flagged.
    public var upper: Bound?
    /// The legend names of bars at/above and below the lower bound.
    public var aboveName: String
    /// See ``aboveName``.
    public var belowName: String
    /// Columns shown only in the table, before the values (places, used places).
    public var tableOnly: [ChartSeries]
    /// Formats the axis ticks.
    public var tickFormat: @Sendable (Double) -> String

    /// Creates a chart.
    public init(
        labels: ChartLabels,
        categories: [String],
        values: ChartSeries,
        lower: ChartSeries,
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

    /// True when category `index` lies below its lower bound.
    func isBelow(_ index: Int) -> Bool {
        guard let value = values.value(index), let bound = lower.value(index) else { return false }
        return value < bound - 1e-12
    }

    /// The common lower bound of every category, nil when they differ.
    var commonLower: Double? {
        let bounds = lower.values.compactMap { $0 }
        guard let first = bounds.first, bounds.count == categories.count, bounds.allSatisfy({ $0 == first }) else {
            return nil
        }
        return first
    }

    /// The SVG and its table.
    public var figure: ChartFigure {
        let belowFill = ChartPalette.fill(1, chartID: labels.id)
        let frame = HorizontalFrame(
            labels: labels,
            categories: categories,
            rowHeight: 20,
            legend: [
                ChartLegend.Entry(label: aboveName, symbol: .box(fill: ChartPalette.colour(0))),
                ChartLegend.Entry(label: belowName, symbol: .box(fill: belowFill)),
                ChartLegend.Entry(label: lower.name, symbol: .dashed(colour: ChartPalette.ink)),
            ] + (upper.map { [ChartLegend.Entry(label: $0.name, symbol: .dashed(colour: ChartPalette.grid))] } ?? []),
            values: values.values.compactMap { $0 } + lower.values.compactMap { $0 } + (upper.map { [$0.value] } ?? []),
            tickLabel: tickFormat
        )
        var marks = categories.indices.compactMap { bar($0, frame: frame, belowFill: belowFill) }
        marks += boundLines(frame)
        let svg = frame.svg(marks: marks, definitions: ChartPalette.patterns(count: 2, chartID: labels.id))
        let table = HTMLTable(
            caption: labels.title,
            header: [labels.categoryAxis] + (tableOnly + [values, lower]).map(\.name),
            rows: categories.enumerated()
                .map { index, name in
                    [HTMLTable.Cell(name)] + tableOnly.map { $0.cell(index) }
                        + [values.cell(index, classes: isBelow(index) ? ["warn"] : []), lower.cell(index)]
                }
        )
        return ChartFigure(svg: svg, table: table)
    }

    /// The bar of category `index` and its label.
    func bar(_ index: Int, frame: HorizontalFrame, belowFill: String) -> HTMLNode? {
        guard let value = values.value(index) else { return nil }
        let category = categories[index]
        let below = isBelow(index)
        let y = frame.barTop(index, height: 12)
        let zero = frame.scale.position(0)
        let end = frame.scale.position(value)
        let bar = HTMLNode.element(
            "rect",
            [
                HTMLAttribute("x", SVG.number(min(zero, end))), HTMLAttribute("y", SVG.number(y)),
                HTMLAttribute("width", SVG.number(abs(end - zero))), "height=12",
                HTMLAttribute("fill", below ? belowFill : ChartPalette.colour(0)), .class(below ? "bar below" : "bar"),
            ] + values.dataAttributes(index, category: category),
            [.element("title", text: "\(category): \(values.format(value))")]
        )
        let reach = [value, lower.value(index) ?? value, upper?.value ?? value].max() ?? value
        let label = SVG.text(values.format(value), x: frame.scale.position(reach) + 4, y: y + 10, [.class("value")])
        return SVG.group([.class("group")], [bar, label])
    }

    /// The lower bound (one line, or a tick per row) and the upper bound.
    func boundLines(_ frame: HorizontalFrame) -> [HTMLNode] {
        func across(_ value: Double, _ attributes: [HTMLAttribute]) -> HTMLNode {
            let x = frame.scale.position(value)
            return SVG.line(x1: x, y1: frame.plotTop - 4, x2: x, y2: frame.plotBottom, attributes)
        }
        let dashed: [HTMLAttribute] = [
            HTMLAttribute("stroke", ChartPalette.ink), "stroke-width=1.5", "stroke-dasharray=5 3",
        ]
        var lines: [HTMLNode] = []
        if let common = commonLower {
            lines.append(
                across(common, dashed + [.class("bound lower"), HTMLAttribute("data-value", SVG.dataValue(common))])
            )
        } else {
            for (index, category) in categories.enumerated() {
                guard let bound = lower.value(index) else { continue }
                let x = frame.scale.position(bound)
                lines.append(
                    SVG.line(
                        x1: x,
                        y1: frame.rowTop(index) + 1,
                        x2: x,
                        y2: frame.rowTop(index) + frame.rowHeight - 1,
                        dashed + [.class("bound lower")] + lower.dataAttributes(index, category: category)
                    )
                )
            }
        }
        if let upper {
            lines.append(
                across(
                    upper.value,
                    [
                        HTMLAttribute("stroke", "#767676"), "stroke-width=1.5", "stroke-dasharray=2 2",
                        .class("bound upper"), HTMLAttribute("data-value", SVG.dataValue(upper.value)),
                    ]
                )
            )
        }
        return lines
    }
}
