/// The common layout of the horizontal charts: title, legend, one row per category, a value axis below.
///
/// Categories (municipalities, offers, target groups) are read down the left
/// edge, where long Danish names fit and a phone can still show them; values
/// run left to right from a zero line. Charts add their marks between
/// ``plotLeft`` and ``plotRight`` in the rows ``rowTop(_:)``. A name longer
/// than the label column (at most ``labelShare`` of the width) is wrapped
/// onto two lines, and the rows grow to fit; the full name is in the table.
struct HorizontalFrame: Sendable {
    static let width = 560.0
    static let rightMargin = 64.0
    /// The label column takes at most this share of the width.
    static let labelShare = 0.42
    /// The height of one line of a category name.
    static let lineHeight = 15.0

    var labels: ChartLabels
    var categories: [String]
    var rowHeight: Double
    var legend: ChartLegend
    var scale: ChartScale
    var tickLabel: @Sendable (Double) -> String
    /// The wrapped title and the height it takes.
    var title: (nodes: [HTMLNode], height: Double)
    /// Each category's name in one or two lines.
    var labelLines: [[String]]

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
        self.legend = ChartLegend(entries: legend, width: Self.width - 24)
        self.tickLabel = tickLabel
        title = SVG.title(labels.title, width: Self.width)
        let column = Self.width * Self.labelShare
        labelLines = categories.map { Self.lines($0, width: column - 14) }
        let longest = labelLines.flatMap { $0.map { SVG.estimatedWidth($0) } }.max() ?? 0
        let lines = Double(labelLines.map(\.count).max() ?? 1)
        self.rowHeight = max(rowHeight, lines * Self.lineHeight + 6)
        scale = ChartScale.fitting(
            values: values,
            start: min(column, max(64, longest + 14)),
            end: Self.width - Self.rightMargin,
            label: tickLabel
        )
    }

    /// `name` in at most two lines of `width`; a longer rest is cut with "…".
    static func lines(_ name: String, width: Double) -> [String] {
        let wrapped = SVG.wrap(name, width: width, fontSize: 13)
        guard wrapped.count > 2 else { return wrapped }
        var second = wrapped[1...].joined(separator: " ")
        while SVG.estimatedWidth(second + "…") > width && !second.isEmpty { second.removeLast() }
        return [wrapped[0], second + "…"]
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

    /// The top of a block of bars `height` high, centred in row `index`.
    func barTop(_ index: Int, height: Double) -> Double {
        rowTop(index) + (rowHeight - height) / 2
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

    /// The category names, right-aligned against the plot, centred in their rows.
    func categoryLabels() -> HTMLNode {
        let nodes = labelLines.enumerated()
            .flatMap { index, lines in
                let first = rowTop(index) + rowHeight / 2 + 4 - Double(lines.count - 1) * Self.lineHeight / 2
                return lines.enumerated()
                    .map { number, line in
                        SVG.text(line, x: plotLeft - 8, y: first + Double(number) * Self.lineHeight, anchor: "end")
                    }
            }
        return SVG.group([.class("categories")], nodes)
    }

    /// A value label just right of `x` in row `index`.
    func valueLabel(_ text: String, x: Double, row index: Int, offset: Double = 0) -> HTMLNode {
        SVG.text(text, x: x + 4, y: rowTop(index) + rowHeight / 2 + 4 + offset, [.class("value")])
    }
}
