import Allocation
import KKRDomain
import TestSupport
import Testing

/// Planning scenarios and sweeps on small hand-checked inputs (A 50 %, B 30 %, C 20 %; no bounds = Hamilton).
@Suite struct ScenarioRunnerTests {
    static func inputs(places: Int = 10, caps: Int? = nil) -> ScenarioInputs {
        var bounds: [String: [String: (Int?, Int?)]] = [:]
        if let caps { bounds["p"] = ["101": (nil, caps), "102": (nil, caps), "103": (nil, caps)] }
        return ScenarioInputs(
            traineeships: PlannerFixture.inputs([PlannerFixture.programme("p", places: places)], bounds: bounds)
        )
    }

    static func places(_ outcome: ScenarioOutcome) -> [Int]? {
        outcome.plan?.traineeships.programmes.first?.rows.map(\.places)
    }

    /// 10 → (5, 3, 2); 11: quotas 5.5, 3.3, 2.2 → A gets the spare place; 12: 6, 3.6, 2.4 → B does.
    @Test func sweepFindsTheHandCheckedChangePoints() throws {
        let parameter = try SweepParameter.parse("traineeships.p.target").get()
        let runner = ScenarioRunner(solver: TestSolver.make(), jobs: 2)
        let outcomes = try runner.sweep(parameter, values: [10, 11, 12], base: Self.inputs()).map(\.outcome)
        #expect(outcomes.map(Self.places) == [[5, 3, 2], [6, 3, 2], [6, 4, 2]])
        let analysis = SweepAnalysis(values: [10, 11, 12], outcomes: outcomes)
        #expect(analysis.changeSteps == [1, 2])
        #expect(analysis.series.map(\.party.code) == ["101", "102", "103"])
        #expect(analysis.series[0].changes == [SweepChangePoint(step: 1, previousValue: 10, value: 11, from: 5, to: 6)])
        #expect(analysis.series[1].firstChange?.value == 12)
        #expect(analysis.series[2].changes.isEmpty)
        #expect(analysis.changingProgrammeIDs == ["p"])
    }

    /// Caps of 4 hold at most 12 places: 13 makes the inputs invalid, which is a step without a plan, not an error.
    @Test func aValueThatBreaksTheInputsIsAStepWithoutPlan() throws {
        let parameter = try SweepParameter.parse("traineeships.p.target").get()
        let outcomes = try ScenarioRunner(solver: TestSolver.make(), jobs: 2)
            .sweep(parameter, values: [12, 13], base: Self.inputs(caps: 4)).map(\.outcome)
        #expect(Self.places(outcomes[0]) == [4, 4, 4])
        guard case .invalid(let diagnostics) = outcomes[1] else {
            Issue.record("13 places under caps of 4 should be invalid")
            return
        }
        #expect(
            diagnostics.first?.message.contains("the caps of 'p' add up to 12, fewer than its regional number 13")
                == true
        )
        let analysis = SweepAnalysis(values: [12, 13], outcomes: outcomes)
        #expect(analysis.stepsWithoutPlan == [1] && analysis.changeSteps == [1])
        #expect(analysis.series[0].changes.first?.to == nil)
    }

    @Test func theSameOutcomesWhateverTheNumberOfWorkers() throws {
        let parameter = try SweepParameter.parse("traineeships.p.target").get()
        let values = parameter.values(from: 10, to: 60, steps: 51)
        let one = try ScenarioRunner(solver: TestSolver.make(), jobs: 1)
            .sweep(parameter, values: values, base: Self.inputs()).map(\.outcome)
        let four = try ScenarioRunner(solver: TestSolver.make(), jobs: 4)
            .sweep(parameter, values: values, base: Self.inputs()).map(\.outcome)
        #expect(one.map(Self.places) == four.map(Self.places))
        #expect(one.compactMap(Self.places).map { $0.reduce(0, +) } == Array(10...60))
    }

    /// Deltas are scenario minus base, row by row, for plans made independently of the set.
    @Test func deltasAreScenarioMinusBase() throws {
        let base = Self.inputs(places: 10)
        let change = ScenarioChange(.setTarget(programmeIDs: ["p"], places: 12, kind: nil), at: PlannerFixture.here)
        let scenarioInputs = try ScenarioApplier.apply([change], to: base)
        let file = InputFile(displayName: "s.yaml", text: "", sha256: "0")
        let scenario = Scenario(id: "s", name: "S", description: "D", base: .inputs, changes: [change], file: file)
        let set = try ScenarioRunner(solver: TestSolver.make(), jobs: 2)
            .compare(
                base: (nil, base),
                scenarios: [(ResolvedScenario(bases: [], scenario: scenario), scenarioInputs)]
            )
        let planner = TraineeshipPlanner(solver: TestSolver.make())
        let before = try plan(planner, base)
        let after = try plan(planner, scenarioInputs)
        let delta = try #require(set.scenarios.first?.comparison?.programmes.first)
        let expected = zip(after.programmes[0].rows, before.programmes[0].rows).map { $0.places - $1.places }
        #expect(delta.rows.map(\.delta) == expected)
        #expect(expected == [1, 1, 0])
        #expect(delta.totalDelta == 2 && delta.targetDelta == 2 && delta.changedParties == 2)
        #expect(set.largestChanges(limit: 5).map(\.row.party.code) == ["101", "102"])
        #expect(set.base.comparison == nil && set.withoutPlan.isEmpty)
    }

    func plan(_ planner: TraineeshipPlanner, _ inputs: ScenarioInputs) throws -> TraineeshipPlan {
        guard case .planned(let plan) = try planner.plan(inputs.traineeships) else {
            throw PlanningError(reason: "fixture infeasible")
        }
        return plan
    }
}
