import Allocation
import Foundation
import KKRDomain
import LinearProgramming

/// The agreement-period run: read → validate → plan every period → render → write `Reports/<from>-<to>/`.
public struct PeriodJob: Sendable {
    /// What a run produced for one period.
    public enum Result: Sendable {
        /// The plan, the files written and the JSON.
        case written(plan: PeriodPlan, files: [URL], json: String)
        /// No plan exists; the note (also written to `noteURL`).
        case infeasible(conflicts: [PeriodConflict], note: String, noteURL: URL?)
    }

    /// The input folder.
    public var inputs: URL
    /// How messages name the input folder.
    public var inputsDisplayName: String
    /// The output folder (`Reports`).
    public var output: URL
    /// The report language.
    public var language: Language

    /// Creates a job.
    public init(inputs: URL, inputsDisplayName: String, output: URL, language: Language = .danish) {
        self.inputs = inputs
        self.inputsDisplayName = inputsDisplayName
        self.output = output
        self.language = language
    }

    /// Reads and validates the periods (empty when none is declared).
    public func validate() throws(InputError) -> [PeriodInputs] {
        try PeriodInputReader.read(folder: inputs, displayName: inputsDisplayName)
    }

    /// Plans every period and writes its reports.
    public func run(_ periods: [PeriodInputs], solver: any LinearSolver) throws -> [Result] {
        try periods.map { try run($0, solver: solver) }
    }

    /// Plans one period and writes its reports (all of them, or none).
    public func run(_ inputs: PeriodInputs, solver: any LinearSolver) throws -> Result {
        let writer = AtomicFileWriter(root: output)
        switch try PeriodPlanner(solver: solver).plan(inputs) {
        case .planned(let plan):
            let files = try PeriodReportSet.files(for: plan, language: language)
            let urls = try writer.writeReports(files, replacingNote: PeriodReportSet.infeasiblePath(plan.period))
            return .written(plan: plan, files: urls, json: files.text(at: PeriodReportSet.jsonPath(plan.period)))
        case .infeasible(let conflicts):
            let note = PeriodReportSet.infeasibilityNote(conflicts, period: inputs.period, language: language)
            let url = writer.writeNote(note, at: PeriodReportSet.infeasiblePath(inputs.period))
            return .infeasible(conflicts: conflicts, note: note, noteURL: url)
        }
    }
}
