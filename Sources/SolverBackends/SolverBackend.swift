import COINSolver
import GLPKSolver
import LinearProgramming

/// The solver backends `kkr-plan` can plan and solve with, and the one factory that makes them.
///
/// Every command that solves takes `--solver` and asks this type for its solver; nothing else in the
/// package constructs a backend (docs/ARCHITECTURE.md, "Adding a solver backend").
public enum SolverBackend: String, CaseIterable, Sendable {
    /// GLPK 5 (Debian `libglpk-dev`), the default.
    case glpk
    /// COIN-OR (Debian `coinor-libcbc-dev`): CLP 1.17 for LPs, CBC 2.10 for MIPs.
    case cbc
    /// Per model by a fixed rule (``AutoSolver``): large LPs to CLP, everything else to GLPK.
    case auto

    /// The backend a run uses when none is named.
    public static let `default`: SolverBackend = .glpk

    /// A new solver of this backend with its own defaults.
    public func makeSolver() -> any LinearSolver {
        makeSolver(BackendSettings())
    }

    /// A new solver of this backend with the settings it has out of `settings` (see ``ignored(_:)``).
    public func makeSolver(_ settings: BackendSettings) -> any LinearSolver {
        switch self {
        case .glpk: Self.glpkSolver(settings)
        case .cbc: Self.coinSolver(settings)
        case .auto: AutoSolver(glpk: Self.glpkSolver(settings), coin: Self.coinSolver(settings))
        }
    }

    private static func glpkSolver(_ settings: BackendSettings) -> GLPKSolver {
        var parameters = GLPKParameters()
        if let presolve = settings.presolve { parameters.presolve = presolve }
        if let method = settings.method { parameters.method = method }
        if let cuts = settings.cuts { parameters.cuts = cuts }
        parameters.networkAlgorithm = settings.networkAlgorithm
        return GLPKSolver(parameters: parameters)
    }

    private static func coinSolver(_ settings: BackendSettings) -> CBCSolver {
        var parameters = COINParameters()
        if let presolve = settings.presolve { parameters.presolve = presolve }
        if let method = settings.method { parameters.method = method }
        return CBCSolver(parameters: parameters)
    }

    /// The settings in `settings` this backend does not have, each with why, e.g. for a warning.
    public func ignored(_ settings: BackendSettings) -> [(setting: BackendSettings.Setting, reason: String)] {
        var ignored: [(setting: BackendSettings.Setting, reason: String)] = []
        if self == .cbc, settings.cuts != nil {
            ignored.append((.cuts, "CBC chooses and runs its own cut generators"))
        }
        if self == .cbc, settings.networkAlgorithm != nil {
            ignored.append((.networkAlgorithm, "only GLPK has a network algorithm"))
        }
        return ignored
    }

    /// The name and version of the library the backend solves with (for CBC: CBC; LPs report CLP).
    public var identity: SolverIdentity { makeSolver().identity }

    /// What the backend can do.
    public var capabilities: SolverCapabilities { makeSolver().capabilities }
}

/// Settings that only some backends have, as a command line sets them; nil: the backend's own default.
public struct BackendSettings: Sendable, Equatable {
    /// One backend setting, named as its command-line option.
    public enum Setting: String, Sendable, CaseIterable {
        case presolve = "--no-presolve"
        case method = "--method"
        case cuts = "--cuts"
        case networkAlgorithm = "--network"
    }

    /// Run the LP presolver.
    public var presolve: Bool?
    /// The simplex variant.
    public var method: SimplexMethod?
    /// Switch on the MIP cut generators (GLPK).
    public var cuts: Bool?
    /// What GLPK runs on a network model (nil: chosen from the model, ``GLPKParameters``).
    public var networkAlgorithm: GLPKNetworkAlgorithm?

    /// Creates settings; nil leaves the backend's default.
    public init(
        presolve: Bool? = nil,
        method: SimplexMethod? = nil,
        cuts: Bool? = nil,
        networkAlgorithm: GLPKNetworkAlgorithm? = nil
    ) {
        self.presolve = presolve
        self.method = method
        self.cuts = cuts
        self.networkAlgorithm = networkAlgorithm
    }
}
