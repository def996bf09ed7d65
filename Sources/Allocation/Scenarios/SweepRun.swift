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

    /// Plans `steps` evenly spaced values of `parameter` from `from` to `to` on `inputs` with `runner`.
    ///
    /// - Throws: ``PlanningError`` when a solver call fails unexpectedly.
    public init(
        parameter: SweepParameter,
        from: Double,
        to: Double,
        steps: Int,
        base: ResolvedScenario?,
        inputs: ScenarioInputs,
        runner: ScenarioRunner
    ) throws {
        self.parameter = parameter
        self.from = from
        self.to = to
        self.base = base
        self.inputs = inputs
        let values = parameter.values(from: from, to: to, steps: steps)
        analysis = SweepAnalysis(values: values, results: try runner.sweep(parameter, values: values, base: inputs))
    }
}
