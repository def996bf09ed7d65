import GLPKSolver
import LinearProgramming

/// The Swift side: build the model with LinearProgramming, solve it with GLPKSolver.
enum SwiftRuns {
    /// Every combination of simplex method and presolve, to choose the defaults from.
    static let settings: [(label: String, parameters: GLPKParameters)] = [SimplexMethod.dual, .primal]
        .flatMap { method in
            [true, false]
                .map { presolve in
                    (
                        "Swift (\(method.rawValue), \(presolve ? "presolve" : "no presolve"))",
                        GLPKParameters(presolve: presolve, method: method)
                    )
                }
        }

    /// The label of building, validating and loading into GLPK without a single simplex iteration.
    static let loadLabel = "Swift: build + validate + load into GLPK"

    /// One round: each setting once, and once building and loading only.
    static func round(into samples: inout Samples, build: () -> LinearModel) throws {
        let options = SolverOptions(timeLimit: 600)
        for (label, parameters) in settings {
            let (buildSeconds, model) = Timing.measure(build)
            let (solveSeconds, solution) = try Timing.measure {
                try GLPKSolver(parameters: parameters).solve(model, options: options)
            }
            samples.add(
                label,
                seconds: buildSeconds + solveSeconds,
                build: buildSeconds,
                objective: solution.objectiveValue,
                note: solution.termination == .optimal ? nil : solution.termination.rawValue
            )
        }
        let (seconds, _) = try Timing.measure {
            try GLPKSolver(parameters: GLPKParameters(presolve: false))
                .solve(build(), options: SolverOptions(iterationLimit: 0))
        }
        samples.add(loadLabel, seconds: seconds, objective: nil, note: nil)
    }
}
