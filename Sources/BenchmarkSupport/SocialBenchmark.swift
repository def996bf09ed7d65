import Allocation
import KKRDomain
import LinearProgramming

/// Measures the Socialaftale pipeline (generate → build → solve → interpret) on generated instances.
///
/// The entry point for a benchmark executable (`kkr-social-bench`, or any
/// bench runner that passes a solver): Allocation never imports GLPK.
public enum SocialBenchmark {
    /// One measured run.
    public struct Measurement: Sendable {
        /// What was run (`national`, `1/4 size`, `Nordjylland (Inputs/)`).
        public var label: String
        /// Buyers.
        public var municipalities: Int
        /// Offers.
        public var offers: Int
        /// Target groups.
        public var targetGroups: Int
        /// Demand cells (buyer, target group, section with a figure).
        public var demandCells: Int
        /// Citizens in the demand.
        public var citizens: Int
        /// The solve summary (size, statuses, objectives, build/solve seconds).
        public var summary: SocialSolveSummary
        /// Seconds to generate (or read) the inputs.
        public var inputSeconds: Double
        /// Seconds for the whole plan call (build, both solves, interpretation).
        public var planSeconds: Double
        /// True when every invariant of the plan held.
        public var checksHold: Bool
    }

    /// Plans `inputs` with `solver` and measures it.
    ///
    /// - Throws: ``PlanningError`` when the plan is infeasible or the solver fails.
    public static func measure(
        _ inputs: SocialInputs,
        label: String,
        inputSeconds: Double,
        solver: any LinearSolver,
        options: SolverOptions = SocialPlanner.defaultOptions,
        strategy: SocialPlanner.Strategy = .linearFirst
    ) throws -> Measurement {
        let clock = ContinuousClock()
        let start = clock.now
        let planner = SocialPlanner(solver: solver, options: options, strategy: strategy)
        guard case .planned(let plan) = try planner.plan(inputs) else {
            throw PlanningError(reason: "\(label): no feasible placement")
        }
        return Measurement(
            label: label,
            municipalities: inputs.municipalities.count,
            offers: inputs.offers.count,
            targetGroups: inputs.targetGroups.count,
            demandCells: inputs.demand.count,
            citizens: plan.totals.citizens,
            summary: plan.summary,
            inputSeconds: inputSeconds,
            planSeconds: start.duration(to: clock.now).inSeconds,
            checksHold: plan.checks.allHold
        )
    }

    /// Generates the instance of `generator` and measures it.
    public static func measure(
        _ generator: SocialInstanceGenerator,
        label: String,
        solver: any LinearSolver,
        options: SolverOptions = SocialPlanner.defaultOptions,
        strategy: SocialPlanner.Strategy = .linearFirst
    ) throws -> Measurement {
        let clock = ContinuousClock()
        let start = clock.now
        let inputs = generator.generate()
        let generated = start.duration(to: clock.now).inSeconds
        return try measure(
            inputs,
            label: label,
            inputSeconds: generated,
            solver: solver,
            options: options,
            strategy: strategy
        )
    }

    /// The generators of the standard run: the national size and three smaller ones (same seed, fewer municipalities and offers).
    public static func standardSizes(seed: UInt64 = 2027) -> [(label: String, generator: SocialInstanceGenerator)] {
        [(1, 8), (1, 4), (1, 2), (1, 1)]
            .map { numerator, denominator in
                let label = denominator == 1 ? "national" : "\(numerator)/\(denominator) size"
                return (
                    label,
                    SocialInstanceGenerator(
                        municipalities: max(2, 98 * numerator / denominator),
                        offers: max(12, 2_000 * numerator / denominator),
                        targetGroups: 12,
                        seed: seed
                    )
                )
            }
    }
}
