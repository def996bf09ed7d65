import Allocation
import BenchmarkSupport
import KKRDomain
import TestSupport
import Testing

/// The saving of one more place is read from the placement's residual network (no LP solved again); on generated
/// instances with many full offers, bounds that move and existing placements, it equals the second method: the
/// whole LP relaxation solved again with the offer's places + 1.
@Suite struct SocialPlaceSavingsTests {
    /// Up to `limit` offers with a stated saving, each checked against a re-solve of the whole LP.
    static func checkSavings(_ inputs: SocialInputs, limit: Int) throws -> Int {
        let plan = try SocialDualTests.plan(inputs)
        let base = try SocialDualTests.relaxation(inputs)
        let stated = plan.offers.enumerated().compactMap { index, use in use.placeSaving.map { (index, $0) } }
        var checked = 0
        for (index, saving) in stated.prefix(limit) {
            var larger = inputs
            larger.offers[index].places += 1
            let gained = base - (try SocialDualTests.relaxation(larger))
            #expect(
                abs(gained - saving) <= 1e-6 * max(1, abs(gained)),
                "\(inputs.offers[index].id): +1 place saves \(gained), stated \(saving)"
            )
            checked += 1
        }
        return checked
    }

    /// The project's generated instance at 1/8 of the national size (demand ≈ places, half already placed, 95 %
    /// bounds): many offers are full and their savings are stated.
    @Test func generatedInstanceSavingsMatchResolves() throws {
        let inputs = SocialInstanceGenerator(municipalities: 12, offers: 250, seed: 2027).generate()
        #expect(try Self.checkSavings(inputs, limit: 12) >= 5)
    }

    /// A scarce instance shaped like social_synth (90 % bounds whose empty places cost half the tariff, random km):
    /// fewer places than citizens, so offers are full and unmet citizens price the places.
    @Test func synthShapedSavingsMatchResolves() throws {
        var inputs = SocialSynthGenerator(municipalities: 10, offers: 24, targetGroups: 2, seed: 7).generate()
        inputs.offers = inputs.offers.map { offer in
            var smaller = offer
            smaller.places = max(1, offer.places / 6)
            return smaller
        }
        #expect(try Self.checkSavings(inputs, limit: 10) >= 3)
    }

    /// Offer o (10 places, tariff 100, 95 % bound, empty places at 50) with 12 citizens, 500 kr outside: 10 in o and
    /// 2 outside = 2,000. With 11 places (bound 11): 11 in o, 1 outside = 1,600, a saving of 400; the residual path
    /// runs sink → cell (an outside citizen back, −500) → o (+100): −400, and max(−50, 400) = 400.
    @Test func handComputedSavingWithMovingBound() throws {
        let plan = try SocialDualTests.plan(SocialDualTests.boundInstance(citizens: 12))
        #expect(plan.costs.total == 2_000)
        #expect(try #require(plan.offers.first?.placeSaving) == 400)
    }
}
