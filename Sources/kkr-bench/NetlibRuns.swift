import Foundation
import GLPKSolver
import LinearProgramming

/// The Netlib LP collection under each simplex setting: the evidence for the default method and presolve.
struct NetlibRuns {
    var folder: URL
    var runs: Int

    /// One setting's totals over the collection.
    struct Total {
        var label: String
        var seconds: Double
        var optimal: Int
        var instances: Int
        /// The slowest instance and its time.
        var slowest: (String, Double)
    }

    /// Total solve seconds (median of `runs` per instance) per setting, reading each file once.
    func measure() throws -> [Total] {
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".mps") }
            .sorted()
        let models = try files.map { try GLPKModelReader.read(path: folder.appendingPathComponent($0).path).0 }
        var totals: [Total] = []
        for method in [SimplexMethod.dual, .primal] {
            for presolve in [true, false] {
                let options = SolverOptions(timeLimit: 60)
                let solver = GLPKSolver(parameters: GLPKParameters(presolve: presolve, method: method))
                var total = Total(
                    label: "\(method.rawValue), \(presolve ? "presolve" : "no presolve")",
                    seconds: 0,
                    optimal: 0,
                    instances: models.count,
                    slowest: ("", 0)
                )
                for (file, model) in zip(files, models) {
                    var times: [Double] = []
                    var optimal = false
                    for _ in 0..<runs {
                        let (seconds, solution) = try Timing.measure { try solver.solve(model, options: options) }
                        times.append(seconds)
                        optimal = solution.termination == .optimal
                    }
                    let median = Timing.median(times)
                    total.seconds += median
                    total.optimal += optimal ? 1 : 0
                    if median > total.slowest.1 { total.slowest = (file, median) }
                }
                totals.append(total)
            }
        }
        return totals
    }
}
