import Allocation
import KKRDomain
import TestSupport
import Testing

/// The planner on small cases checked by hand (weights 50/30/20 unless stated).
@Suite struct PlannerTests {
    let planner = TraineeshipPlanner(solver: TestSolver.make())

    func plan(_ inputs: TraineeshipInputs, method: ApportionmentMethod = .optimal) throws -> TraineeshipPlan {
        guard case .planned(let plan) = try planner.plan(inputs, method: method) else {
            throw PlanningError(reason: "unexpectedly infeasible")
        }
        return plan
    }

    func conflicts(_ inputs: TraineeshipInputs, method: ApportionmentMethod = .optimal) throws -> [PlanConflict] {
        guard case .infeasible(let conflicts) = try planner.plan(inputs, method: method) else { return [] }
        return conflicts
    }

    /// 11 places: quotas 5.5, 3.3, 2.2 → floors 5, 3, 2 and the spare place to the largest remainder, A (.5).
    @Test func quotasRoundedByLargestRemainder() throws {
        let plan = try plan(PlannerFixture.inputs([PlannerFixture.programme("x", places: 11)]))
        let programme = try #require(plan.programmes.first)
        #expect(programme.rows.map(\.places) == [6, 3, 2])
        #expect(programme.rows.map(\.quota) == [5.5, 3.3, 2.2].map { $0 })
        #expect(programme.checks.quotaPropertyHolds && programme.checks.sumHolds && programme.checks.boundsHold)
    }

    /// Carry-over: B allocated 5, realised 3 → shortfall 2.
    ///
    /// Total 10 + 2; quotas 5, 3 + 2, 2 → 5, 5, 2.
    @Test func carryOverAddsTheShortfall() throws {
        let inputs = PlannerFixture.inputs(
            [PlannerFixture.programme("x", places: 10, carryOver: true)],
            lastYear: ["x": ["102": (5, 3)]]
        )
        let programme = try #require(try plan(inputs).programmes.first)
        #expect(programme.total == 12 && programme.carryOver == 2)
        #expect(programme.rows.map(\.places) == [5, 5, 2])
    }

    /// A minimum target whose floors add up to more (7 + 4 > 10): everyone at the floor, 11 places.
    @Test func minimumTargetWithFloorsForcingMore() throws {
        let inputs = PlannerFixture.inputs(
            [PlannerFixture.programme("x", places: 10, kind: .minimum)],
            bounds: ["x": ["101": (7, nil), "102": (4, nil)]]
        )
        let programme = try #require(try plan(inputs).programmes.first)
        #expect(programme.rows.map(\.places) == [7, 4, 0])
        #expect(programme.checks.sumHolds && programme.checks.boundsHold && !programme.checks.quotaPropertyHolds)
        #expect(programme.checks.outsideQuota == ["101", "103"])
    }

    /// A cap of 3 on A (quota 5): bounded quotas 3, 4.2, 2.8 → 3, 4, 3.
    @Test func capRedistributesProportionally() throws {
        let inputs = PlannerFixture.inputs(
            [PlannerFixture.programme("x", places: 10)],
            bounds: ["x": ["101": (nil, 3)]]
        )
        let programme = try #require(try plan(inputs).programmes.first)
        #expect(programme.rows.map(\.places) == [3, 4, 3])
        #expect(programme.checks.bindingLimits == ["101"])
        #expect(programme.checks.boundedQuotaPropertyHolds)
    }

    /// Change limit: A had 10 last year, may change by at most 2 → lower limit 8, but its cap is 5.
    @Test func changeLimitCrossingACap() throws {
        let inputs = PlannerFixture.inputs(
            [PlannerFixture.programme("x", places: 10, limit: ChangeLimit(places: 2))],
            bounds: ["x": ["101": (nil, 5)]],
            lastYear: ["x": ["101": (10, 10)]]
        )
        let found = try conflicts(inputs)
        #expect(found.count == 1)
        guard case .limitsCross(_, let party, _, let cap, let lastYear, let allowance)? = found.first else {
            Issue.record("expected limitsCross, got \(found)")
            return
        }
        #expect(party.code == "101" && cap == 5 && lastYear == 10 && allowance == 2)
    }

    /// Change limits with last year 1/1/1 and ±2: at most 3 each, 9 < 10 places.
    @Test func changeLimitsBelowTheTotal() throws {
        let inputs = PlannerFixture.inputs(
            [PlannerFixture.programme("x", places: 10, limit: ChangeLimit(places: 2))],
            lastYear: ["x": ["101": (1, 1), "102": (1, 1), "103": (1, 1)]]
        )
        guard case .totalAboveCaps(_, _, _, let capSum)? = try conflicts(inputs).first else {
            Issue.record("expected totalAboveCaps")
            return
        }
        #expect(capSum == 9)
    }

    /// Joint capacity: two programmes of 10 (quotas 5/3/2 each) and A may take 8 in all: both models solve together,
    /// A gets 8, the sums hold, and a classic method that ignores the capacity is refused.
    @Test func jointCapacityIsSolvedTogether() throws {
        let programmes = [PlannerFixture.programme("x", places: 10), PlannerFixture.programme("y", places: 10)]
        let inputs = PlannerFixture.inputs(programmes, joint: ["101": 8])
        let plan = try plan(inputs)
        #expect(plan.programmes.map(\.solvedWith) == [["y"], ["x"]])
        #expect(plan.programmes.reduce(0) { $0 + $1.rows[0].places } == 8)
        #expect(plan.programmes.allSatisfy { $0.checks.sumHolds && $0.rows.reduce(0) { $0 + $1.places } == 10 })
        #expect(plan.jointCapacities.allSatisfy { $0.holds })
        // Largest deviations: each programme at most 1 away from its quota (4 or 5 for A, the spare to B or C).
        #expect(plan.programmes.allSatisfy { $0.rows.allSatisfy { abs(Double($0.places) - $0.quota) <= 1 + 1e-9 } })
        guard
            case .methodBreaksJointCapacity(_, _, let party, let places, let cap)? = try conflicts(
                inputs,
                method: .hamilton
            )
            .first
        else {
            Issue.record("expected the classic method to be refused")
            return
        }
        #expect(party.code == "101" && places == 10 && cap == 8)
    }

    /// Floors of 5 and 4 for A in two programmes against a joint capacity of 8.
    @Test func jointFloorsAboveCapacity() throws {
        let programmes = [PlannerFixture.programme("x", places: 10), PlannerFixture.programme("y", places: 10)]
        let inputs = PlannerFixture.inputs(
            programmes,
            bounds: ["x": ["101": (5, nil)], "y": ["101": (4, nil)]],
            joint: ["101": 8]
        )
        guard case .jointFloorsAboveCapacity(_, let party, let floors, let cap)? = try conflicts(inputs).first else {
            Issue.record("expected jointFloorsAboveCapacity")
            return
        }
        #expect(party.code == "101" && floors.map(\.places) == [5, 4] && cap == 8)
    }

    /// The region as a party: weights 50/30/20 plus region 100 → quotas for 20 places 5, 3, 2, 10.
    @Test func regionTakesPart() throws {
        let inputs = PlannerFixture.inputs(
            [PlannerFixture.programme("x", places: 20, region: true)],
            weights: ["101": 50, "102": 30, "103": 20, "1081": 100]
        )
        let programme = try #require(try plan(inputs).programmes.first)
        #expect(programme.rows.map(\.party.code) == ["101", "102", "103", "1081"])
        #expect(programme.rows.map(\.places) == [5, 3, 2, 10])
    }

    /// D'Hondt on the quotas equals D'Hondt on the raw weights (divisor methods are scale-invariant).
    @Test func classicMethodsMatchTheirDefinition() throws {
        let weights: [String: Double] = ["101": 61, "102": 6, "103": 40]
        let inputs = PlannerFixture.inputs([PlannerFixture.programme("x", places: 14)], weights: weights)
        let programme = try #require(try plan(inputs, method: .dhondt).programmes.first)
        #expect(programme.rows.map(\.places) == [9, 0, 5])
    }
}
