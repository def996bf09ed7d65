import ArgumentParser
import SolverBackends

/// `--solver glpk|cbc`: the backend a command solves with (SolverBackends makes it).
struct SolverChoice: ParsableArguments {
    @Option(help: "The solver backend: glpk (default) or cbc (COIN-OR: CLP for LPs, CBC for MIPs).")
    var solver: SolverBackend = .default
}

extension SolverBackend: ExpressibleByArgument {}
