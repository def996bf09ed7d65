import Allocation
import KKRDomain
import TestSupport
import Testing

/// Properties of the period model over generated periods, checked against figures recomputed from the raw inputs.
@Suite struct PeriodPropertyTests {
    let planner = PeriodPlanner(solver: TestSolver.make())

    /// Tijdeman's bound: without limits every party stays within one place of its cumulative quota at the end
    /// of every year, and every year's places add up to that year's number exactly.
    ///
    /// Periods of 2–10 years, 2–30 parties, random keys per year (some parties tiny) and random targets;
    /// quotas recomputed here as T·w/Σw from the raw weights, not taken from the plan. Four seeds of 50
    /// periods each (run in parallel); long periods with many parties are rare, to keep the test short.
    @Test(arguments: [2027, 2028, 2029, 2030] as [UInt64])
    func cumulativeDeviationStaysBelowOne(seed: UInt64) throws {
        var generator = SeededGenerator(seed: seed)
        for _ in 0..<50 {
            let years = Int.random(in: 2...10, using: &generator)
            let parties =
                Int.random(in: 0..<5, using: &generator) == 0
                ? Int.random(in: 2...30, using: &generator) : Int.random(in: 2...8, using: &generator)
            let periodYears = parties > 12 ? min(years, 3) : years
            let targets = (0..<periodYears).map { _ in Int.random(in: 0...60, using: &generator) }
            let weights = (0..<periodYears)
                .map { _ in
                    (0..<parties)
                        .map { _ in
                            Bool.random(using: &generator)
                                ? Double(Int.random(in: 1...1000, using: &generator))
                                : Double(Int.random(in: 1...20, using: &generator))
                        }
                }
            let fixture = PeriodFixture(partyCount: parties, targets: targets, weights: weights)
            let outcome = try planner.plan(fixture.inputs)
            guard case .planned(let plan) = outcome,
                let result = plan.programmes.first
            else {
                Issue.record("no plan for \(targets) \(weights)")
                continue
            }
            var cumulativePlaces = [Int](repeating: 0, count: parties)
            var cumulativeQuota = [Double](repeating: 0, count: parties)
            for year in 0..<periodYears {
                let sum = weights[year].reduce(0, +)
                var yearTotal = 0
                for party in 0..<parties {
                    let places = result.rows[party].places[year]
                    #expect(places >= 0)
                    yearTotal += places
                    cumulativePlaces[party] += places
                    cumulativeQuota[party] += Double(targets[year]) * weights[year][party] / sum
                    let deviation = abs(Double(cumulativePlaces[party]) - cumulativeQuota[party])
                    #expect(deviation < 1 - 1e-9, "party \(party) year \(year): \(deviation) for \(targets) \(weights)")
                }
                #expect(yearTotal == targets[year])
            }
        }
    }

    /// A period of one year gives today's single-year plan, limits, last year and change limits included.
    @Test func oneYearPeriodEqualsTheSingleYearPlan() throws {
        var generator = SeededGenerator(seed: 12)
        let single = TraineeshipPlanner(solver: TestSolver.make())
        for _ in 0..<60 {
            let parties = Int.random(in: 2...11, using: &generator)
            let target = Int.random(in: 5...120, using: &generator)
            let weights = (0..<parties).map { _ in Double(Int.random(in: 1...500, using: &generator)) }
            var fixture = PeriodFixture(partyCount: parties, targets: [target], weights: [weights])
            fixture.kind = Bool.random(using: &generator) ? .exact : .minimum
            fixture.carryOver = Bool.random(using: &generator)
            for party in 0..<parties where Int.random(in: 0..<4, using: &generator) == 0 {
                let quota = Double(target) * weights[party] / weights.reduce(0, +)
                fixture.bounds[0, default: [:]][party] = (nil, Int(quota.rounded(.down)))
            }
            if Bool.random(using: &generator) {
                for party in 0..<parties {
                    let last = Int.random(in: 0...(target / parties + 3), using: &generator)
                    fixture.lastYear[party] = (last, max(0, last - Int.random(in: 0...1, using: &generator)))
                }
                fixture.limit = Bool.random(using: &generator) ? ChangeLimit(places: 3, percent: 20) : nil
            }
            let inputs = fixture.inputs
            let singleOutcome = try single.plan(inputs.years[0])
            let periodOutcome = try planner.plan(inputs)
            switch (singleOutcome, periodOutcome) {
            case (.planned(let one), .planned(let period)):
                let expected = one.programmes[0].rows.map(\.places)
                #expect(period.programmes[0].rows.map { $0.places[0] } == expected)
            case (.infeasible, .infeasible):
                continue
            default:
                Issue.record("the single-year and the period plan disagree on feasibility")
            }
        }
    }
}
