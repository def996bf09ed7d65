/// Lines over a numeric parameter: each municipality's places as a scenario parameter moves (`sweep`).
///
/// Series differ by colour, point shape and dash pattern, and each line is
/// named at its right end (labels pushed apart so they never overlap), so
/// the chart reads without the legend and without colour.
public struct LineChart: Sendable {
    /// The words; ``ChartLabels/categoryAxis`` is the parameter (x) axis.
    public var labels: ChartLabels
    /// The parameter values, left to right.
    public var parameter: [Double]
    /// Formats a parameter value.
    public var parameterFormat: @Sendable (Double) -> String
    /// One line per series; values line up with ``parameter``.
    public var series: [ChartSeries]
    /// The table's first heading (what a series is, e.g. "Kommune").
    public var seriesHeading: String
    /// Formats the value axis ticks.
    public var tickFormat: @Sendable (Double) -> String
    /// The parameter indices shown as table columns (nil: all); a long sweep shows a spread of them.
    public var tableSteps: [Int]?
    /// The table's caption, which names the parameter of the columns (nil: the chart's title and the x axis label).
    public var tableCaption: String?

    /// Creates a chart.
    public init(
        labels: ChartLabels,
        parameter: [Double],
        parameterFormat: @escaping @Sendable (Double) -> String,
        series: [ChartSeries],
        seriesHeading: String,
        tickFormat: @escaping @Sendable (Double) -> String,
        tableSteps: [Int]? = nil,
        tableCaption: String? = nil
    ) {
        self.labels = labels
        self.parameter = parameter
        self.parameterFormat = parameterFormat
        self.series = series
        self.seriesHeading = seriesHeading
        self.tickFormat = tickFormat
        self.tableSteps = tableSteps
        self.tableCaption = tableCaption
    }

    /// Up to this many parameter values get their own tick; more get round ticks.
    static let valueTicks = 12

    static let width = 560.0
    static let plotLeft = 64.0
    static let plotRight = 420.0
    static let plotHeight = 300.0

    /// The dash pattern of series `index`: solid for the first five, then dashed, then dotted.
    static func dash(_ index: Int) -> String? {
        switch (index / ChartPalette.series.count) % 3 {
        case 1: return "6 3"
        case 2: return "2 2"
        default: return nil
        }
    }

    /// The SVG and its table.
    public var figure: ChartFigure {
        let legend = ChartLegend(
            entries: series.enumerated()
                .map { index, line in
                    ChartLegend.Entry(
                        label: line.name,
                        symbol: .line(
                            colour: ChartPalette.colour(index),
                            dash: Self.dash(index),
                            point: .forSeries(index)
                        )
                    )
                },
            width: Self.width - 24
        )
        let title = SVG.title(labels.title, width: Self.width)
        let legendTop = 14 + title.height
        let plotTop = legendTop + Double(legend.rows) * ChartLegend.rowHeight + 22
        let plotBottom = plotTop + Self.plotHeight
        let height = plotBottom + 48
        let y = ChartScale(values: series.flatMap { $0.values.compactMap { $0 } }, start: plotBottom, end: plotTop)
        let x = ChartScale.fitting(
            values: parameter,
            start: Self.plotLeft,
            end: Self.plotRight,
            tickCount: parameter.count > Self.valueTicks ? 6 : max(1, parameter.count - 1),
            includesZero: false,
            label: parameterFormat
        )
        var children = title.nodes
        if let node = legend.node(left: 12, top: legendTop) { children.append(node) }
        children.append(axes(x: x, y: y, plotTop: plotTop, plotBottom: plotBottom))
        children.append(lines(x: x, y: y))
        children.append(endLabels(x: x, y: y, plotTop: plotTop, plotBottom: plotBottom))
        let svg = SVG.chart(labels, width: Self.width, height: height, content: children)
        let steps = (tableSteps ?? Array(parameter.indices)).filter { parameter.indices.contains($0) }
        let table = HTMLTable(
            caption: tableCaption ?? "\(labels.title) (\(labels.categoryAxis))",
            header: [seriesHeading] + steps.map { parameterFormat(parameter[$0]) },
            rows: series.map { line in [HTMLTable.Cell(line.name)] + steps.map { line.cell($0) } }
        )
        return ChartFigure(svg: svg, table: table)
    }

    // MARK: - Parts

    func axes(x: ChartScale, y: ChartScale, plotTop: Double, plotBottom: Double) -> HTMLNode {
        var nodes: [HTMLNode] = []
        for tick in y.ticks {
            let position = y.position(tick)
            nodes.append(
                SVG.line(
                    x1: Self.plotLeft,
                    y1: position,
                    x2: Self.plotRight,
                    y2: position,
                    [HTMLAttribute("stroke", tick == y.lower ? ChartPalette.ink : ChartPalette.grid)]
                )
            )
            nodes.append(
                SVG.text(tickFormat(tick), x: Self.plotLeft - 6, y: position + 4, anchor: "end", [.class("tick")])
            )
        }
        let ticks = parameter.count > Self.valueTicks ? x.ticks : parameter
        for value in ticks {
            let position = x.position(value)
            nodes.append(
                SVG.line(
                    x1: position,
                    y1: plotBottom,
                    x2: position,
                    y2: plotBottom + 4,
                    [HTMLAttribute("stroke", ChartPalette.ink)]
                )
            )
            nodes.append(
                SVG.text(parameterFormat(value), x: position, y: plotBottom + 16, anchor: "middle", [.class("tick")])
            )
        }
        let middle = (plotTop + plotBottom) / 2
        nodes.append(
            SVG.text(
                labels.valueAxis,
                x: 16,
                y: middle,
                anchor: "middle",
                [.class("axis-label"), HTMLAttribute("transform", "rotate(-90 16 \(SVG.number(middle)))")]
            )
        )
        nodes.append(
            SVG.text(
                labels.categoryAxis,
                x: (Self.plotLeft + Self.plotRight) / 2,
                y: plotBottom + 36,
                anchor: "middle",
                [.class("axis-label")]
            )
        )
        return SVG.group([.class("axes")], nodes)
    }

    func lines(x: ChartScale, y: ChartScale) -> HTMLNode {
        let nodes = series.enumerated()
            .map { index, line -> HTMLNode in
                let colour = ChartPalette.colour(index)
                let points = parameter.indices.compactMap { column in
                    line.value(column).map { (x: x.position(parameter[column]), y: y.position($0)) }
                }
                var stroke = [HTMLAttribute("stroke", colour), "stroke-width=2"]
                if let dash = Self.dash(index) { stroke.append(HTMLAttribute("stroke-dasharray", dash)) }
                let symbols = parameter.indices.compactMap { column -> HTMLNode? in
                    guard let value = line.value(column) else { return nil }
                    return PointShape.forSeries(index)
                        .node(
                            x: x.position(parameter[column]),
                            y: y.position(value),
                            colour: colour,
                            [
                                .class("point"), HTMLAttribute("data-series", line.name),
                                HTMLAttribute("data-parameter", SVG.dataValue(parameter[column])),
                                HTMLAttribute("data-value", SVG.dataValue(value)),
                            ]
                        )
                }
                return SVG.group(
                    [.class("series"), HTMLAttribute("data-series", line.name)],
                    [SVG.polyline(points, stroke)] + symbols
                )
            }
        return SVG.group([.class("lines")], nodes)
    }

    /// Each series' name at the right end of its line, nudged apart by at least 12 px and kept above the axis' foot.
    func endLabels(x: ChartScale, y: ChartScale, plotTop: Double, plotBottom: Double) -> HTMLNode {
        var labels = series.enumerated()
            .compactMap { index, line -> (index: Int, y: Double)? in
                guard let last = parameter.indices.last(where: { line.value($0) != nil }), let value = line.value(last)
                else { return nil }
                return (index, y.position(value) + 4)
            }
            .sorted { $0.y == $1.y ? $0.index < $1.index : $0.y < $1.y }
        for position in labels.indices.dropFirst() where labels[position].y < labels[position - 1].y + 12 {
            labels[position].y = labels[position - 1].y + 12
        }
        // Pushed below the axis: move the crowded block back up, keeping the spacing.
        var limit = plotBottom + 4
        for position in labels.indices.reversed() {
            labels[position].y = min(labels[position].y, limit)
            limit = labels[position].y - 12
        }
        let nodes = labels.map { label in
            SVG.text(series[label.index].name, x: Self.plotRight + 8, y: label.y, [.class("end-label")])
        }
        return SVG.group([.class("end-labels")], nodes)
    }
}
