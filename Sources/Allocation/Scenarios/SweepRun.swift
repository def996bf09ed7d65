import KKRDomain

/// One `sweep` run: the parameter, its values, the base it varies, and the analysis of the plans.
public struct SweepRun: Sendable {
    /// The parameter.
    public var parameter: SweepParameter
    /// The first value asked for.
    public var from: Double
    /// The last value asked for.
    public var to: Double
    /// The scenario the sweep builds on (nil: the default inputs).
    public var base: ResolvedScenario?
    /// The inputs every step starts from.
    public var inputs: ScenarioInputs
    /// The plans and their change points.
    public var analysis: SweepAnalysis

    /// Puts a sweep's planned steps together (planning is ``ScenarioRunner/sweepRun(_:from:to:steps:base:inputs:)``'s).
    ///
    /// - Parameters:
    ///   - values: the parameter's value at each step.
    ///   - results: each step's result, in the order of `values`.
    public init(
        parameter: SweepParameter,
        from: Double,
        to: Double,
        base: ResolvedScenario?,
        inputs: ScenarioInputs,
        values: [Double],
        results: [VariantResult]
    ) {
        self.parameter = parameter
        self.from = from
        self.to = to
        self.base = base
        self.inputs = inputs
        analysis = SweepAnalysis(values: values, results: results)
    }
}

extension ScenarioRunner {
    /// Plans the base and every scenario (all at once, `jobs` at a time) and compares them.
    ///
    /// - Throws: ``PlanningError`` when a solver call fails unexpectedly.
    public func compare(
        base: (scenario: ResolvedScenario?, inputs: ScenarioInputs),
        scenarios: [(scenario: ResolvedScenario, inputs: ScenarioInputs)]
    ) throws -> ScenarioSet {
        let results = try plan([base.inputs] + scenarios.map(\.inputs))
        return ScenarioSet(base: base, scenarios: scenarios, results: results)
    }

    /// Plans `steps` evenly spaced values of `parameter` from `from` to `to` on `inputs`.
    ///
    /// - Throws: ``PlanningError`` when a solver call fails unexpectedly.
    public func sweepRun(
        _ parameter: SweepParameter,
        from: Double,
        to: Double,
        steps: Int,
        base: ResolvedScenario?,
        inputs: ScenarioInputs
    ) throws -> SweepRun {
        let values = parameter.values(from: from, to: to, steps: steps)
        return SweepRun(
            parameter: parameter,
            from: from,
            to: to,
            base: base,
            inputs: inputs,
            values: values,
            results: try sweep(parameter, values: values, base: inputs)
        )
    }
}
