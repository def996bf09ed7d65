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

    /// Plans one variant: the training places, and the Socialaftale when the inputs have it and `parts` asks for it.
    ///
    /// - Throws: ``PlanningError`` when a solver call fails for another reason than infeasibility.
    public func plan(_ inputs: ScenarioInputs, parts: ScenarioParts = .all) throws -> VariantResult {
        let periods = try planPeriods(inputs.periods)
        // One truth, as in the default plan: a period programme's places in the plan year are its period plan's.
        var fromPeriod = PeriodYearPlaces()
        for (period, planned) in zip(inputs.periods, periods) {
            guard case .planned(let plan) = planned.outcome else { continue }
            fromPeriod.add(plan, from: period, year: inputs.traineeships.year)
        }
        var traineeships = inputs.traineeships
        for (id, figures) in fromPeriod.lastYear { traineeships.lastYear[id] = figures }
        let outcome: ScenarioOutcome
        switch try TraineeshipPlanner(solver: solver, options: options)
            .plan(traineeships, periodPlaces: fromPeriod.places)
        {
        case .planned(var plan):
            plan.fromPeriod = fromPeriod.periods
            plan.fromPeriodDecidedYears = fromPeriod.decidedYears
            outcome = .planned(ScenarioPlan(traineeships: plan))
        case .infeasible(let conflicts): outcome = .infeasible(conflicts)
        }
        return VariantResult(outcome: outcome, social: try planSocial(inputs, parts: parts), periods: periods)
    }

    /// Plans every period with the period planner (each change of the variant applied to every year).
    func planPeriods(_ periods: [PeriodInputs]) throws -> [ScenarioPeriod] {
        try periods.map { inputs in
            ScenarioPeriod(
                period: inputs.period,
                programmes: inputs.programmes,
                outcome: try PeriodPlanner(solver: solver, options: options).plan(inputs)
            )
        }
    }

    /// Plans every variant, `jobs` at a time; the results are in the variants' order.
    public func plan(_ variants: [ScenarioInputs]) throws -> [VariantResult] {
        try ParallelMap.map(count: variants.count, jobs: jobs) { try plan(variants[$0]) }
    }

    /// Plans `base` with `parameter` set to each of `values`; a value whose inputs fail validation is `.invalid`.
    ///
    /// Only the part the parameter changes is planned at every step: a
    /// training-place parameter leaves the Socialaftale out, and a
    /// Socialaftale parameter reuses one training-place plan of `base` for
    /// every step (its inputs are the same at every step).
    public func sweep(_ parameter: SweepParameter, values: [Double], base: ScenarioInputs) throws -> [VariantResult] {
        let change = parameter.change(for: values.first ?? 0)
        let training = change.touchesTraineeships
        // Only the period of the swept programme is planned at each step (none for a Socialaftale parameter).
        var swept = base
        swept.periods = base.periods.filter { $0.programmes.contains { change.programmeIDs.contains($0.id) } }
        let base = swept
        let shared = training ? nil : try plan(base, parts: .traineeships).outcome
        return try ParallelMap.map(count: values.count, jobs: jobs) { index in
            let variant: ScenarioInputs
            do {
                variant = try ScenarioApplier.apply([parameter.change(for: values[index])], to: base)
            } catch let error as InputError {
                return VariantResult(outcome: .invalid(error.diagnostics))
            }
            if let shared {
                return VariantResult(outcome: shared, social: try planSocial(variant, parts: .social))
            }
            return try plan(variant, parts: .traineeships)
        }
    }

    func planSocial(_ inputs: ScenarioInputs, parts: ScenarioParts) throws -> SocialOutcome? {
        guard parts.contains(.social), let social = inputs.social else { return nil }
        return try SocialPlanner(solver: solver).plan(social)
    }
}
