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

    /// Creates parameters; the defaults are GLPK's measured best (see the type's documentation).
    public init(presolve: Bool? = nil, method: SimplexMethod = .dual, cuts: Bool = false) {
        self.presolve = presolve
        self.method = method
        self.cuts = cuts
    }

    /// Whether the presolver runs for a model of `modelClass`.
    public func presolves(_ modelClass: ModelClass) -> Bool {
        presolve ?? (modelClass == .general)
    }
}
