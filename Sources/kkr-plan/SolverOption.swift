import ArgumentParser
import LinearProgramming
import Planning
import SolverBackends

/// `--solver glpk|cbc`: the backend every solving command plans with, made by the one factory (``SolverBackend``).
struct SolverOption: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The solver backend: \(SolverBackend.allCases.map(\.rawValue).joined(separator: " or ")).",
            valueName: "solver"
        )
    )
    var solver: SolverBackend = .default

    /// A new solver of the chosen backend.
    func makeSolver() -> any LinearSolver {
        solver.makeSolver()
    }
}

extension SolverBackend: ExpressibleByArgument {}

/// Ends a command with `status`: returns on success, else throws the exit code (a usage error as such).
func finish(_ status: RunStatus) throws {
    switch status {
    case .success: return
    case .usage(let message): throw ValidationError(message)
    default: throw ExitCode(status.exitCode)
    }
}
