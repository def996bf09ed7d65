import CGLPK
import LinearProgramming

/// A ``LinearSolver`` backed by GLPK 5.
///
/// Promises (DESIGN.md §4): never aborts (every input is validated in Swift
/// before GLPK sees it, and a GLPK failure all the same is caught by ``GLPKGuard``
/// and thrown as ``GLPKFailure``), never prints on stdout (GLPK's terminal output goes
/// to the ``SolverLog``), never lies about status (the return code is not
/// the status; both are read). Each call creates, solves, reads and deletes
/// its GLPK problem on the calling thread, so independent solves may run on
/// several threads at once.
///
/// MIPs are solved as GLPK recommends without presolve: the LP relaxation by
/// simplex first, then branch-and-cut from its optimal basis. Statuses GLPK
/// leaves open (presolve reporting "no dual feasible solution", a relaxation
/// without finite optimum) are settled by a second solve, so `unbounded` and
/// `infeasible` are told apart where possible.
public struct GLPKSolver: LinearSolver {
    /// GLPK's own settings (presolve, simplex method, cuts).
    public var parameters: GLPKParameters

    /// Creates the solver with GLPK's own `parameters` (by default the measured best).
    public init(parameters: GLPKParameters = GLPKParameters()) {
        self.parameters = parameters
    }

    /// GLPK's version string, e.g. "5.0".
    public static var version: String {
        String(cString: glp_version())
    }

    public var identity: SolverIdentity { SolverIdentity(name: "GLPK", version: Self.version) }

    public var capabilities: SolverCapabilities {
        [
            .mixedInteger, .sensitivityRanges, .timeLimit, .iterationLimit, .relativeMIPGap, .conflictRefinement,
            .progressLog, .lpExport,
        ]
    }

    public func solve(_ model: LinearModel, options: SolverOptions) throws -> Solution {
        try model.validateForSolving(with: options)

        let clock = ContinuousClock()
        let start = clock.now
        let terminal = GLPKTerminal(log: options.log)
        if let network = networkSolution(model, options: options, terminal: terminal) {
            return finished(network, start: start, clock: clock)
        }
        let modelClass = GLPKParameters.modelClass(of: model, hint: options.modelClass)
        let presolve = parameters.presolves(modelClass)
        var solution = try terminal.capture { () throws(GLPKFailure) -> Solution in
            try GLPKGuard.run(terminal: terminal) {
                withGLPKProblem { problem in
                    GLPKRun(
                        model: model,
                        problem: problem,
                        options: options,
                        presolve: presolve,
                        parameters: parameters,
                        clock: clock,
                        start: start
                    )
                    .solve()
                }
            }
        }
        let algorithm: SolverAlgorithm =
            model.isMixedInteger ? .branchAndCut : parameters.method == .primal ? .primalSimplex : .dualSimplex
        solution.method = SolveMethod(algorithm, presolve: presolve, modelClass: modelClass)
        return finished(solution, start: start, clock: clock)
    }

    private func finished(_ result: Solution, start: ContinuousClock.Instant, clock: ContinuousClock) -> Solution {
        var solution = result
        solution.seconds = start.duration(to: clock.now).inSeconds
        solution.solver = identity
        return solution.rejectingNonFiniteNumbers()
    }

    /// The optimum by the out-of-kilter algorithm when the model is a network this path may take
    /// (``GLPKParameters/networkAlgorithm``); nil otherwise, and whenever that path cannot vouch for its answer
    /// (GLPK failing inside it included): the simplex then solves the model from scratch.
    private func networkSolution(_ model: LinearModel, options: SolverOptions, terminal: GLPKTerminal) -> Solution? {
        guard let flowLimit = parameters.networkFlowLimit(options: options),
            let form = model.networkForm(),
            let flow = try? GLPKNetworkFlow(form, of: model, flowLimit: flowLimit)
        else { return nil }
        let result = try? terminal.capture { () throws(GLPKFailure) -> Solution? in
            try GLPKGuard.run(terminal: terminal) { GLPKNetworkRun(model: model, flow: flow).solve() }
        }
        guard var solution = result ?? nil else { return nil }
        solution.method = SolveMethod(.outOfKilter, presolve: false, modelClass: .network)
        return solution
    }
}
