import Allocation
import KKRDomain

/// The training places on the HTML page when no distribution meets every limit: the conflicts, in plain words.
///
/// The meeting still gets a page: it says that no plan exists, why, which
/// inputs are illustrative and which files were read, so the decision
/// becomes which limit to relax.
public struct TraineeshipConflictHTML: HTMLReportPart {
    /// The conflicts found.
    public var conflicts: [PlanConflict]
    /// The inputs (year, illustrative figures, files).
    public var inputs: TraineeshipInputs

    /// Creates the part.
    public init(conflicts: [PlanConflict], inputs: TraineeshipInputs) {
        self.conflicts = conflicts
        self.inputs = inputs
    }

    public var year: Int { inputs.year }

    public func title(_ text: ReportText) -> String { TraineeshipText(text.language).traineeshipsTitle }

    public func decision(_ text: ReportText) -> [String] {
        let words = TraineeshipText(text.language)
        return [words.conflictDecision(year: inputs.year)]
    }

    public func keyFigures(_ text: ReportText) -> [KeyFigure] {
        let words = TraineeshipText(text.language)
        return [words.conflictFigure(conflicts.count)]
    }

    public func sections(_ text: ReportText) -> [HTMLSection] {
        let words = TraineeshipText(text.language)
        return [
            HTMLSection(
                id: "traineeships-conflicts",
                heading: words.noPlanHeading(year: inputs.year),
                content: [
                    .element("ul", [.class("conflicts")], conflicts.map { .element("li", text: text.conflict($0)) })
                ]
            )
        ]
    }

    public func method(_ text: ReportText) -> [String] { [] }

    public func checks(_ text: ReportText) -> [CheckItem] {
        let words = TraineeshipText(text.language)
        return [CheckItem(.failed, words.conflictCheck)]
    }

    public func illustrative(_ text: ReportText) -> [String] {
        inputs.illustrativeFigures.map { text.illustrative($0, inputs: inputs) }
    }

    public var inputFiles: [InputFile] { inputs.files }
}
