import KKRDomain
import LinearProgramming

/// Plans scenarios and sweep steps, independently and in parallel (`--jobs`).
///
/// Every variant is planned start to end on one worker thread with its own
/// values (no shared mutable state); results come back in input order, so
/// the output does not depend on the number of workers.
public struct ScenarioRunner: Sendable {
    /// The solver (the CLI passes `GLPKSolver()`).
    public var solver: any LinearSolver
    /// The options for every solver call.
    public var options: SolverOptions
    /// The largest number of variants planned at once.
    public var jobs: Int

    /// Creates a runner.
    public init(solver: any LinearSolver, options: SolverOptions = SolverOptions(), jobs: Int) {
        self.solver = solver
        self.options = options
        self.jobs = max(1, jobs)
    }

    /// Plans one variant.
    ///
    /// - Throws: ``PlanningError`` when a solver call fails for another reason than infeasibility.
    public func plan(_ inputs: ScenarioInputs) throws -> ScenarioOutcome {
        switch try TraineeshipPlanner(solver: solver, options: options).plan(inputs.traineeships) {
        case .planned(let plan): return .planned(ScenarioPlan(traineeships: plan))
        case .infeasible(let conflicts): return .infeasible(conflicts)
        }
    }

    /// Plans every variant, `jobs` at a time; the outcomes are in the variants' order.
    public func plan(_ variants: [ScenarioInputs]) throws -> [ScenarioOutcome] {
        try ParallelMap.map(count: variants.count, jobs: jobs) { try plan(variants[$0]) }
    }

    /// Plans `base` with `parameter` set to each of `values`; a value whose inputs fail validation is `.invalid`.
    public func sweep(_ parameter: SweepParameter, values: [Double], base: ScenarioInputs) throws
        -> [ScenarioOutcome]
    {
        try ParallelMap.map(count: values.count, jobs: jobs) { index in
            let variant: ScenarioInputs
            do {
                variant = try ScenarioApplier.apply([parameter.change(for: values[index])], to: base)
            } catch let error as InputError {
                return .invalid(error.diagnostics)
            }
            return try plan(variant)
        }
    }
}
