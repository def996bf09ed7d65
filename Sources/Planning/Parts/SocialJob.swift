import Allocation
import Foundation
import KKRDomain
import LinearProgramming
import Reports

/// The Socialaftale as stages: validate → plan → artifacts → report set (rendered by `Reports`).
///
/// `kkr-plan social` and the default plan run these stages; the CLI only
/// maps the status to an exit code.
public struct SocialJob: Sendable {
    /// What planning gave.
    public enum Outcome: Sendable {
        /// The balance.
        case planned(SocialPlan)
        /// The solver found no placement (slacks should prevent it), with its status.
        case infeasible(TerminationStatus, year: Int)
    }

    /// The input folder (the one holding `municipalities.csv` and `social/`).
    public var inputs: URL
    /// How messages name the input folder.
    public var inputsDisplayName: String
    /// The output folder (`Reports`).
    public var output: URL
    /// The plan year asked for, or nil for the settings' `plan_year`.
    public var year: Int?
    /// The report language.
    public var language: Language

    /// Creates a job.
    public init(inputs: URL, inputsDisplayName: String, output: URL, year: Int? = nil, language: Language = .danish) {
        self.inputs = inputs
        self.inputsDisplayName = inputsDisplayName
        self.output = output
        self.year = year
        self.language = language
    }

    /// True when the input folder has the Socialaftale inputs (`social/`); a region may plan training places only.
    public var hasInputs: Bool { Self.hasInputs(in: inputs) }

    /// True when `folder` has the Socialaftale inputs (`social/`).
    public static func hasInputs(in folder: URL) -> Bool {
        var isDirectory: ObjCBool = false
        let path = folder.appendingPathComponent("social").path
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// Reads and validates the inputs only (the first stage of every run).
    public func validate() throws(InputError) -> SocialInputs {
        try Self.validate(folder: inputs, displayName: inputsDisplayName, year: year)
    }

    /// Reads and validates the Socialaftale inputs in `folder` (`kkr-plan validate`; no output folder needed).
    ///
    /// - Throws: ``InputError`` with every problem, files named as `displayName` spells the folder.
    public static func validate(folder: URL, displayName: String, year: Int?) throws(InputError) -> SocialInputs {
        try InputsName(displayName)
            .read { name throws(InputError) in
                try SocialInputReader.read(folder: folder, displayName: name, year: year)
            }
    }

    /// Plans `inputs` with `solver`.
    ///
    /// - Throws: `PlanningError` or `InvalidModelError` (internal errors).
    public func plan(_ inputs: SocialInputs, solver: any LinearSolver) throws -> Outcome {
        switch try SocialPlanner(solver: solver).plan(inputs) {
        case .planned(let plan): .planned(plan)
        case .infeasible(let termination): .infeasible(termination, year: inputs.year)
        }
    }

    /// The audit file of `outcome`: the integer model as solved, in CPLEX-LP (for `kkr-plan solve`).
    public func artifacts(_ outcome: Outcome) -> [OutputFile] {
        guard case .planned(let plan) = outcome else { return [] }
        return [
            OutputFile(
                relativePath: SocialReportSet.modelPath(year: plan.year),
                text: CPLEXLPWriter().text(for: plan.model)
            )
        ]
    }

    /// Every file of `outcome`: the rendered reports and the artifact, or the infeasibility note.
    ///
    /// - Throws: an encoding error from the JSON renderer (an internal error).
    public func reportSet(_ outcome: Outcome) throws -> ReportSet {
        guard case .planned(let plan) = outcome else { return try reportSet(outcome, document: ReportDocument()) }
        return try reportSet(outcome, document: SocialReportSet.document(for: plan, language: language))
    }

    /// Every file of `outcome`, the reports rendered from the plan's `document` (unused without a plan).
    ///
    /// - Throws: an encoding error from the JSON renderer (an internal error).
    func reportSet(_ outcome: Outcome, document: ReportDocument) throws -> ReportSet {
        switch outcome {
        case .planned(let plan):
            ReportSet(
                files: try SocialReportSet.files(document, plan: plan, language: language) + artifacts(outcome),
                obsolete: [SocialReportSet.infeasiblePath(year: plan.year)]
            )
        case .infeasible(_, let year):
            ReportSet(
                files: [
                    OutputFile(relativePath: SocialReportSet.infeasiblePath(year: year), text: note(outcome) ?? "")
                ],
                notes: [SocialReportSet.infeasiblePath(year: year)]
            )
        }
    }

    /// The explanation printed and written when there is no placement; nil with a plan.
    func note(_ outcome: Outcome) -> String? {
        guard case .infeasible(let termination, let year) = outcome else { return nil }
        return SocialReportSet.infeasibilityNote(termination.rawValue, year: year, language: language)
    }

    /// The JSON of `outcome` (for `--format json`), or "" without a plan.
    public func json(_ set: ReportSet, _ outcome: Outcome) -> String {
        guard case .planned(let plan) = outcome else { return "" }
        return set.files.text(at: SocialReportSet.jsonPath(year: plan.year))
    }
}
