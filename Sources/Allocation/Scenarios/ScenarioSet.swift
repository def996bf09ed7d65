import KKRDomain

/// The base and the scenarios of one `compare` run, planned, with each scenario's differences to the base.
public struct ScenarioSet: Sendable {
    /// The base: the default inputs, or the scenario given as `--base`.
    public var base: ComparedScenario
    /// The scenarios, in command-line order.
    public var scenarios: [ComparedScenario]

    /// Puts planned results together: `results[0]` is the base's, then one per scenario in order.
    ///
    /// Planning is ``ScenarioRunner/compare(base:scenarios:)``'s; this only compares.
    ///
    /// - Parameters:
    ///   - base: the base's inputs, and its scenario when it is not the default inputs.
    ///   - scenarios: each scenario with its (already applied and validated) inputs.
    ///   - results: the base's result, then each scenario's.
    public init(
        base: (scenario: ResolvedScenario?, inputs: ScenarioInputs),
        scenarios: [(scenario: ResolvedScenario, inputs: ScenarioInputs)],
        results: [VariantResult]
    ) {
        precondition(results.count == scenarios.count + 1, "one result for the base and one per scenario")
        let baseResult = results[0]
        self.base = ComparedScenario(scenario: base.scenario, inputs: base.inputs, result: baseResult, base: nil)
        self.scenarios = scenarios.indices.map { index in
            ComparedScenario(
                scenario: scenarios[index].scenario,
                inputs: scenarios[index].inputs,
                result: results[index + 1],
                base: baseResult
            )
        }
    }

    /// Everything in the set without a plan for a part it planned (the base first).
    public var withoutPlan: [ComparedScenario] {
        ([base] + scenarios).filter { !$0.result.isPlanned }
    }

    /// The largest changes of a single party's places in one programme, across the scenarios.
    ///
    /// Ordered by size (|Δ|), then scenario, programme and party order, so the
    /// list is the same for the same inputs.
    public func largestChanges(limit: Int) -> [PartyChange] {
        var changes: [(rank: [Int], change: PartyChange)] = []
        for (scenarioIndex, scenario) in scenarios.enumerated() {
            for (programmeIndex, programme) in (scenario.comparison?.programmes ?? []).enumerated() {
                for (rowIndex, row) in programme.rows.enumerated() where row.delta != 0 {
                    changes.append(
                        (
                            [-abs(row.delta), scenarioIndex, programmeIndex, rowIndex],
                            PartyChange(scenario: scenario, programme: programme.programme, row: row)
                        )
                    )
                }
            }
        }
        return changes.sorted { $0.rank.lexicographicallyPrecedes($1.rank) }.prefix(limit).map(\.change)
    }
}

/// One column of a comparison: a scenario (or the base), its inputs, its outcome and its differences to the base.
public struct ComparedScenario: Sendable {
    /// The scenario; nil for the default inputs.
    public var scenario: ResolvedScenario?
    /// Its inputs.
    public var inputs: ScenarioInputs
    /// What planning it gave, part by part.
    public var result: VariantResult
    /// Scenario minus base for the training places, when both have a plan.
    public var comparison: ScenarioComparison?
    /// Scenario minus base for the Socialaftale, when both have a balance.
    public var socialComparison: SocialComparison?

    /// Creates a column; `base` is the base's result (nil for the base itself).
    public init(scenario: ResolvedScenario?, inputs: ScenarioInputs, result: VariantResult, base: VariantResult?) {
        self.scenario = scenario
        self.inputs = inputs
        self.result = result
        if let before = base?.outcome.plan, let after = result.outcome.plan {
            comparison = ScenarioComparison(base: before.traineeships, scenario: after.traineeships)
        }
        if let before = base?.socialPlan, let after = result.socialPlan {
            socialComparison = SocialComparison(base: before, scenario: after)
        }
    }

    /// The training-place outcome.
    public var outcome: ScenarioOutcome { result.outcome }

    /// The Socialaftale outcome, when planned.
    public var social: SocialOutcome? { result.social }

    /// The scenario's id, or `base` for the default inputs.
    public var id: String { scenario?.scenario.id ?? "base" }
}

/// One party's change in one programme under one scenario.
public struct PartyChange: Sendable {
    /// The scenario.
    public var scenario: ComparedScenario
    /// The programme.
    public var programme: Programme
    /// The party's places.
    public var row: PartyDelta
}
