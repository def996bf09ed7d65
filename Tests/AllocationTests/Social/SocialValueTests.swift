import BenchmarkSupport
import KKRDomain
import LinearProgramming
import SolverBackends
import TestSupport
import Testing

@testable import Allocation

/// The place and citizen values are canonical (issue 10, item 4): exact one-unit changes of the optimal cost, the
/// same whichever backend solved, although the LP is dual degenerate and the backends return different duals.
@Suite struct SocialValueTests {
    typealias F = SocialFixture

    static func plan(_ inputs: SocialInputs, backend: SolverBackend = TestSolver.backend) throws -> SocialPlan {
        guard case .planned(let plan) = try SocialPlanner(solver: backend.makeSolver()).plan(inputs) else {
            throw PlanningError(reason: "infeasible")
        }
        return plan
    }

    /// The backend's own row duals of the LP relaxation of `inputs`, solved whole from scratch.
    static func rawDuals(_ inputs: SocialInputs, backend: SolverBackend) throws -> [Double] {
        let model = SocialModel(inputs, integer: false).model
        let solution = try backend.makeSolver().solve(model, options: SocialPlanner.defaultOptions)
        return try #require(solution.rowDuals)
    }

    /// Three buyers, two offers, 1 kr/km (A–B 10, A–C 50, B–C 30 km), 500 kr outside the region:
    ///
    ///         o1 (A, 2 pl., 100)  o2 (B, 1 pl., 100)  outside
    ///   A (2)        100                 110            500
    ///   B (1)        110                 100            500
    ///   C (1)        150                 130            500
    ///
    /// Optimum 800: A → o1 2, B → o2 1, C outside (C in o2 instead costs 830, in o1 with B moved 840).
    /// With π = the demand duals and σ = −(capacity duals) ≥ 0 (both offers are full), complementary slackness
    /// leaves a range: π_C = 500 (C is outside), π_A = σ1 + 100, π_B = σ2 + 100, and the unused cells
    /// π_A ≤ σ2 + 110, π_B ≤ σ1 + 110, π_C ≤ σ1 + 150, π_C ≤ σ2 + 130, π ≤ 500 give σ1 ∈ [360, 400],
    /// σ2 ∈ [370, 400], σ1 − σ2 ∈ [−10, 10]: a two-dimensional face of optimal duals.
    ///
    /// The canonical values, each its own one-unit change:
    /// - one more o1 place saves 360 (B moves to o1 at 110, C takes o2 at 130: 800 → 440), the smallest σ1;
    /// - one more o2 place saves 370 (C into o2 at 130 instead of 500 outside), the smallest σ2;
    /// - one more citizen of A, B or C costs 500 (bought outside; any move inside the region costs more), the
    ///   largest π. (One citizen of A fewer would save only 460: the range is real.)
    static func degenerate(places: [Int] = [2, 1], demand: [Int] = [2, 1, 1]) -> SocialInputs {
        F.inputs(
            offers: [
                F.offer("o1", at: F.a, places: places[0], tariff: 100),
                F.offer("o2", at: F.b, places: places[1], tariff: 100),
            ],
            demand: [F.demand(F.a, demand[0]), F.demand(F.b, demand[1]), F.demand(F.c, demand[2])],
            prices: [F.price(500)],
            kilometres: ["101-102": 10, "101-103": 50, "102-103": 30],
            kmCost: 1
        )
    }

    /// The LP optimum of `inputs`, with the bounds of the row `row` (if any) moved up by one.
    static func optimum(_ inputs: SocialInputs, raising row: (SocialModel) -> ConstraintReference? = { _ in nil })
        throws -> Double
    {
        let social = SocialModel(inputs, integer: false)
        var model = social.model
        if let row = row(social) {
            let bounds = model.constraints[row.index]
            model.setBounds(of: row, lower: bounds.lowerBound + 1, upper: bounds.upperBound + 1)
        }
        let solution = try TestSolver.make().solve(model, options: SocialPlanner.defaultOptions)
        #expect(solution.termination == .optimal)
        return try #require(solution.objectiveValue)
    }

    @Test func handComputedValuesOnADegenerateOptimum() throws {
        for backend in SolverBackend.allCases {
            let plan = try Self.plan(Self.degenerate(), backend: backend)
            #expect(plan.costs.total == 800)
            #expect(plan.summary.valueMethod == .shortestPaths)
            #expect(plan.offers.map(\.placeValue) == [360, 370], "\(backend)")
            #expect(plan.demand.map(\.citizenValue) == [500, 500, 500], "\(backend)")
        }
        // The same by solving again: one place or one citizen more.
        #expect(try Self.optimum(Self.degenerate()) == 800)
        #expect(try Self.optimum(Self.degenerate(places: [3, 1])) == 440)
        #expect(try Self.optimum(Self.degenerate(places: [2, 2])) == 430)
        for cell in 0..<3 {
            var demand = [2, 1, 1]
            demand[cell] += 1
            #expect(try Self.optimum(Self.degenerate(demand: demand)) == 1_300)
        }
        // And one citizen of A fewer saves only 460 (B moves to o1, C into o2): the citizen value is one-sided.
        #expect(try Self.optimum(Self.degenerate(demand: [1, 1, 1])) == 340)
    }

    /// One offer o (10 places, tariff 100, bound ⌈9.5⌉ = 10, an empty place below it costs 50), buyer A with 10
    /// citizens, 500 kr outside: o is exactly full and exactly at its bound, cost 1,000.
    ///
    /// Optimal duals (π = demand dual, y_cap ≤ 0, 0 ≤ y_occ ≤ 50 from e, z basic: π + y_cap + y_occ = 100, x at 0:
    /// π ≤ 500): π ∈ [50, 500] and −y_cap ∈ [0, 450], a whole edge of optimal duals. GLPK returns one end of it,
    /// CLP another: the backends' raw values disagree. The canonical values are the hand answers: one more citizen
    /// costs 500 (bought outside: 1,500); one more place, the bound kept at 10, saves 0 (still 1,000).
    @Test func backendsDisagreeOnTheDualsButNotOnTheValues() throws {
        let inputs = SocialDualTests.boundInstance(citizens: 10)
        let model = SocialModel(inputs, integer: false)
        let capacity = try #require(model.capacityRows[0]).index
        let demand = model.demandRows[0].index
        var raw: [[Double]] = []
        for backend in SolverBackend.allCases {
            let duals = try Self.rawDuals(inputs, backend: backend)
            #expect(duals[demand] >= 50 - 1e-6 && duals[demand] <= 500 + 1e-6, "\(backend): \(duals)")
            #expect(-duals[capacity] >= -1e-6 && -duals[capacity] <= 450 + 1e-6, "\(backend): \(duals)")
            raw.append([duals[demand], duals[capacity]])

            let plan = try Self.plan(inputs, backend: backend)
            #expect(plan.costs.total == 1_000)
            #expect(plan.offers.map(\.placeValue) == [0] && plan.demand.map(\.citizenValue) == [500], "\(backend)")
        }
        // The premise of issue 10's item 4, as measured with GLPK 5.0 and CLP 1.17: different optimal duals.
        #expect(Set(raw).count > 1, "every backend returned the same duals: \(raw)")
        #expect(try Self.optimum(inputs) == 1_000)
        #expect(try Self.optimum(inputs) { $0.demandRows[0] } == 1_500)
        #expect(try Self.optimum(inputs) { $0.capacityRows[0] } == 1_000)
    }

    /// On the frozen fixtures (ties, full offers, binding occupancy bounds, unmet demand): every place value is the
    /// LP optimum minus the optimum with one place more (the occupancy row kept), every citizen value the optimum
    /// with one citizen more minus the optimum.
    @Test func fixtureValuesAreOneUnitChanges() throws {
        let inputs = try SocialInputReader.read(folder: Fixtures.inputs, displayName: "Inputs")
        let plan = try Self.plan(inputs)
        #expect(plan.summary.valueMethod == .shortestPaths)
        let base = try Self.optimum(inputs)
        let close = { (lhs: Double, rhs: Double) in abs(lhs - rhs) <= 0.01 }
        var positive = 0
        for (index, use) in plan.offers.enumerated() {
            let value = try #require(use.placeValue)
            guard use.used == use.offer.places else {
                #expect(value == 0, "\(use.offer.id) has room")
                continue
            }
            let saved = base - (try Self.optimum(inputs) { $0.capacityRows[index] })
            #expect(close(saved, value), "\(use.offer.id): one more place saves \(saved), stated \(value)")
            if value > 0 { positive += 1 }
        }
        var ranges = 0
        for (index, outcome) in plan.demand.enumerated() {
            let value = try #require(outcome.citizenValue)
            let cost = (try Self.optimum(inputs) { $0.demandRows[index] }) - base
            #expect(close(cost, value), "demand \(index): one more citizen costs \(cost), stated \(value)")
            if value > 0 { ranges += 1 }
        }
        #expect(positive >= 10 && ranges >= 100)
    }

    /// The values, the placements and the recommendations are identical, to the bit, from every backend: on the
    /// fixtures and on a generated quarter-size instance (24 municipalities, 500 offers, many offers at one
    /// location, so many equally cheap placements: before the polish of the tie-break, GLPK and CLP stopped at
    /// different ones).
    @Test(arguments: ["fixtures", "generated"])
    func everyBackendStatesTheSameValues(_ instance: String) throws {
        let inputs =
            instance == "fixtures"
            ? try SocialInputReader.read(folder: Fixtures.inputs, displayName: "Inputs")
            : SocialInstanceGenerator(municipalities: 24, offers: 500, targetGroups: 12, seed: 2027).generate()
        let plans = try SolverBackend.allCases.map { try Self.plan(inputs, backend: $0) }
        #expect(plans.count >= 2)
        for plan in plans {
            #expect(plan.summary.valueMethod == .shortestPaths)
            #expect(plan.offers.map(\.placeValue) == plans[0].offers.map(\.placeValue))
            #expect(plan.demand.map(\.citizenValue) == plans[0].demand.map(\.citizenValue))
            #expect(plan.purchases == plans[0].purchases)
            #expect(
                plan.recommendations.map(SocialDualTests.toCents)
                    == plans[0].recommendations.map(SocialDualTests.toCents)
            )
        }
    }

    /// The values need an optimal plan: at a plan 30 kr dearer (C in o2, B outside) the constraint graph has a
    /// negative cycle, no dual satisfies complementary slackness with it, and no values are made (the planner then
    /// falls back on the backend's duals and says so).
    @Test func aPlanThatIsNotOptimalHasNoValues() throws {
        let model = SocialModel(Self.degenerate(), integer: false)
        func plan(_ placed: [String: Double]) -> [Double] {
            model.model.variables.map { placed[$0.name] ?? $0.lowerBound }
        }
        let optimal = plan(["z_101_o1": 2, "z_102_o2": 1, "x_103_g_s": 1])
        #expect(model.model.objectiveValue(at: optimal) == 800)
        let values = try #require(SocialMarginalValues.canonical(model: model, values: optimal))
        #expect(values.places == [360, 370] && values.citizens == [500, 500, 500])
        let dearer = plan(["z_101_o1": 2, "z_103_o2": 1, "x_102_g_s": 1])
        #expect(model.model.objectiveValue(at: dearer) == 830)
        #expect(SocialMarginalValues.canonical(model: model, values: dearer) == nil)
    }

    /// Four identical offers at A (100 kr, 2 places each), A needs 3: every placement of 3 is optimal (300 kr). The
    /// tie-break picks the one of least weight, found here by trying all of them: 2 citizens in the offer of the
    /// least weight, 1 in the next. The polish reaches it exactly from the worst one, and the planner states it with
    /// every backend.
    @Test func thePolishReachesTheLeastWeight() throws {
        let offers = ["o1", "o2", "o3", "o4"].map { F.offer($0, at: F.a, places: 2, tariff: 100) }
        let inputs = F.inputs(offers: offers, demand: [F.demand(F.a, 3)])
        let model = SocialModel(inputs, integer: false)
        let names = offers.map { "z_101_\($0.id)" }
        let weights = names.map(SocialLinearSolve.tieBreakWeight)
        var placements: [[Int]] = []
        for a in 0...2 {
            for b in 0...2 {
                for c in 0...2 where a + b + c <= 3 && 3 - a - b - c <= 2 {
                    placements.append([a, b, c, 3 - a - b - c])
                }
            }
        }
        func weight(_ placement: [Int]) -> Double { zip(placement, weights).reduce(0) { $0 + Double($1.0) * $1.1 } }
        let least = try #require(placements.min { weight($0) < weight($1) })
        let most = try #require(placements.max { weight($0) < weight($1) })
        #expect(Set(least) == [0, 1, 2] && least != most)

        func values(_ placement: [Int]) -> [Double] {
            model.model.variables.map { column in
                names.firstIndex(of: column.name).map { Double(placement[$0]) } ?? column.lowerBound
            }
        }
        let face = try #require(ValueGraph(model: model, values: values(most))?.optimalFace(model: model))
        #expect(names.allSatisfy { name in face.onFace[model.model.variables.firstIndex { $0.name == name }!] })
        let polished = SocialFacePolish(model: model, onFace: face.onFace, rowSigns: face.rowSigns).polish(values(most))
        #expect(polished == values(least))
        for backend in SolverBackend.allCases {
            let plan = try Self.plan(inputs, backend: backend)
            #expect(offers.map { F.citizens(plan, F.a, $0.id) } == least, "\(backend)")
        }
    }

    /// An offer no buyer can use (target group h, no demand in h; 4 places, bound 50 %) keeps 2 empty places below
    /// its bound at 100 kr each: its occupancy row binds with a dual of 100 and its empty-place column sits on the
    /// optimal face, so the tie-break's exact face keeps that row's 2 empty places feasible (a face that fixed them
    /// at 0 would be empty, and the tie-break would be skipped).
    @Test func anOfferNoBuyerCanUseKeepsItsEmptyPlacesOnTheFace() throws {
        let inputs = F.inputs(
            offers: [
                F.offer("o", at: F.a, places: 2, tariff: 100),
                F.offer("p", at: F.a, places: 4, tariff: 100, minimumOccupancy: 0.5, group: "h"),
            ],
            demand: [F.demand(F.a, 1)]
        )
        let plan = try Self.plan(inputs)
        #expect(plan.costs.total == 100 + 200 && plan.summary.valueMethod == .shortestPaths)
        let model = SocialModel(inputs, integer: false)
        let empty = try #require(model.emptyColumns[1]).index
        let occupancy = try #require(model.occupancyRows[1]).index
        var values = model.model.variables.map(\.lowerBound)
        values[model.purchases[0].column.index] = 1
        values[empty] = 2
        #expect(model.model.objectiveValue(at: values) == 300)
        let face = try #require(ValueGraph(model: model, values: values)?.optimalFace(model: model))
        #expect(face.onFace[empty] && face.rowSigns[occupancy] == 1)
        let duals = try #require(ValueGraph(model: model, values: values)?.optimalDuals(model: model))
        #expect(duals[occupancy] == 100 * Int64(SocialMarginalValues.unitsPerKrone))
    }
}
