import LinearProgramming

/// GLPK's own settings: what only GLPK has (its presolver, simplex variant and cut generators).
///
/// The defaults were chosen from measurements. General models: dual simplex with presolve
/// (`make bench`, Reports/benchmarks.md, "The default simplex settings"). Network models
/// (``ModelClass/network``, the Socialaftale): dual simplex without presolve, because on the half-size
/// generated Socialaftale instance the LP relaxation with GLPK's presolver took 6–7 times as long (6.1×
/// and 6.9× in two runs; `kkr-social-bench`, Reports/benchmarks.md, section Socialaftale).
public struct GLPKParameters: Sendable, Equatable {
    /// Run the LP presolver (for MIPs: GLPK's MIP preprocessor); nil: chosen from the model class.
    public var presolve: Bool?
    /// The simplex variant.
    public var method: SimplexMethod
    /// Switch on the MIP cut generators (Gomory, MIR, cover, clique).
    public var cuts: Bool
    /// The algorithm for a model recognised as a network (``LinearModel/networkForm()``); nil: chosen from
    /// the model (``networkFlowLimit(for:options:)``).
    public var networkAlgorithm: GLPKNetworkAlgorithm?

    /// Creates parameters; the defaults are GLPK's measured best (see the type's documentation).
    public init(
        presolve: Bool? = nil,
        method: SimplexMethod = .dual,
        cuts: Bool = false,
        networkAlgorithm: GLPKNetworkAlgorithm? = nil
    ) {
        self.presolve = presolve
        self.method = method
        self.cuts = cuts
        self.networkAlgorithm = networkAlgorithm
    }

    /// Models with at least this many columns are solved by the out-of-kilter algorithm when they are networks
    /// (and the choice is left to GLPK): below it the simplex takes well under a second anyway, and the plans of
    /// the shipped inputs keep the simplex's vertex (README, "Which solver runs").
    public static let networkColumnThreshold = 5_000
    /// The largest total flow bound (``GLPKNetworkFlow``) the automatic choice accepts: the out-of-kilter
    /// algorithm's work grows with it, and it cannot be stopped by a time limit.
    public static let automaticFlowLimit = 1_000_000.0

    /// The largest total flow the out-of-kilter path may take for `model` under `options`, or nil when the
    /// simplex runs: it needs no iteration limit, no sensitivity ranges and a time limit above 0.
    func networkFlowLimit(for model: LinearModel, options: SolverOptions) -> Double? {
        guard options.iterationLimit == nil, !options.sensitivity, options.timeLimit.map({ $0 > 0 }) ?? true else {
            return nil
        }
        switch networkAlgorithm {
        case .simplex: return nil
        case .outOfKilter: return GLPKNetworkFlow.largest
        case nil: return model.columnCount >= Self.networkColumnThreshold ? Self.automaticFlowLimit : nil
        }
    }

    /// Whether the presolver runs for a model of `modelClass`.
    public func presolves(_ modelClass: ModelClass) -> Bool {
        presolve ?? (modelClass == .general)
    }
}

/// What GLPK runs on a model that is a minimum-cost flow (``LinearModel/networkForm()``).
public enum GLPKNetworkAlgorithm: String, Sendable, CaseIterable {
    /// The simplex, as for every other model.
    case simplex
    /// GLPK's out-of-kilter minimum-cost-flow solver (`glp_mincost_okalg`) wherever the model's data allow it
    /// (whole numbers within GLPK's integers), else the simplex. Not stopped by a time limit once started.
    case outOfKilter = "out_of_kilter"
}
