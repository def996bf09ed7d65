import Allocation
import Foundation
import KKRDomain
import LinearProgramming
import TestSupport
import Testing

/// The place and citizen values are real: adding the recommended place, or a citizen, and solving again changes the cost by the stated value.
@Suite struct SocialDualTests {
    typealias F = SocialFixture

    /// Three buyers, three offers, 1 kr/km (A–B 10, A–C 50, B–C 30 km); cost per citizen = tariff + km:
    ///
    ///         o1 (A, 2 pl., 100)  o2 (B, 3 pl., 120)  o3 (C, 10 pl., 200)
    ///   A (3)        100                 130                 250
    ///   B (3)        110                 120                 230
    ///   C (2)        140                 150                 200
    ///
    /// Optimum: A → o1 2, o2 1; B → o2 2, o3 1; C → o3 2 = 200 + 130 + 240 + 230 + 400 = 1,200.
    /// Duals from the basic cells (c = u_b + v_o, v3 = 0 as o3 has room): u_B = 230, u_C = 200,
    /// v2 = 120 − 230 = −110, u_A = 130 + 110 = 240, v1 = 100 − 240 = −140. Every non-basic cell prices
    /// out ≥ 0 and every basic value is positive (no degeneracy), so these duals are the only ones.
    static func instance(places: [Int] = [2, 3, 10], demand: [Int] = [3, 3, 2]) -> SocialInputs {
        F.inputs(
            offers: [
                F.offer("o1", at: F.a, places: places[0], tariff: 100),
                F.offer("o2", at: F.b, places: places[1], tariff: 120),
                F.offer("o3", at: F.c, places: places[2], tariff: 200),
            ],
            demand: [F.demand(F.a, demand[0]), F.demand(F.b, demand[1]), F.demand(F.c, demand[2])],
            prices: [F.price(500)],
            kilometres: ["101-102": 10, "101-103": 50, "102-103": 30],
            kmCost: 1
        )
    }

    static func plan(_ inputs: SocialInputs) throws -> SocialPlan {
        guard case .planned(let plan) = try SocialPlanner(solver: TestSolver.make()).plan(inputs) else {
            throw PlanningError(reason: "infeasible")
        }
        return plan
    }

    /// The optimum of the LP relaxation of `inputs`.
    static func relaxation(_ inputs: SocialInputs) throws -> Double {
        let solution = try TestSolver.make()
            .solve(SocialModel(inputs, integer: false).model, options: SocialPlanner.defaultOptions)
        return try #require(solution.objectiveValue)
    }

    @Test func handComputedDuals() throws {
        let plan = try Self.plan(Self.instance())
        #expect(plan.costs.total == 1_200)
        let values = plan.offers.compactMap(\.placeValue)
        #expect(
            values.count == 3 && abs(values[0] - 140) < 1e-6 && abs(values[1] - 110) < 1e-6 && abs(values[2]) < 1e-6
        )
        let citizens = plan.demand.compactMap(\.citizenValue)
        #expect(citizens.count == 3 && zip(citizens, [240.0, 230, 200]).allSatisfy { abs($0 - $1) < 1e-6 })
    }

    /// The first recommendation is o1 (140 kr); with a third o1 place the cost drops from 1,200 to 1,060
    /// (A 3 × 100, B 3 × 120, C 2 × 200), in the LP and in the integer plan.
    @Test func addingTheRecommendedPlaceSavesTheStatedValue() throws {
        let plan = try Self.plan(Self.instance())
        guard case .addPlace(let offer, let saving, _) = plan.recommendations.first else {
            Issue.record("no place recommended")
            return
        }
        #expect(offer.id == "o1")
        let before = try Self.relaxation(Self.instance())
        let after = try Self.relaxation(Self.instance(places: [3, 3, 10]))
        #expect(abs((before - after) - saving) < 1e-6)
        #expect(try Self.plan(Self.instance(places: [3, 3, 10])).costs.total == 1_060)
        // The second-best place, o2 (110 kr): 1,200 → 1,090.
        #expect(abs(before - (try Self.relaxation(Self.instance(places: [2, 4, 10]))) - 110) < 1e-6)
    }

    /// One more citizen of A costs 240 (A's fourth citizen displaces a B citizen from o2 to o3: 130 + 230 − 120).
    @Test func oneMoreCitizenCostsTheStatedValue() throws {
        let before = try Self.relaxation(Self.instance())
        let after = try Self.relaxation(Self.instance(demand: [4, 3, 2]))
        #expect(abs((after - before) - 240) < 1e-6)
    }

    /// On the shipped inputs, where placements may tie, a place's value must lie between the saving of one
    /// more place and the cost of one place less (a subgradient of the convex optimal-cost function).
    @Test func defaultInputsValuesBracketTheChange() throws {
        let inputs = try SocialInputReader.read(folder: DefaultSocialPlanTests.inputs, displayName: "Inputs")
        let plan = try Self.plan(inputs)
        let base = try Self.relaxation(inputs)
        let recommended = plan.recommendations.compactMap { recommendation -> (SocialOffer, Double)? in
            guard case .addPlace(let offer, let saving, _) = recommendation, offer.places >= 10 else { return nil }
            return (offer, saving)
        }
        #expect(recommended.count >= 3)
        for (offer, saving) in recommended.prefix(3) {
            func changed(_ delta: Int) throws -> Double {
                var copy = inputs
                copy.offers = inputs.offers.map { $0.id == offer.id ? with($0, places: $0.places + delta) : $0 }
                return try Self.relaxation(copy)
            }
            let gained = base - (try changed(1))
            let lost = (try changed(-1)) - base
            #expect(
                gained <= saving + 1e-6 && saving <= lost + 1e-6,
                "\(offer.id): +1 saves \(gained), −1 costs \(lost), stated \(saving)"
            )
            #expect(gained > 0)
        }
    }

    private func with(_ offer: SocialOffer, places: Int) -> SocialOffer {
        var copy = offer
        copy.places = places
        return copy
    }
}
