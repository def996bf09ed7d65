import Allocation
import KKRDomain

/// The sweep report (`sweep_<parameter>.md`): ``SweepReport`` written as Markdown.
///
/// Byte-identical for identical inputs. Long lists (change points, the grid of values) are shortened here; the
/// JSON and CSV hold every step.
public struct SweepMarkdown: Sendable {
    /// The report language.
    public var language: Language

    /// Creates a renderer for `language`.
    public init(language: Language) {
        self.language = language
    }

    /// The whole report.
    public func render(_ run: SweepRun) -> String {
        MarkdownRenderer(language: language).render(SweepReport(text: SweepText(language), run: run).build())
    }
}
