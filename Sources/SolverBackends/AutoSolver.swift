import COINSolver
import GLPKSolver
import LinearProgramming

/// `--solver auto`: each model goes to the backend measured fastest for its kind, by a fixed rule.
///
/// An LP (no integer column) with at least ``clpColumnThreshold`` columns goes to CLP, unless sensitivity
/// ranges are asked for (CLP's ranging is C++ only); every other model — MIPs and small LPs — goes to GLPK with
/// its own defaults (which choose per model class: the out-of-kilter network algorithm for large network
/// models, presolve on or off). The rule reads only the model's size and kind and the options, so the same
/// model always goes the same way. Measurements: README, "Which solver runs".
public struct AutoSolver: LinearSolver {
    /// LPs with at least this many columns go to CLP.
    public static let clpColumnThreshold = 5_000

    /// GLPK with the settings it was given.
    public var glpk: GLPKSolver
    /// COIN-OR (CLP for the LPs) with the settings it was given.
    public var coin: CBCSolver

    /// Creates the solver from its two backends' settings.
    public init(glpk: GLPKSolver = GLPKSolver(), coin: CBCSolver = CBCSolver()) {
        self.glpk = glpk
        self.coin = coin
    }

    /// "auto" with both libraries, e.g. "auto (GLPK 5.0, CLP 1.17.6)"; each result names the one that ran
    /// (``Solution/solver``).
    public var identity: SolverIdentity {
        SolverIdentity(name: "auto", version: "(\(glpk.identity), \(CBCSolver.clpIdentity))")
    }

    /// What both backends can do, and the sensitivity ranges (such LPs go to GLPK).
    public var capabilities: SolverCapabilities {
        glpk.capabilities.intersection(coin.capabilities).union(.sensitivityRanges)
    }

    /// The backend `model` goes to under `options`.
    public func backend(for model: LinearModel, options: SolverOptions) -> SolverBackend {
        let largeLP = !model.isMixedInteger && model.columnCount >= Self.clpColumnThreshold
        return largeLP && !options.sensitivity ? .cbc : .glpk
    }

    public func solve(_ model: LinearModel, options: SolverOptions) throws -> Solution {
        switch backend(for: model, options: options) {
        case .cbc: try coin.solve(model, options: options)
        default: try glpk.solve(model, options: options)
        }
    }
}
