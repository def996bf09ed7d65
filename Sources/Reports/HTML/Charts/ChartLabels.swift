/// The words of one chart: its id on the page, title, description and axis labels.
///
/// Every chart has all of them: the title and description become the SVG's
/// `<title>` and `<desc>` (read by screen readers), the title is also drawn,
/// and the axis labels say what the numbers are.
public struct ChartLabels: Sendable, Hashable {
    /// A page-unique id (letters, digits, `-`), prefix of the chart's pattern ids.
    public var id: String
    /// The title, drawn above the chart.
    public var title: String
    /// A one- or two-sentence description of what the chart shows.
    public var description: String
    /// The label of the value axis (with its unit).
    public var valueAxis: String
    /// The label of the category axis (or the x axis of a line chart).
    public var categoryAxis: String

    /// Creates the labels.
    public init(id: String, title: String, description: String, valueAxis: String, categoryAxis: String) {
        self.id = id
        self.title = title
        self.description = description
        self.valueAxis = valueAxis
        self.categoryAxis = categoryAxis
    }
}

/// A chart ready for the page: the SVG and the table with the same numbers.
public struct ChartFigure: Sendable, Hashable {
    /// The `<svg>` element.
    public var svg: HTMLNode
    /// The table with the chart's numbers.
    public var table: HTMLTable

    /// Creates a figure.
    public init(svg: HTMLNode, table: HTMLTable) {
        self.svg = svg
        self.table = table
    }

    /// Tables wider than this many characters (headings and cells, plus padding) go under the chart.
    static let besideCharacters = 48

    /// True when the table is too wide to stand beside the chart.
    var tableIsWide: Bool {
        let rows = [table.header] + (table.rows + table.totals).map { $0.map(\.text) }
        let columns = table.header.indices.map { column in
            rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0
        }
        return columns.reduce(0) { $0 + $1 + 3 } > Self.besideCharacters
    }

    /// `<figure class="chart">`: the chart, and beside it (below it on a phone, or when wide) the table.
    public var node: HTMLNode {
        .element(
            "figure",
            [.class(tableIsWide ? "chart wide" : "chart")],
            [
                .element("div", [.class("chart-graphic")], [svg]),
                .element("div", [.class("chart-table table-wrap")], [table.node]),
            ]
        )
    }
}
