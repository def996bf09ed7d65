import Allocation
import KKRDomain

/// The spreadsheets of a Socialaftale balance: purchases, offers, demand and buyers, for Danish Excel.
///
/// The sheets of ``SocialReport``; headers in the report language, numbers always with the decimal comma.
public struct SocialCSV: Sendable {
    /// The language of the headers.
    public var language: Language

    /// Creates a renderer for `language`.
    public init(language: Language) {
        self.language = language
    }

    /// Every sheet of `plan`, by file name without `.csv` (`socialaftale_purchases`, `socialaftale_offers`,
    /// `socialaftale_demand`, `socialaftale_buyers`).
    public func sheets(_ plan: SocialPlan) -> [(name: String, csv: SpreadsheetCSV)] {
        SocialReport(text: SocialText(language), plan: plan).build().sheets
            .map { ($0.name, SpreadsheetRenderer.render($0)) }
    }
}
