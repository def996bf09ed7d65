import Allocation
import BenchmarkSupport
import Foundation
import KKRDomain
import TestSupport
import Testing

/// The Nordjylland inputs (frozen in `Tests/Fixtures/Inputs/`), planned end to end: the invariants, checked from the purchases themselves.
@Suite struct DefaultSocialPlanTests {
    static let inputs = Fixtures.inputs

    static func plan() throws -> SocialPlan {
        let inputs = try SocialInputReader.read(folder: Self.inputs, displayName: "Inputs")
        guard case .planned(let plan) = try SocialPlanner(solver: TestSolver.make()).plan(inputs) else {
            throw PlanningError(reason: "default Socialaftale plan infeasible")
        }
        return plan
    }

    @Test func invariantsHold() throws {
        let plan = try Self.plan()
        SocialInvariants.check(plan, inputs: try SocialInputReader.read(folder: Self.inputs, displayName: "Inputs"))
        // The plan's own flags agree with the recomputation above.
        #expect(plan.checks.allHold)
        #expect(plan.summary.termination == .optimal && plan.summary.relaxationTermination == .optimal)
        // Solved once, as an LP: its vertex was integral (issue 10), so no MIP.
        #expect(plan.summary.path == .linearProgram && plan.summary.mipSeconds == 0)
    }

    /// Totals worked out from the input files: the 19 regional demand totals add up to 2,406 citizens;
    /// "andre svære sociale problemer" (§ 107) has 47 citizens, 36 places and no outside price → 11 unmet;
    /// "sjældne" has 12 citizens, no offer in the region and an outside price → 12 outside.
    @Test func totalsFromTheInputs() throws {
        let plan = try Self.plan()
        #expect(plan.totals.citizens == 2_406)
        #expect(plan.totals.unmet == 11)
        let rare = plan.demand.filter { $0.demand.targetGroupID == "sjaelden" }
        #expect(rare.reduce(0) { $0 + $1.outside } == 12 && rare.reduce(0) { $0 + $1.placed } == 0)
        let social = plan.demand.filter { $0.demand.targetGroupID == "sociale_problemer" }
        #expect(social.reduce(0) { $0 + $1.unmet } == 11 && social.reduce(0) { $0 + $1.placed } == 36)
        #expect(plan.totals.placed + plan.totals.outside + plan.totals.unmet == 2_406)
        // 1,354 citizens are placed already (placements.csv) and stay.
        #expect(plan.demand.reduce(0) { $0 + $1.existing } == 1_354)
    }

    /// Unmet demand is a last resort: citizens are only unmet where no outside price exists and the places are full.
    @Test func unmetOnlyWithoutAlternative() throws {
        let plan = try Self.plan()
        for outcome in plan.demand where outcome.unmet > 0 {
            #expect(outcome.outsidePrice == nil)
            let offers = plan.offers.filter {
                $0.offer.targetGroupID == outcome.demand.targetGroupID && $0.offer.sectionID == outcome.demand.sectionID
            }
            #expect(offers.allSatisfy { $0.used == $0.offer.places })
        }
    }
}

/// Generated instances of several sizes and seeds keep every invariant, and their LP and MIP optima agree.
@Suite struct GeneratedSocialPlanTests {
    @Test(arguments: [1, 2, 3, 4] as [UInt64])
    func invariantsHold(seed: UInt64) throws {
        let generator = SocialInstanceGenerator(
            municipalities: 8,
            offers: 60,
            targetGroups: 3,
            demandRatio: 1.1,
            seed: seed
        )
        let inputs = generator.generate()
        #expect(inputs.municipalities.count == 8 && inputs.offers.count == 60 && inputs.targetGroups.count == 3)
        guard case .planned(let plan) = try SocialPlanner(solver: TestSolver.make()).plan(inputs) else {
            Issue.record("seed \(seed): infeasible")
            return
        }
        SocialInvariants.check(plan, inputs: inputs)
        #expect(plan.summary.relaxationMatches)
    }

    /// The same seed gives the same instance; another seed another one.
    @Test func generatorIsDeterministic() {
        let one = SocialInstanceGenerator(municipalities: 5, offers: 20, targetGroups: 2, seed: 7).generate()
        let two = SocialInstanceGenerator(municipalities: 5, offers: 20, targetGroups: 2, seed: 7).generate()
        let other = SocialInstanceGenerator(municipalities: 5, offers: 20, targetGroups: 2, seed: 8).generate()
        #expect(one.offers == two.offers && one.demand == two.demand && one.placements == two.placements)
        #expect(one.offers != other.offers)
    }
}

/// The invariants of a plan, recomputed from its purchases and the raw inputs it was planned from (not read from
/// the plan's own checks, nor from its copy of the inputs).
enum SocialInvariants {
    static func check(
        _ plan: SocialPlan,
        inputs: SocialInputs,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        var used: [String: Int] = [:]
        var placed: [String: Int] = [:]
        for purchase in plan.purchases {
            #expect(purchase.citizens > 0, sourceLocation: sourceLocation)
            used[purchase.offer.id, default: 0] += purchase.citizens
            let key = [purchase.buyer.code, purchase.offer.targetGroupID, purchase.offer.sectionID]
                .joined(separator: "|")
            placed[key, default: 0] += purchase.citizens
        }
        // every purchase is of an offer in the inputs, and used ≤ places
        #expect(Set(used.keys).isSubset(of: Set(inputs.offers.map(\.id))), sourceLocation: sourceLocation)
        for offer in inputs.offers {
            #expect((used[offer.id] ?? 0) <= offer.places, "\(offer.id)", sourceLocation: sourceLocation)
        }
        // placed + outside + unmet = demand, for every buyer, target group and section of the inputs
        var outcomes: [String: DemandOutcome] = [:]
        for outcome in plan.demand {
            let demand = outcome.demand
            outcomes[[demand.buyer.code, demand.targetGroupID, demand.sectionID].joined(separator: "|")] = outcome
        }
        #expect(outcomes.count == inputs.demand.count, sourceLocation: sourceLocation)
        for demand in inputs.demand {
            let key = [demand.buyer.code, demand.targetGroupID, demand.sectionID].joined(separator: "|")
            guard let outcome = outcomes[key] else {
                Issue.record("no outcome for the demand \(key)", sourceLocation: sourceLocation)
                continue
            }
            #expect(
                (placed[key] ?? 0) + outcome.outside + outcome.unmet == demand.citizens,
                "\(key)",
                sourceLocation: sourceLocation
            )
            #expect(outcome.outside >= 0 && outcome.unmet >= 0, sourceLocation: sourceLocation)
            if outcome.outsidePrice == nil { #expect(outcome.outside == 0, sourceLocation: sourceLocation) }
        }
        // existing placements are kept
        for placement in inputs.placements {
            let bought = plan.purchases.first { $0.buyer == placement.buyer && $0.offer.id == placement.offerID }
            #expect((bought?.citizens ?? 0) >= placement.citizens, sourceLocation: sourceLocation)
        }
        // the cost parts add up to the solver's objective
        if let objective = plan.summary.objective {
            #expect(abs(plan.costs.total - objective) <= 1e-6 * max(1, abs(objective)), sourceLocation: sourceLocation)
        }
    }
}
