import Allocation
import KKRDomain
import TestSupport
import Testing

/// The second-stage split (pædagog by specialisation and by start).
@Suite struct PlacementSplitterTests {
    let splitter = PlacementSplitter()

    static func dimension(_ percents: [Double]) -> SplitDimension {
        SplitDimension(
            id: "s",
            nameDanish: "s",
            nameEnglish: "s",
            categories: percents.enumerated()
                .map { SplitCategory(id: "c\($0)", nameDanish: "c", nameEnglish: "c", percent: $1) },
            provenance: PlannerFixture.provenance()
        )
    }

    /// 40/20/40 of 34 + 3 = 37 places: regional 14.8, 7.4, 14.8 → 15, 7, 15 (remainders .8 .4 .8).
    ///
    /// Cell targets 34·15/37 = 13.78, 34·7/37 = 6.43, 13.78 and 3·15/37 = 1.22, 0.57, 1.22.
    @Test func handChecked() throws {
        let split = try splitter.split([34, 3], by: Self.dimension([40, 20, 40]))
        #expect(split.regionalTotals == [15, 7, 15])
        #expect(split.cells.map { $0.reduce(0, +) } == [34, 3])
        #expect(split.withinTargets)
        // The small party's targets 1.22, 0.57, 1.22 round to at most 2 each.
        #expect(split.cells[1].allSatisfy { $0 <= 2 })
    }

    /// Over many generated municipalities: rows add to each party's places, columns to the regional
    /// totals, and every cell is its target rounded down or up.
    @Test func controlledRoundingProperties() throws {
        var generator = SeededGenerator(seed: 99)
        for _ in 0..<60 {
            let places = (0..<Int.random(in: 1...12, using: &generator))
                .map { _ in Int.random(in: 0...120, using: &generator) }
            let count = Int.random(in: 2...4, using: &generator)
            var percents = (0..<count).map { _ in Double(Int.random(in: 1...10, using: &generator)) }
            let sum = percents.reduce(0, +)
            percents = percents.map { $0 * 100 / sum }
            let split = try splitter.split(places, by: Self.dimension(percents))
            #expect(split.cells.map { $0.reduce(0, +) } == places)
            #expect(split.regionalTotals.reduce(0, +) == places.reduce(0, +))
            for column in split.regionalTotals.indices {
                #expect(split.cells.reduce(0) { $0 + $1[column] } == split.regionalTotals[column])
            }
            #expect(split.withinTargets, "places \(places), percents \(percents)")
        }
    }

    /// The flow gives the same table as the MIP it replaced (``LexicographicRounding`` with GLPK on the same
    /// stages), on generated tables small enough for the MIP.
    @Test func sameAsLexicographicMIP() throws {
        var generator = SeededGenerator(seed: 13)
        for _ in 0..<40 {
            let places = (0..<Int.random(in: 1...9, using: &generator))
                .map { _ in Int.random(in: 0...150, using: &generator) }
            let count = Int.random(in: 2...4, using: &generator)
            let percents = (0..<count).map { _ in Double(Int.random(in: 0...10, using: &generator)) * 10 }
            guard percents.contains(where: { $0 > 0 }) else { continue }
            let dimension = Self.dimension(percents)
            let split = try splitter.split(places, by: dimension)
            let problem = try PlacementSplitter.roundingProblem(places, by: dimension)
            guard case .solved(let mip) = try LexicographicRounding(solver: TestSolver.make()).solve(problem) else {
                Issue.record("the MIP found no rounding for \(places), \(percents)")
                continue
            }
            #expect(split.cells.flatMap { $0 } == mip.values, "places \(places), percents \(percents)")
        }
    }

    /// 98 parties (the national case) split in one go; rows, columns and the down-or-up property hold.
    @Test func nationalSize() throws {
        var generator = SeededGenerator(seed: 98)
        let places = (0..<98).map { _ in Int.random(in: 0...400, using: &generator) }
        let split = try splitter.split(places, by: Self.dimension([35, 25, 20, 20]))
        #expect(split.cells.map { $0.reduce(0, +) } == places)
        for column in split.regionalTotals.indices {
            #expect(split.cells.reduce(0) { $0 + $1[column] } == split.regionalTotals[column])
        }
        #expect(split.withinTargets)
    }

    /// Places without a share to put them in cannot be split: an error, not a crash.
    @Test func allSharesZero() {
        #expect(throws: SplitError.self) { try splitter.split([3, 4], by: Self.dimension([0, 0])) }
    }
}
