import Allocation
import KKRDomain

/// The charts of the Socialaftale part of the meeting page, built from the plan's own numbers.
struct SocialCharts {
    let text: ReportText
    let plan: SocialPlan

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
            labels: ChartLabels(
                id: "chart-social-demand",
                title: text.pick("Borgere pr. målgruppe \(plan.year)", "Citizens per target group \(plan.year)"),
                description: text.pick(
                    "Hver bjælke er målgruppens efterspørgsel: placeret i regionens tilbud, købt uden for regionen og uden plads.",
                    "Each bar is the target group's demand: placed in the region's offers, bought outside the region and without a place."
                ),
                valueAxis: text.pick("Borgere", "Citizens"),
                categoryAxis: text.pick("Målgruppe", "Target group")
            ),
            categories: groups.map { $0.name(in: text.language) },
            segments: [
                ChartSeries(name: text.pick("Placeret", "Placed"), values: sum(\.placed), format: format),
                ChartSeries(
                    name: text.pick("Uden for regionen", "Outside the region"),
                    values: sum(\.outside),
                    format: format
                ),
                ChartSeries(name: text.pick("Uden plads", "Unmet"), values: sum(\.unmet), format: format),
            ],
            totalName: text.pick("Efterspørgsel", "Demand"),
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
            labels: ChartLabels(
                id: "chart-social-occupancy",
                title: text.pick("Belægning af tilbud med tomme pladser", "Occupancy of offers with empty places"),
                description: text.pick(
                    "Brugte pladser i procent af pladserne ved den planlagte efterspørgsel; stiplet: tilbuddets belægningsgrænse.",
                    "Used places as a percentage of the places at the planned demand; dashed: the offer's occupancy bound."
                ),
                valueAxis: text.pick("Belægning (%)", "Occupancy (%)"),
                categoryAxis: text.pick("Tilbud", "Offer")
            ),
            categories: offers.map(\.offer.name),
            values: ChartSeries(
                name: text.pick("Belægning", "Occupancy"),
                values: offers.map { $0.occupancy * 100 },
                format: percent
            ),
            lower: ChartSeries(
                name: text.pick("Grænse", "Bound"),
                values: offers.map { $0.offer.minimumOccupancy * 100 },
                format: percent
            ),
            aboveName: text.pick("Over grænsen", "Above the bound"),
            belowName: text.pick("Under grænsen", "Below the bound"),
            tableOnly: [
                ChartSeries(name: text.pick("Pladser", "Places"), values: offers.map { Double($0.offer.places) }) {
                    text.number($0)
                },
                ChartSeries(name: text.pick("Tomme", "Empty"), values: offers.map { Double($0.empty) }) {
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
            labels: ChartLabels(
                id: "chart-social-place-values",
                title: text.pick("Hvad én plads mere sparer om året", "What one more place saves a year"),
                description: text.pick(
                    "Skyggeprisen på tilbuddets kapacitet i kr.; de ti højeste.",
                    "The shadow price of the offer's capacity in kr; the ten highest."
                ),
                valueAxis: text.pick("Kr. om året", "Kr a year"),
                categoryAxis: text.pick("Tilbud", "Offer")
            ),
            categories: offers.map(\.offer.name),
            series: [
                ChartSeries(
                    name: text.pick("Én plads mere", "One more place"),
                    values: offers.map { $0.placeValue ?? 0 },
                    format: format
                )
            ],
            tickFormat: format
        )
        .figure
    }
}
