/// One named column of numbers for a chart and its table, with how to write them for a reader.
///
/// Values line up with the chart's categories; a missing value (nil) draws
/// nothing and shows as "–" in the table.
public struct ChartSeries: Sendable {
    /// The name, used in the legend and as the table heading.
    public var name: String
    /// One value per category.
    public var values: [Double?]
    /// Formats a value for labels and the table (`1.234`, `95,0 %`, `+3`).
    public var format: @Sendable (Double) -> String

    /// Creates a series.
    public init(name: String, values: [Double?], format: @escaping @Sendable (Double) -> String) {
        self.name = name
        self.values = values
        self.format = format
    }

    /// Creates a series with a value for every category.
    public init(name: String, values: [Double], format: @escaping @Sendable (Double) -> String) {
        self.init(name: name, values: values.map { Optional($0) }, format: format)
    }

    /// The value for category `index`, nil when missing.
    func value(_ index: Int) -> Double? {
        index < values.count ? values[index] : nil
    }

    /// The table cell for category `index`.
    func cell(_ index: Int, classes: [String] = []) -> HTMLTable.Cell {
        guard let value = value(index) else { return HTMLTable.Cell("–", classes: ["num"] + classes) }
        return HTMLTable.Cell(format(value), value: value, classes: classes)
    }

    /// The attributes that tie a mark to its number: series, category and value.
    func dataAttributes(_ index: Int, category: String) -> [HTMLAttribute] {
        [
            HTMLAttribute("data-series", name), HTMLAttribute("data-category", category),
            HTMLAttribute("data-value", value(index).map(SVG.dataValue) ?? ""),
        ]
    }

    /// The table of `columns` for `categories`, headed by `categoryHeading`.
    static func table(
        caption: String,
        categoryHeading: String,
        categories: [String],
        columns: [ChartSeries],
        totals: [HTMLTable.Cell]? = nil
    ) -> HTMLTable {
        HTMLTable(
            caption: caption,
            header: [categoryHeading] + columns.map(\.name),
            rows: categories.enumerated()
                .map { index, name in [HTMLTable.Cell(name)] + columns.map { $0.cell(index) } },
            totals: totals.map { [$0] } ?? []
        )
    }
}
