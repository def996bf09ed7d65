import Allocation
import Foundation
import KKRDomain
import LinearProgramming
import Reports

/// The training places as stages: validate → plan → artifacts → report set (rendered by `Reports`).
///
/// `kkr-plan traineeships` and the default plan run these stages; the CLI
/// only maps the status to an exit code.
public struct TraineeshipJob: Sendable {
    /// What planning gave.
    public enum Outcome: Sendable {
        /// The plan.
        case planned(TraineeshipPlan)
        /// No plan exists, and why (the inputs are kept for the meeting page).
        case infeasible([PlanConflict], inputs: TraineeshipInputs)
    }

    /// The input folder.
    public var inputs: URL
    /// How messages name the input folder.
    public var inputsDisplayName: String
    /// The output folder (`Reports`).
    public var output: URL
    /// The plan year, or nil for the settings' `plan_year`.
    public var year: Int?
    /// The method.
    public var method: ApportionmentMethod
    /// The first divisor for divisor methods.
    public var firstDivisor: Double?
    /// The report language.
    public var language: Language

    /// Creates a job.
    public init(
        inputs: URL,
        inputsDisplayName: String,
        output: URL,
        year: Int? = nil,
        method: ApportionmentMethod = .optimal,
        firstDivisor: Double? = nil,
        language: Language = .danish
    ) {
        self.inputs = inputs
        self.inputsDisplayName = inputsDisplayName
        self.output = output
        self.year = year
        self.method = method
        self.firstDivisor = firstDivisor
        self.language = language
    }

    /// Reads and validates the inputs only (the first stage of every run).
    public func validate() throws(InputError) -> TraineeshipInputs {
        try Self.validate(folder: inputs, displayName: inputsDisplayName, year: year)
    }

    /// Reads and validates the inputs in `folder` (`kkr-plan validate`; no output folder needed).
    ///
    /// - Throws: ``InputError`` with every problem, files named as `displayName` spells the folder.
    public static func validate(folder: URL, displayName: String, year: Int?) throws(InputError) -> TraineeshipInputs {
        try InputsName(displayName)
            .read { name throws(InputError) in
                try TraineeshipInputReader.read(folder: folder, displayName: name, year: year)
            }
    }

    /// Plans `inputs` with `solver`.
    ///
    /// - Throws: ``PlanningError`` (an internal error).
    public func plan(_ inputs: TraineeshipInputs, solver: any LinearSolver) throws -> Outcome {
        // One truth: a period containing this year fixes this year's places (the period part reports on it),
        // planned with the years decided in history.csv fixed; "last year" is then the period's too.
        // Validated before planning (TraineeshipsRequest, the default plan): an error here is a folder that changed.
        let fromPeriod =
            method == .optimal
            ? try PeriodYearPlaces(
                try PeriodInputReader.read(folder: self.inputs, displayName: inputsDisplayName),
                year: inputs.year,
                solver: solver
            ) : PeriodYearPlaces()
        var inputs = inputs
        for (id, figures) in fromPeriod.lastYear { inputs.lastYear[id] = figures }
        switch try TraineeshipPlanner(solver: solver)
            .plan(inputs, method: method, firstDivisor: firstDivisor, periodPlaces: fromPeriod.places)
        {
        case .planned(var plan):
            plan.fromPeriod = fromPeriod.periods
            plan.fromPeriodDecidedYears = fromPeriod.decidedYears
            return .planned(plan)
        case .infeasible(let conflicts): return .infeasible(conflicts, inputs: inputs)
        }
    }

    /// The audit files of `outcome`: each optimiser stage's model as solved, in CPLEX-LP (for `kkr-plan solve`).
    public func artifacts(_ outcome: Outcome) -> [OutputFile] {
        guard case .planned(let plan) = outcome else { return [] }
        let writer = CPLEXLPWriter()
        return plan.models.map { entry in
            OutputFile(
                relativePath: TraineeshipReportSet.modelPath(year: plan.year, name: entry.name),
                text: writer.text(for: entry.model)
            )
        }
    }

    /// The one document of `outcome`: the report, its sheets and its share of the meeting page (or, without a
    /// plan, the infeasibility note and the page share naming the conflicts).
    public func document(_ outcome: Outcome) -> ReportDocument {
        switch outcome {
        case .planned(let plan):
            TraineeshipReportSet.document(for: plan, language: language, firstDivisor: firstDivisor)
        case .infeasible(let conflicts, let inputs):
            TraineeshipReportSet.document(conflicts: conflicts, inputs: inputs, language: language)
        }
    }

    /// Every file of `outcome`: the rendered reports and the artifacts, or the infeasibility note.
    ///
    /// - Throws: an encoding error from the JSON renderer (an internal error).
    public func reportSet(_ outcome: Outcome) throws -> ReportSet {
        try reportSet(outcome, document: document(outcome))
    }

    /// Every file of `outcome`, rendered from its `document`, and the artifacts.
    ///
    /// - Throws: an encoding error from the JSON renderer (an internal error).
    func reportSet(_ outcome: Outcome, document: ReportDocument) throws -> ReportSet {
        switch outcome {
        case .planned(let plan):
            ReportSet(
                files: try TraineeshipReportSet.files(document, plan: plan, language: language) + artifacts(outcome),
                obsolete: [TraineeshipReportSet.infeasiblePath(year: plan.year)]
            )
        case .infeasible(_, let inputs):
            ReportSet(
                files: [
                    OutputFile(
                        relativePath: TraineeshipReportSet.infeasiblePath(year: inputs.year),
                        text: MarkdownRenderer(language: language).render(document)
                    )
                ],
                notes: [TraineeshipReportSet.infeasiblePath(year: inputs.year)]
            )
        }
    }

    /// The part's share of the meeting page.
    public func page(_ outcome: Outcome) -> ReportPage? {
        document(outcome).page
    }

    /// The JSON of `outcome` (for `--format json`), or "" without a plan.
    public func json(_ set: ReportSet, _ outcome: Outcome) -> String {
        guard case .planned(let plan) = outcome else { return "" }
        return set.files.text(at: TraineeshipReportSet.jsonPath(year: plan.year))
    }
}
