import Allocation
import BenchmarkSupport
import Foundation
import GLPKSolver
import KKRDomain
import LinearProgramming

// `kkr-traineeship-bench [--mip-limit SECONDS]`: the full training-place plan with the pædagog splits on generated
// inputs (TraineeshipInstanceGenerator) for 11, 29 and 98 municipalities (North Jutland, Hovedstaden, the whole
// country). Prints, side by side, the plan's wall time with the splits as network flows (PlacementSplitter) and
// the time the same splits take as the lexicographic MIP they replaced (LexicographicRounding with GLPK, each
// split stopped after --mip-limit seconds, default 60), and whether both give the same tables.

let arguments = Array(CommandLine.arguments.dropFirst())
let mipLimit =
    arguments.firstIndex(of: "--mip-limit")
    .flatMap { arguments.indices.contains($0 + 1) ? Double(arguments[$0 + 1]) : nil }
    ?? 60

func seconds(_ work: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try work()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// The process's CPU time (user + system) in seconds: less disturbed than wall time on a shared machine.
func cpuSeconds() -> Double {
    Double(clock()) / Double(CLOCKS_PER_SEC)
}

func progress(_ message: String) {
    FileHandle.standardError.write(Data("kkr-traineeship-bench: \(message)\n".utf8))
}

print(
    "municipalities | plan with splits (flow), wall | same, CPU | the splits alone (flow) | the splits as MIP (before) "
        + "| same tables"
)
print("---:|---:|---:|---:|---:|:---")
for municipalities in [11, 29, 98] {
    let inputs = TraineeshipInstanceGenerator(municipalities: municipalities).generate()
    var outcome: TraineeshipOutcome?
    let cpuBefore = cpuSeconds()
    let planSeconds = try seconds { outcome = try TraineeshipPlanner(solver: GLPKSolver()).plan(inputs) }
    let planCPU = cpuSeconds() - cpuBefore
    guard case .planned(let plan) = outcome, let paedagog = plan.programmes.first(where: { !$0.splits.isEmpty })
    else {
        progress("\(municipalities): no plan")
        exit(1)
    }
    let places = paedagog.rows.map(\.places)
    var flowTables: [[[Int]]] = []
    let flowSeconds = try seconds {
        flowTables = try paedagog.programme.splits.map { try PlacementSplitter().split(places, by: $0).cells }
    }
    var mipSeconds = 0.0
    var mipTables: [[Int]?] = []
    for dimension in paedagog.programme.splits {
        let problem = try PlacementSplitter.roundingProblem(places, by: dimension)
        let rounding = LexicographicRounding(solver: GLPKSolver(), options: SolverOptions(timeLimit: mipLimit))
        var outcome: RoundingOutcome?
        mipSeconds += try seconds { outcome = try rounding.solve(problem) }
        if case .solved(let solution) = outcome, solution.stoppedStage == nil {
            mipTables.append(solution.values)
        } else {
            mipTables.append(nil)
        }
    }
    let finished = mipTables.allSatisfy { $0 != nil }
    let same = zip(flowTables, mipTables).allSatisfy { $0.flatMap { $0 } == $1 }
    let mipText =
        finished
        ? String(format: "%.3f s", mipSeconds) : String(format: "> %.0f s (a stage hit the time limit)", mipSeconds)
    print(
        String(format: "%d | %.3f s | %.3f s | %.4f s | ", municipalities, planSeconds, planCPU, flowSeconds) + mipText
            + " | "
            + (finished ? (same ? "yes" : "NO") : "–")
    )
}
