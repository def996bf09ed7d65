import Allocation
import KKRDomain
import TestSupport
import Testing

/// The whole planner over many generated inputs: sums and bounds always hold, and without binding
/// limits every municipality gets its quota rounded down or up — exactly Hamilton's places.
///
/// Sums, bounds and quotas are recomputed here from the generated figures (``Raw``), never read from the
/// plan's own check flags.
@Suite struct PlannerPropertyTests {
    static let parties = (0..<11).map { Party(code: String(700 + $0 * 13), name: "M\($0)") }

    /// The generated figures, as the test wrote them into the inputs.
    struct Raw {
        var places: Int
        var kind: TargetKind
        var weights: [String: Double]
        var bounds: [String: (Int?, Int?)]
        var last: [String: (Int?, Int?)]

        /// Σ max(0, allocated − realised): last year's shortfall, carried over.
        var carryOver: Int { last.values.reduce(0) { $0 + max(0, ($1.0 ?? 0) - ($1.1 ?? 0)) } }
        /// The places to distribute: target + carry-over, or the floors' sum when a minimum is below it.
        var total: Int {
            let floors = bounds.values.reduce(0) { $0 + ($1.0 ?? 0) }
            return kind == .minimum ? max(places + carryOver, floors) : places + carryOver
        }
        /// T · w / Σw + the party's own shortfall.
        func quota(_ code: String) -> Double {
            let sum = weights.values.reduce(0, +)
            let own = last[code].map { max(0, ($0.0 ?? 0) - ($0.1 ?? 0)) } ?? 0
            return Double(places) * (weights[code] ?? 0) / sum + Double(own)
        }

        /// Records an issue for every party outside its floor and cap, and for a sum other than ``total``.
        func expectSumAndBounds(_ programme: ProgrammePlan) {
            #expect(programme.rows.reduce(0) { $0 + $1.places } == total)
            for row in programme.rows {
                let (floor, cap) = bounds[row.party.code] ?? (nil, nil)
                #expect(row.places >= (floor ?? 0) && row.places <= (cap ?? Int.max), "\(row.party.code)")
            }
        }
    }

    static func raw(using generator: inout SeededGenerator, bounded: Bool) -> (raw: Raw, inputs: TraineeshipInputs) {
        let weights = Dictionary(
            uniqueKeysWithValues: parties.map { ($0.code, Double(Int.random(in: 1...50_000, using: &generator))) }
        )
        let kind: TargetKind = Bool.random(using: &generator) ? .exact : .minimum
        let places = Int.random(in: 0...700, using: &generator)
        let programme = PlannerFixture.programme("p", places: places, kind: kind, carryOver: true)
        var bounds: [String: (Int?, Int?)] = [:]
        var last: [String: (Int?, Int?)] = [:]
        for party in parties {
            let allocated = Int.random(in: 0...80, using: &generator)
            last[party.code] = (allocated, max(0, allocated - Int.random(in: 0...3, using: &generator)))
            if bounded && Bool.random(using: &generator) {
                let floor = Int.random(in: 0...10, using: &generator)
                bounds[party.code] = (floor, floor + Int.random(in: 0...90, using: &generator))
            }
        }
        var inputs = PlannerFixture.inputs([programme], bounds: ["p": bounds], lastYear: ["p": last])
        inputs.municipalities = parties
        inputs.keys["k"] = PlannerFixture.key("k", weights)
        return (Raw(places: places, kind: kind, weights: weights, bounds: bounds, last: last), inputs)
    }

    @Test func withoutBoundsThePlanIsHamilton() throws {
        var generator = SeededGenerator(seed: 4)
        for _ in 0..<60 {
            let (raw, inputs) = Self.raw(using: &generator, bounded: false)
            guard case .planned(let plan) = try TraineeshipPlanner(solver: TestSolver.make()).plan(inputs),
                let programme = plan.programmes.first
            else {
                Issue.record("an unbounded plan must be feasible")
                continue
            }
            let claimants = programme.rows.enumerated()
                .map { Claimant(name: $1.party.name, weight: $1.quota, tieRank: $0) }
            let hamilton = try LargestRemainder.apportion(claimants, seats: programme.total)
            #expect(programme.rows.map(\.places) == hamilton.allocation)
            raw.expectSumAndBounds(programme)
            for row in programme.rows {
                let quota = raw.quota(row.party.code)
                #expect(
                    Double(row.places) >= quota.rounded(.down) - 1e-9 && Double(row.places) <= quota.rounded(.up) + 1e-9
                )
            }
            // The flags agree with the recomputation.
            #expect(programme.checks.sumHolds && programme.checks.boundsHold && programme.checks.quotaPropertyHolds)
        }
    }

    @Test func withBoundsSumsAndBoundsHoldOrTheConflictIsReal() throws {
        var generator = SeededGenerator(seed: 5)
        var planned = 0
        for _ in 0..<80 {
            let (raw, inputs) = Self.raw(using: &generator, bounded: true)
            switch try TraineeshipPlanner(solver: TestSolver.make()).plan(inputs) {
            case .planned(let plan):
                planned += 1
                let programme = try #require(plan.programmes.first)
                raw.expectSumAndBounds(programme)
                #expect(programme.checks.sumHolds && programme.checks.boundsHold)
                #expect(programme.checks.boundedQuotaPropertyHolds)
                for row in programme.rows where !row.quotaAdjusted {
                    #expect(row.withinQuota)
                }
            case .infeasible(let conflicts):
                let setup = try #require(ProgrammeSetup(programme: inputs.programmes[0], inputs: inputs))
                let floors = setup.lower.reduce(0, +)
                let caps = setup.upper.reduce(0) { $0 >= Int.max - $1 ? Int.max : $0 + $1 }
                #expect(!conflicts.isEmpty)
                #expect(caps < setup.total || (setup.target.kind == .exact && floors > setup.total))
            }
        }
        #expect(planned > 20)
    }
}
