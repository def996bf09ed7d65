import Allocation
import Foundation
import KKRDomain
import LinearProgramming
import Reports

/// The whole `sweep` run: read inputs (and a base scenario) → check the parameter → plan every step in parallel → write.
public struct SweepJob: Sendable {
    /// Folders, year, language, workers.
    public var settings: ScenarioJobSettings
    /// The parameter.
    public var parameter: SweepParameter
    /// The first value.
    public var from: Double
    /// The last value.
    public var to: Double
    /// The number of values (≥ 2).
    public var steps: Int
    /// The scenario to sweep on instead of the default inputs, if any.
    public var scenario: String?

    /// Creates a job.
    public init(
        settings: ScenarioJobSettings,
        parameter: SweepParameter,
        from: Double,
        to: Double,
        steps: Int,
        scenario: String? = nil
    ) {
        self.settings = settings
        self.parameter = parameter
        self.from = from
        self.to = to
        self.steps = steps
        self.scenario = scenario
    }

    /// The base of the sweep, read and (with `--scenario`) applied.
    public struct Prepared: Sendable {
        /// The base scenario, if any.
        public var scenario: ResolvedScenario?
        /// The inputs every step starts from.
        public var inputs: ScenarioInputs
        /// Warnings from reading the inputs.
        public var warnings: [Diagnostic]
        /// What the parameter names that does not exist in the inputs (a usage error); empty when all is well.
        public var referenceProblems: [Diagnostic]
    }

    /// Reads the inputs and the base scenario; checks what the parameter names.
    ///
    /// - Throws: ``InputError`` with every problem in the inputs and the scenario file, named as the user
    ///   spelled the input folder.
    public func prepare() throws(InputError) -> Prepared {
        try settings.inUserSpelling(prepareUnderReportName)
    }

    private func prepareUnderReportName() throws(InputError) -> Prepared {
        var problems = ProblemList()
        let read = settings.read(scenario.map { [$0] } ?? [], problems: &problems)
        guard let read, !problems.hasErrors else { throw problems.error }
        var base = read.inputs
        if let first = read.scenarios.first {
            base = try ScenarioApplier.apply(first, to: base)
        }
        return Prepared(
            scenario: read.scenarios.first,
            inputs: base,
            warnings: settings.warnings(read.inputs),
            referenceProblems: ScenarioApplier.referenceProblems(of: parameter.change(for: from), in: base)
        )
    }

    /// Plans every step with `solver` (`settings.jobs` at a time).
    ///
    /// - Throws: ``PlanningError`` (an internal error).
    public func plan(_ prepared: Prepared, solver: any LinearSolver) throws -> SweepRun {
        try settings.runner(solver: solver)
            .sweepRun(
                parameter,
                from: from,
                to: to,
                steps: steps,
                base: prepared.scenario,
                inputs: prepared.inputs
            )
    }

    /// Every file of the sweep, rendered by `Reports`.
    ///
    /// - Throws: an encoding error from the JSON renderer (an internal error).
    public func reportSet(_ run: SweepRun) throws -> ReportSet {
        ReportSet(files: try SweepReportSet.files(for: run, language: settings.language))
    }

    /// The JSON of `run` in `set` (for `--format json`).
    public func json(_ set: ReportSet, _ run: SweepRun) -> String {
        set.files.text(at: SweepReportSet.path(run.parameter, year: run.inputs.year, suffix: "json"))
    }
}
