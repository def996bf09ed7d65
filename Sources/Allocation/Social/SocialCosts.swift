import LinearProgramming

/// The objective split into its parts, in kr per year.
public struct SocialCosts: Sendable, Hashable {
    /// Tariffs of the places used in the region.
    public var tariffs: Double
    /// The distance cost (kr per km per citizen × km).
    public var distance: Double
    /// Places bought outside the region.
    public var outside: Double
    /// Empty places below the occupancy bounds (share × tariff each).
    public var emptyPlaces: Double
    /// The penalty on unmet citizens.
    public var unmetPenalty: Double

    /// Creates the split.
    public init(tariffs: Double, distance: Double, outside: Double, emptyPlaces: Double, unmetPenalty: Double) {
        self.tariffs = tariffs
        self.distance = distance
        self.outside = outside
        self.emptyPlaces = emptyPlaces
        self.unmetPenalty = unmetPenalty
    }

    /// The objective: every part added.
    public var total: Double { tariffs + distance + outside + emptyPlaces + unmetPenalty }

    /// What the municipalities pay: tariffs, outside purchases and empty places below the bounds.
    public var payments: Double { tariffs + outside + emptyPlaces }
}

/// What the solves reported (the LP relaxation, and the MIP where it was needed), and how large the model was.
public struct SocialSolveSummary: Sendable, Hashable {
    /// Which path gave the placements: the LP's integral vertex, or the MIP.
    public var path: SocialSolvePath
    /// Why the solve that gave the placements stopped (the LP's status on the LP path, the MIP's otherwise).
    public var termination: TerminationStatus
    /// The cost of the placements (the rounded LP vertex's, or the MIP's objective).
    public var objective: Double?
    /// Why the LP relaxation solve stopped.
    public var relaxationTermination: TerminationStatus
    /// The LP relaxation's objective (a lower bound on the MIP's).
    public var relaxationObjective: Double?
    /// Rows of the model.
    public var rows: Int
    /// Columns of the model.
    public var columns: Int
    /// Integer columns of the MIP.
    public var integerColumns: Int
    /// Stored matrix entries.
    public var entries: Int
    /// Seconds to build the model.
    public var buildSeconds: Double
    /// Seconds in the MIP solve (0 when none was needed).
    public var mipSeconds: Double
    /// Seconds in the LP solves (every sifting round and the tie-break).
    public var lpSeconds: Double
    /// The solver library that gave the placements (the LP's on the LP path, the MIP's otherwise), as the
    /// backend reported it; nil for a solver that names none.
    public var solver: SolverIdentity?
    /// Every distinct library and method that solved for the placements (``SolverRun/distinct(_:)``): each LP
    /// block and its tie-break on the LP path, the MIP and its LP relaxation otherwise. With `--solver auto` the
    /// blocks may go to different libraries.
    public var solverRuns: [SolverRun] = []
    /// LP solves (sifting rounds plus the tie-break on the LP path; 1 after a MIP).
    public var lpSolves: Int
    /// How the place and citizen values were found; nil when the plan has none (no optimal LP relaxation).
    public var valueMethod: SocialValueMethod? = nil
    /// Seconds in the exact network computations, no solver: the tie-break's optimal face and its polish on the LP
    /// path (``SocialFacePolish``), the place and citizen values (``SocialMarginalValues``).
    public var networkSeconds: Double = 0

    /// True when the LP and the MIP optimum agree to 10⁻⁶ relative (as total unimodularity promises).
    public var relaxationMatches: Bool {
        guard let objective, let relaxationObjective else { return false }
        return abs(objective - relaxationObjective) <= 1e-6 * max(1, abs(objective))
    }
}
