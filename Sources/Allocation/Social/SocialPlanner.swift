import KKRDomain
import LinearProgramming

/// What planning the Socialaftale gave: a plan, or (which slacks should prevent) no feasible placement.
public enum SocialOutcome: Sendable {
    /// The balance was computed.
    case planned(SocialPlan)
    /// The solver found no feasible placement; the status says how it ended.
    case infeasible(TerminationStatus)

    /// The plan, when there is one.
    public var plan: SocialPlan? {
        if case .planned(let plan) = self { return plan }
        return nil
    }
}

/// Places the expected demand into the offers at least cost and prices places and citizens: the Socialaftale pipeline after validation.
///
/// Solves the LP relaxation of ``SocialModel`` once (``SocialLinearSolve``: sifting, then a deterministic
/// tie-break among equally cheap placements); its vertex is integral because the matrix is totally unimodular, and
/// is rounded and re-checked (bounds, rows, cost). Only when it is not integral is the MIP solved for the
/// placements. The place and citizen values are exact one-unit changes computed from the plan
/// (``SocialMarginalValues``), the same whichever backend solved. Pure given its solver: the same inputs give the same plan. Never
/// imports GLPK: the CLI passes `GLPKSolver()`.
public struct SocialPlanner: Sendable {
    /// How the planner solves.
    public enum Strategy: Sendable, Hashable {
        /// The LP once (the MIP only if its vertex is not integral): the default.
        case linearFirst
        /// The MIP for the placements, then the LP relaxation for the duals, both from scratch, with no tie-break:
        /// the path before issue 10, kept as the baseline of `make bench-social`.
        case mipThenRelaxation
    }

    /// The solver for every solve.
    public var solver: any LinearSolver
    /// Options for every solve.
    public var options: SolverOptions
    /// How to solve.
    public var strategy: Strategy

    /// The options the planner uses unless told otherwise: the model is a network (a transportation
    /// model, totally unimodular), and each backend picks its settings for that class (GLPK: dual simplex
    /// without presolve, measured in `GLPKParameters`).
    public static let defaultOptions = SolverOptions(modelClass: .network)
    /// The time limit of each solve in seconds when the options set none.
    public static let defaultTimeLimit = 600.0

    /// Creates a planner.
    public init(
        solver: any LinearSolver,
        options: SolverOptions = SocialPlanner.defaultOptions,
        strategy: Strategy = .linearFirst
    ) {
        self.solver = solver
        self.options = options
        self.strategy = strategy
    }

    /// Plans `inputs`.
    ///
    /// - Returns: the plan, or `.infeasible` when the solver proves there is no placement.
    /// - Throws: ``PlanningError`` when a solve stops without a usable solution for another reason
    ///   (time limit without an incumbent, numerical failure), or `InvalidModelError` for a model the solver refuses.
    public func plan(_ inputs: SocialInputs) throws -> SocialOutcome {
        // Every solve gets a time limit (issue 13, item 7): the national generated instance takes seconds.
        var options = options
        options.timeLimit = options.timeLimit ?? Self.defaultTimeLimit
        let clock = ContinuousClock()
        let start = clock.now
        let integer = SocialModel(inputs, integer: true)
        let built = start.duration(to: clock.now).inSeconds
        var summary = SocialSolveSummary(
            path: .linearProgram,
            termination: .optimal,
            objective: nil,
            relaxationTermination: .optimal,
            relaxationObjective: nil,
            rows: integer.model.rowCount,
            columns: integer.model.columnCount,
            integerColumns: integer.model.integerColumnCount,
            entries: integer.model.entryCount,
            buildSeconds: built,
            mipSeconds: 0,
            lpSeconds: 0,
            lpSolves: 0
        )
        var duals: [Double]?
        let linearSolve = SocialLinearSolve(solver: solver, options: options, model: integer)
        if strategy == .linearFirst, let linear = try linearSolve.solve() {
            summary.lpSeconds = linear.seconds
            summary.lpSolves = linear.solves
            summary.networkSeconds = linear.networkSeconds
            summary.solver = linear.solver
            summary.solverRuns = linear.runs
            summary.relaxationObjective = linear.objective
            duals = linear.duals
            if linearSolve.isOptimal(linear.values, objective: linear.objective) {
                let values = linear.values.map { $0.rounded() }
                summary.objective = integer.model.objectiveValue(at: values)
                let solution = Solution(
                    termination: .optimal,
                    hasSolution: true,
                    objectiveValue: summary.objective,
                    values: values,
                    rowActivities: integer.model.rowActivities(at: values),
                    seconds: linear.seconds
                )
                let marginal = Self.marginalValues(integer, plan: values, duals: duals, summary: &summary)
                let savings = try linearSolve.placeSavings(
                    inputs: inputs,
                    offers: Self.savingCandidates(integer, inputs: inputs, values: values, marginal: marginal),
                    values: values
                )
                return .planned(
                    SocialPlanInterpreter(inputs: inputs, model: integer)
                        .plan(solution, values: marginal, placeSavings: savings, summary: summary)
                )
            }
        }
        // The MIP: the LP's vertex was not integral (or the LP path failed), or the baseline was asked for.
        summary.path = strategy == .linearFirst ? .integerProgram : .mipThenRelaxation
        let mip = try solver.solve(integer.model, options: options)
        switch mip.termination {
        case .infeasible, .infeasibleOrUnbounded:
            return .infeasible(mip.termination)
        default:
            guard mip.hasSolution else {
                throw PlanningError(
                    reason: mip.termination == .timeLimit
                        ? "the Socialaftale model reached the time limit of \(NumberFormatting.plain(options.timeLimit ?? 0)) s "
                            + "without a placement"
                        : "the Socialaftale model stopped without a solution: \(mip.termination.rawValue)"
                )
            }
        }
        summary.termination = mip.termination
        summary.objective = mip.objectiveValue
        summary.mipSeconds = mip.seconds
        summary.solver = mip.solver
        var runs = Set(summary.solverRuns).union(SolverRun.distinct([mip]))
        if duals == nil {
            let lp = try solver.solve(integer.model.linearRelaxation, options: options)
            runs.formUnion(SolverRun.distinct([lp]))
            summary.relaxationTermination = lp.termination
            summary.relaxationObjective = lp.termination == .optimal ? lp.objectiveValue : nil
            summary.lpSeconds = lp.seconds
            summary.lpSolves = 1
            duals = lp.termination == .optimal ? lp.rowDuals : nil
        }
        summary.solverRuns = runs.sorted()
        let marginal = Self.marginalValues(integer, plan: mip.values, duals: duals, summary: &summary)
        let savings = try linearSolve.placeSavings(
            inputs: inputs,
            offers: Self.savingCandidates(integer, inputs: inputs, values: mip.values, marginal: marginal),
            values: mip.values
        )
        return .planned(
            SocialPlanInterpreter(inputs: inputs, model: integer)
                .plan(mip, values: marginal, placeSavings: savings, summary: summary)
        )
    }

    /// The place and citizen values at the optimal plan `plan` (``SocialMarginalValues``): exact one-unit changes by
    /// shortest paths, the same for every backend; the backend's `duals` only if those cannot be computed (the plan
    /// not optimal to the micro-krone). Nil without duals: the LP relaxation did not end optimal, so nothing confirms
    /// the plan is optimal for it. Records the method and its seconds in `summary`.
    static func marginalValues(
        _ model: SocialModel,
        plan: [Double],
        duals: [Double]?,
        summary: inout SocialSolveSummary
    ) -> SocialMarginalValues? {
        guard let duals else { return nil }
        let clock = ContinuousClock()
        let start = clock.now
        let values =
            SocialMarginalValues.canonical(model: model, values: plan)
            ?? SocialMarginalValues.solverDuals(model: model, duals: duals)
        summary.networkSeconds += start.duration(to: clock.now).inSeconds
        summary.valueMethod = values.method
        return values
    }

    /// The offers whose exact saving of one more place (``SocialLinearSolve/placeSavings(inputs:offers:values:)``) may reach
    /// ``SocialRecommendation/smallestSavingShare`` of their tariff, ascending; only their savings are solved for.
    ///
    /// Two bounds keep the others out. An offer with room at an optimum keeps that optimum feasible with one place
    /// more, so it saves nothing: only full offers count. And the place value bounds the saving from above: it is
    /// z*(K) − z*(K + 1) with the occupancy bound kept (for the backend's duals, −y_cap ≥ that difference, as
    /// z*(K) is convex in the row's bound), and raising the occupancy bound with K only adds cost. Without values
    /// there are none: a plan without duals recommends no places (its place values are unknown, `nil`).
    static func savingCandidates(
        _ model: SocialModel,
        inputs: SocialInputs,
        values: [Double],
        marginal: SocialMarginalValues?
    ) -> [Int] {
        var used = [Double](repeating: 0, count: inputs.offers.count)
        for purchase in model.purchases { used[purchase.offerIndex] += values[purchase.column.index] }
        return inputs.offers.indices.filter { index in
            let offer = inputs.offers[index]
            guard used[index].rounded() >= Double(offer.places), model.capacityRows[index] != nil, let marginal else {
                return false
            }
            let threshold = SocialRecommendation.smallestSavingShare * offer.tariff
            return marginal.places[index] >= threshold * (1 - 1e-9) - SocialPlanInterpreter.dualNoise
        }
    }
}
