import Allocation
import Foundation
import KKRDomain
import LinearProgramming

/// The whole training-places run: read → validate → plan → render → write.
///
/// The CLI only maps its results to exit codes.
public struct TraineeshipJob: Sendable {
    /// What a run produced.
    public enum Result: Sendable {
        /// The plan, the files written and the JSON (for `--format json`).
        case written(plan: TraineeshipPlan, files: [URL], json: String)
        /// No plan exists; the note (also written to `noteURL` when writing succeeded).
        case infeasible(conflicts: [PlanConflict], note: String, noteURL: URL?)
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

    /// Reads and validates the inputs only (`kkr-plan validate`, and the first step of every run).
    public func validate() throws(InputError) -> TraineeshipInputs {
        try TraineeshipInputReader.read(folder: inputs, displayName: inputsDisplayName, year: year)
    }

    /// Plans `inputs` with `solver` and writes the reports (all of them, or none).
    ///
    /// - Throws: ``PlanningError`` or `OutputError` (internal errors).
    public func run(_ inputs: TraineeshipInputs, solver: any LinearSolver) throws -> Result {
        let writer = AtomicFileWriter(root: output)
        // One truth: a period starting this year fixes this year's places (the period run reports on it).
        let periods = (try? PeriodInputReader.read(folder: self.inputs, displayName: inputsDisplayName)) ?? []
        let first =
            method == .optimal
            ? try PeriodFirstYear.places(periods, year: inputs.year, solver: solver) : (places: [:], periods: [:])
        switch try TraineeshipPlanner(solver: solver)
            .plan(inputs, method: method, firstDivisor: firstDivisor, periodPlaces: first.places)
        {
        case .planned(var plan):
            plan.fromPeriod = first.periods
            let files = try TraineeshipReportSet.files(for: plan, language: language, firstDivisor: firstDivisor)
            let urls = try writer.writeReports(
                files,
                replacingNote: TraineeshipReportSet.infeasiblePath(year: plan.year)
            )
            return .written(
                plan: plan,
                files: urls,
                json: files.text(at: TraineeshipReportSet.jsonPath(year: plan.year))
            )
        case .infeasible(let conflicts):
            let note = TraineeshipReportSet.infeasibilityNote(conflicts, year: inputs.year, language: language)
            let url = writer.writeNote(note, at: TraineeshipReportSet.infeasiblePath(year: inputs.year))
            return .infeasible(conflicts: conflicts, note: note, noteURL: url)
        }
    }
}
