/// The common layout of the horizontal charts: title, legend, one row per category, a value axis below.
///
/// Categories (municipalities, offers, target groups) are read down the left
/// edge, where long Danish names fit and a phone can still show them; values
/// run left to right from a zero line. Charts add their marks between
/// ``plotLeft`` and ``plotRight`` in the rows ``rowTop(_:)``.
struct HorizontalFrame: Sendable {
    static let width = 560.0
    static let rightMargin = 64.0

    var labels: ChartLabels
    var categories: [String]
    var rowHeight: Double
    var legend: ChartLegend
    var scale: ChartScale
    var tickLabel: @Sendable (Double) -> String
    /// The wrapped title and the height it takes.
    var title: (nodes: [HTMLNode], height: Double)

    /// A frame for `categories` whose values span `values`.
    init(
        labels: ChartLabels,
        categories: [String],
        rowHeight: Double,
        legend: [ChartLegend.Entry],
        values: [Double],
        tickLabel: @escaping @Sendable (Double) -> String
    ) {
        self.labels = labels
        self.categories = categories
        self.rowHeight = rowHeight
        self.legend = ChartLegend(entries: legend, width: Self.width - 24)
        self.tickLabel = tickLabel
        title = SVG.title(labels.title, width: Self.width)
        let longest = categories.map { SVG.estimatedWidth($0) }.max() ?? 0
        let left = min(200, max(64, longest + 14))
        scale = ChartScale(values: values, start: left, end: Self.width - Self.rightMargin)
    }

    // MARK: - Geometry

    var plotLeft: Double { scale.start }
    var plotRight: Double { scale.end }
    var legendTop: Double { 14 + title.height }
    var plotTop: Double { legendTop + Double(legend.rows) * ChartLegend.rowHeight + 22 }
    var plotBottom: Double { plotTop + Double(categories.count) * rowHeight }
    var height: Double { plotBottom + 46 }

    /// The top of row `index`.
    func rowTop(_ index: Int) -> Double {
        plotTop + Double(index) * rowHeight
    }

    // MARK: - Drawing

    /// The `<svg>` with the frame around `marks` (and `definitions` such as patterns).
    func svg(marks: [HTMLNode], definitions: [HTMLNode] = []) -> HTMLNode {
        var children: [HTMLNode] = []
        if !definitions.isEmpty { children.append(.element("defs", [], definitions)) }
        children += title.nodes
        if let legendNode = legend.node(left: 12, top: legendTop) { children.append(legendNode) }
        children.append(axes())
        children.append(categoryLabels())
        children += marks
        return SVG.chart(labels, width: Self.width, height: height, content: children)
    }

    /// Grid lines, tick labels, the zero line and the axis labels.
    func axes() -> HTMLNode {
        var nodes: [HTMLNode] = []
        for tick in scale.ticks {
            let x = scale.position(tick)
            nodes.append(
                SVG.line(
                    x1: x,
                    y1: plotTop - 4,
                    x2: x,
                    y2: plotBottom,
                    [HTMLAttribute("stroke", tick == 0 ? ChartPalette.ink : ChartPalette.grid)]
                )
            )
            nodes.append(SVG.text(tickLabel(tick), x: x, y: plotBottom + 16, anchor: "middle", [.class("tick")]))
        }
        nodes.append(
            SVG.text(
                labels.valueAxis,
                x: (plotLeft + plotRight) / 2,
                y: plotBottom + 36,
                anchor: "middle",
                [.class("axis-label")]
            )
        )
        nodes.append(
            SVG.text(labels.categoryAxis, x: plotLeft - 8, y: plotTop - 8, anchor: "end", [.class("axis-label")])
        )
        return SVG.group([.class("axes")], nodes)
    }

    /// The category names, right-aligned against the plot.
    func categoryLabels() -> HTMLNode {
        let nodes = categories.enumerated()
            .map { index, name in
                SVG.text(name, x: plotLeft - 8, y: rowTop(index) + rowHeight / 2 + 4, anchor: "end")
            }
        return SVG.group([.class("categories")], nodes)
    }

    /// A value label just right of `x` in row `index`.
    func valueLabel(_ text: String, x: Double, row index: Int, offset: Double = 0) -> HTMLNode {
        SVG.text(text, x: x + 4, y: rowTop(index) + rowHeight / 2 + 4 + offset, [.class("value")])
    }
}
