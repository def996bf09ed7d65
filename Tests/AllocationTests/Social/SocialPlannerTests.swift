import Allocation
import KKRDomain
import TestSupport
import Testing

/// Hand-computed optima of small Socialaftale models: every expected number is worked out in the comment above it.
@Suite struct SocialPlannerTests {
    typealias F = SocialFixture

    /// True when both lists have the same length and every value is within 10⁻⁶ of the expected one.
    static func near(_ values: [Double?], _ expected: [Double]) -> Bool {
        values.count == expected.count
            && zip(values, expected).allSatisfy { value, wanted in value.map { abs($0 - wanted) < 1e-6 } ?? false }
    }

    static func plan(_ inputs: SocialInputs) throws -> SocialPlan {
        guard case .planned(let plan) = try SocialPlanner(solver: TestSolver.make()).plan(inputs) else {
            throw PlanningError(reason: "infeasible")
        }
        return plan
    }

    /// A needs 3 places; o1 (100 kr) has 2, o2 (150 kr) has 5. Optimum: 2 in o1 + 1 in o2 = 350.
    /// One more o1 place moves the third citizen from o2 to o1: saves 150 − 100 = 50.
    /// One more citizen goes to o2: costs 150.
    @Test func cheapestOfferFull() throws {
        let plan = try Self.plan(
            F.inputs(
                offers: [
                    F.offer("o1", at: F.a, places: 2, tariff: 100), F.offer("o2", at: F.a, places: 5, tariff: 150),
                ],
                demand: [F.demand(F.a, 3)],
                prices: [F.price(200)]
            )
        )
        #expect(plan.costs.total == 350)
        #expect(F.citizens(plan, F.a, "o1") == 2 && F.citizens(plan, F.a, "o2") == 1)
        #expect(Self.near(plan.offers.map(\.placeValue), [50, 0]))
        #expect(Self.near([plan.demand.first?.citizenValue], [150]))
        #expect(Self.near([plan.summary.objective, plan.summary.relaxationObjective], [350, 350]))
        guard case .addPlace(let offer, let saving, let avoidsUnmet) = plan.recommendations.first else {
            Issue.record("the first recommendation is not a place")
            return
        }
        #expect(offer.id == "o1" && abs(saving - 50) < 1e-6 && !avoidsUnmet)
    }

    /// Offers o1 at A and o2 at B, 2 places each at 100 kr; 50 km apart at 10 kr/km; A and B need 2 each.
    /// Free choice: everyone at home, 4 × 100 = 400. With one A citizen already in o2 (kept):
    /// A: o2 100 + 500 km cost, o1 100; B: o2's last place 100, o1's last place 100 + 500 → 1,400.
    @Test func existingPlacementsForceAWorseTotal() throws {
        let offers = [F.offer("o1", at: F.a, places: 2, tariff: 100), F.offer("o2", at: F.b, places: 2, tariff: 100)]
        let demand = [F.demand(F.a, 2), F.demand(F.b, 2)]
        let free = try Self.plan(F.inputs(offers: offers, demand: demand, kilometres: ["101-102": 50], kmCost: 10))
        #expect(free.costs.total == 400)
        let fixed = try Self.plan(
            F.inputs(
                offers: offers,
                demand: demand,
                placements: [F.placement(F.a, in: "o2", 1)],
                kilometres: ["101-102": 50],
                kmCost: 10
            )
        )
        #expect(fixed.costs.total == 1_400)
        #expect(fixed.costs.tariffs == 400 && fixed.costs.distance == 1_000)
        #expect(F.citizens(fixed, F.a, "o2") == 1 && F.citizens(fixed, F.b, "o1") == 1)
        #expect(fixed.purchases.first { $0.buyer == F.a && $0.offer.id == "o2" }?.existing == 1)
        #expect(fixed.offers.map(\.existing) == [0, 1])
    }

    /// A needs 5; o1 has 3 places at 100 kr; no outside price; 1,000 kr per unmet citizen.
    /// 3 placed + 2 unmet = 300 + 2,000 = 2,300. One more place: 1,000 − 100 = 900 saved; one more citizen: 1,000.
    @Test func unmetDemand() throws {
        let plan = try Self.plan(
            F.inputs(offers: [F.offer("o1", at: F.a, places: 3, tariff: 100)], demand: [F.demand(F.a, 5)])
        )
        let outcome = try #require(plan.demand.first)
        #expect(outcome.placed == 3 && outcome.outside == 0 && outcome.unmet == 2)
        #expect(plan.costs.total == 2_300 && plan.costs.unmetPenalty == 2_000)
        #expect(Self.near([plan.offers.first?.placeValue, outcome.citizenValue], [900, 1_000]))
        guard case .addPlace(_, let saving, let avoidsUnmet) = plan.recommendations.first,
            case .shortage(let group, let section, let outside, let unmet, let value, let price) = plan.recommendations
                .last
        else {
            Issue.record("expected a place and a shortage recommendation, got \(plan.recommendations)")
            return
        }
        #expect(abs(saving - 900) < 1e-6 && avoidsUnmet)
        #expect(group == "g" && section == "s" && outside == 0 && unmet == 2 && price == nil)
        #expect(Self.near([value], [1_000]))
    }

    /// A needs 4; o1 has 2 places at 100 kr; outside the region costs 300. 2 × 100 + 2 × 300 = 800.
    @Test func outsideRegionPurchase() throws {
        let plan = try Self.plan(
            F.inputs(
                offers: [F.offer("o1", at: F.a, places: 2, tariff: 100)],
                demand: [F.demand(F.a, 4)],
                prices: [F.price(300)]
            )
        )
        let outcome = try #require(plan.demand.first)
        #expect(outcome.placed == 2 && outcome.outside == 2 && outcome.unmet == 0)
        #expect(plan.costs.total == 800 && plan.costs.outside == 600)
        #expect(Self.near([plan.offers.first?.placeValue, outcome.citizenValue], [200, 300]))
    }

    /// o1 at A: 10 places at 100 kr, bound 90 % → at least 9 used or 100 kr per missing place; A needs 5.
    /// o2 at B: 2 places at 90 kr, no bound; B needs 2; A–B is 20 km at 1 kr/km.
    /// B in o2: 500 + 180 + 4 × 100 = 1,080. B in o1: 500 + 2 × 120 + 2 × 100 = 940 — filling o1 wins.
    @Test func occupancyBoundPullsDemandIntoEmptyPlaces() throws {
        let plan = try Self.plan(
            F.inputs(
                offers: [
                    F.offer("o1", at: F.a, places: 10, tariff: 100, minimumOccupancy: 0.9),
                    F.offer("o2", at: F.b, places: 2, tariff: 90),
                ],
                demand: [F.demand(F.a, 5), F.demand(F.b, 2)],
                kilometres: ["101-102": 20],
                kmCost: 1
            )
        )
        #expect(plan.costs.total == 940 && plan.costs.emptyPlaces == 200)
        #expect(F.citizens(plan, F.b, "o1") == 2 && F.citizens(plan, F.b, "o2") == 0)
        let o1 = plan.offers[0]
        #expect(o1.used == 7 && o1.floor == 9 && o1.belowFloor == 2 && o1.isUnderBound)
        #expect(!plan.offers[1].isUnderBound && plan.offers[1].empty == 2)
        #expect(plan.offersUnderBound.map(\.offer.id) == ["o1"])
        #expect(
            plan.recommendations.contains(.emptyPlaces(offer: o1.offer, empty: 3, belowBound: 2, cost: 200))
        )
        // One more B citizen fills another place below o1's bound: 120 − 100 = 20; one more A citizen: 0.
        #expect(Self.near(plan.demand.map(\.citizenValue), [0, 20]))
    }

    /// Equal tariffs: the nearer offer wins (30 km at 2 kr/km is 60 kr dearer).
    @Test func distanceBreaksEqualTariffs() throws {
        let plan = try Self.plan(
            F.inputs(
                offers: [
                    F.offer("far", at: F.c, places: 1, tariff: 100), F.offer("near", at: F.a, places: 1, tariff: 100),
                ],
                demand: [F.demand(F.a, 1)],
                kilometres: ["101-103": 30],
                kmCost: 2
            )
        )
        #expect(plan.costs.total == 100)
        #expect(F.citizens(plan, F.a, "near") == 1 && F.citizens(plan, F.a, "far") == 0)
    }

    /// A citizen needing `g`/`t` cannot use a `g`/`s` offer, nor an `h`/`s` one: unmet although places are free.
    @Test func onlyMatchingTargetGroupAndSection() throws {
        let plan = try Self.plan(
            F.inputs(
                offers: [
                    F.offer("gs", at: F.a, places: 5, tariff: 100),
                    F.offer("hs", at: F.a, places: 5, tariff: 100, group: "h"),
                ],
                demand: [F.demand(F.a, 1, section: "t")]
            )
        )
        #expect(plan.purchases.isEmpty)
        #expect(plan.demand.first?.unmet == 1)
        #expect(plan.summary.columns == 1)  // only u: no purchase column, no outside price
    }

    /// A section's own outside price wins over the target group's.
    @Test func sectionPriceOverridesGroupPrice() throws {
        let plan = try Self.plan(
            F.inputs(offers: [], demand: [F.demand(F.a, 1)], prices: [F.price(500), F.price(400, section: "s")])
        )
        #expect(plan.costs.outside == 400 && plan.demand.first?.outsidePrice == 400)
    }
}
