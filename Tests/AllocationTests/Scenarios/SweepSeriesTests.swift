import Allocation
import KKRDomain
import Testing

/// Change points and direction of one municipality's places along a sweep, on hand-written series.
@Suite struct SweepSeriesTests {
    static func series(_ places: [Int?]) -> SweepSeries {
        SweepSeries(
            programme: PlannerFixture.programme("p", places: 1),
            party: PlannerFixture.parties[0],
            values: places.indices.map { 100 + Double($0) },
            places: places
        )
    }

    @Test func changePointsLieBetweenNeighbouringValues() {
        let series = Self.series([5, 5, 6, 6, 7])
        #expect(
            series.changes == [
                SweepChangePoint(step: 2, previousValue: 101, value: 102, from: 5, to: 6),
                SweepChangePoint(step: 4, previousValue: 103, value: 104, from: 6, to: 7),
            ]
        )
        #expect(series.firstChange?.value == 102)
        #expect(!series.changesDirection)
    }

    /// 4 → 5 → 4 (the Alabama paradox seen in the SSA sweep for Læsø) turns; a gap without a plan does not count.
    @Test func directionChanges() {
        #expect(Self.series([4, 5, 4]).changesDirection)
        #expect(!Self.series([5, nil, 4]).changesDirection)
        #expect(Self.series([5, nil, 4]).changes.map(\.to) == [nil, 4])
        #expect(!Self.series([3, 3, 3]).changesDirection && Self.series([3, 3, 3]).changes.isEmpty)
    }
}
