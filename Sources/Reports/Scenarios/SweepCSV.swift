import Allocation
import KKRDomain

/// The sweep for Excel (and charts): the `steps` sheet of ``SweepReport``, one row per step, one column per
/// programme and municipality.
///
/// `;`-separated, decimal comma, UTF-8 with byte-order mark (see
/// ``SpreadsheetCSV``); an empty cell where a step has no plan.
public struct SweepCSV: Sendable {
    /// The language of the header.
    public var language: Language

    /// Creates a renderer for `language`.
    public init(language: Language) {
        self.language = language
    }

    /// The table.
    public func render(_ run: SweepRun) -> SpreadsheetCSV {
        SpreadsheetRenderer.render(SweepReport(text: SweepText(language), run: run).sheet())
    }
}
