import KKRDomain
import LinearProgramming

/// Minimises a list of objectives one after the other, each optimum kept as a constraint for the next.
///
/// The engine behind ``LexicographicRounding`` and the period model: stage k
/// minimises its objective subject to `objective_j ≤ optimum_j (1 + tolerance)`
/// for every earlier stage j (rows named `keep_<stage>`).
struct LexicographicStages {
    /// One stage: a name for the `keep_` row and messages, and the objective to minimise.
    struct Stage {
        var name: String
        var objective: LinearExpression
    }

    /// What the stages reached.
    enum Outcome {
        /// The last stage solved: its solution, its model as solved and its optimum; the stage that stopped, if any.
        case solved(solution: Solution, model: LinearModel, objective: Double, stoppedStage: String?)
        /// The first stage found no feasible point.
        case infeasible
        /// The first stage failed (status text).
        case failed(String)
    }

    var solver: any LinearSolver
    var options: SolverOptions
    var tolerance: Double

    /// Solves `model` with `stages` in order.
    func solve(_ model: LinearModel, stages: [Stage]) throws -> Outcome {
        var constrained = model
        var last: (solution: Solution, model: LinearModel, objective: Double)?
        for stage in stages {
            var staged = constrained
            staged.setObjective(.minimize, stage.objective)
            let solution = try solver.solve(staged, options: options)
            if solution.termination == .infeasible && last == nil { return .infeasible }
            guard solution.termination == .optimal, solution.hasSolution, let value = solution.objectiveValue else {
                if let last {
                    return .solved(
                        solution: last.solution,
                        model: last.model,
                        objective: last.objective,
                        stoppedStage: "\(stage.name): \(solution.termination.rawValue)"
                    )
                }
                if solution.termination == .timeLimit, let limit = options.timeLimit {
                    return .failed(
                        "stage \(stage.name) reached the time limit of \(NumberFormatting.plain(limit)) s without a plan"
                    )
                }
                return .failed("stage \(stage.name): \(solution.termination.rawValue)")
            }
            constrained.addConstraint(
                stage.objective <= value + tolerance * max(1, abs(value)),
                name: "keep_\(stage.name)"
            )
            last = (solution, staged, value)
        }
        guard let last else { return .failed("no stage was solved") }
        return .solved(solution: last.solution, model: last.model, objective: last.objective, stoppedStage: nil)
    }
}
