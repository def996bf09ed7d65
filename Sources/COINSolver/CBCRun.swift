import CCoinOR
import Foundation
import LinearProgramming

/// One MIP solved by CBC inside one `Cbc_Model` (created and deleted in ``solve(objective:secondsLeft:)``).
///
/// CBC 2.10's C interface runs its command-line driver (`CbcMain1`), which keeps state in globals: solves
/// are serialised by ``lock``, so independent MIPs on several threads wait for each other (LPs go to CLP
/// and run in parallel).
struct CBCRun {
    let model: LinearModel
    let problem: COINProblem
    let options: SolverOptions

    /// Serialises `Cbc_solve` calls (see the type's documentation).
    static let lock = NSLock()

    /// The longest the feasibility search of an unbounded relaxation may take: 5 s (as for GLPK).
    static let settleSeconds = 5.0

    /// Solves the MIP; a relaxation without finite optimum is settled by a feasibility search.
    func solve(secondsLeft: () -> Double?) -> Solution {
        let result = branchAndCut(objective: problem.objective, secondsLeft: secondsLeft, gap: options.relativeMIPGap)
        guard result.relaxationUnbounded else { return result.solution }
        // Rational data: a MIP whose relaxation is unbounded is unbounded if it has any integer point.
        let zero = [Double](repeating: 0, count: model.columnCount)
        let feasibility = branchAndCut(
            objective: zero,
            secondsLeft: { min(secondsLeft() ?? Self.settleSeconds, Self.settleSeconds) },
            gap: nil
        )
        if feasibility.solution.hasSolution { return Solution.noSolution(.unbounded) }
        if feasibility.solution.termination == .infeasible { return Solution.noSolution(.infeasible) }
        // Undecided within the search's time: the honest answer (as GLPK's backend gives).
        return Solution.noSolution(.infeasibleOrUnbounded)
    }

    /// One `Cbc_solve`, and whether its LP relaxation was unbounded.
    ///
    /// The time limit is wall-clock time (CBC's `timeMode elapsed`; its default counts CPU time of the whole
    /// process) and is taken from `secondsLeft` once this solve holds the lock, so time spent waiting for
    /// another thread's MIP counts against the limit instead of adding to it.
    private func branchAndCut(
        objective: [Double],
        secondsLeft: () -> Double?,
        gap: Double?
    ) -> (solution: Solution, relaxationUnbounded: Bool) {
        guard let cbc = Cbc_newModel() else { return (Solution.noSolution(.memoryLimit), false) }
        defer { Cbc_deleteModel(cbc) }
        problem.load(
            into: cbc,
            columns: model.columnCount,
            rows: model.rowCount,
            objective: objective,
            using: Cbc_loadProblem
        )
        for column in problem.integerColumns { Cbc_setInteger(cbc, column) }
        Cbc_setObjSense(cbc, model.objectiveSense == .minimize ? 1 : -1)
        Cbc_setLogLevel(cbc, 0)
        Cbc_setParameter(cbc, "log", "0")
        Cbc_setParameter(cbc, "slog", "0")
        Cbc_registerCallBack(cbc) { _, _, _, _, _, _, _, _ in }  // CBC would print on stdout
        Cbc_setAllowableFractionGap(cbc, gap ?? 0)
        Cbc_setAllowableGap(cbc, gap == nil ? 1e-10 : 0)
        Self.lock.lock()
        defer { Self.lock.unlock() }
        if let left = secondsLeft() {
            guard left > 0 else { return (Solution.noSolution(.timeLimit), false) }
            let seconds = max(left, 0.001)
            Cbc_setParameter(cbc, "timeMode", "elapsed")
            Cbc_setMaximumSeconds(cbc, seconds)
            Cbc_setParameter(cbc, "sec", String(seconds))
        }
        _ = Cbc_solve(cbc)
        return read(cbc, gap: gap)
    }

    /// CBC's statuses (`Cbc_secondaryStatus`): 0 search complete, 1 relaxation infeasible, 2 stopped on
    /// gap, 3 nodes, 4 time, 5 user stop, 6 solutions, 7 relaxation unbounded, 8 iterations.
    private func read(_ cbc: UnsafeMutableRawPointer, gap: Double?) -> (solution: Solution, relaxationUnbounded: Bool) {
        let secondary = Cbc_secondaryStatus(cbc)
        // A relaxation stopped by the clock proves nothing (as for "infeasible" below).
        if Cbc_isSecondsLimitReached(cbc) == 0, Cbc_isContinuousUnbounded(cbc) != 0 || secondary == 7 {
            return (Solution.noSolution(.unbounded), true)
        }
        let bound = Cbc_getBestPossibleObjValue(cbc)
        let termination: TerminationStatus
        if Cbc_isProvenOptimal(cbc) != 0 {
            termination = .optimal
        } else if Cbc_isSecondsLimitReached(cbc) != 0 {
            // Stopped by the clock: CBC may then also say "relaxation infeasible" for a relaxation it never
            // finished (seen under load with a limit of 0 s on a feasible model); that is not a proof.
            termination = .timeLimit
        } else if Cbc_isProvenInfeasible(cbc) != 0 || secondary == 1 {
            termination = .infeasible
        } else {
            switch secondary {
            case 2: termination = .gapLimit
            case 4: termination = .timeLimit
            case 5: termination = .interrupted
            case 8: termination = .iterationLimit
            default: termination = Cbc_isAbandoned(cbc) != 0 ? .numericalError : .otherError
            }
        }
        let bestBound = bound.isFinite && abs(bound) < 1e50 ? bound + model.objectiveConstant : nil
        guard termination != .infeasible, let best = Cbc_bestSolution(cbc) else {
            return (Solution.noSolution(termination, bestBound: bestBound), false)
        }
        let values = Array(UnsafeBufferPointer(start: best, count: model.columnCount))
        let objective = model.objectiveValue(at: values)
        var solution = Solution(
            termination: termination,
            hasSolution: true,
            objectiveValue: objective,
            values: values,
            rowActivities: model.rowActivities(at: values),
            bestBound: termination == .optimal ? objective : bestBound
        )
        // CBC calls a search stopped by a requested gap optimal; say which it was, as GLPK does.
        if termination == .optimal, gap != nil, let bestBound,
            abs(objective - bestBound) > 1e-9 * max(1, abs(objective))
        {
            solution.termination = .gapLimit
            solution.bestBound = bestBound
        }
        return (solution, false)
    }
}
