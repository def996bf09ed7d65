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
/// Solves the integer model (``SocialModel``) for the placements and its LP
/// relaxation for the duals. Pure given its solver: the same inputs give the
/// same plan. Never imports GLPK: the CLI passes `GLPKSolver()`.
public struct SocialPlanner: Sendable {
    /// The solver for both solves.
    public var solver: any LinearSolver
    /// Options for both solves.
    public var options: SolverOptions

    /// The options the planner uses unless told otherwise: the model is a network (a transportation
    /// model, totally unimodular), and each backend picks its settings for that class (GLPK: dual simplex
    /// without presolve, measured in `GLPKParameters`).
    public static let defaultOptions = SolverOptions(modelClass: .network)

    /// Creates a planner.
    public init(solver: any LinearSolver, options: SolverOptions = SocialPlanner.defaultOptions) {
        self.solver = solver
        self.options = options
    }

    /// Plans `inputs`.
    ///
    /// - Returns: the plan, or `.infeasible` when the solver proves there is no placement.
    /// - Throws: ``PlanningError`` when a solve stops without a usable solution for another reason
    ///   (time limit without an incumbent, numerical failure), or `InvalidModelError` for a model the solver refuses.
    public func plan(_ inputs: SocialInputs) throws -> SocialOutcome {
        let clock = ContinuousClock()
        let start = clock.now
        let integer = SocialModel(inputs, integer: true)
        let built = start.duration(to: clock.now)
        let mip = try solver.solve(integer.model, options: options)
        switch mip.termination {
        case .infeasible, .infeasibleOrUnbounded:
            return .infeasible(mip.termination)
        default:
            guard mip.hasSolution else {
                throw PlanningError(
                    reason: "the Socialaftale model stopped without a solution: \(mip.termination.rawValue)"
                )
            }
        }
        let lp = try solver.solve(integer.model.linearRelaxation, options: options)
        let summary = SocialSolveSummary(
            termination: mip.termination,
            objective: mip.objectiveValue,
            relaxationTermination: lp.termination,
            relaxationObjective: lp.termination == .optimal ? lp.objectiveValue : nil,
            rows: integer.model.rowCount,
            columns: integer.model.columnCount,
            integerColumns: integer.model.integerColumnCount,
            entries: integer.model.entryCount,
            buildSeconds: built.inSeconds,
            mipSeconds: mip.seconds,
            lpSeconds: lp.seconds
        )
        let duals = lp.termination == .optimal ? lp.rowDuals : nil
        return .planned(SocialPlanInterpreter(inputs: inputs, model: integer).plan(mip, duals: duals, summary: summary))
    }
}
