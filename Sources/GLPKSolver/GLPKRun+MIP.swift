import CGLPK
import LinearProgramming

/// What the branch-and-cut callback learns while GLPK searches.
private final class SearchProgress {
    /// The best bound of the open nodes when it was last read.
    var bestBound: Double?
    /// When the bound was last read.
    var readAt: ContinuousClock.Instant?

    /// How often the bound is read at most.
    ///
    /// `glp_ios_best_node` walks the whole list of open nodes. Read at every callback (several per node) it made
    /// bell5 (MIPLIB 3, 40,000 nodes) ten times slower than glpsol. The bound of the open nodes only rises while
    /// the search goes on, so a bound read up to this long before the search stops is still a valid bound.
    static let readInterval = Duration.milliseconds(20)
}

private func searchCallback(_ tree: OpaquePointer?, _ info: UnsafeMutableRawPointer?) {
    guard let tree, let info, glp_ios_reason(tree) == GLP_ISELECT else { return }
    let progress = Unmanaged<SearchProgress>.fromOpaque(info).takeUnretainedValue()
    let now = ContinuousClock.now
    if let readAt = progress.readAt, now - readAt < SearchProgress.readInterval { return }
    progress.readAt = now
    let node = glp_ios_best_node(tree)
    if node != 0 {
        progress.bestBound = glp_ios_node_bound(tree, node)
    }
}

extension GLPKRun {
    /// The longest the feasibility search of ``settleUnboundedMIP()`` may take: 5 s.
    static let settleTimeLimitMilliseconds: Int32 = 5_000

    /// Branch-and-cut within the time limit (and `timeLimitMilliseconds`).
    ///
    /// With `presolve`, GLPK preprocesses the MIP and solves the relaxation
    /// itself; without, `problem` must hold an optimal LP relaxation.
    func branchAndCut(presolve: Bool = false, timeLimitMilliseconds: Int32 = .max) -> Solution {
        let progress = SearchProgress()
        var parameters = glp_iocp()
        glp_init_iocp(&parameters)
        parameters.msg_lev = messageLevel
        parameters.presolve = presolve ? GLP_ON : GLP_OFF
        parameters.tm_lim = min(remainingMilliseconds(), timeLimitMilliseconds)
        if let gap = options.relativeMIPGap { parameters.mip_gap = gap }
        if self.parameters.cuts {
            parameters.gmi_cuts = GLP_ON
            parameters.mir_cuts = GLP_ON
            parameters.cov_cuts = GLP_ON
            parameters.clq_cuts = GLP_ON
        }
        parameters.cb_func = searchCallback
        parameters.cb_info = Unmanaged.passUnretained(progress).toOpaque()
        let code = withExtendedLifetime(progress) { glp_intopt(problem, &parameters) }
        let status = glp_mip_status(problem)
        let hasIncumbent = status == GLP_OPT || status == GLP_FEAS
        let termination: TerminationStatus
        switch code {
        case 0:
            termination = status == GLP_OPT ? .optimal : (status == GLP_NOFEAS ? .infeasible : .numericalError)
        case GLP_ETMLIM:
            termination = .timeLimit
        case GLP_EMIPGAP:
            termination = .gapLimit
        case GLP_ENOPFS:
            termination = .infeasible
        case GLP_ENODFS:
            termination = .infeasibleOrUnbounded
        default:
            termination = .numericalError
        }
        guard hasIncumbent, termination != .infeasible else {
            return Solution.noSolution(termination, bestBound: progress.bestBound)
        }
        var solution = readPrimal(mip: true)
        solution.termination = termination
        solution.bestBound = termination == .optimal ? solution.objectiveValue : progress.bestBound
        return solution
    }

    /// A MIP whose LP relaxation has no finite optimum is unbounded if it has
    /// any integer point (rational data), and infeasible otherwise: find out
    /// by searching for a feasible point with a zero objective.
    ///
    /// Branch-and-bound over unbounded integer columns need not end when there
    /// is no integer point, so this search gets at most
    /// ``settleTimeLimitMilliseconds`` (or what is left of the time limit);
    /// undecided, the answer is the honest `infeasible_or_unbounded`.
    func settleUnboundedMIP() -> Solution {
        for column in 0...model.columnCount {
            glp_set_obj_coef(problem, Int32(column), 0)
        }
        var parameters = glp_smcp()
        glp_init_smcp(&parameters)
        parameters.msg_lev = messageLevel
        parameters.presolve = GLP_OFF
        parameters.tm_lim = min(remainingMilliseconds(), Self.settleTimeLimitMilliseconds)
        glp_std_basis(problem)
        let code = glp_simplex(problem, &parameters)
        guard code == 0 else {
            let termination: TerminationStatus = code == GLP_ETMLIM ? .timeLimit : .infeasibleOrUnbounded
            return Solution.noSolution(termination)
        }
        guard glp_get_status(problem) == GLP_OPT else {
            return Solution.noSolution(.infeasible)
        }
        let feasibility = branchAndCut(timeLimitMilliseconds: Self.settleTimeLimitMilliseconds)
        switch feasibility.termination {
        case .optimal, .gapLimit:
            return Solution.noSolution(.unbounded)
        case .infeasible:
            return Solution.noSolution(.infeasible)
        case .timeLimit where feasibility.hasSolution:
            return Solution.noSolution(.unbounded)
        default:
            return Solution.noSolution(.infeasibleOrUnbounded)
        }
    }
}
