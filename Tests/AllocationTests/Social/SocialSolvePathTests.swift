import Allocation
import BenchmarkSupport
import KKRDomain
import LinearProgramming
import TestSupport
import Testing

/// The Socialaftale is solved as one LP (issue 10): its vertex is integral, the MIP is not solved, and the tie-break
/// makes the placements independent of the simplex path, the file order and the baseline's vertex.
@Suite struct SocialSolvePathTests {
    typealias F = SocialFixture

    static func plan(
        _ inputs: SocialInputs,
        solver: any LinearSolver = TestSolver.make(),
        strategy: SocialPlanner.Strategy = .linearFirst
    ) throws -> SocialPlan {
        let planner = SocialPlanner(solver: solver, strategy: strategy)
        guard case .planned(let plan) = try planner.plan(inputs) else {
            throw PlanningError(reason: "infeasible")
        }
        return plan
    }

    /// Buyer, offer and citizens of every purchase, sorted: the placements, whatever their order in the plan.
    static func placements(_ plan: SocialPlan) -> [String] {
        plan.purchases.map { "\($0.buyer.code) \($0.offer.id) \($0.citizens)" }.sorted()
    }

    /// Four identical offers at A (100 kr, 2 places each), A needs 3: any two or three of them are optimal (300 kr).
    /// Every simplex path and every file order gives the same placements, and the LP path solved no MIP.
    @Test func tiesAreBrokenTheSameWayEveryTime() throws {
        let offers = ["o1", "o2", "o3", "o4"].map { F.offer($0, at: F.a, places: 2, tariff: 100) }
        let inputs = F.inputs(offers: offers, demand: [F.demand(F.a, 3)])
        let plan = try Self.plan(inputs)
        #expect(plan.summary.path == .linearProgram && plan.summary.mipSeconds == 0)
        #expect(plan.costs.total == 300)
        #expect(plan.purchases.reduce(0) { $0 + $1.citizens } == 3)
        let reversed = F.inputs(offers: offers.reversed(), demand: [F.demand(F.a, 3)])
        for solver in [
            TestSolver.make(presolve: false, method: .primal), TestSolver.make(presolve: true, method: .dual),
            TestSolver.make(presolve: true, method: .primal),
        ] {
            #expect(Self.placements(try Self.plan(inputs, solver: solver)) == Self.placements(plan))
        }
        #expect(Self.placements(try Self.plan(reversed)) == Self.placements(plan))
    }

    /// Two target groups, two independent blocks of the LP: g has o1 (100 kr, 1 place) and o2 (150 kr, 5 places),
    /// h has p1 and p2 (80 kr, 3 places each, a tie). A needs 2 in g and 2 in h, B 1 in h.
    /// Cost: g 100 + 150 = 250, h 3 × 80 = 240, total 490. Duals per block: one more g citizen goes to o2 (150);
    /// one more o1 place saves 150 − 100 = 50; one more h citizen costs 80, an h place is worth 0.
    @Test func blocksAreSolvedApartAndPutTogether() throws {
        let offers = [
            F.offer("o1", at: F.a, places: 1, tariff: 100), F.offer("o2", at: F.a, places: 5, tariff: 150),
            F.offer("p1", at: F.a, places: 3, tariff: 80, group: "h"),
            F.offer("p2", at: F.b, places: 3, tariff: 80, group: "h"),
        ]
        let demand = [F.demand(F.a, 2), F.demand(F.a, 2, group: "h"), F.demand(F.b, 1, group: "h")]
        let plan = try Self.plan(F.inputs(offers: offers, demand: demand))
        #expect(plan.summary.path == .linearProgram)
        #expect(plan.costs.total == 490)
        #expect(F.citizens(plan, F.a, "o1") == 1 && F.citizens(plan, F.a, "o2") == 1)
        #expect(SocialPlannerTests.near(plan.offers.map(\.placeValue), [50, 0, 0, 0]))
        #expect(SocialPlannerTests.near(plan.demand.map(\.citizenValue), [150, 80, 80]))
        let reversed = try Self.plan(F.inputs(offers: offers.reversed(), demand: demand.reversed()))
        #expect(Self.placements(reversed) == Self.placements(plan))
        let primal = try Self.plan(
            F.inputs(offers: offers, demand: demand),
            solver: TestSolver.make(presolve: false, method: .primal)
        )
        #expect(Self.placements(primal) == Self.placements(plan))
    }

    /// A solver whose LP vertices come back with one value moved half a unit (as a backend returning a
    /// fractional vertex would): the integrality check fails, so the planner solves the MIP — and says so — with the
    /// same cost as the hand-computed optimum of ``SocialPlannerTests/cheapestOfferFull()`` (350).
    struct FractionalLPSolver: LinearSolver {
        func solve(_ model: LinearModel, options: SolverOptions) throws -> Solution {
            var solution = try TestSolver.make().solve(model, options: options)
            if !model.isMixedInteger, !solution.values.isEmpty { solution.values[0] += 0.5 }
            return solution
        }
    }

    @Test func aFractionalVertexFallsBackToTheMIP() throws {
        let inputs = F.inputs(
            offers: [F.offer("o1", at: F.a, places: 2, tariff: 100), F.offer("o2", at: F.a, places: 5, tariff: 150)],
            demand: [F.demand(F.a, 3)],
            prices: [F.price(200)]
        )
        guard case .planned(let plan) = try SocialPlanner(solver: FractionalLPSolver()).plan(inputs) else {
            throw PlanningError(reason: "infeasible")
        }
        #expect(plan.summary.path == .integerProgram && plan.summary.lpSolves == 2)  // one block: cost LP and face
        #expect(plan.costs.total == 350 && plan.checks.integral)
        #expect(F.citizens(plan, F.a, "o1") == 2 && F.citizens(plan, F.a, "o2") == 1)
        // The duals still come from the cost LP: one more o1 place saves 50, one more citizen costs 150.
        #expect(SocialPlannerTests.near(plan.offers.map(\.placeValue), [50, 0]))
        #expect(SocialPlannerTests.near([plan.demand.first?.citizenValue], [150]))
    }

    /// Generated instances: the LP path gives the baseline's (MIP, then LP) cost, its vertex is integral (no MIP), the
    /// invariants hold, and the primal simplex gives the same placements as the dual. (The duals are checked by hand in
    /// `SocialPlannerTests` and `SocialDualTests`, which run on the LP path.)
    @Test(arguments: [11, 12] as [UInt64])
    func sameCostAsTheBaseline(seed: UInt64) throws {
        let inputs = SocialInstanceGenerator(
            municipalities: 6,
            offers: 40,
            targetGroups: 2,
            demandRatio: 1.1,
            seed: seed
        )
        .generate()
        let plan = try Self.plan(inputs)
        let baseline = try Self.plan(inputs, strategy: .mipThenRelaxation)
        #expect(plan.summary.path == .linearProgram)
        #expect(baseline.summary.path == .mipThenRelaxation)
        let cost = try #require(baseline.summary.objective)
        #expect(abs(plan.costs.total - cost) <= 1e-9 * cost)
        #expect(abs((plan.summary.relaxationObjective ?? 0) - cost) <= 1e-9 * cost)
        SocialInvariants.check(plan, inputs: inputs)
        let primal = try Self.plan(inputs, solver: TestSolver.make(presolve: false, method: .primal))
        #expect(Self.placements(primal) == Self.placements(plan))
    }
}
