import KKRDomain

/// A chart of a report: what it shows, its numbers and how they are written, its table's total row.
///
/// The part's document builder makes it from the plan's own values (and its totals, computed once with the
/// document's other totals); the page lays it out as an SVG beside its table (`HTMLDocumentRenderer`, with the
/// chart kinds under `Reports/HTML/Charts`). Markdown leaves charts out: its tables carry the same numbers.
public struct ReportChart: Sendable, Hashable {
    /// What kind of chart, with its series.
    public enum Kind: Sendable, Hashable {
        /// Horizontal bars per category, one per series, with an optional marker (a tick) per category.
        case groupedBars(series: [ChartValues], marker: ChartValues?, tableOnly: [ChartValues])
        /// Bars to the right (increase) or left (decrease) of zero, named in the legend.
        case divergingBars(change: ChartValues, increase: String, decrease: String, tableOnly: [ChartValues])
        /// Bars stacked from segments; the table's last column is the sum, headed `totalName`.
        case stackedBars(segments: [ChartValues], totalName: String)
        /// One line per series over a numeric parameter (left to right); the table shows the parameter values at
        /// `tableSteps` (nil: all) as columns, headed `seriesHeading` first.
        case lines(
            parameter: [Double],
            parameterFormat: ChartNumberFormat,
            series: [ChartValues],
            seriesHeading: String,
            tableSteps: [Int]?
        )
        /// Bars against a lower bound per category; the legend names the bars at/above and below it.
        case thresholdBars(
            values: ChartValues,
            lower: ChartValues,
            above: String,
            below: String,
            tableOnly: [ChartValues]
        )
    }

    /// The id, title, description and axis labels.
    public var labels: ChartLabels
    /// The categories, top to bottom.
    public var categories: [String]
    /// The kind and its series.
    public var kind: Kind
    /// How the axis ticks (and a stacked chart's sums) are written.
    public var tickFormat: ChartNumberFormat
    /// The table's total row (its first cell the label), or nil for none.
    public var totals: [ReportCell]?
    /// A table to show instead of the series' own (a comparison side by side, with Δ), or nil.
    public var table: ReportTable?
    /// The caption of ``table`` or of a line chart's own table (default: the chart's title).
    public var caption: String?

    /// Creates a chart.
    public init(
        labels: ChartLabels,
        categories: [String],
        kind: Kind,
        tickFormat: ChartNumberFormat,
        totals: [ReportCell]? = nil,
        table: ReportTable? = nil,
        caption: String? = nil
    ) {
        self.labels = labels
        self.categories = categories
        self.kind = kind
        self.tickFormat = tickFormat
        self.totals = totals
        self.table = table
        self.caption = caption
    }
}

/// One named column of a chart's numbers, one value per category (nil where missing), and how they are written.
public struct ChartValues: Sendable, Hashable {
    /// The name (legend and table heading).
    public var name: String
    /// One value per category.
    public var values: [Double?]
    /// How a value is written in labels and the table.
    public var format: ChartNumberFormat

    /// Creates a series.
    public init(_ name: String, _ values: [Double?], _ format: ChartNumberFormat) {
        self.name = name
        self.values = values
        self.format = format
    }

    /// Creates a series with a value for every category.
    public init(_ name: String, _ values: [Double], _ format: ChartNumberFormat) {
        self.init(name, values.map { Optional($0) }, format)
    }
}

/// How a chart writes a number: one of the report's number formats (``ReportNumbers``), never a word.
public enum ChartNumberFormat: Sendable, Hashable {
    /// A number with grouping and `decimals` decimals: `1.234`, `12,50`.
    case number(decimals: Int)
    /// A signed whole change: `+3`, `−2`, `0`.
    case change
    /// A signed number with `decimals` decimals: `+1,5`, `−0,3`, `0,0`.
    case signed(decimals: Int)
    /// A whole number, rounded first: `1.234`.
    case whole
    /// A factor with as many decimals as it needs (at most 4): `1,1`, `0,875`.
    case factor
    /// A year, without grouping: `2027`.
    case year
    /// A value in percent (95 is 95 %) with `decimals` decimals: `95,0 %`.
    case percent(decimals: Int)

    /// `value` written in `numbers`' language.
    public func format(_ value: Double, _ numbers: ReportNumbers) -> String {
        switch self {
        case .number(let decimals): return numbers.number(value, decimals: decimals)
        case .change: return numbers.change(Int(value.rounded()))
        case .signed(let decimals): return numbers.signed(value, decimals: decimals)
        case .whole: return numbers.number(Int(value.rounded()))
        case .factor: return numbers.factor(value)
        case .year: return String(Int(value))
        case .percent(let decimals): return numbers.percent(value / 100, decimals: decimals)
        }
    }
}
