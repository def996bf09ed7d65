import Allocation
import BenchmarkSupport
import KKRDomain
import TestSupport
import Testing

/// Issue 13, items 1–2: every number of places in the supported range plans, and plans right.
///
/// Before, 500,000,000 pædagog places aborted GLPK and 9·10⁸ gave a false "infeasible"; the range is now
/// 0…1,000,000 (``PlaceRange``), and at its top the optimiser still returns the largest-remainder allocation
/// (checked with ``LargestRemainder``, a second method), with splits that add up.
@Suite struct PlaceRangeTests {
    @Test(arguments: [(11, 999_999), (11, 1_000_000), (98, 999_999), (98, 1_000_000)])
    func topOfTheRangePlans(municipalities: Int, places: Int) throws {
        var inputs = TraineeshipInstanceGenerator(municipalities: municipalities).generate()
        for index in inputs.programmes.indices {
            inputs.programmes[index].targets[0].places = index == 0 ? places : places / (index + 1)
        }
        guard case .planned(let plan) = try TraineeshipPlanner(solver: TestSolver.make()).plan(inputs) else {
            Issue.record("no plan for \(places) places")
            return
        }
        for programme in plan.programmes {
            let target = try #require(programme.programme.target(for: 2027)).places
            let key = try #require(inputs.keys[programme.programme.keyID])
            let claimants = inputs.municipalities.enumerated()
                .map { Claimant(name: $1.code, weight: key.weights[$1.code]?.value ?? 0, tieRank: $0) }
            let hamilton = try LargestRemainder.apportion(claimants, seats: target).allocation
            #expect(programme.rows.map(\.places) == hamilton, "\(programme.programme.id), \(target) places")
            #expect(programme.checks.sumHolds && programme.checks.quotaPropertyHolds)
            for split in programme.splits {
                #expect(split.cells.map { $0.reduce(0, +) } == programme.rows.map(\.places))
                #expect(split.withinTargets)
            }
        }
    }
}
