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

    /// The commands that take `--solver` (add each command here as it gains the option).
    public static let solvingCommands: Set<String> = [
        "plan", "traineeships", "social", "compare", "sweep", "apportion", "solve",
    ]

    /// `arguments` with `--solver` for this run's backend added when the command takes it, the backend is not the
    /// default (so a default run passes the arguments exactly as written) and the test names no solver itself.
    public static func arguments(_ arguments: [String]) -> [String] {
        guard backend != .default, let command = arguments.first, solvingCommands.contains(command),
            !arguments.contains("--solver")
        else {
            return arguments
        }
        return arguments + ["--solver", backend.rawValue]
    }
}
