import Allocation
import KKRDomain

/// The Markdown report for the KKR meeting (`traineeships.md`): ``TraineeshipReport`` written as Markdown.
///
/// Per programme a table, the method, the checks, illustrative figures and input files. Byte-identical for
/// identical inputs: no dates, no machine locale, fixed decimals, rows in DST code order.
public struct TraineeshipMarkdown: Sendable {
    /// The report language.
    public var language: Language

    /// Creates a renderer for `language`.
    public init(language: Language) {
        self.language = language
    }

    /// The whole report.
    public func render(_ plan: TraineeshipPlan, firstDivisor: Double? = nil) -> String {
        let report = TraineeshipReport(text: TraineeshipText(language), plan: plan, firstDivisor: firstDivisor)
        return MarkdownRenderer(language: language).render(report.build())
    }
}
