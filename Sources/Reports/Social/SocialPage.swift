import Allocation
import KKRDomain

/// The Socialaftale's share of the meeting page, built with ``SocialReport``'s document.
///
/// Key figures, the recommendations drawn from the duals, demand per target group split into placed /
/// outside / unmet, the offers with empty places against their occupancy bound, and the most valuable extra
/// places — each chart with its table.
extension SocialReport {
    /// The page share; `recommendations` are the report's, grouped as in its lists, `groups` the demand per
    /// target group of the terminal summary.
    func page(_ recommendations: GroupedRecommendations, groups: [TargetGroupDemand]) -> ReportPage {
        ReportPage(
            year: plan.year,
            title: text.pageTitle,
            decision: [text.decision(plan.totals, year: plan.year)],
            keyFigures: keyFigures(),
            sections: [
                ReportSection(
                    id: "social-recommendations",
                    heading: text.recommendationsHeading,
                    blocks: pageRecommendations(recommendations)
                ),
                ReportSection(
                    id: "social-demand",
                    heading: text.demandPerGroupHeading,
                    blocks: [.chart(demandChart(groups))]
                ),
                ReportSection(id: "social-occupancy", heading: text.emptyHeading, blocks: [.chart(occupancyChart())]),
                ReportSection(
                    id: "social-place-values",
                    heading: text.placeValueHeading,
                    blocks: [.chart(placeValueChart())]
                ),
            ],
            method: text.pageMethod(kmCost: plan.inputs.policy.kmCost.value),
            checks: [
                (plan.checks.demandBalances, text.pageDemandBalances), (plan.checks.capacityHolds, text.capacityHolds),
                (plan.checks.existingKept, text.existingKept),
                (plan.checks.relaxationMatches, text.pageRelaxationMatches),
            ]
            .map { holds, sentence in CheckItem(holds ? .passed : .failed, sentence) },
            illustrative: plan.inputs.illustrativeFigures.map(common.illustrative),
            inputFiles: plan.inputs.files
        )
    }

    func keyFigures() -> [KeyFigure] {
        let totals = plan.totals
        let illustrative = plan.inputs.demand.contains { $0.provenance.illustrative }
        return [
            KeyFigure(label: text.citizensInNeed, value: common.number(totals.citizens), illustrative: illustrative),
            KeyFigure(label: text.outside, value: common.number(totals.outside), illustrative: illustrative),
            KeyFigure(label: text.withoutPlace, value: common.number(totals.unmet), illustrative: illustrative),
            KeyFigure(
                label: text.offersBelowBound,
                value: common.number(plan.offersUnderBound.count),
                note: text.ofOffers(plan.offers.count),
                illustrative: illustrative
            ),
            KeyFigure(
                label: text.paidAYear,
                value: common.millions(plan.costs.payments),
                note: text.paidNote,
                illustrative: plan.inputs.offers.contains { $0.provenance.illustrative }
            ),
        ]
    }

    /// Three lists, as in the report but shorter and without bold: where a place pays, offers with empty places,
    /// shortages.
    func pageRecommendations(_ recommendations: GroupedRecommendations) -> [ReportBlock] {
        let limit = Self.listedRecommendations / 2
        let lists: [(String, [SocialRecommendation])] = [
            (text.placePaysHeading, Array(recommendations.places.prefix(limit))),
            (text.emptyHeading, Array(recommendations.empty.prefix(limit))),
            (text.shortagePageHeading, recommendations.shortages),
        ]
        return lists.filter { !$0.1.isEmpty }
            .flatMap { heading, items -> [ReportBlock] in
                [
                    .heading(level: 3, text: heading),
                    .list(
                        items.map {
                            text.recommendation($0, inputs: plan.inputs).replacingOccurrences(of: "**", with: "")
                        }
                    ),
                ]
            }
    }

    // MARK: - Charts

    /// Per target group: placed, bought outside and unmet citizens, stacked to the demand (totals from the plan's).
    func demandChart(_ groups: [TargetGroupDemand]) -> ReportChart {
        let totals = plan.totals
        let segments = [
            (text.placedSeries, groups.map(\.placed)), (text.outsideRegion, groups.map(\.outside)),
            (text.unmet, groups.map(\.unmet)),
        ]
        return ReportChart(
            labels: text.demandChart(year: plan.year),
            categories: groups.map { $0.group.name(in: text.language) },
            kind: .stackedBars(
                segments: segments.map { ChartValues($0.0, $0.1.map(Double.init), .number(decimals: 0)) },
                totalName: text.demand
            ),
            tickFormat: .number(decimals: 0),
            totals: [.text(text.demand)]
                + [totals.placed, totals.outside, totals.unmet, totals.placed + totals.outside + totals.unmet]
                .map { .count($0) }
        )
    }

    /// The offers with empty places: occupancy against the occupancy bound.
    func occupancyChart() -> ReportChart {
        let offers = plan.offers.filter { $0.empty > 0 }
        return ReportChart(
            labels: text.occupancyChart,
            categories: offers.map(\.offer.name),
            kind: .thresholdBars(
                values: ChartValues(text.occupancySeries, offers.map { $0.occupancy * 100 }, .percent(decimals: 1)),
                lower: ChartValues(
                    text.boundSeries,
                    offers.map { $0.offer.minimumOccupancy * 100 },
                    .percent(decimals: 1)
                ),
                above: text.aboveBound,
                below: text.belowBound,
                tableOnly: [
                    ChartValues(text.placesSeries, offers.map { Double($0.offer.places) }, .number(decimals: 0)),
                    ChartValues(text.emptySeries, offers.map { Double($0.empty) }, .number(decimals: 0)),
                ]
            ),
            tickFormat: .number(decimals: 0)
        )
    }

    /// The ten most valuable extra places (the capacity duals), in kr a year.
    func placeValueChart() -> ReportChart {
        let offers = plan.offers.filter { ($0.placeValue ?? 0) > 0 }
            .sorted { ($0.placeValue ?? 0, $1.offer.id) > ($1.placeValue ?? 0, $0.offer.id) }
            .prefix(Self.listedRecommendations)
        return ReportChart(
            labels: text.placeValueChart,
            categories: offers.map(\.offer.name),
            kind: .groupedBars(
                series: [
                    ChartValues(text.oneMorePlaceSeries, offers.map { $0.placeValue ?? 0 }, .number(decimals: 0))
                ],
                marker: nil,
                tableOnly: []
            ),
            tickFormat: .number(decimals: 0)
        )
    }
}

/// The recommendations of a Socialaftale plan in the report's three lists, in the plan's order.
struct GroupedRecommendations {
    /// Where one more place pays.
    var places: [SocialRecommendation] = []
    /// Offers with empty places.
    var empty: [SocialRecommendation] = []
    /// Shortages.
    var shortages: [SocialRecommendation] = []

    /// Groups `recommendations`.
    init(_ recommendations: [SocialRecommendation]) {
        for recommendation in recommendations {
            switch recommendation {
            case .addPlace: places.append(recommendation)
            case .emptyPlaces: empty.append(recommendation)
            case .shortage: shortages.append(recommendation)
            }
        }
    }
}
