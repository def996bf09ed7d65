import Foundation

/// The national-size section of `Reports/benchmarks.md` (`make bench`, `kkr-scale-bench`): each run's seconds
/// beside its peak memory, the objective it found, and the ratios and targets of issue 14.
public enum ScaleBenchmarkReport {
    /// The id of the section's markers.
    public static let sectionID = "scale"

    /// One way of running one instance, measured once or several times.
    public struct Run: Sendable, Equatable {
        /// What ran (`kkr-plan solve --solver cbc`, `clp -dualsimplex`).
        public var label: String
        /// Wall-clock seconds of each run.
        public var seconds: [Double]
        /// CPU seconds (user + system) of each run (empty when not measured).
        public var cpuSeconds: [Double]
        /// Peak resident memory in bytes of each run (empty when not measured).
        public var peakBytes: [Int]
        /// The objective (or the plan's total cost).
        public var objective: Double?
        /// The time limit the run was stopped at, when it was stopped.
        public var stoppedAt: Double?
        /// A short remark (the solver and algorithm that ran, a status).
        public var note: String

        /// Creates a run.
        public init(
            label: String,
            seconds: [Double],
            cpuSeconds: [Double] = [],
            peakBytes: [Int] = [],
            objective: Double? = nil,
            stoppedAt: Double? = nil,
            note: String = ""
        ) {
            self.label = label
            self.seconds = seconds
            self.cpuSeconds = cpuSeconds
            self.peakBytes = peakBytes
            self.objective = objective
            self.stoppedAt = stoppedAt
            self.note = note
        }

        /// The median of the runs' seconds (the mean of the middle two for an even count); 0 for none.
        public var median: Double { Self.median(seconds) }

        /// The median CPU seconds, nil when not measured.
        public var cpuMedian: Double? { cpuSeconds.isEmpty ? nil : Self.median(cpuSeconds) }

        /// The CPU seconds as the table prints them.
        public var cpuText: String { cpuMedian.map(format) ?? "–" }

        static func median(_ values: [Double]) -> Double {
            let sorted = values.sorted()
            guard !sorted.isEmpty else { return 0 }
            let middle = sorted.count / 2
            return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
        }

        /// The largest peak memory of the runs, in bytes.
        public var peak: Int? { peakBytes.max() }

        /// The seconds as the table prints them: `> 120` for a stopped run.
        public var secondsText: String {
            if let stoppedAt { return "> \(format(stoppedAt))" }
            return format(median)
        }

        /// The peak memory as the table prints it (MiB).
        public var memoryText: String {
            peak.map { String(format: "%.0f MiB", Double($0) / 1_048_576) } ?? "–"
        }
    }

    /// A ratio or a time against its bound: `a / b ≤ 2`, `seconds < 5`.
    public struct Check: Sendable, Equatable {
        /// What is checked, in words.
        public var name: String
        /// The figure (a ratio or seconds).
        public var value: Double
        /// True when the figure is only a lower bound (a run in it was stopped by its time limit).
        public var atLeast: Bool
        /// The bound the figure must not exceed.
        public var bound: Double
        /// The figure's unit: `×` for ratios, ` s` for seconds.
        public var unit: String

        /// Met when the figure is within the bound (never for a lower bound above it).
        public var met: Bool { value <= bound && !(atLeast && value >= bound) }

        /// The figure as printed: `1.42×`, `> 85.0×`, `3.21 s`.
        public var figure: String { (atLeast ? "> " : "") + format(value) + unit }

        /// `numerator / denominator ≤ bound` (the medians); a lower bound when the numerator was stopped.
        public static func ratio(_ numerator: Run, over denominator: Run, atMost bound: Double, name: String? = nil)
            -> Check
        {
            let top = numerator.stoppedAt ?? numerator.median
            return Check(
                name: name ?? "\(numerator.label) / \(denominator.label)",
                value: top / max(denominator.median, 1e-9),
                atLeast: numerator.stoppedAt != nil,
                bound: bound,
                unit: "×"
            )
        }

        /// `run`'s median CPU seconds below `bound` (nil when not measured): on a machine busy with other work, close to
        /// what a single-threaded run takes on an idle one.
        public static func cpuTime(_ run: Run, below bound: Double, name: String) -> Check? {
            run.cpuMedian.map { Check(name: name, value: $0, atLeast: false, bound: bound, unit: " s") }
        }

        /// `run`'s median seconds below `bound`.
        public static func time(_ run: Run, below bound: Double, name: String) -> Check {
            Check(
                name: name,
                value: run.stoppedAt ?? run.median,
                atLeast: run.stoppedAt != nil,
                bound: bound,
                unit: " s"
            )
        }

        /// Creates a check.
        public init(name: String, value: Double, atLeast: Bool, bound: Double, unit: String) {
            self.name = name
            self.value = value
            self.atLeast = atLeast
            self.bound = bound
            self.unit = unit
        }
    }

    /// One instance: its runs side by side, and the checks stated on them.
    public struct Group: Sendable {
        /// The heading.
        public var title: String
        /// What the instance is and how it was run (Markdown).
        public var description: String
        /// The runs, in table order.
        public var runs: [Run]
        /// Ratios and targets; each printed with its bound and "met"/"missed".
        public var checks: [Check]
        /// Ratios printed for information (no bound).
        public var ratios: [(name: String, value: Double, atLeast: Bool)]

        /// Creates a group.
        public init(
            title: String,
            description: String,
            runs: [Run],
            checks: [Check] = [],
            ratios: [(name: String, value: Double, atLeast: Bool)] = []
        ) {
            self.title = title
            self.description = description
            self.runs = runs
            self.checks = checks
            self.ratios = ratios
        }

        /// True when every run that found an objective found the same one (10⁻⁹ relative), nil with fewer than two.
        public var objectivesAgree: Bool? {
            let objectives = runs.compactMap(\.objective)
            guard let first = objectives.first, objectives.count > 1 else { return nil }
            return objectives.allSatisfy { abs($0 - first) <= 1e-9 * max(1, abs(first)) }
        }

        /// Every run against `reference`: seconds / reference seconds, for information.
        public static func ratios(_ runs: [Run], against reference: Run) -> [(
            name: String, value: Double, atLeast: Bool
        )] {
            runs.filter { $0.label != reference.label }
                .map { run in
                    let check = Check.ratio(run, over: reference, atMost: .infinity)
                    return (check.name, check.value, check.atLeast)
                }
        }
    }

    /// The section's Markdown (without markers): `intro`, then per group its table, ratios and checks.
    public static func markdown(_ groups: [Group], intro: String) -> String {
        var lines = ["## National scale: Socialaftale, social_synth, training places (kkr-scale-bench)", "", intro]
        for group in groups {
            lines += ["", "### \(group.title)", "", group.description, ""]
            lines += [
                "| run | seconds | CPU seconds | peak memory (RSS) | objective | runs | note |",
                "|---|--:|--:|--:|--:|--:|---|",
            ]
            for run in group.runs {
                lines.append(
                    "| \(escape(run.label)) | \(run.secondsText) | \(run.cpuText) | \(run.memoryText) | "
                        + "\(run.objective.map(objectiveText) ?? "") | \(run.seconds.count) | \(escape(run.note)) |"
                )
            }
            if let agree = group.objectivesAgree {
                lines += ["", "Objectives agree: \(agree ? "yes" : "**no**")."]
            }
            if !group.ratios.isEmpty {
                lines += ["", "| ratio | × |", "|---|--:|"]
                lines += group.ratios.map { "| \(escape($0.name)) | \($0.atLeast ? "> " : "")\(format($0.value)) |" }
            }
            if !group.checks.isEmpty {
                lines += ["", "| target | figure | bound | |", "|---|--:|--:|---|"]
                lines += group.checks.map {
                    "| \(escape($0.name)) | \($0.figure) | ≤ \(format($0.bound))\($0.unit) | \($0.met ? "met" : "**missed**") |"
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The same figures as plain text for the terminal.
    public static func plain(_ groups: [Group]) -> String {
        var lines: [String] = []
        for group in groups {
            lines += ["", group.title]
            for run in group.runs {
                lines.append(
                    "  " + run.label.padding(toLength: 52, withPad: " ", startingAt: 0)
                        + " \(leftPadded(run.secondsText, 9)) s \(leftPadded(run.cpuText, 7)) s CPU \(leftPadded(run.memoryText, 9))  "
                        + (run.objective.map(objectiveText) ?? "") + (run.note.isEmpty ? "" : "  (\(run.note))")
                )
            }
            if let agree = group.objectivesAgree { lines.append("  objectives agree: \(agree ? "yes" : "NO")") }
            for ratio in group.ratios {
                lines.append("  \(ratio.name): \(ratio.atLeast ? "> " : "")\(format(ratio.value))×")
            }
            for check in group.checks {
                lines.append(
                    "  \(check.name): \(check.figure) (bound \(format(check.bound))\(check.unit)) — "
                        + (check.met ? "met" : "MISSED")
                )
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Seconds and ratios: two decimals below 10, one below 100, none above.
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "–" }
        return String(format: value < 10 ? "%.2f" : value < 100 ? "%.1f" : "%.0f", value)
    }

    private static func objectiveText(_ value: Double) -> String { String(format: "%.12g", value) }

    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }

    private static func leftPadded(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
    }
}
