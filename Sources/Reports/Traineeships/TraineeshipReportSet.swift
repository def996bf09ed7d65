import Allocation
import KKRDomain

/// Every file a training-places run writes under `Reports/`, by path relative to it.
///
/// `<year>/traineeships.md` (the meeting report), `<year>/traineeships.json`,
/// `<year>/traineeships_<programme>.csv` and
/// `<year>/traineeships_<programme>_<split>.csv`. With the optimiser the run
/// also writes `<year>/traineeships_<programme or joint capacity>_model.lp`
/// (the last stage's model as solved, in CPLEX-LP, for audit and `kkr-plan
/// solve`); those artifacts are made by the planning layer
/// (Sources/Planning/Parts/TraineeshipJob.swift), only named here.
/// With `--language en` the report and CSV headers are English; file names
/// do not change.
public enum TraineeshipReportSet {
    /// The Markdown report's path for `year`.
    public static func markdownPath(year: Int) -> String { "\(year)/traineeships.md" }

    /// The JSON's path for `year`.
    public static func jsonPath(year: Int) -> String { "\(year)/traineeships.json" }

    /// The path of the model file for `name` (a programme id, or the joint capacities solved together).
    public static func modelPath(year: Int, name: String) -> String { "\(year)/\(modelFileName(name))" }

    /// The file name (next to the report) of the model file for `name`.
    public static func modelFileName(_ name: String) -> String { "traineeships_\(name)_model.lp" }

    /// The infeasibility note's path for `year`.
    public static func infeasiblePath(year: Int) -> String { "\(year)/traineeships_infeasible.md" }

    /// The document of `plan`: the blocks of the report, its sheets and its share of the meeting page.
    public static func document(for plan: TraineeshipPlan, language: Language, firstDivisor: Double? = nil)
        -> ReportDocument
    {
        TraineeshipReport(text: TraineeshipText(language), plan: plan, firstDivisor: firstDivisor).build()
    }

    /// The document when no distribution meets every limit: the infeasibility note and the page share naming the
    /// conflicts.
    public static func document(conflicts: [PlanConflict], inputs: TraineeshipInputs, language: Language)
        -> ReportDocument
    {
        TraineeshipReport.infeasible(conflicts, inputs: inputs, text: TraineeshipText(language))
    }

    /// The rendered files for `plan` (the model files are the planning layer's artifacts).
    public static func files(for plan: TraineeshipPlan, language: Language, firstDivisor: Double? = nil) throws
        -> [OutputFile]
    {
        try files(document(for: plan, language: language, firstDivisor: firstDivisor), plan: plan, language: language)
    }

    /// The rendered files of `document`, the document of `plan`.
    public static func files(_ document: ReportDocument, plan: TraineeshipPlan, language: Language) throws
        -> [OutputFile]
    {
        let year = plan.year
        var files = [
            OutputFile(
                relativePath: markdownPath(year: year),
                text: MarkdownRenderer(language: language).render(document)
            ),
            OutputFile(relativePath: jsonPath(year: year), text: try TraineeshipJSON.render(plan)),
        ]
        files += document.sheets.map { SpreadsheetRenderer.render($0).outputFile("\(year)/\($0.name).csv") }
        return files
    }

    /// The short Markdown note written when the plan is infeasible.
    public static func infeasibilityNote(_ conflicts: [PlanConflict], year: Int, language: Language) -> String {
        let blocks = TraineeshipReport.infeasibleNote(conflicts, year: year, text: TraineeshipText(language))
        return MarkdownRenderer(language: language).render(ReportDocument(blocks))
    }
}
