import LinearProgramming

/// The COIN-OR backend's own settings (CLP for LPs, CBC for MIPs).
///
/// The defaults are those of the `clp` program's `-dualsimplex`: presolve, then the dual simplex. The model
/// class changes nothing here: CLP with presolve is fastest on the network models too (`make bench`).
public struct COINParameters: Sendable, Equatable {
    /// Run CLP's presolver on LPs (CBC always preprocesses MIPs itself).
    public var presolve: Bool
    /// The simplex variant for LPs.
    public var method: SimplexMethod

    /// Creates parameters; the defaults are CLP's `-dualsimplex`.
    public init(presolve: Bool = true, method: SimplexMethod = .dual) {
        self.presolve = presolve
        self.method = method
    }
}
