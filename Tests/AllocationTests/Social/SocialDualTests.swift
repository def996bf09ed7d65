import Allocation
import Foundation
import KKRDomain
import LinearProgramming
import SolverBackends
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

    /// On the shipped inputs, where placements may tie and occupancy bounds bind, every stated saving is the
    /// true change: the LP solved again with the offer's places + 1 (capacity and occupancy bound both moved).
    @Test func defaultInputsSavingsEqualTheChange() throws {
        let inputs = try SocialInputReader.read(folder: DefaultSocialPlanTests.inputs, displayName: "Inputs")
        let plan = try Self.plan(inputs)
        let base = try Self.relaxation(inputs)
        let recommended = plan.recommendations.compactMap { recommendation -> (SocialOffer, Double)? in
            guard case .addPlace(let offer, let saving, _) = recommendation else { return nil }
            return (offer, saving)
        }
        #expect(recommended.count >= 3)
        for (offer, saving) in recommended.prefix(5) {
            var copy = inputs
            copy.offers = inputs.offers.map { $0.id == offer.id ? with($0, places: $0.places + 1) : $0 }
            let gained = base - (try Self.relaxation(copy))
            #expect(abs(gained - saving) < 1e-6 * max(1, saving), "\(offer.id): +1 saves \(gained), stated \(saving)")
            #expect(gained > 0)
        }
    }

    /// One offer o (10 places, tariff 100, bound 95 %, empty places cost half the tariff), one buyer, 500 kr
    /// outside; `citizens` of demand.
    static func boundInstance(places: Int = 10, citizens: Int) -> SocialInputs {
        F.inputs(
            offers: [F.offer("o", at: F.a, places: places, tariff: 100, minimumOccupancy: 0.95)],
            demand: [F.demand(F.a, citizens)],
            prices: [F.price(500)],
            emptyShare: 0.5
        )
    }

    /// 11 citizens: 10 in o, 1 outside = 1,000 + 500 = 1,500. With 11 places the bound is ⌈10.45⌉ = 11, all 11
    /// fit: 1,100, so one more place saves exactly 400. Both o rows bind (10 ≤ 10, 10 ≥ ⌈9.5⌉ = 10), so the
    /// duals are not unique: with y_d = 500 (x basic) the z column gives y_cap + y_occ = 100 − 500 = −400 and the
    /// e column (50 kr) 0 ≤ y_occ ≤ 50, so the capacity dual alone says anything from 400 to 450.
    @Test func occupancyBoundMovesWithThePlaces() throws {
        let plan = try Self.plan(Self.boundInstance(citizens: 11))
        #expect(plan.costs.total == 1_500)
        let use = try #require(plan.offers.first)
        #expect(try #require(use.placeSaving) == 400)
        // The place value keeps the bound at 10: 11 places then hold all 11 citizens too, saving the same 400 (the
        // smallest of the capacity duals, which range over 400…450).
        #expect(use.placeValue == 400)
        guard case .addPlace(let offer, let saving, _) = plan.recommendations.first else {
            Issue.record("no place recommended")
            return
        }
        #expect(offer.id == "o" && saving == 400)
        #expect(try Self.plan(Self.boundInstance(places: 11, citizens: 11)).costs.total == 1_100)
    }

    /// 10 citizens fill o: 1,000. With 11 places the bound 11 leaves one empty place below it at 50 kr: 1,050,
    /// so one more place costs 50 and none is recommended, though a capacity dual may say up to 450
    /// (y_d ≤ 500 from x, y_occ ≤ 50 from e).
    @Test func aPlaceThatOnlyRaisesTheBoundIsNotRecommended() throws {
        let plan = try Self.plan(Self.boundInstance(citizens: 10))
        #expect(plan.costs.total == 1_000)
        // The place value (bound kept at 10) is 0, below 1 % of the tariff, so the saving is not even solved for.
        let use = try #require(plan.offers.first)
        #expect(use.placeValue == 0 && use.placeSaving == nil)
        #expect(
            !plan.recommendations.contains {
                if case .addPlace = $0 { return true } else { return false }
            }
        )
        #expect(try Self.plan(Self.boundInstance(places: 11, citizens: 10)).costs.total == 1_050)
    }

    /// Every backend states the same recommendations on the frozen fixtures.
    @Test func recommendationsAgreeAcrossBackends() throws {
        let inputs = try SocialInputReader.read(folder: DefaultSocialPlanTests.inputs, displayName: "Inputs")
        let recommendations = try SolverBackend.allCases.map { backend in
            guard
                case .planned(let plan) = try SocialPlanner(solver: backend.makeSolver(BackendSettings())).plan(inputs)
            else { throw PlanningError(reason: "infeasible") }
            return plan.recommendations.map(Self.toCents)
        }
        #expect(recommendations.count >= 2)
        #expect(recommendations.allSatisfy { $0 == recommendations[0] })
    }

    /// `recommendation` with its kroner rounded to øre, below which backends' objectives may differ.
    static func toCents(_ recommendation: SocialRecommendation) -> SocialRecommendation {
        let cents = { (value: Double) in (value * 100).rounded() / 100 }
        switch recommendation {
        case .addPlace(let offer, let saving, let avoidsUnmet):
            return .addPlace(offer: offer, saving: cents(saving), avoidsUnmet: avoidsUnmet)
        case .emptyPlaces(let offer, let empty, let belowBound, let cost):
            return .emptyPlaces(offer: offer, empty: empty, belowBound: belowBound, cost: cents(cost))
        case .shortage(let group, let section, let outside, let unmet, let citizenValue, let outsidePrice):
            return .shortage(
                targetGroupID: group,
                sectionID: section,
                outside: outside,
                unmet: unmet,
                citizenValue: citizenValue.map(cents),
                outsidePrice: outsidePrice
            )
        }
    }

    private func with(_ offer: SocialOffer, places: Int) -> SocialOffer {
        var copy = offer
        copy.places = places
        return copy
    }
}
