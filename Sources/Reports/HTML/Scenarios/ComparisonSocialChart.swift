import Allocation
import KKRDomain

/// The Socialaftale in a comparison: what each municipality pays a year, base and scenarios side by side.
struct ComparisonSocialChart {
    let charts: ComparisonCharts

    var text: ReportText { charts.text }
    var comparison: ScenarioSet { charts.comparison }

    /// The section, or nil when no variant has a Socialaftale balance.
    func section() -> HTMLSection? {
        let plans = ([comparison.base] + comparison.scenarios).map(\.result.socialPlan)
        guard plans.contains(where: { $0 != nil }) else { return nil }
        let buyers = SocialRows.buyers(plans)
        let rows = buyers.map { buyer in
            (
                label: buyer.name,
                values: plans.map { plan in plan.map { ($0.buyers.first { $0.buyer == buyer }?.payments ?? 0) / 1e6 } }
            )
        }
        let moves = rows.contains { row in
            let base = row.values.first ?? nil
            return row.values.dropFirst()
                .contains { value in
                    guard let value, let base else { return value != base }
                    return abs(value - base) >= Self.smallestChange
                }
        }
        let content: [HTMLNode] =
            moves
            ? [chart(rows, totals: plans.map { $0.map { $0.costs.payments / 1e6 } }).node]
            : [.element("p", text: ComparisonText(text.language).socialPaymentsUnchanged)]
        return HTMLSection(id: "scenarios-social", heading: text.socialComparisonHeading, content: content)
    }

    /// The change of each buyer's payments (million kr) under each scenario that changes any; the table gives
    /// every variant's payments with Δ after each scenario.
    func chart(_ rows: [(label: String, values: [Double?])], totals: [Double?]) -> ChartFigure {
        let text = self.text
        let format: @Sendable (Double) -> String = { text.number($0, decimals: 1) }
        let delta: @Sendable (Double) -> String = { text.signedNumber($0, decimals: 1) }
        let changing = comparison.scenarios.indices.filter { index in
            rows.contains { row in
                guard let base = row.values[0], let value = row.values[index + 1] else { return false }
                return abs(value - base) >= Self.smallestChange
            }
        }
        var figure = GroupedBarChart(
            labels: ComparisonText(text.language).socialComparisonChart(id: "chart-scenarios-social"),
            categories: rows.map(\.label),
            series: changing.map { index in
                ChartSeries(
                    name: charts.name(comparison.scenarios[index]),
                    values: rows.map { row in
                        row.values[index + 1].flatMap { value in row.values[0].map { value - $0 } }
                    },
                    format: delta
                )
            },
            tickFormat: delta
        )
        .figure
        figure.table = charts.sideBySide(
            ComparisonText(text.language).socialComparisonTableCaption,
            columns: charts.columns,
            first: text.buyerWord,
            rows: rows,
            totals: totals,
            format: format,
            delta: delta
        )
        return figure
    }

    /// Changes below this (million kr, that is 1 kr) count as none.
    static let smallestChange = 0.000_001
}
