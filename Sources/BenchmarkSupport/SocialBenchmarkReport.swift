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

    /// The section's Markdown (without markers).
    ///
    /// - Parameters:
    ///   - measurements: the runs, smallest first; ratios are against the first.
    ///   - options: LP solves of one instance with different solver options, and which instance.
    ///   - machine: one line naming the machine, Swift and GLPK.
    public static func markdown(
        _ measurements: [SocialBenchmark.Measurement],
        options: (instance: String, runs: [OptionRun]),
        machine: String
    ) -> String {
        var lines = [
            "## Socialaftale: placement model (kkr-social-bench)", "",
            "Generated instances (`SocialInstanceGenerator`, seed 2027; 12 target groups × 3 sections, demand ≈ places, "
                + "half of it already placed) planned end to end by `SocialPlanner` with its default options "
                + "(dual simplex, no presolve): build the model (its LP relaxation is a copy with continuous columns), solve the MIP for the placements and the LP relaxation "
                + "for the duals, interpret. One run each; times in seconds. \(machine)",
            "",
            "| instance | municipalities | offers | demand cells | rows | columns | integer | entries | build | MIP | LP | whole plan | × first | LP = MIP | checks |",
            "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|---|",
        ]
        let base = measurements.first?.planSeconds ?? 1
        for run in measurements {
            let summary = run.summary
            lines.append(
                "| \(run.label) | \(run.municipalities) | \(run.offers) | \(run.demandCells) | \(summary.rows) | "
                    + "\(summary.columns) | \(summary.integerColumns) | \(summary.entries) | "
                    + "\(seconds(summary.buildSeconds)) | \(seconds(summary.mipSeconds)) | \(seconds(summary.lpSeconds)) | "
                    + "\(seconds(run.planSeconds)) | \(String(format: "%.1f", run.planSeconds / max(base, 1e-9))) | "
                    + "\(summary.relaxationMatches ? "yes" : "NO") | \(run.checksHold ? "hold" : "FAIL") |"
            )
        }
        if !options.runs.isEmpty {
            let chosen = options.runs.first(where: \.isDefault)?.seconds ?? 1
            lines += [
                "",
                "LP relaxation of the \(options.instance) instance with other GLPK options (× the planner's default):",
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
