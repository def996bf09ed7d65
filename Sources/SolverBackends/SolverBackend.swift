import GLPKSolver
import LinearProgramming

/// The solver backends `kkr-plan` can plan and solve with, and the one factory that makes them.
///
/// Every command that solves takes `--solver` and asks this type for its solver; nothing else in the
/// package constructs a backend (docs/ARCHITECTURE.md, "Adding a solver backend").
public enum SolverBackend: String, CaseIterable, Sendable {
    /// GLPK 5 (Debian `libglpk-dev`), the default.
    case glpk

    /// The backend a run uses when none is named.
    public static let `default`: SolverBackend = .glpk

    /// A new solver of this backend.
    public func makeSolver() -> any LinearSolver {
        switch self {
        case .glpk: GLPKSolver()
        }
    }
}
