import Allocation
import Foundation
import KKRDomain
import Reports
import Testing

/// Every number drawn is the plan's number: bars, markers and segments read back from the parsed page.
@Suite struct ChartNumbersTests {
    static func marks(_ svg: XMLTree.Element, _ kind: String) -> [(category: String, value: Double?)] {
        svg.all.filter { $0.hasClass(kind) && $0.attributes["data-category"] != nil }
            .map { ($0.attributes["data-category"] ?? "", $0.dataValue) }
    }

    static func chart(_ root: XMLTree.Element, _ id: String) throws -> XMLTree.Element {
        try #require(root.elements("svg").first { $0.attributes["id"] == id }, "no chart \(id)")
    }

    /// The table beside a chart: the data-values of the body cells, row by row.
    static func tableValues(_ svg: XMLTree.Element) throws -> [[Double?]] {
        let figure = try #require(svg.parent?.parent)
        let body = try #require(figure.elements("tbody").first)
        return body.elements("tr").map { row in row.children.dropFirst().map(\.dataValue) }
    }

    @Test func defaultPlanChartsEqualThePlan() throws {
        let plan = try TraineeshipReportTests.defaultPlan()
        let root = try XMLTree.parse(try HTMLPageTests.defaultPage(.danish))
        for programme in plan.programmes {
            let id = programme.programme.id
            let names = programme.rows.map(\.party.name)
            let quota = try Self.chart(root, "chart-\(id)-quota")
            let bars = Self.marks(quota, "bar")
            #expect(bars.map(\.category) == names)
            #expect(bars.map(\.value) == programme.rows.map { Double($0.places) }, "\(id) places")
            let markers = Self.marks(quota, "marker")
            for (marker, row) in zip(markers, programme.rows) {
                #expect(abs((marker.value ?? .nan) - row.quota) < 1e-6, "\(id) quota of \(row.party.name)")
            }
            #expect(markers.count == programme.rows.count)
            let table = try Self.tableValues(quota)
            #expect(table.map { $0.first ?? nil } == programme.rows.map { Double($0.places) })

            let change = try Self.chart(root, "chart-\(id)-change")
            #expect(Self.marks(change, "bar").map(\.value) == programme.rows.map { $0.change.map(Double.init) })
            let decreases = change.all.filter { $0.hasClass("decrease") }.count
            #expect(decreases == programme.rows.filter { ($0.change ?? 0) < 0 }.count)

            for split in programme.splits {
                let svg = try Self.chart(root, "chart-\(id)-\(split.dimension.id)")
                let segments = Self.marks(svg, "segment")
                let expected = split.cells.flatMap { $0.filter { $0 > 0 }.map(Double.init) }
                #expect(segments.map(\.value) == expected, "\(id) split \(split.dimension.id)")
                let totals = svg.all.filter { $0.hasClass("group") }
                    .map { $0.attributes["data-total"].flatMap(Double.init) }
                #expect(totals == programme.rows.map { Double($0.places) })
            }
        }
        let capacity = try Self.chart(root, "chart-capacity-0")
        let use = try #require(plan.jointCapacities.first)
        #expect(Self.marks(capacity, "bar").map(\.value) == use.uses.map { Double($0.places) })
        #expect(Self.marks(capacity, "marker").map(\.value) == use.uses.map { Double($0.cap) })
    }

    /// The small case against numbers worked out by hand (see ``SmallPlanFixture``).
    @Test func smallCaseByHand() throws {
        let root = try XMLTree.parse(try SmallPlanFixture.page(.danish))
        let quota = try Self.chart(root, "chart-ssa-quota")
        #expect(Self.marks(quota, "bar").map(\.category) == ["Brønderslev", "Læsø", "Aalborg"])
        #expect(Self.marks(quota, "bar").map(\.value) == [6, 2, 12])
        #expect(Self.marks(quota, "marker").map(\.value) == [6, 2, 12])
        let change = try Self.chart(root, "chart-ssa-change")
        #expect(Self.marks(change, "bar").map(\.value) == [-1, 0, 2])
        #expect(try Self.tableValues(change) == [[7, 6, -1], [2, 2, 0], [10, 12, 2]])
        let start = try Self.chart(root, "chart-paedagog-start")
        let cells = try Self.tableValues(start)
        #expect(cells.map { ($0[0] ?? 0) + ($0[1] ?? 0) } == [9, 3, 18], "rows add up to the places")
        #expect(cells.reduce(0) { $0 + ($1[0] ?? 0) } == 15 && cells.reduce(0) { $0 + ($1[1] ?? 0) } == 15)
        #expect(cells.allSatisfy { abs(($0[0] ?? 0) - ($0[1] ?? 0)) <= 1 }, "each cell within one place of half")
    }

    /// Bar lengths are proportional to the values: width per place is the same for every bar of a chart.
    @Test func barLengthsProportional() throws {
        let root = try XMLTree.parse(try HTMLPageTests.defaultPage(.danish))
        let quota = try Self.chart(root, "chart-ssa-quota")
        let bars = quota.all.filter { $0.hasClass("bar") }
        let ratios = bars.compactMap { bar -> Double? in
            guard let value = bar.dataValue, value > 0, let width = bar.attributes["width"].flatMap(Double.init) else {
                return nil
            }
            return width / value
        }
        #expect(ratios.count == 11)
        let first = try #require(ratios.first)
        #expect(ratios.allSatisfy { abs($0 - first) < 0.02 }, "px per place (widths are rounded to 0.01 px)")
    }
}
