/// Which solver (and which version of it) produced a result, e.g. "GLPK 5.0" or "CLP 1.17.6".
///
/// Reports and `kkr-plan solve` print it, so a reader knows what ran.
public struct SolverIdentity: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The solver's short name, e.g. "GLPK", "CBC", "CLP".
    public var name: String
    /// The library's version string, e.g. "5.0".
    public var version: String

    /// Creates an identity.
    public init(name: String, version: String) {
        self.name = name
        self.version = version
    }

    /// "NAME VERSION", or the name alone when the version is unknown.
    public var description: String { version.isEmpty ? name : "\(name) \(version)" }
}

/// What a backend can do beyond solving LPs to optimality with duals.
///
/// A conformance test that needs a capability the backend lacks is skipped
/// with the capability's name (Tests/TestSupport/Conformance.swift); a missing
/// capability is never a wrong answer.
public struct SolverCapabilities: OptionSet, Sendable, Hashable, CustomStringConvertible {
    public let rawValue: Int

    public init(rawValue: Int) {
        self.rawValue = rawValue
    }

    /// Integer and binary columns (branch-and-bound).
    public static let mixedInteger = SolverCapabilities(rawValue: 1 << 0)
    /// Objective and right-hand-side ranges of an optimal LP (``SolverOptions/sensitivity``).
    public static let sensitivityRanges = SolverCapabilities(rawValue: 1 << 1)
    /// ``SolverOptions/timeLimit`` is honoured.
    public static let timeLimit = SolverCapabilities(rawValue: 1 << 2)
    /// ``SolverOptions/iterationLimit`` is honoured for LPs.
    public static let iterationLimit = SolverCapabilities(rawValue: 1 << 3)
    /// ``SolverOptions/relativeMIPGap`` is honoured.
    public static let relativeMIPGap = SolverCapabilities(rawValue: 1 << 4)
    /// Statuses are exact enough for ``ConflictRefiner`` (infeasible told apart from every limit).
    public static let conflictRefinement = SolverCapabilities(rawValue: 1 << 5)
    /// The solver's own progress log can be shown (``SolverLog``), as text lines.
    public static let progressLog = SolverCapabilities(rawValue: 1 << 6)
    /// The solver can write a model in CPLEX-LP format itself (the writer in LinearProgramming works for all).
    public static let lpExport = SolverCapabilities(rawValue: 1 << 7)

    /// Every capability with its name, in a fixed order (for tables and skip messages).
    public static let named: [(SolverCapabilities, String)] = [
        (.mixedInteger, "mixed_integer"), (.sensitivityRanges, "sensitivity_ranges"), (.timeLimit, "time_limit"),
        (.iterationLimit, "iteration_limit"), (.relativeMIPGap, "relative_mip_gap"),
        (.conflictRefinement, "conflict_refinement"), (.progressLog, "progress_log"), (.lpExport, "lp_export"),
    ]

    /// The names of the capabilities in this set, comma-separated.
    public var description: String {
        Self.named.filter { contains($0.0) }.map(\.1).joined(separator: ", ")
    }
}

/// What the caller knows about a model's structure, so each backend can pick its own best settings.
///
/// A hint, never a promise the solver relies on for correctness.
public enum ModelClass: String, Sendable, Codable, CaseIterable {
    /// No particular structure.
    case general
    /// A network-like (totally unimodular) model such as a min-cost flow: its LP vertices are integral.
    case network
}
