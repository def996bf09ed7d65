import CCoinOR
import LinearProgramming

/// A ``LinearSolver`` backed by COIN-OR: CLP for LPs, CBC for MIPs (Debian `coinor-libcbc-dev`).
///
/// The same promises as GLPK's backend: every model is validated in Swift before COIN-OR sees it; COIN-OR
/// never prints on stdout (log level 0 and a silent message callback); statuses are read, never guessed.
/// LPs get duals and reduced costs under ``Solution``'s convention (∂z*/∂b); CBC 2.10's C interface gives
/// no duals for MIPs (neither does GLPK). No sensitivity ranges (CLP's ranging is C++ only), no progress
/// log: with a log asked for, one summary line per solve.
public struct CBCSolver: LinearSolver {
    /// The backend's own settings.
    public var parameters: COINParameters

    /// Creates the solver.
    public init(parameters: COINParameters = COINParameters()) {
        self.parameters = parameters
    }

    /// CBC's version string, e.g. "2.10.8".
    public static var version: String { String(cString: Cbc_getVersion()) }

    /// CLP's version string, e.g. "1.17.6".
    public static var clpVersion: String { String(cString: Clp_Version()) }

    public var identity: SolverIdentity { SolverIdentity(name: "CBC", version: Self.version) }

    /// The identity of the library that solves LPs.
    public static var clpIdentity: SolverIdentity { SolverIdentity(name: "CLP", version: clpVersion) }

    public var capabilities: SolverCapabilities {
        [.mixedInteger, .timeLimit, .iterationLimit, .relativeMIPGap, .conflictRefinement]
    }

    public func solve(_ model: LinearModel, options: SolverOptions) throws -> Solution {
        try model.validateForSolving(with: options)

        let clock = ContinuousClock()
        let start = clock.now
        let secondsLeft = { options.timeLimit.map { $0 - start.duration(to: clock.now).inSeconds } }
        let problem = COINProblem(model)
        var solution: Solution
        let ran: SolverIdentity
        if problem.emptyIntegerDomain != nil {
            solution = Solution.noSolution(.infeasible)
            ran = identity
        } else if model.isMixedInteger {
            solution = CBCRun(model: model, problem: problem, options: options).solve(secondsLeft: secondsLeft)
            solution.method = SolveMethod(.branchAndCut, presolve: true)
            ran = identity
        } else {
            let run = CLPRun(
                model: model,
                problem: problem,
                options: options,
                parameters: parameters,
                secondsLeft: secondsLeft
            )
            solution = run.solve()
            let algorithm: SolverAlgorithm = parameters.method == .primal ? .primalSimplex : .dualSimplex
            solution.method = SolveMethod(algorithm, presolve: parameters.presolve)
            ran = Self.clpIdentity
        }
        solution.seconds = start.duration(to: clock.now).inSeconds
        solution.solver = ran
        log(solution, options.log)
        return solution.rejectingNonFiniteNumbers()
    }

    /// The one summary line a log gets (COIN-OR's own messages are numbers without text in its C interface).
    private func log(_ solution: Solution, _ log: SolverLog) {
        let line =
            "\(solution.solver?.description ?? identity.description): \(solution.termination.rawValue)"
            + (solution.iterations.map { ", \($0) iterations" } ?? "")
            + ", \(String(solution.seconds)) s"
        log.emit(line)
    }
}
