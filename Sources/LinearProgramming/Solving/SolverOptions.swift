/// Where the solver's own progress log goes. Never to standard output.
public enum SolverLog: Sendable {
    /// Dropped.
    case silent
    /// Written to standard error as it comes.
    case standardError
    /// Handed, line by line, to a closure (called on the solving thread).
    case handler(@Sendable (String) -> Void)
}

/// Which simplex variant solves LPs and LP relaxations.
public enum SimplexMethod: String, Sendable, Codable, CaseIterable {
    /// Primal simplex.
    case primal
    /// Dual simplex, falling back to primal where the dual fails.
    case dual
}

/// Settings for one solve.
public struct SolverOptions: Sendable {
    /// Wall-clock limit in seconds for the whole solve, or nil for none.
    public var timeLimit: Double?
    /// Stop a MIP once (incumbent − bound)/|incumbent| is at most this; nil for the solver's default.
    public var relativeMIPGap: Double?
    /// Simplex iteration limit, or nil for none.
    public var iterationLimit: Int?
    /// Run the LP presolver.
    public var presolve: Bool
    /// The simplex variant.
    public var method: SimplexMethod
    /// Switch on the MIP cut generators (Gomory, MIR, cover, clique).
    public var cuts: Bool
    /// Where the solver's log goes.
    public var log: SolverLog
    /// For an optimal LP, also compute the ranges of objective coefficients and right-hand sides over
    /// which the basis stays optimal (``Solution/sensitivity``). Ignored for MIPs.
    public var sensitivity: Bool

    /// Creates options; the defaults (dual simplex, presolve) were chosen from measurements: `make bench`,
    /// Reports/benchmarks.md, "The default simplex settings".
    public init(
        timeLimit: Double? = nil,
        relativeMIPGap: Double? = nil,
        iterationLimit: Int? = nil,
        presolve: Bool = true,
        method: SimplexMethod = .dual,
        cuts: Bool = false,
        log: SolverLog = .silent,
        sensitivity: Bool = false
    ) {
        self.timeLimit = timeLimit
        self.relativeMIPGap = relativeMIPGap
        self.iterationLimit = iterationLimit
        self.presolve = presolve
        self.method = method
        self.cuts = cuts
        self.log = log
        self.sensitivity = sensitivity
    }

    /// Problems with the options themselves (negative or NaN limits), as sentences.
    public func validate() -> [String] {
        var problems: [String] = []
        if let limit = timeLimit, !(limit >= 0) || limit.isNaN {
            problems.append("time limit must be a number ≥ 0 (seconds), got \(limit)")
        }
        if let gap = relativeMIPGap, !(gap >= 0) || !gap.isFinite {
            problems.append("MIP gap must be a finite number ≥ 0, got \(gap)")
        }
        if let iterations = iterationLimit, iterations < 0 {
            problems.append("iteration limit must be ≥ 0, got \(iterations)")
        }
        return problems
    }
}

/// Thrown when solver options are invalid.
public struct InvalidOptionsError: Error, Sendable, CustomStringConvertible {
    /// The problems, as sentences.
    public var problems: [String]

    /// Creates the error.
    public init(problems: [String]) {
        self.problems = problems
    }

    public var description: String { "invalid solver options: " + problems.joined(separator: "; ") }
}

/// Something that solves a ``LinearModel``.
///
/// Implementations must never abort the process, never write to standard
/// output, and report statuses truthfully. An infeasible or unbounded model
/// is a ``Solution`` (a status), not an error; errors are for invalid models
/// and options.
public protocol LinearSolver: Sendable {
    /// Solves `model` and returns what was found.
    ///
    /// - Throws: ``InvalidModelError`` or ``InvalidOptionsError``.
    func solve(_ model: LinearModel, options: SolverOptions) throws -> Solution
}

extension LinearSolver {
    /// Solves with default options.
    public func solve(_ model: LinearModel) throws -> Solution {
        try solve(model, options: SolverOptions())
    }
}
