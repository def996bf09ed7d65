import Foundation
import KKRDomain
import Reports
import Testing

/// The chart types on small hand-made data: where marks land, what is flagged, what the tables say.
@Suite struct ChartGeometryTests {
    static let text = ReportText(.danish)

    static func labels(_ id: String) -> ChartLabels {
        ChartLabels(id: id, title: "Titel", description: "Beskrivelse", valueAxis: "Værdi", categoryAxis: "Kategori")
    }

    static func parse(_ figure: ChartFigure) throws -> XMLTree.Element {
        try XMLTree.parse(figure.node.render())
    }

    static func number(_ element: XMLTree.Element, _ name: String) -> Double {
        element.attributes[name].flatMap(Double.init) ?? .nan
    }

    /// A negative bar ends at the zero line, a positive one starts there, and lengths scale alike.
    @Test func divergingBarsMeetAtZero() throws {
        let text = Self.text
        let chart = DivergingBarChart(
            labels: Self.labels("d"),
            categories: ["Ærø", "Øster", "Åby"],
            change: ChartSeries(name: "Ændring", values: [-2, 4, nil]) { text.change(Int($0)) },
            increase: "Flere",
            decrease: "Færre",
            tickFormat: { text.number($0) }
        )
        let root = try Self.parse(chart.figure)
        let bars = root.all.filter { $0.hasClass("bar") }
        #expect(bars.count == 2, "no bar for a missing value")
        let negative = try #require(bars.first { $0.hasClass("decrease") })
        let positive = try #require(bars.first { $0.hasClass("increase") })
        let zero = Self.number(positive, "x")
        #expect(abs(Self.number(negative, "x") + Self.number(negative, "width") - zero) < 0.011)
        #expect(abs(Self.number(positive, "width") - 2 * Self.number(negative, "width")) < 0.03)
        let cells = root.elements("td").map(\.fullText)
        #expect(cells == ["−2", "+4", "–"])
        #expect(
            negative.attributes["fill"]?.hasPrefix("url(#d-p") == true,
            "decreases are patterned, not only coloured"
        )
    }

    /// Bars under the lower bound are flagged in the chart and in the table; the bounds are drawn where they belong.
    @Test func thresholdFlagsBarsBelowTheLowerBound() throws {
        let text = Self.text
        let chart = ThresholdBarChart(
            labels: Self.labels("t"),
            categories: ["Bo A", "Bo B", "Bo C"],
            values: ChartSeries(name: "Belægning", values: [0.9, 0.95, 1.0]) { text.percent($0, decimals: 1) },
            lower: ChartSeries(name: "Nedre grænse", values: [0.95, 0.95, 0.95]) { text.percent($0, decimals: 0) },
            upper: ThresholdBarChart.Bound(name: "Kapacitet 100 %", value: 1),
            aboveName: "Inden for",
            belowName: "Under",
            tickFormat: { text.percent($0, decimals: 0) }
        )
        let root = try Self.parse(chart.figure)
        let below = root.all.filter { $0.hasClass("below") }.compactMap { $0.attributes["data-category"] }
        #expect(below == ["Bo A"], "95 % itself is inside the band")
        #expect(root.elements("td").filter { $0.hasClass("warn") }.map(\.fullText) == ["90,0 %"])
        let lower = root.all.filter { $0.hasClass("lower") }
        #expect(lower.count == 1, "one common bound is one line")
        let barC = try #require(root.all.first { $0.attributes["data-category"] == "Bo C" && $0.hasClass("bar") })
        let x0 = Self.number(barC, "x")
        let pxPerUnit = Self.number(barC, "width") / 1.0
        #expect(abs(Self.number(lower[0], "x1") - (x0 + 0.95 * pxPerUnit)) < 0.02)
        #expect(lower[0].dataValue == 0.95)
        #expect(root.all.first { $0.hasClass("upper") }?.dataValue == 1)
    }

    /// Different bounds per row: a tick on each row, and the flag follows each row's own bound.
    @Test func thresholdPerRowBounds() throws {
        let text = Self.text
        let chart = ThresholdBarChart(
            labels: Self.labels("r"),
            categories: ["Bo A", "Bo B"],
            values: ChartSeries(name: "Belægning", values: [0.9, 0.9]) { text.percent($0, decimals: 1) },
            lower: ChartSeries(name: "Nedre grænse", values: [0.85, 0.95]) { text.percent($0, decimals: 0) },
            aboveName: "Inden for",
            belowName: "Under",
            tickFormat: { text.percent($0, decimals: 0) }
        )
        let root = try Self.parse(chart.figure)
        #expect(root.all.filter { $0.hasClass("below") }.compactMap { $0.attributes["data-category"] } == ["Bo B"])
        let ticks = root.all.filter { $0.hasClass("lower") }
        #expect(ticks.compactMap(\.dataValue) == [0.85, 0.95])
        #expect(ticks.compactMap { $0.attributes["data-category"] } == ["Bo A", "Bo B"])
        #expect(root.elements("tr").last.map { $0.children.map(\.fullText) } == ["Bo B", "90,0 %", "95 %"])
    }

    /// Segments sit end to end; the table has every segment, the row totals and the column totals.
    @Test func stackedSegmentsAddUp() throws {
        let text = Self.text
        let chart = StackedBarChart(
            labels: Self.labels("s"),
            categories: ["Autisme", "Hjerneskade"],
            segments: [
                ChartSeries(name: "Uopfyldt", values: [3, 0]) { text.number($0) },
                ChartSeries(name: "Uden for regionen", values: [2, 5]) { text.number($0) },
            ],
            totalName: "I alt",
            format: { text.number($0) }
        )
        let root = try Self.parse(chart.figure)
        let groups = root.all.filter { $0.hasClass("group") }
        #expect(groups.map { $0.attributes["data-total"] } == ["5", "5"])
        let first = groups[0].all.filter { $0.hasClass("segment") }
        #expect(first.count == 2 && groups[1].all.filter { $0.hasClass("segment") }.count == 1, "a zero draws nothing")
        #expect(abs(Self.number(first[0], "x") + Self.number(first[0], "width") - Self.number(first[1], "x")) < 0.011)
        let rows = root.elements("tr").map { $0.children.map(\.fullText) }
        #expect(rows.last == ["I alt", "3", "7", "10"])
    }

    /// Every point carries its parameter and value; higher values sit higher; end labels never overlap.
    @Test func lineChartPoints() throws {
        let text = Self.text
        let chart = LineChart(
            labels: Self.labels("l"),
            parameter: [0.9, 1.0, 1.1],
            parameterFormat: { text.number($0, decimals: 1) },
            series: [
                ChartSeries(name: "Morsø", values: [27, 29, 32]) { text.number($0) },
                ChartSeries(name: "Rebild", values: [27, 29, 32]) { text.number($0) },
            ],
            seriesHeading: "Kommune",
            tickFormat: { text.number($0) }
        )
        let root = try Self.parse(chart.figure)
        let points = root.all.filter { $0.hasClass("point") }
        #expect(points.count == 6)
        #expect(points.prefix(3).compactMap { $0.attributes["data-parameter"] } == ["0.9", "1", "1.1"])
        #expect(points.prefix(3).compactMap(\.dataValue) == [27, 29, 32])
        let ends = root.all.filter { $0.hasClass("end-label") }.map { Self.number($0, "y") }
        #expect(ends.count == 2 && abs(ends[0] - ends[1]) >= 12, "identical lines get separate labels")
        #expect(root.elements("th").map(\.fullText).prefix(4) == ["Kommune", "0,9", "1,0", "1,1"])
        #expect(root.elements("caption").first?.fullText == "Titel (Kategori)")
    }

    /// Many lines ending on the same value: the names stay 12 px apart and none falls below the axis.
    @Test func endLabelsStayAboveTheAxis() throws {
        let text = Self.text
        let chart = LineChart(
            labels: Self.labels("e"),
            parameter: [1, 2],
            parameterFormat: { text.number($0) },
            series: (1...8).map { ChartSeries(name: "K\($0)", values: [0, 0]) { text.number($0) } },
            seriesHeading: "Kommune",
            tickFormat: { text.number($0) }
        )
        let root = try Self.parse(chart.figure)
        let axis = root.elements("line").map { Self.number($0, "y1") }.max() ?? 0
        let ends = root.all.filter { $0.hasClass("end-label") }.map { Self.number($0, "y") }.sorted()
        #expect(ends.count == 8)
        #expect(zip(ends, ends.dropFirst()).allSatisfy { $1 - $0 >= 11.99 })
        #expect((ends.last ?? .infinity) <= axis + 4.01)
    }

    /// A long name is wrapped onto two lines inside the label column; a very long one is cut with "…".
    @Test func longCategoryNamesWrap() throws {
        let text = Self.text
        let long = "Aalborg: længerevarende botilbud, udviklingshæmning"
        let longer =
            "Region Nordjylland: særligt kommunikationscenter for voksne med erhvervet hjerneskade og døvblindhed"
        let chart = DivergingBarChart(
            labels: Self.labels("w"),
            categories: ["Læsø", long, longer],
            change: ChartSeries(name: "Ændring", values: [1, 2, 3]) { text.change(Int($0)) },
            increase: "Flere",
            decrease: "Færre",
            tickFormat: { text.number($0) }
        )
        let root = try Self.parse(chart.figure)
        let labels = try #require(root.all.first { $0.hasClass("categories") }).elements("text").map(\.fullText)
        #expect(labels.count == 5, "one line, then two, then two")
        #expect(labels[0] == "Læsø" && (labels[1] + " " + labels[2]) == long)
        #expect(labels[4].hasSuffix("…") && longer.hasPrefix(labels[3] + " " + labels[4].dropLast()))
        let bars = root.all.filter { $0.hasClass("bar") }
        let zero = try #require(bars.first.map { Self.number($0, "x") })
        #expect(zero <= 560 * 0.42 + 0.01, "the plot starts after a column of at most 42 % of the width")
        let heights = bars.map { Self.number($0, "y") }
        #expect(zip(heights, heights.dropFirst()).allSatisfy { $1 - $0 >= 36 - 0.01 }, "rows grow for two lines")
    }

    /// Wide tick labels (millions written out) get fewer ticks, so no two labels overlap.
    @Test func tickLabelsDoNotOverlap() throws {
        let text = Self.text
        let chart = GroupedBarChart(
            labels: Self.labels("m"),
            categories: [
                "Hjørring: midlertidigt botilbud, svære sociale problemer", "Aalborg: længerevarende botilbud",
            ],
            series: [ChartSeries(name: "Én plads mere", values: [4_249_178, 469_178]) { text.number($0) }],
            tickFormat: { text.number($0) }
        )
        let root = try Self.parse(chart.figure)
        let ticks = root.all.filter { $0.hasClass("tick") }
            .map { (x: Self.number($0, "x"), width: Double($0.fullText.count) * 12 * 0.6) }
        #expect(ticks.count >= 2)
        for (left, right) in zip(ticks, ticks.dropFirst()) {
            #expect(right.x - left.x >= (left.width + right.width) / 2, "labels centred on ticks must not touch")
        }
        #expect(ticks.count < 6, "six 9-character labels do not fit beside a wide label column")
    }

    /// Grouped bars: one rect per series and category, patterned after the first series, a legend entry each.
    @Test func groupedBarsPerScenario() throws {
        let text = Self.text
        let chart = GroupedBarChart(
            labels: Self.labels("g"),
            categories: ["Morsø", "Læsø"],
            series: [
                ChartSeries(name: "Basis", values: [29, 4]) { text.number($0) },
                ChartSeries(name: "Minimum +10 %", values: [32, 5]) { text.number($0) },
            ],
            tickFormat: { text.number($0) }
        )
        let root = try Self.parse(chart.figure)
        let bars = root.all.filter { $0.hasClass("bar") }
        #expect(
            bars.map { $0.attributes["data-series"] ?? "" } == ["Basis", "Minimum +10 %", "Basis", "Minimum +10 %"]
        )
        #expect(bars.compactMap(\.dataValue) == [29, 32, 4, 5])
        #expect(bars[1].attributes["fill"] == "url(#g-p1)" && root.all.contains { $0.attributes["id"] == "g-p1" })
        #expect(root.all.filter { $0.hasClass("legend-item") }.count == 2)
    }
}
