import Allocation
import KKRDomain

/// The spreadsheets of a plan: one CSV per programme, and one per split (pædagog specialisation, start).
///
/// The sheets of ``TraineeshipReport``; headers are in the report language, numbers always use the decimal comma.
public struct TraineeshipCSV: Sendable {
    /// The language of the headers.
    public var language: Language

    /// Creates a renderer for `language`.
    public init(language: Language) {
        self.language = language
    }

    /// Every sheet of `plan`, by file name without `.csv` (`traineeships_ssa`, `traineeships_paedagog_start`).
    public func sheets(_ plan: TraineeshipPlan) -> [(name: String, csv: SpreadsheetCSV)] {
        TraineeshipReport(text: TraineeshipText(language), plan: plan).build().sheets
            .map { ($0.name, SpreadsheetRenderer.render($0)) }
    }
}
