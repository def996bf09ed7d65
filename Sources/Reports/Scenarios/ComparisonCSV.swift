import Allocation
import KKRDomain

/// The comparison for Excel: the sheets of ``ComparisonReport`` as CSV.
///
/// `;`-separated, UTF-8 with byte-order mark (see ``SpreadsheetCSV``); an
/// empty cell where a scenario has no plan. A total row ends each programme.
public struct ComparisonCSV: Sendable {
    /// The language of the headers.
    public var language: Language

    /// Creates a renderer for `language`.
    public init(language: Language) {
        self.language = language
    }

    /// One row per programme and municipality, the base and each scenario with its Δ (`scenarios.csv`).
    public func render(_ set: ScenarioSet) -> SpreadsheetCSV {
        Self.sheet("places", of: ComparisonReport(text: ComparisonText(language), set: set).build())
    }

    /// The Socialaftale totals, then what each buyer pays (kr per year), base and scenarios with Δ
    /// (`scenarios_social.csv`).
    public func social(_ set: ScenarioSet) -> SpreadsheetCSV {
        Self.sheet("social", of: ComparisonReport(text: ComparisonText(language), set: set).build())
    }

    /// The sheet `name` of `document` as CSV (only the header when the document has no such sheet).
    static func sheet(_ name: String, of document: ReportDocument) -> SpreadsheetCSV {
        document.sheet(name).map(SpreadsheetRenderer.render) ?? SpreadsheetCSV(header: [])
    }
}
