import ArgumentParser
import Foundation
import GLPKSolver
import LinearProgramming
import SolverBackends

/// `kkr-plan solve FILE`: read an MPS or CPLEX-LP model, solve it with GLPK (or `--solver cbc|auto`), print the
/// status and what ran.
struct SolveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "solve",
        abstract: "Solve an MPS (fixed or free, detected) or CPLEX-LP model file with GLPK or COIN-OR CBC/CLP.",
        discussion: """
            Exit codes: 0 when a status was determined (infeasible and unbounded are answers), \
            65 when the file cannot be read as a model or a number lies outside the solver's range, \
            66 when it is missing, 70 when the solver fails, 73 when --write-lp cannot write its file.
            """
    )

    @Argument(help: "The model file (.mps, .lp).")
    var file: String

    @Option(help: "Stop after this many seconds (the status is then time_limit).")
    var timeLimit: Double?

    @Option(help: "Relative MIP gap at which branch-and-cut may stop (e.g. 0.01 for 1 %).")
    var mipGap: Double?

    @Option(help: "Output: text (for a person) or json (one object on stdout).")
    var format: OutputFormat = .text

    @OptionGroup var solverChoice: SolverOption

    @Option(help: "Simplex method: primal or dual (default: dual).")
    var method: SimplexMethod?

    @Flag(help: "Switch off the LP presolver.")
    var noPresolve = false

    @Flag(help: "Switch on GLPK's cut generators (Gomory, MIR, cover, clique) for MIPs (GLPK only).")
    var cuts = false

    @Option(
        help: ArgumentHelp(
            "What GLPK runs on a model that is a min-cost flow: simplex (default) or out_of_kilter "
                + "(GLPK's network algorithm; see README, Which solver runs).",
            valueName: "algorithm"
        )
    )
    var network: GLPKNetworkAlgorithm?

    @Flag(help: "Show the solver's progress log on stderr (GLPK: its log; CBC/CLP: one summary line).")
    var verbose = false

    @Flag(help: "When the model is infeasible, name an irreducible infeasible subset of its rows and bounds.")
    var explain = false

    @Option(help: "Seconds the --explain search may take in all (default 60).")
    var explainTimeLimit: Double = 60

    @Flag(
        help:
            "For an optimal LP, add the ranges of costs and right-hand sides over which the basis stays optimal (GLPK only)."
    )
    var sensitivity = false

    @Option(help: "Write the model as read to this CPLEX-LP file (exact numbers, escaped names).")
    var writeLp: String?

    func validate() throws {
        if let timeLimit, !(timeLimit >= 0) {
            throw ValidationError("--time-limit must be a number ≥ 0, got \(timeLimit)")
        }
        if let mipGap, !(mipGap >= 0) || !mipGap.isFinite {
            throw ValidationError("--mip-gap must be a finite number ≥ 0, got \(mipGap)")
        }
        if !(explainTimeLimit >= 0) {
            throw ValidationError("--explain-time-limit must be a number ≥ 0, got \(explainTimeLimit)")
        }
    }

    func run() throws {
        let modelFile: ModelFile
        do {
            modelFile = try ModelFileReader.readFile(path: file)
        } catch {
            printError("\(error)")
            throw error.reason == .missing ? ExitCode.noInput : ExitCode.dataError
        }
        let model = modelFile.model
        let fileFormat = modelFile.format
        if let writeLp {
            do {
                try CPLEXLPWriter().write(model, to: writeLp)
            } catch {
                printError("kkr-plan solve: cannot write \(writeLp): \(error.localizedDescription)")
                throw ExitCode.cannotCreate
            }
        }
        let options = SolverOptions(
            timeLimit: timeLimit,
            relativeMIPGap: mipGap,
            log: verbose ? .standardError : .silent,
            sensitivity: sensitivity
        )
        let solver = makeSolver()
        let solution: Solution
        do {
            solution = try solver.solve(model, options: options)
        } catch let error as InvalidModelError {
            for issue in error.issues { printError(modelFile.diagnostic(for: issue)) }
            let count = error.issues.count
            printError("\(count) error\(count == 1 ? "" : "s") in the model; nothing was solved.")
            throw ExitCode.dataError
        } catch let error as GLPKFailure {
            printError(
                "\(file): error: \(error) — hint: try other solver settings (--no-presolve, --method primal) "
                    + "or rescale the model"
            )
            throw ExitCode.internalError
        }
        var report = SolveReport(
            file: file,
            fileFormat: fileFormat,
            model: model,
            solution: solution,
            solver: solution.solver ?? solver.identity,
            method: solution.method
        )
        report.includesSensitivity = sensitivity
        if explain {
            report.explanation = explanation(of: model, solution: solution, options: options, solver: solver)
        }
        switch format {
        case .json: print(try report.json())
        case .text: print(report.text(), terminator: "")
        }
    }
}

extension SolveCommand {
    /// The conflict of an infeasible model, or why there is none to show.
    func explanation(
        of model: LinearModel,
        solution: Solution,
        options: SolverOptions,
        solver: any LinearSolver
    ) -> SolveReport.Explanation {
        guard [.infeasible, .infeasibleOrUnbounded].contains(solution.termination) else { return .notInfeasible }
        var quiet = options
        quiet.sensitivity = false
        let refiner = ConflictRefiner(solver: solver, options: quiet, timeBudget: explainTimeLimit)
        do {
            guard let conflict = try refiner.explain(model) else { return .notInfeasible }
            return .conflict(conflict)
        } catch {
            return .failed("\(error)")
        }
    }
}

extension SolveCommand {
    /// The chosen backend with the settings given on the command line; a warning on stderr for each
    /// setting the backend does not have.
    func makeSolver() -> any LinearSolver {
        let backend = solverChoice.solver
        let settings = BackendSettings(
            presolve: noPresolve ? false : nil,
            method: method,
            cuts: cuts ? true : nil,
            networkAlgorithm: network
        )
        for (setting, reason) in backend.ignored(settings) {
            printError(
                "kkr-plan solve: warning: \(setting.rawValue) does not apply to --solver \(backend.rawValue) (\(reason)); ignored"
            )
        }
        let solver = backend.makeSolver(settings)
        if sensitivity && !solver.capabilities.contains(.sensitivityRanges) {
            printError(
                "kkr-plan solve: warning: --sensitivity does not apply to --solver \(backend.rawValue) (no ranging in its C interface); no ranges are reported"
            )
        }
        return solver
    }
}

extension ExitCode {
    /// An output file cannot be created (EX_CANTCREAT).
    static let cannotCreate = ExitCode(73)
}

extension SimplexMethod: ExpressibleByArgument {}

extension GLPKNetworkAlgorithm: ExpressibleByArgument {}
