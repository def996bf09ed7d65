import KKRDomain

/// Lays the blocks of a ``ReportDocument``'s page share out as page nodes (``HTMLNode``).
///
/// Text from a catalogue is inline markup (`**bold**`, `` `code` ``) and becomes `<strong>`/`<code>`
/// (``InlineMarkup``); table cells are typed (``ReportCell``) and written with the page's number formats,
/// each number with its exact value in `data-value`; a chart becomes its SVG beside its table (the chart
/// kinds under `Reports/HTML/Charts`). Like ``MarkdownRenderer`` it lays out only: the words and totals come
/// with the blocks.
public struct HTMLDocumentRenderer: Sendable {
    /// The page frame's words (the status of a check, the illustrative mark) and number formats.
    public var text: ReportText

    /// Creates a renderer for `language`.
    public init(language: Language) {
        text = ReportText(language)
    }

    /// The number formats.
    var numbers: ReportNumbers { text.numbers }

    /// The nodes of `blocks`, in order.
    public func nodes(_ blocks: [ReportBlock]) -> [HTMLNode] {
        blocks.flatMap(nodes)
    }

    /// The nodes of one block.
    public func nodes(_ block: ReportBlock) -> [HTMLNode] {
        switch block {
        case .heading(let level, let heading):
            return [.element("h\(level)", [], InlineMarkup.nodes(heading))]
        case .paragraph(let lines):
            return lines.map(paragraph)
        case .list(let items):
            return [.element("ul", [], items.map { .element("li", [], InlineMarkup.nodes($0)) })]
        case .conflicts(let items):
            return [.element("ul", [.class("conflicts")], items.map { .element("li", [], InlineMarkup.nodes($0)) })]
        case .table(let table):
            return [.element("div", [.class("table-wrap")], [self.table(table).node])]
        case .keyFigures(let figures):
            return [keyFigures(figures)]
        case .checks(let checks):
            return checkList(checks)
        case .footnote(let note):
            return [.element("p", [.class("note")], InlineMarkup.nodes(note))]
        case .chart(let chart):
            return [figure(chart).node]
        }
    }

    /// A `<p>` of `sentence`, with its `**bold**` and `` `code` `` marks.
    public func paragraph(_ sentence: String) -> HTMLNode {
        .element("p", [], InlineMarkup.nodes(sentence))
    }

    // MARK: - Key figures and checks

    /// Key figures longer than this many characters ("1.447,4 mio. kr.") are set smaller, so the boxes stay even.
    static let shortFigure = 9

    /// The key-figure boxes: label, value (marked when illustrative) and note.
    public func keyFigures(_ figures: [KeyFigure]) -> HTMLNode {
        let boxes = figures.map { figure -> HTMLNode in
            var value: [HTMLNode] = [.text(figure.value)]
            if figure.illustrative {
                value.append(
                    .element("span", [.class("mark"), HTMLAttribute("title", text.illustrativeMark)], text: " *")
                )
            }
            if let note = figure.note { value.append(.element("span", [.class("note")], text: note)) }
            let size: [HTMLAttribute] = figure.value.count > Self.shortFigure ? [.class("long")] : []
            return .element(
                "div",
                [.class("key-figure")],
                [.element("dt", text: figure.label), .element("dd", size, value)]
            )
        }
        return .element("dl", [.class("key-figures")], boxes)
    }

    /// The checks with their status symbols; nothing for no checks.
    public func checkList(_ checks: [CheckItem]) -> [HTMLNode] {
        guard !checks.isEmpty else { return [] }
        let items = checks.map { check -> HTMLNode in
            let status = text.checkStatus(check.status)
            return .element(
                "li",
                [HTMLAttribute("data-status", check.status.rawValue)],
                [
                    .element(
                        "span",
                        [.class("status \(check.status.rawValue)"), HTMLAttribute("title", status.words)],
                        text: status.symbol
                    )
                ] + InlineMarkup.nodes(check.text)
            )
        }
        return [.element("ul", [.class("checks")], items)]
    }

    // MARK: - Tables and cells

    /// The table: a header row, the rows and the total row, numbers right-aligned with their values.
    public func table(_ table: ReportTable) -> HTMLTable {
        HTMLTable(
            header: table.columns.map(\.title),
            rows: table.rows.map { $0.map(cell) },
            totals: table.total.map { [$0.map(cell)] } ?? []
        )
    }

    /// One cell as the page writes it: numbers formatted (with their value), missing values as `–`.
    public func cell(_ item: ReportCell) -> HTMLTable.Cell {
        switch item {
        case .text(let value), .code(let value): return HTMLTable.Cell(value)
        case .blank: return HTMLTable.Cell("")
        case .bold(let inner): return cell(inner)
        case .marked(let inner, let mark):
            var result = cell(inner)
            result.text += mark
            return result
        case .flagged(let flag, let inner):
            var result = cell(inner)
            result.text = flag + result.text
            return result
        case .withID(let name, let id): return HTMLTable.Cell("\(name) (\(id))")
        case .party(let party): return HTMLTable.Cell(numbers.party(party))
        case .count(let value): return number(value.map(Double.init)) { numbers.number($0) }
        case .change(let value), .signed(let value): return number(value.map(Double.init)) { numbers.change(Int($0)) }
        case .percent(let value, let decimals):
            return number(value) { numbers.percent($0, decimals: decimals) }
        case .kroner(let value): return number(value) { numbers.millions($0) }
        case .kronerChange(let value): return number(value) { numbers.millionsChange($0) }
        case .decimal(let value, let decimals): return number(value) { numbers.number($0, decimals: decimals) }
        case .signedDecimal(let value, let decimals): return number(value) { numbers.signed($0, decimals: decimals) }
        }
    }

    /// A number cell: `value` written by `format`, or `–` when missing.
    func number(_ value: Double?, _ format: (Double) -> String) -> HTMLTable.Cell {
        guard let value else { return HTMLTable.Cell("–", classes: ["num"]) }
        return HTMLTable.Cell(format(value), value: value)
    }

    // MARK: - Charts

    /// The chart drawn by its kind, with its table (the chart's own table, when it brings one).
    public func figure(_ chart: ReportChart) -> ChartFigure {
        var figure = drawn(chart)
        if let table = chart.table {
            // A chart's own table replaces the table of its series.
            figure.table = self.table(table)
            figure.table.caption = chart.caption ?? chart.labels.title
        }
        return figure
    }

    /// The chart drawn by its kind, with the table of its series.
    func drawn(_ chart: ReportChart) -> ChartFigure {
        let tick = series(chart.tickFormat)
        let totals = chart.totals.map { $0.map(cell) }
        switch chart.kind {
        case .groupedBars(let bars, let marker, let tableOnly):
            return GroupedBarChart(
                labels: chart.labels,
                categories: chart.categories,
                series: bars.map(series),
                marker: marker.map(series),
                tableOnly: tableOnly.map(series),
                tickFormat: tick,
                totals: totals
            )
            .figure
        case .divergingBars(let change, let increase, let decrease, let tableOnly):
            return DivergingBarChart(
                labels: chart.labels,
                categories: chart.categories,
                change: series(change),
                increase: increase,
                decrease: decrease,
                tableOnly: tableOnly.map(series),
                tickFormat: tick,
                totals: totals
            )
            .figure
        case .stackedBars(let segments, let totalName):
            return StackedBarChart(
                labels: chart.labels,
                categories: chart.categories,
                segments: segments.map(series),
                totalName: totalName,
                format: tick,
                totals: totals
            )
            .figure
        case .lines(let parameter, let parameterFormat, let lines, let seriesHeading, let tableSteps):
            return LineChart(
                labels: chart.labels,
                parameter: parameter,
                parameterFormat: series(parameterFormat),
                series: lines.map(series),
                seriesHeading: seriesHeading,
                tickFormat: tick,
                tableSteps: tableSteps,
                tableCaption: chart.caption
            )
            .figure
        case .thresholdBars(let values, let lower, let above, let below, let tableOnly):
            return ThresholdBarChart(
                labels: chart.labels,
                categories: chart.categories,
                values: series(values),
                lower: series(lower),
                aboveName: above,
                belowName: below,
                tableOnly: tableOnly.map(series),
                tickFormat: tick
            )
            .figure
        }
    }

    /// The chart kinds' series.
    func series(_ values: ChartValues) -> ChartSeries {
        ChartSeries(name: values.name, values: values.values, format: series(values.format))
    }

    /// The chart kinds' number format.
    func series(_ format: ChartNumberFormat) -> @Sendable (Double) -> String {
        let numbers = self.numbers
        return { format.format($0, numbers) }
    }
}
