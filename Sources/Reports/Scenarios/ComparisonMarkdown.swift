import Allocation
import KKRDomain

/// The comparison report for a KKR meeting (`scenarios.md`): ``ComparisonReport`` written as Markdown.
///
/// Differences are scenario minus base, signed and in bold when not 0.
/// Byte-identical for identical inputs: no dates, no machine locale, rows in
/// DST code order, scenarios in command-line order.
public struct ComparisonMarkdown: Sendable {
    /// The report language.
    public var language: Language

    /// Creates a renderer for `language`.
    public init(language: Language) {
        self.language = language
    }

    /// The whole report.
    public func render(_ set: ScenarioSet) -> String {
        MarkdownRenderer(language: language).render(ComparisonReport(text: ComparisonText(language), set: set).build())
    }
}
