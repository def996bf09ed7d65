import GLPKSolver
import LinearProgramming

/// The Swift side: build the model with LinearProgramming, solve it with GLPKSolver, repeatedly.
struct SwiftRuns {
    var runs: Int

    /// Builds with `build` and solves with `options`, `runs` times; medians of build and end-to-end time.
    func measure(_ name: String, options: SolverOptions, build: () -> LinearModel) throws -> Measurement {
        var builds: [Double] = []
        var totals: [Double] = []
        var objective: Double?
        var note: String?
        for _ in 0..<runs {
            let (buildSeconds, model) = Timing.measure(build)
            let (solveSeconds, solution) = try Timing.measure { try GLPKSolver().solve(model, options: options) }
            builds.append(buildSeconds)
            totals.append(buildSeconds + solveSeconds)
            objective = solution.objectiveValue
            note = solution.termination == .optimal ? nil : solution.termination.rawValue
        }
        return Measurement(
            name: name,
            seconds: Timing.median(totals),
            buildSeconds: Timing.median(builds),
            objective: objective,
            note: note
        )
    }

    /// Build, validate and load into GLPK without a single simplex iteration: the cost of getting a model
    /// to the solver, apart from solving it.
    func buildAndLoad(build: () -> LinearModel) throws -> Measurement {
        var measurement = try measure(
            "Swift: build + validate + load into GLPK",
            options: SolverOptions(iterationLimit: 0, presolve: false),
            build: build
        )
        measurement.objective = nil
        measurement.note = nil
        return measurement
    }

    /// Every combination of simplex method and presolve, to choose the defaults from.
    func settings(prefix: String, build: () -> LinearModel) throws -> [Measurement] {
        var results: [Measurement] = []
        for method in [SimplexMethod.dual, .primal] {
            for presolve in [true, false] {
                let options = SolverOptions(timeLimit: 600, presolve: presolve, method: method)
                let label = "\(prefix) (\(method.rawValue), \(presolve ? "presolve" : "no presolve"))"
                results.append(try measure(label, options: options, build: build))
            }
        }
        return results
    }
}
