/// Horizontal bars grouped per category, with an optional reference marker per category.
///
/// Places versus quota per municipality (one bar series, the quota as a
/// marker), and scenarios side by side per municipality (one bar series per
/// scenario). Every bar carries its value as a label and in `data-value`.
public struct GroupedBarChart: Sendable {
    /// The words.
    public var labels: ChartLabels
    /// The categories, top to bottom.
    public var categories: [String]
    /// The bar series, drawn in order within each group.
    public var series: [ChartSeries]
    /// A reference value per category drawn as a vertical tick (e.g. the exact quota).
    public var marker: ChartSeries?
    /// Columns shown only in the table, before the charted ones (context such as last year).
    public var tableOnly: [ChartSeries]
    /// Formats the axis ticks.
    public var tickFormat: @Sendable (Double) -> String
    /// The total row of the table, if any (first cell: its label).
    public var totals: [HTMLTable.Cell]?

    /// Creates a chart.
    public init(
        labels: ChartLabels,
        categories: [String],
        series: [ChartSeries],
        marker: ChartSeries? = nil,
        tableOnly: [ChartSeries] = [],
        tickFormat: @escaping @Sendable (Double) -> String,
        totals: [HTMLTable.Cell]? = nil
    ) {
        self.labels = labels
        self.categories = categories
        self.series = series
        self.marker = marker
        self.tableOnly = tableOnly
        self.tickFormat = tickFormat
        self.totals = totals
    }

    /// The height of one bar: thinner when many series share a group.
    var barHeight: Double { series.count > 3 ? 10 : 13 }

    /// Value labels at the bar ends, left out when many thin bars would crowd them (the table has the numbers).
    var labelsBars: Bool { series.count <= 3 }

    /// The SVG and its table.
    public var figure: ChartFigure {
        let values = (series + (marker.map { [$0] } ?? [])).flatMap { $0.values.compactMap { $0 } }
        var legend = series.enumerated()
            .map { index, series in
                ChartLegend.Entry(label: series.name, symbol: .box(fill: ChartPalette.fill(index, chartID: labels.id)))
            }
        if let marker { legend.append(ChartLegend.Entry(label: marker.name, symbol: .marker)) }
        let frame = HorizontalFrame(
            labels: labels,
            categories: categories,
            rowHeight: Double(series.count) * barHeight + 9,
            legend: legend,
            values: values,
            tickLabel: tickFormat
        )
        var marks: [HTMLNode] = []
        for (index, category) in categories.enumerated() {
            marks.append(group(index, category: category, frame: frame))
        }
        let svg = frame.svg(marks: marks, definitions: ChartPalette.patterns(count: series.count, chartID: labels.id))
        let table = ChartSeries.table(
            caption: labels.title,
            categoryHeading: labels.categoryAxis,
            categories: categories,
            columns: tableOnly + series + (marker.map { [$0] } ?? []),
            totals: totals
        )
        return ChartFigure(svg: svg, table: table)
    }

    /// The bars, marker and labels of one category.
    func group(_ index: Int, category: String, frame: HorizontalFrame) -> HTMLNode {
        var nodes: [HTMLNode] = []
        let zero = frame.scale.position(0)
        let markerX = marker?.value(index).map(frame.scale.position)
        for (seriesIndex, series) in series.enumerated() {
            guard let value = series.value(index) else { continue }
            let y = frame.barTop(index, height: Double(self.series.count) * barHeight) + Double(seriesIndex) * barHeight
            let end = frame.scale.position(value)
            nodes.append(
                .element(
                    "rect",
                    [
                        HTMLAttribute("x", SVG.number(min(zero, end))), HTMLAttribute("y", SVG.number(y)),
                        HTMLAttribute("width", SVG.number(abs(end - zero))),
                        HTMLAttribute("height", SVG.number(barHeight - 2)),
                        HTMLAttribute("fill", ChartPalette.fill(seriesIndex, chartID: labels.id)), .class("bar"),
                    ] + series.dataAttributes(index, category: category),
                    [.element("title", text: "\(category) – \(series.name): \(series.format(value))")]
                )
            )
            if labelsBars {
                let labelX = max(end, markerX ?? end)
                nodes.append(
                    SVG.text(series.format(value), x: labelX + 4, y: y + barHeight - 3.5, [.class("value")])
                )
            }
        }
        if let marker, let value = marker.value(index), let x = markerX {
            nodes.append(
                .element(
                    "line",
                    [
                        HTMLAttribute("x1", SVG.number(x)), HTMLAttribute("y1", SVG.number(frame.rowTop(index) + 1)),
                        HTMLAttribute("x2", SVG.number(x)),
                        HTMLAttribute("y2", SVG.number(frame.rowTop(index) + frame.rowHeight - 1)),
                        HTMLAttribute("stroke", ChartPalette.ink), "stroke-width=3", .class("marker"),
                    ] + marker.dataAttributes(index, category: category),
                    [.element("title", text: "\(category) – \(marker.name): \(marker.format(value))")]
                )
            )
        }
        return SVG.group([.class("group")], nodes)
    }
}
