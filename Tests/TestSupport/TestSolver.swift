import Foundation
import LinearProgramming
import SolverBackends

/// The one place planner, report and CLI tests get their solver from.
///
/// `KKR_TEST_SOLVER=glpk|cbc` picks the backend for the whole test run (default: glpk), so the suite can run
/// against either: `KKR_TEST_SOLVER=cbc swift test`.
public enum TestSolver {
    /// The backend of this test run.
    public static let backend: SolverBackend = {
        guard let name = ProcessInfo.processInfo.environment["KKR_TEST_SOLVER"], !name.isEmpty else {
            return .default
        }
        guard let backend = SolverBackend(rawValue: name) else {
            let known = SolverBackend.allCases.map(\.rawValue).joined(separator: ", ")
            fatalError("KKR_TEST_SOLVER=\(name) is not a backend (\(known))")
        }
        return backend
    }()

    /// A solver of this run's backend with its own defaults, or with the given presolve and simplex method.
    public static func make(presolve: Bool? = nil, method: SimplexMethod? = nil) -> any LinearSolver {
        backend.makeSolver(BackendSettings(presolve: presolve, method: method))
    }

    /// The `--solver` arguments for a CLI test of a command that solves.
    public static var arguments: [String] { ["--solver", backend.rawValue] }
}
