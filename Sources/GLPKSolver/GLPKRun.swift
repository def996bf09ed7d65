import CGLPK
import LinearProgramming

/// One solve of one model inside one GLPK problem (never escapes its call).
struct GLPKRun {
    let model: LinearModel
    let problem: OpaquePointer
    let options: SolverOptions
    /// Whether the presolver runs (``GLPKParameters/presolves(_:)`` for this model's class).
    let presolve: Bool
    let parameters: GLPKParameters
    let clock: ContinuousClock
    let start: ContinuousClock.Instant

    func solve() -> Solution {
        if case .emptyIntegerDomain = GLPKLoader.load(model, into: problem) {
            return Solution.noSolution(.infeasible)
        }
        if model.isMixedInteger && presolve {
            // As glpsol does: GLPK's MIP preprocessor and its own LP relaxation solve (measured: bell5
            // solves in ~1 s this way, and not within 60 s from an unpreprocessed relaxation).
            let solution = branchAndCut(presolve: true)
            return solution.termination == .infeasibleOrUnbounded ? settleUnboundedMIP() : solution
        }
        let relaxation = solveRelaxation()
        guard model.isMixedInteger else { return relaxation }
        switch relaxation.termination {
        case .optimal:
            return branchAndCut()
        case .unbounded, .infeasibleOrUnbounded:
            return settleUnboundedMIP()
        default:
            return Solution.noSolution(relaxation.termination)
        }
    }

    // MARK: - Limits

    /// Milliseconds left of the time limit, for GLPK's `tm_lim` (Int32.max: none).
    func remainingMilliseconds() -> Int32 {
        guard let limit = options.timeLimit else { return Int32.max }
        let elapsed = start.duration(to: clock.now)
        let used = elapsed.inSeconds
        let left = max(0, (limit - used) * 1000)
        return left >= Double(Int32.max) ? Int32.max : Int32(left.rounded(.down))
    }

    var messageLevel: Int32 {
        if case .silent = options.log { return GLP_MSG_ERR }
        return GLP_MSG_ON
    }

    private func simplexParameters(presolve: Bool, method: SimplexMethod) -> glp_smcp {
        var parameters = glp_smcp()
        glp_init_smcp(&parameters)
        parameters.msg_lev = messageLevel
        parameters.meth = method == .primal ? GLP_PRIMAL : GLP_DUALP
        parameters.presolve = presolve ? GLP_ON : GLP_OFF
        parameters.tm_lim = remainingMilliseconds()
        if let iterations = options.iterationLimit {
            parameters.it_lim = Int32(clamping: iterations)
        }
        return parameters
    }

    // MARK: - LP

    /// Solves the LP (or the LP relaxation of a MIP) and reads the result.
    func solveRelaxation() -> Solution {
        var parameters = simplexParameters(presolve: presolve, method: self.parameters.method)
        let code = glp_simplex(problem, &parameters)
        switch code {
        case 0:
            return readSimplexResult()
        case GLP_ENOPFS:
            return Solution.noSolution(.infeasible)
        case GLP_ENODFS:
            // Presolve proved there is no dual feasible solution: unbounded or infeasible.
            return settleWithoutPresolve()
        case GLP_ETMLIM:
            return limitResult(.timeLimit, presolved: presolve)
        case GLP_EITLIM:
            return limitResult(.iterationLimit, presolved: presolve)
        default:
            // GLP_ESING, GLP_ECOND, GLP_EFAIL (GLP_EBOUND/EBADB cannot occur after validation).
            return Solution.noSolution(.numericalError)
        }
    }

    private func readSimplexResult() -> Solution {
        let status = glp_get_status(problem)
        let primal = glp_get_prim_stat(problem)
        let dual = glp_get_dual_stat(problem)
        if status == GLP_OPT {
            return optimalLP()
        }
        if status == GLP_NOFEAS || primal == GLP_NOFEAS {
            return Solution.noSolution(.infeasible)
        }
        if status == GLP_UNBND || (dual == GLP_NOFEAS && primal == GLP_FEAS) {
            return Solution.noSolution(.unbounded)
        }
        if dual == GLP_NOFEAS {
            return settleWithoutPresolve()
        }
        return Solution.noSolution(.numericalError)
    }

    /// Re-solves with the primal simplex and no presolve, which always ends
    /// with a definite primal status (or a limit).
    private func settleWithoutPresolve() -> Solution {
        var parameters = simplexParameters(presolve: false, method: .primal)
        glp_std_basis(problem)
        switch glp_simplex(problem, &parameters) {
        case 0:
            let status = glp_get_status(problem)
            if status == GLP_OPT { return optimalLP() }
            if status == GLP_NOFEAS {
                return Solution.noSolution(.infeasible)
            }
            if status == GLP_UNBND { return Solution.noSolution(.unbounded) }
            return Solution.noSolution(.infeasibleOrUnbounded)
        case GLP_ETMLIM:
            return Solution.noSolution(.timeLimit)
        case GLP_EITLIM:
            return Solution.noSolution(.iterationLimit)
        default:
            return Solution.noSolution(.infeasibleOrUnbounded)
        }
    }

    private func limitResult(_ termination: TerminationStatus, presolved: Bool) -> Solution {
        // With presolve the solution after a limit is undefined; without, it may be primal feasible.
        guard !presolved, glp_get_prim_stat(problem) == GLP_FEAS, !model.isMixedInteger else {
            return Solution.noSolution(termination)
        }
        var solution = readPrimal(mip: false)
        solution.termination = termination
        return solution
    }

    private func optimalLP() -> Solution {
        var solution = readPrimal(mip: false)
        solution.termination = .optimal
        guard !model.isMixedInteger else { return solution }
        solution.rowDuals = (0..<model.rowCount).map { glp_get_row_dual(problem, Int32($0 + 1)) }
        solution.reducedCosts = (0..<model.columnCount).map { glp_get_col_dual(problem, Int32($0 + 1)) }
        solution.iterations = Int(glp_get_it_cnt(problem))
        if options.sensitivity {
            let parameters = simplexParameters(presolve: false, method: self.parameters.method)
            solution.sensitivity = GLPKSensitivity.analyze(problem, model: model, parameters: parameters)
        }
        return solution
    }

    /// Reads the primal point (simplex or MIP) and recomputes activities and objective in Swift.
    func readPrimal(mip: Bool) -> Solution {
        let values = (0..<model.columnCount)
            .map { index in
                mip ? glp_mip_col_val(problem, Int32(index + 1)) : glp_get_col_prim(problem, Int32(index + 1))
            }
        let activities = (0..<model.rowCount)
            .map { index in
                mip ? glp_mip_row_val(problem, Int32(index + 1)) : glp_get_row_prim(problem, Int32(index + 1))
            }
        let objective = mip ? glp_mip_obj_val(problem) : glp_get_obj_val(problem)
        return Solution(
            termination: .optimal,
            hasSolution: true,
            objectiveValue: objective,
            values: values,
            rowActivities: activities
        )
    }
}
