import Allocation
import KKRDomain

/// Every file a period run writes under `Reports/<from>-<to>/`.
///
/// `traineeships_period.md` (the meeting report), `traineeships_period.json`,
/// `rapport.html` (`report.html` in English) with the cumulative-deviation
/// charts; the planning layer adds `traineeships_period_<programme or joint capacity>_model.lp`.
public enum PeriodReportSet {
    /// The Markdown report's path.
    public static func markdownPath(_ period: AgreementPeriod) -> String {
        "\(period.folderName)/traineeships_period.md"
    }

    /// The JSON's path.
    public static func jsonPath(_ period: AgreementPeriod) -> String {
        "\(period.folderName)/traineeships_period.json"
    }

    /// The infeasibility note's path.
    public static func infeasiblePath(_ period: AgreementPeriod) -> String {
        "\(period.folderName)/traineeships_period_infeasible.md"
    }

    /// The path of the model file for `name`.
    public static func modelPath(_ period: AgreementPeriod, name: String) -> String {
        "\(period.folderName)/\(modelFileName(name))"
    }

    /// The file name of the model file for `name`.
    public static func modelFileName(_ name: String) -> String { "traineeships_period_\(name)_model.lp" }

    /// The files for `plan`.
    public static func files(for plan: PeriodPlan, language: Language) throws -> [OutputFile] {
        let document = PeriodMarkdown(language: language).document(plan)
        return [
            OutputFile(
                relativePath: markdownPath(plan.period),
                text: MarkdownRenderer(language: language).render(document)
            ),
            OutputFile(relativePath: jsonPath(plan.period), text: try PeriodJSON.render(plan)),
            pageFile(document, plan: plan, language: language),
        ]
    }

    /// The page: `<from>-<to>/rapport.html` (`report.html` in English).
    public static func pageFile(for plan: PeriodPlan, language: Language) -> OutputFile {
        pageFile(PeriodMarkdown(language: language).document(plan), plan: plan, language: language)
    }

    /// The page of `document`, the document of `plan`.
    static func pageFile(_ document: ReportDocument, plan: PeriodPlan, language: Language) -> OutputFile {
        let page = HTMLPage(
            year: plan.period.from,
            parts: document.page.map { [$0] } ?? [],
            language: language,
            title: ReportText(language).periodTitle(plan.period)
        )
        return OutputFile(
            relativePath: "\(plan.period.folderName)/\(HTMLPage.fileName(language))",
            text: page.render()
        )
    }

    /// The note explaining why the period has no plan.
    public static func infeasibilityNote(_ conflicts: [PeriodConflict], period: AgreementPeriod, language: Language)
        -> String
    {
        let text = ReportText(language)
        var lines = ["# " + text.periodInfeasibleTitle(period), "", text.periodInfeasibleReason, ""]
        lines += conflicts.map { "- " + text.periodConflict($0) }
        return lines.joined(separator: "\n") + "\n"
    }
}
