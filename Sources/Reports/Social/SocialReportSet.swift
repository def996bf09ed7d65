import Allocation
import KKRDomain

/// Every file a Socialaftale run writes under `Reports/`, by path relative to it.
///
/// `<year>/socialaftale.md` (the meeting report), `<year>/socialaftale.json`,
/// and `<year>/socialaftale_purchases.csv`, `_offers.csv`, `_demand.csv`,
/// `_buyers.csv`; the run also writes `<year>/socialaftale_model.lp` (the
/// integer model as solved, in CPLEX-LP, for audit and `kkr-plan solve`), an
/// artifact of the planning layer (Sources/Planning/Parts/SocialJob.swift). With
/// `--language en` the report and CSV headers are English; file names do not
/// change.
public enum SocialReportSet {
    /// The Markdown report's path for `year`.
    public static func markdownPath(year: Int) -> String { "\(year)/socialaftale.md" }

    /// The JSON's path for `year`.
    public static func jsonPath(year: Int) -> String { "\(year)/socialaftale.json" }

    /// The model file's name (next to the report).
    public static let modelFileName = "socialaftale_model.lp"

    /// The model file's path for `year`.
    public static func modelPath(year: Int) -> String { "\(year)/\(modelFileName)" }

    /// The infeasibility note's path for `year`.
    public static func infeasiblePath(year: Int) -> String { "\(year)/socialaftale_infeasible.md" }

    /// The rendered files for `plan` (the model file is the planning layer's artifact).
    public static func files(for plan: SocialPlan, language: Language) throws -> [OutputFile] {
        try files(document(for: plan, language: language), plan: plan, language: language)
    }

    /// The document of `plan`: the blocks of the report, its sheets and its share of the meeting page.
    public static func document(for plan: SocialPlan, language: Language) -> ReportDocument {
        SocialReport(text: SocialText(language), plan: plan).build()
    }

    /// The rendered files of `document`, the document of `plan`.
    public static func files(_ document: ReportDocument, plan: SocialPlan, language: Language) throws
        -> [OutputFile]
    {
        let year = plan.year
        return [
            OutputFile(
                relativePath: markdownPath(year: year),
                text: MarkdownRenderer(language: language).render(document)
            ),
            OutputFile(relativePath: jsonPath(year: year), text: try SocialJSON.render(plan)),
        ] + document.sheets.map { SpreadsheetRenderer.render($0).outputFile("\(year)/\($0.name).csv") }
    }

    /// The short note written when the solver finds no feasible placement (slacks should prevent it).
    public static func infeasibilityNote(_ termination: String, year: Int, language: Language) -> String {
        let text = SocialText(language)
        let document = ReportDocument([
            .heading(level: 1, text: text.noPlacementHeading(year: year)), .paragraph(text.noPlacement(termination)),
        ])
        return MarkdownRenderer(language: language).render(document)
    }
}
