import LinearProgramming

/// GLPK's own settings: what only GLPK has (its presolver, simplex variant and cut generators).
///
/// The defaults were chosen from measurements. General models: dual simplex with presolve
/// (`make bench`, Reports/benchmarks.md, "The default simplex settings"). Network models
/// (``ModelClass/network``, the Socialaftale): dual simplex without presolve, because on the half-size
/// generated Socialaftale instance the LP relaxation with GLPK's presolver took 6–7 times as long (6.1×
/// and 6.9× in two runs; `kkr-social-bench`, Reports/benchmarks.md, section Socialaftale), and on
/// `social_synth` (README, "Which solver runs") over 6 times as long. A model is treated as a network when
/// the caller says so or when it is large and recognised as one (``modelClass(of:hint:)``).
public struct GLPKParameters: Sendable, Equatable {
    /// Run the LP presolver (for MIPs: GLPK's MIP preprocessor); nil: chosen from the model class.
    public var presolve: Bool?
    /// The simplex variant.
    public var method: SimplexMethod
    /// Switch on the MIP cut generators (Gomory, MIR, cover, clique).
    public var cuts: Bool
    /// The algorithm for a model recognised as a network (``LinearModel/networkForm()``); nil: the simplex
    /// (measured faster than the out-of-kilter algorithm on the Socialaftale shape, README "Which solver runs").
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

    /// Whether the presolver runs for a model of `modelClass`.
    public func presolves(_ modelClass: ModelClass) -> Bool {
        presolve ?? (modelClass == .general)
    }

    /// Models with at least this many columns are tested for being networks (``LinearModel/networkForm()``)
    /// when the caller gives no ``ModelClass`` hint: a model that is one is solved with the network class's
    /// settings (no presolve). Below it the simplex takes well under a second either way, and the plans of the
    /// shipped inputs keep their settings (README, "Which solver runs").
    public static let networkColumnThreshold = 5_000

    /// The class whose settings GLPK uses for `model`: the caller's hint when it says network, else
    /// ``ModelClass/network`` for a model of at least ``networkColumnThreshold`` columns that is one, else
    /// general. Deterministic: it reads only the model.
    public static func modelClass(of model: LinearModel, hint: ModelClass) -> ModelClass {
        if hint == .network { return .network }
        guard model.columnCount >= networkColumnThreshold, model.networkForm() != nil else { return .general }
        return .network
    }

    /// The largest total flow the out-of-kilter path may take for `model` under `options`, or nil when the
    /// simplex runs: it runs only when asked for (``networkAlgorithm``), without an iteration limit or
    /// sensitivity ranges, and with a time limit above 0.
    func networkFlowLimit(options: SolverOptions) -> Double? {
        guard networkAlgorithm == .outOfKilter, options.iterationLimit == nil, !options.sensitivity,
            options.timeLimit.map({ $0 > 0 }) ?? true
        else { return nil }
        return GLPKNetworkFlow.largest
    }
}

/// What GLPK runs on a model that is a minimum-cost flow (``LinearModel/networkForm()``).
public enum GLPKNetworkAlgorithm: String, Sendable, CaseIterable {
    /// The simplex, with the network class's settings (the default).
    case simplex
    /// GLPK's out-of-kilter minimum-cost-flow solver (`glp_mincost_okalg`) wherever the model's data allow it
    /// (whole numbers within GLPK's integers; costs up to 10⁶-fold scaled), else the simplex. Not stopped by a
    /// time limit once started.
    case outOfKilter = "out_of_kilter"
}
