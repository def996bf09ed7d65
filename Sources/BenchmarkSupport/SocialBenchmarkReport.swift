import Allocation
import Foundation

/// The Socialaftale section of `Reports/benchmarks.md`: model sizes and times of the generated instances.
public enum SocialBenchmarkReport {
    /// The id of the section's markers.
    public static let sectionID = "socialaftale"

    /// One timed LP solve of the option comparison.
    public struct OptionRun: Sendable {
        /// `dual simplex, no presolve` and the like.
        public var label: String
        /// Seconds in the solver.
        public var seconds: Double
        /// True for the planner's default options.
        public var isDefault: Bool

        /// Creates a run.
        public init(label: String, seconds: Double, isDefault: Bool) {
            self.label = label
            self.seconds = seconds
            self.isDefault = isDefault
        }
    }

    /// One instance planned twice in the same run: the baseline path and the planner's.
    public struct Pair: Sendable {
        /// The MIP, then the LP relaxation for the duals (``SocialPlanner/Strategy/mipThenRelaxation``).
        public var baseline: SocialBenchmark.Measurement
        /// The LP once (``SocialPlanner/Strategy/linearFirst``).
        public var planner: SocialBenchmark.Measurement

        /// Creates a pair.
        public init(baseline: SocialBenchmark.Measurement, planner: SocialBenchmark.Measurement) {
            self.baseline = baseline
            self.planner = planner
        }

        /// True when both paths' placements cost the same (10⁻⁹ relative).
        public var sameCost: Bool {
            guard let one = baseline.summary.objective, let two = planner.summary.objective else { return false }
            return abs(one - two) <= 1e-9 * max(1, abs(one))
        }
    }

    /// The section's Markdown (without markers).
    ///
    /// - Parameters:
    ///   - pairs: the instances, smallest first, each with the baseline and the planner's path.
    ///   - options: LP solves of one instance with different solver options, and which instance.
    ///   - machine: one line naming the machine, Swift and GLPK.
    public static func markdown(
        _ pairs: [Pair],
        options: (instance: String, runs: [OptionRun]),
        machine: String
    ) -> String {
        var lines = [
            "## Socialaftale: placement model (kkr-social-bench)", "",
            "Generated instances (`SocialInstanceGenerator`, seed 2027; 12 target groups × 3 sections, demand ≈ places, "
                + "half of it already placed) planned end to end by `SocialPlanner` (dual simplex, no presolve), each "
                + "twice in the same run: the **baseline** (the path before issue 10: solve the MIP for the placements, "
                + "then the LP relaxation from scratch for the duals) and the **planner's** path (the LP relaxation once, "
                + "as its independent blocks — one per target group and section — each solved, then re-solved on its "
                + "optimal face for the deterministic tie-break; the vertex is integral, rounded and re-checked, and the "
                + "MIP is solved only if it is not; LP solves = 2 per block). GLPK for both. "
                + "One run each; times in seconds (whole plan = build, solves, interpretation). \(machine)",
            "",
            "| instance | municipalities | offers | demand cells | rows | columns | entries | baseline MIP | baseline LP "
                + "| baseline plan | path | LP solves | LP | plan | speed-up | same cost | checks |",
            "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|--:|--:|--:|--:|---|---|",
        ]
        for pair in pairs {
            let run = pair.planner
            let baseline = pair.baseline.summary
            let summary = run.summary
            lines.append(
                "| \(run.label) | \(run.municipalities) | \(run.offers) | \(run.demandCells) | \(summary.rows) | "
                    + "\(summary.columns) | \(summary.entries) | \(seconds(baseline.mipSeconds)) | "
                    + "\(seconds(baseline.lpSeconds)) | \(seconds(pair.baseline.planSeconds)) | "
                    + "\(summary.path.rawValue) | \(summary.lpSolves) | \(seconds(summary.lpSeconds)) | "
                    + "\(seconds(run.planSeconds)) | "
                    + "\(String(format: "%.1f×", pair.baseline.planSeconds / max(run.planSeconds, 1e-9))) | "
                    + "\(pair.sameCost ? "yes" : "NO") | "
                    + "\(run.checksHold && pair.baseline.checksHold ? "hold" : "FAIL") |"
            )
        }
        if !options.runs.isEmpty {
            let chosen = options.runs.first(where: \.isDefault)?.seconds ?? 1
            lines += [
                "",
                "LP relaxation of the \(options.instance) instance, whole (not in blocks), with other GLPK options "
                    + "(× the planner's default):",
                "",
                "| options | LP seconds | × default |", "|---|--:|--:|",
            ]
            for run in options.runs {
                lines.append(
                    "| \(run.label)\(run.isDefault ? " (default)" : "") | \(seconds(run.seconds)) | "
                        + "\(String(format: "%.1f", run.seconds / max(chosen, 1e-9))) |"
                )
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func seconds(_ value: Double) -> String {
        String(format: value < 10 ? "%.2f" : "%.1f", value)
    }
}
