/// The algorithm a backend ran for one solve.
public enum SolverAlgorithm: String, Sendable, Codable, CaseIterable {
    /// The primal simplex method.
    case primalSimplex = "primal_simplex"
    /// The dual simplex method.
    case dualSimplex = "dual_simplex"
    /// The out-of-kilter algorithm for minimum-cost flows (GLPK's `glp_mincost_okalg`), on a model
    /// recognised as a network (``NetworkForm``).
    case outOfKilter = "out_of_kilter"
    /// Branch-and-cut (branch-and-bound with cuts) on a MIP.
    case branchAndCut = "branch_and_cut"

    /// The algorithm in words, e.g. "dual simplex".
    public var words: String {
        switch self {
        case .primalSimplex: "primal simplex"
        case .dualSimplex: "dual simplex"
        case .outOfKilter: "out-of-kilter network algorithm"
        case .branchAndCut: "branch-and-cut"
        }
    }
}

/// How a solve was run: the algorithm and whether a presolver ran before it.
///
/// Every ``Solution`` a backend returns carries one (``Solution/method``), so `kkr-plan solve` and the
/// reports can say what actually ran, not what was configured.
public struct SolveMethod: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The algorithm.
    public var algorithm: SolverAlgorithm
    /// Whether the backend's presolver (for a MIP: its MIP preprocessor) ran first.
    public var presolve: Bool
    /// The model class the backend chose its settings for, when it chooses by class (GLPK); nil otherwise.
    public var modelClass: ModelClass?

    /// Creates a method.
    public init(_ algorithm: SolverAlgorithm, presolve: Bool, modelClass: ModelClass? = nil) {
        self.algorithm = algorithm
        self.presolve = presolve
        self.modelClass = modelClass
    }

    /// E.g. "dual simplex, presolve" or "dual simplex, no presolve (settings for network models)".
    public var description: String {
        let settings = modelClass.map { " (settings for \($0.rawValue) models)" } ?? ""
        return "\(algorithm.words), \(presolve ? "presolve" : "no presolve")\(settings)"
    }
}

/// One library and the method it ran: what a report names for a part that made one or more solves.
public struct SolverRun: Sendable, Hashable, Codable, Comparable {
    /// The library, as the backend reported it.
    public var solver: SolverIdentity
    /// The method it ran.
    public var method: SolveMethod

    /// Creates a run.
    public init(solver: SolverIdentity, method: SolveMethod) {
        self.solver = solver
        self.method = method
    }

    /// The run of `solution`, or nil when its backend names no library or no method.
    public init?(_ solution: Solution) {
        guard let solver = solution.solver, let method = solution.method else { return nil }
        self.init(solver: solver, method: method)
    }

    /// The distinct runs of `solutions` in a fixed order (library name, version, algorithm, presolve, model
    /// class), whatever the order of the solves.
    public static func distinct(_ solutions: [Solution]) -> [SolverRun] {
        Set(solutions.compactMap(SolverRun.init)).sorted()
    }

    private enum CodingKeys: String, CodingKey {
        case name, version, algorithm, presolve
        case modelClass = "model_class"
    }

    /// Decodes the flat form ``encode(to:)`` writes.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        solver = SolverIdentity(
            name: try container.decode(String.self, forKey: .name),
            version: try container.decode(String.self, forKey: .version)
        )
        method = SolveMethod(
            try container.decode(SolverAlgorithm.self, forKey: .algorithm),
            presolve: try container.decode(Bool.self, forKey: .presolve),
            modelClass: try container.decodeIfPresent(ModelClass.self, forKey: .modelClass)
        )
    }

    /// The flat form the reports write: `{"name", "version", "algorithm", "presolve", "model_class"}`, with the
    /// values of `kkr-plan solve --json` (`model_class` is `null` for a backend that does not choose by class).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(solver.name, forKey: .name)
        try container.encode(solver.version, forKey: .version)
        try container.encode(method.algorithm, forKey: .algorithm)
        try container.encode(method.presolve, forKey: .presolve)
        try container.encode(method.modelClass, forKey: .modelClass)
    }

    private var sortKey: [String] {
        [
            solver.name, solver.version, method.algorithm.rawValue, method.presolve ? "1" : "0",
            method.modelClass?.rawValue ?? "",
        ]
    }

    public static func < (lhs: SolverRun, rhs: SolverRun) -> Bool {
        lhs.sortKey.lexicographicallyPrecedes(rhs.sortKey)
    }
}
