import CCoinOR
import LinearProgramming

/// One LP solved by CLP inside one `Clp_Simplex` (created and deleted in ``solve()``).
struct CLPRun {
    let model: LinearModel
    let problem: COINProblem
    let options: SolverOptions
    let parameters: COINParameters
    /// Seconds left of the time limit (asked anew before each CLP run), or nil for none.
    ///
    /// CLP's C interface can only limit the process's CPU time (`Clp_setMaximumSeconds` counts `CoinCpuTime`,
    /// the user time of every thread); CLP's wall-clock limit is C++ only. So the budget of each run is what is
    /// left of the wall-clock limit, counted as CPU seconds: on a loaded machine, or with other solves running on
    /// other threads, a run may stop earlier or later than the wall clock says (README, "Solver backends").
    let secondsLeft: () -> Double?

    /// CLP's statuses (`Clp_status`): 0 optimal, 1 primal infeasible, 2 dual infeasible, 3 stopped on
    /// iterations or time, 4 stopped on errors, 5 stopped by an event handler; secondary 9: stopped on time.
    func solve() -> Solution {
        guard let simplex = Clp_newModel() else { return Solution.noSolution(.memoryLimit) }
        defer { Clp_deleteModel(simplex) }
        load(into: simplex)
        let status = run(simplex, presolve: parameters.presolve, method: parameters.method)
        switch status {
        case 0:
            // Secondary status 2–4: optimal when scaled but infeasible unscaled; 7: postsolve found it not optimal.
            if Clp_secondaryStatus(simplex) != 0, !primalPointIsFeasible(simplex) {
                return Solution.noSolution(.numericalError)
            }
            return optimal(simplex)
        case 1:
            return confirmInfeasible()
        case 2:
            return settleDualInfeasible(simplex)
        case 3:
            let termination: TerminationStatus = Clp_secondaryStatus(simplex) == 9 ? .timeLimit : .iterationLimit
            return Solution.noSolution(termination)
        case 4:
            return Solution.noSolution(.numericalError)
        case 5:
            return Solution.noSolution(.interrupted)
        default:
            return Solution.noSolution(.otherError)
        }
    }

    private func load(into simplex: UnsafeMutableRawPointer) {
        Clp_setLogLevel(simplex, 0)
        Clp_registerCallBack(simplex) { _, _, _, _, _, _, _, _ in }  // CLP would print on stdout
        problem.load(into: simplex, columns: model.columnCount, rows: model.rowCount, using: Clp_loadProblem)
        Clp_setOptimizationDirection(simplex, model.objectiveSense == .minimize ? 1 : -1)
        if let seconds = secondsLeft() { Clp_setMaximumSeconds(simplex, max(seconds, 0)) }
        if let iterations = options.iterationLimit { Clp_setMaximumIterations(simplex, Int32(clamping: iterations)) }
    }

    /// One solve from scratch with or without presolve (and scaling); returns `Clp_status`.
    private func run(
        _ simplex: UnsafeMutableRawPointer,
        presolve: Bool,
        method: SimplexMethod,
        scaling: Bool = true
    ) -> Int32 {
        if !scaling { Clp_scaling(simplex, 0) }
        guard let settings = ClpSolve_new() else { return 4 }
        defer { ClpSolve_delete(settings) }
        ClpSolve_setSolveType(settings, method == .primal ? 1 : 0, 0)  // ClpSolve::usePrimal / useDual
        ClpSolve_setPresolveType(settings, presolve ? 0 : 1, 0)  // ClpSolve::presolveOn / presolveOff
        // Special option 2 = 1: no SIGINT handler. With it, CLP keeps the model in a global for the handler (not
        // thread-safe when LPs run on several threads) and turns Ctrl-C into an "iteration limit" instead of
        // letting the process stop.
        ClpSolve_setSpecialOption(settings, 2, 1, -1)
        Clp_initialSolveWithOptions(simplex, settings)
        return Clp_status(simplex)
    }

    /// CLP's scaled solve can call a badly scaled LP infeasible that has feasible points (measured:
    /// `netlib_infeas/gas11`, unbounded by GLPK and HiGHS, "primal infeasible" by `clp` with scaling and
    /// "dual infeasible" without). So an infeasible verdict is checked by the primal simplex without
    /// scaling or presolve, from scratch: a point it finds and Swift confirms feasible overrules it.
    private func confirmInfeasible() -> Solution {
        guard let simplex = Clp_newModel() else { return Solution.noSolution(.infeasible) }
        defer { Clp_deleteModel(simplex) }
        load(into: simplex)
        let status = run(simplex, presolve: false, method: .primal, scaling: false)
        guard status == 0 || status == 2, primalPointIsFeasible(simplex) else {
            return Solution.noSolution(.infeasible)
        }
        return status == 0 ? optimal(simplex) : Solution.noSolution(.unbounded)
    }

    /// True when CLP's current column values satisfy the model's bounds and rows (1e-6, relative).
    private func primalPointIsFeasible(_ simplex: UnsafeMutableRawPointer) -> Bool {
        let values = Array(UnsafeBufferPointer(start: Clp_getColSolution(simplex), count: model.columnCount))
        func within(_ value: Double, _ lower: Double, _ upper: Double) -> Bool {
            let tolerance = 1e-6 * max(1, abs(value))
            return value >= lower - tolerance && value <= upper + tolerance
        }
        let columnsFit = zip(values, model.variables).allSatisfy { within($0, $1.lowerBound, $1.upperBound) }
        let activities = model.rowActivities(at: values)
        return columnsFit
            && zip(activities, model.constraints).allSatisfy { within($0, $1.lowerBound, $1.upperBound) }
    }

    /// Dual infeasible means unbounded only when a primal feasible point exists: the primal simplex
    /// without presolve decides (it reports unbounded only from a feasible point).
    private func settleDualInfeasible(_ simplex: UnsafeMutableRawPointer) -> Solution {
        switch run(simplex, presolve: false, method: .primal) {
        case 0: return optimal(simplex)
        case 1: return Solution.noSolution(.infeasible)
        case 2: return Solution.noSolution(.unbounded)
        case 3:
            let termination: TerminationStatus = Clp_secondaryStatus(simplex) == 9 ? .timeLimit : .iterationLimit
            return Solution.noSolution(termination)
        default: return Solution.noSolution(.infeasibleOrUnbounded)
        }
    }

    /// Reads an optimal LP. CLP's row duals and reduced costs are already ∂z*/∂b and ∂z*/∂(bound) in the
    /// model's own sense, for minimisation and maximisation alike, as ``Solution`` defines them (checked
    /// against the hand-derived duals of the canonical problems and by finite differences,
    /// Tests/TestSupport/Conformance.swift).
    private func optimal(_ simplex: UnsafeMutableRawPointer) -> Solution {
        let columns = model.columnCount
        let rows = model.rowCount
        let values = Array(UnsafeBufferPointer(start: Clp_getColSolution(simplex), count: columns))
        let activities = Array(UnsafeBufferPointer(start: Clp_getRowActivity(simplex), count: rows))
        let duals = Array(UnsafeBufferPointer(start: Clp_getRowPrice(simplex), count: rows))
        let reduced = Array(UnsafeBufferPointer(start: Clp_getReducedCost(simplex), count: columns))
        return Solution(
            termination: .optimal,
            hasSolution: true,
            objectiveValue: model.objectiveValue(at: values),
            values: values,
            rowActivities: activities,
            rowDuals: duals,
            reducedCosts: reduced,
            iterations: Int(Clp_numberIterations(simplex))
        )
    }
}
