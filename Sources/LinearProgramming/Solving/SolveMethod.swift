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
