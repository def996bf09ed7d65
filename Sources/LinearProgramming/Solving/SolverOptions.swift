/// Where the solver's own progress log goes. Never to standard output.
public enum SolverLog: Sendable {
    /// Dropped.
    case silent
    /// Written to standard error as it comes.
    case standardError
    /// Handed, line by line, to a closure (called on the solving thread).
    case handler(@Sendable (String) -> Void)
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension SolverLog {
    /// Hands one line of the solver's log to its destination (standard error unbuffered, never stdout).
    public func emit(_ line: String) {
        switch self {
        case .silent:
            break
        case .standardError:
            let bytes = Array((line + "\n").utf8)
            bytes.withUnsafeBytes { buffer in
                guard let base = buffer.baseAddress else { return }
                _ = write(2, base, buffer.count)
            }
        case .handler(let handler):
            handler(line)
        }
    }
}

extension LinearModel {
    /// Throws what a backend must refuse before its library sees anything: an invalid model or invalid options.
    ///
    /// - Throws: ``InvalidModelError`` or ``InvalidOptionsError``.
    public func validateForSolving(with options: SolverOptions) throws {
        let issues = validate()
        guard issues.isEmpty else { throw InvalidModelError(issues: issues) }
        let optionProblems = options.validate()
        guard optionProblems.isEmpty else { throw InvalidOptionsError(problems: optionProblems) }
    }
}

/// Which simplex variant solves LPs and LP relaxations (a backend parameter, e.g. `GLPKParameters`).
public enum SimplexMethod: String, Sendable, Codable, CaseIterable {
    /// Primal simplex.
    case primal
    /// Dual simplex, falling back to primal where the dual fails.
    case dual
}

/// Settings for one solve that mean the same to every backend.
///
/// Settings of one solver (GLPK's presolver, simplex variant and cut
/// generators) are that backend's own parameters, with that backend's
/// defaults; a planner that knows its model's structure says so with
/// ``modelClass`` and each backend chooses accordingly.
public struct SolverOptions: Sendable {
    /// Wall-clock limit in seconds for the whole solve, or nil for none.
    public var timeLimit: Double?
    /// Stop a MIP once (incumbent − bound)/|incumbent| is at most this; nil for the solver's default.
    public var relativeMIPGap: Double?
    /// Simplex iteration limit, or nil for none.
    public var iterationLimit: Int?
    /// Where the solver's log goes.
    public var log: SolverLog
    /// For an optimal LP, also compute the ranges of objective coefficients and right-hand sides over
    /// which the basis stays optimal (``Solution/sensitivity``). Ignored for MIPs and by backends without
    /// ``SolverCapabilities/sensitivityRanges``.
    public var sensitivity: Bool
    /// What the caller knows about the model's structure; each backend picks its settings from it.
    public var modelClass: ModelClass

    /// Creates options.
    public init(
        timeLimit: Double? = nil,
        relativeMIPGap: Double? = nil,
        iterationLimit: Int? = nil,
        log: SolverLog = .silent,
        sensitivity: Bool = false,
        modelClass: ModelClass = .general
    ) {
        self.timeLimit = timeLimit
        self.relativeMIPGap = relativeMIPGap
        self.iterationLimit = iterationLimit
        self.log = log
        self.sensitivity = sensitivity
        self.modelClass = modelClass
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
    /// The solver's name and library version, e.g. GLPK 5.0.
    var identity: SolverIdentity { get }
    /// What the backend can do beyond solving LPs with duals.
    var capabilities: SolverCapabilities { get }

    /// Solves `model` and returns what was found.
    ///
    /// - Throws: ``InvalidModelError`` or ``InvalidOptionsError``.
    func solve(_ model: LinearModel, options: SolverOptions) throws -> Solution
}

extension LinearSolver {
    /// A solver that does not name itself (test doubles): its type name, no version.
    public var identity: SolverIdentity { SolverIdentity(name: String(describing: Self.self), version: "") }

    /// A solver that states no capabilities: LPs with duals only.
    public var capabilities: SolverCapabilities { [] }

    /// Solves with default options.
    public func solve(_ model: LinearModel) throws -> Solution {
        try solve(model, options: SolverOptions())
    }
}
