import Allocation
import KKRDomain

/// The charts of the Socialaftale part of the meeting page, built from the plan's own numbers.
struct SocialCharts {
    let text: ReportText
    let plan: SocialPlan

    /// The words of the Socialaftale.
    var words: SocialText { SocialText(text.language) }

    /// Per target group: placed, bought outside and unmet citizens, stacked to the demand.
    func demand() -> ChartFigure {
        let text = self.text
        let groups = plan.inputs.targetGroups.filter { group in
            plan.demand.contains { $0.demand.targetGroupID == group.id }
        }
        func sum(_ value: (DemandOutcome) -> Int) -> [Double] {
            groups.map { group in
                Double(plan.demand.filter { $0.demand.targetGroupID == group.id }.reduce(0) { $0 + value($1) })
            }
        }
        let format: @Sendable (Double) -> String = { text.number($0) }
        return StackedBarChart(
            labels: words.demandChart(year: plan.year),
            categories: groups.map { $0.name(in: text.language) },
            segments: [
                ChartSeries(name: words.placedSeries, values: sum(\.placed), format: format),
                ChartSeries(name: words.outsideRegion, values: sum(\.outside), format: format),
                ChartSeries(name: words.unmet, values: sum(\.unmet), format: format),
            ],
            totalName: words.demand,
            format: format
        )
        .figure
    }

    /// The offers with empty places: occupancy against the occupancy bound.
    func occupancy() -> ChartFigure {
        let text = self.text
        let offers = plan.offers.filter { $0.empty > 0 }
        let percent: @Sendable (Double) -> String = { text.percent($0 / 100, decimals: 1) }
        return ThresholdBarChart(
            labels: words.occupancyChart,
            categories: offers.map(\.offer.name),
            values: ChartSeries(
                name: words.occupancySeries,
                values: offers.map { $0.occupancy * 100 },
                format: percent
            ),
            lower: ChartSeries(
                name: words.boundSeries,
                values: offers.map { $0.offer.minimumOccupancy * 100 },
                format: percent
            ),
            aboveName: words.aboveBound,
            belowName: words.belowBound,
            tableOnly: [
                ChartSeries(name: words.placesSeries, values: offers.map { Double($0.offer.places) }) {
                    text.number($0)
                },
                ChartSeries(name: words.emptySeries, values: offers.map { Double($0.empty) }) {
                    text.number($0)
                },
            ],
            tickFormat: { text.number($0) }
        )
        .figure
    }

    /// The ten most valuable extra places (the capacity duals), in kr a year.
    func placeValues() -> ChartFigure {
        let text = self.text
        let offers = plan.offers.filter { ($0.placeValue ?? 0) > 0 }
            .sorted { ($0.placeValue ?? 0, $1.offer.id) > ($1.placeValue ?? 0, $0.offer.id) }
            .prefix(SocialReport.listedRecommendations)
        let format: @Sendable (Double) -> String = { text.number($0.rounded()) }
        return GroupedBarChart(
            labels: words.placeValueChart,
            categories: offers.map(\.offer.name),
            series: [
                ChartSeries(
                    name: words.oneMorePlaceSeries,
                    values: offers.map { $0.placeValue ?? 0 },
                    format: format
                )
            ],
            tickFormat: format
        )
        .figure
    }
}
