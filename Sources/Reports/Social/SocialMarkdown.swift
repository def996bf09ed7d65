import Allocation
import KKRDomain

/// The Markdown report of the Socialaftale balance for the KKR meeting (`socialaftale.md`): ``SocialReport``
/// written as Markdown.
///
/// Byte-identical for identical inputs: no dates, no timings, no machine locale, fixed decimals and orders.
public struct SocialMarkdown: Sendable {
    /// The report language.
    public var language: Language

    /// How many place recommendations and empty-offer recommendations the report lists (the tables have all).
    public static let listedRecommendations = SocialReport.listedRecommendations

    /// Creates a renderer for `language`.
    public init(language: Language) {
        self.language = language
    }

    /// The whole report.
    public func render(_ plan: SocialPlan) -> String {
        MarkdownRenderer(language: language).render(SocialReport(text: SocialText(language), plan: plan).build())
    }
}
