import Allocation
import BenchmarkSupport
import Foundation
import GLPKSolver
import KKRDomain
import LinearProgramming

// `kkr-social-bench [--quick] [--only LABEL] [--report FILE]`: times the Socialaftale pipeline on generated instances up to the
// national size (98 municipalities, 2,000 offers, 12 target groups), prints the table, and replaces the
// Socialaftale section of FILE (default Reports/benchmarks.md), keeping the other sections.

let arguments = Array(CommandLine.arguments.dropFirst())
let quick = arguments.contains("--quick")
// `--only national` (or `1/2 size`, …): that instance only, printed and not written (for quick comparisons).
let only = arguments.firstIndex(of: "--only").flatMap { arguments.indices.contains($0 + 1) ? arguments[$0 + 1] : nil }
let reportPath =
    arguments.firstIndex(of: "--report").flatMap { arguments.indices.contains($0 + 1) ? arguments[$0 + 1] : nil }
    ?? "Reports/benchmarks.md"

func progress(_ message: String) {
    FileHandle.standardError.write(Data("kkr-social-bench: \(message)\n".utf8))
}

// Each instance twice in the same run: the baseline (MIP, then the LP relaxation for the duals) and the planner's
// path (the LP once, sifted, with the tie-break; the MIP only if its vertex is not integral).
// The machine is often shared: the 1-minute load average at the start says how busy it was (Linux only).
let load =
    (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").first
    .map { "; load average \($0) at the start" } ?? ""
var measurements: [SocialBenchmarkReport.Pair] = []
let sizes = SocialBenchmark.standardSizes()
for (label, generator) in quick ? Array(sizes.prefix(2)) : sizes where only == nil || only == label {
    progress("\(label): \(generator.municipalities) municipalities, \(generator.offers) offers …")
    var runs: [SocialBenchmark.Measurement] = []
    for strategy in [SocialPlanner.Strategy.mipThenRelaxation, .linearFirst] {
        let run = try SocialBenchmark.measure(generator, label: label, solver: GLPKSolver(), strategy: strategy)
        progress(
            String(
                format: "%@, %@: %d rows, %d columns, plan %.2f s",
                label,
                run.summary.path.rawValue,
                run.summary.rows,
                run.summary.columns,
                run.planSeconds
            )
        )
        runs.append(run)
    }
    measurements.append(SocialBenchmarkReport.Pair(baseline: runs[0], planner: runs[1]))
}

if only != nil {
    let rows = measurements.map { pair in
        String(
            format:
                "%@: baseline %.2f s, %@ %.2f s (%d LP solves; exact network parts %.3f s), %.2f×, same cost: %@",
            pair.planner.label,
            pair.baseline.planSeconds,
            pair.planner.summary.path.rawValue,
            pair.planner.planSeconds,
            pair.planner.summary.lpSolves,
            pair.planner.summary.networkSeconds,
            pair.baseline.planSeconds / max(pair.planner.planSeconds, 1e-9),
            pair.sameCost ? "yes" : "NO"
        )
    }
    print(rows.joined(separator: "\n"))
    exit(0)
}

// The option comparison on the half-size instance (the national one takes minutes with presolve on).
let comparisonSize = sizes[quick ? 1 : 2]
let relaxation = SocialModel(comparisonSize.generator.generate(), integer: false).model
var optionRuns: [SocialBenchmarkReport.OptionRun] = []
for (method, presolve) in [(SimplexMethod.dual, false), (.dual, true), (.primal, true), (.primal, false)] {
    let parameters = GLPKParameters(presolve: presolve, method: method)
    let solution = try GLPKSolver(parameters: parameters).solve(relaxation, options: SocialPlanner.defaultOptions)
    let label = "\(method.rawValue) simplex, \(presolve ? "presolve" : "no presolve")"
    progress(
        String(
            format: "%@ LP, %@: %.2f s (%@)",
            comparisonSize.label,
            label,
            solution.seconds,
            solution.termination.rawValue
        )
    )
    let defaults = GLPKParameters()
    optionRuns.append(
        .init(
            label: label,
            seconds: solution.seconds,
            isDefault: defaults.method == method
                && defaults.presolves(SocialPlanner.defaultOptions.modelClass) == presolve
        )
    )
}

let cores = ProcessInfo.processInfo.activeProcessorCount
let machine =
    "Machine: \(cores) cores, \(ProcessInfo.processInfo.operatingSystemVersionString); GLPK \(GLPKSolver.version); "
    + "release build; measured \(ISO8601DateFormatter().string(from: Date()))\(load)."
let section = SocialBenchmarkReport.markdown(
    measurements,
    options: (comparisonSize.label, optionRuns),
    machine: machine
)
print(section, terminator: "")

// Re-read the file just before replacing our section, so sections other programs wrote meanwhile survive.
let url = URL(fileURLWithPath: reportPath)
let current = try? String(contentsOf: url, encoding: .utf8)
let updated = MarkedSection.replace(SocialBenchmarkReport.sectionID, with: section, in: current, title: "# Benchmarks")
try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
try Data(updated.utf8).write(to: url, options: .atomic)
progress("Socialaftale section written to \(reportPath)")
