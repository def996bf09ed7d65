import Allocation
import KKRDomain

/// The Socialaftale balance as a part of the HTML meeting page (`rapport.html`).
///
/// Key figures, the recommendations drawn from the duals, demand per target
/// group split into placed / outside / unmet, the offers with empty places
/// against their occupancy bound, and the most valuable extra places — each
/// chart with its table.
public struct SocialHTML: HTMLReportPart {
    /// The plan.
    public var plan: SocialPlan

    /// Creates the part.
    public init(plan: SocialPlan) {
        self.plan = plan
    }

    public var year: Int { plan.year }

    public func title(_ text: ReportText) -> String {
        SocialText(text.language).pageTitle
    }

    public func decision(_ text: ReportText) -> [String] {
        [SocialText(text.language).decision(plan.totals, year: plan.year)]
    }

    public func keyFigures(_ text: ReportText) -> [KeyFigure] {
        let words = SocialText(text.language)
        let totals = plan.totals
        let illustrative = plan.inputs.demand.contains { $0.provenance.illustrative }
        return [
            KeyFigure(
                label: words.citizensInNeed,
                value: text.number(totals.citizens),
                illustrative: illustrative
            ),
            KeyFigure(
                label: words.outside,
                value: text.number(totals.outside),
                illustrative: illustrative
            ),
            KeyFigure(
                label: words.withoutPlace,
                value: text.number(totals.unmet),
                illustrative: illustrative
            ),
            KeyFigure(
                label: words.offersBelowBound,
                value: text.number(plan.offersUnderBound.count),
                note: words.ofOffers(plan.offers.count),
                illustrative: illustrative
            ),
            KeyFigure(
                label: words.paidAYear,
                value: text.millions(plan.costs.payments),
                note: words.paidNote,
                illustrative: plan.inputs.offers.contains { $0.provenance.illustrative }
            ),
        ]
    }

    public func sections(_ text: ReportText) -> [HTMLSection] {
        let words = SocialText(text.language)
        let charts = SocialCharts(text: text, plan: plan)
        return [
            HTMLSection(
                id: "social-recommendations",
                heading: words.recommendationsHeading,
                content: recommendations(text)
            ),
            HTMLSection(
                id: "social-demand",
                heading: words.demandPerGroupHeading,
                content: [charts.demand().node]
            ),
            HTMLSection(
                id: "social-occupancy",
                heading: words.emptyHeading,
                content: [charts.occupancy().node]
            ),
            HTMLSection(
                id: "social-place-values",
                heading: words.placeValueHeading,
                content: [charts.placeValues().node]
            ),
        ]
    }

    /// Three lists, as in the Markdown report: where a place pays, offers with empty places, shortages.
    func recommendations(_ text: ReportText) -> [HTMLNode] {
        let words = SocialText(text.language)
        let limit = SocialReport.listedRecommendations / 2
        var places: [String] = []
        var empty: [String] = []
        var shortages: [String] = []
        for recommendation in plan.recommendations {
            let sentence = SocialText(text.language).recommendation(recommendation, inputs: plan.inputs)
                .replacingOccurrences(of: "**", with: "")
            switch recommendation {
            case .addPlace: if places.count < limit { places.append(sentence) }
            case .emptyPlaces: if empty.count < limit { empty.append(sentence) }
            case .shortage: shortages.append(sentence)
            }
        }
        let lists: [(String, [String])] = [
            (words.placePaysHeading, places), (words.emptyHeading, empty), (words.shortagePageHeading, shortages),
        ]
        return lists.filter { !$0.1.isEmpty }
            .flatMap { heading, items -> [HTMLNode] in
                [.element("h3", text: heading), .element("ul", [], items.map { .element("li", text: $0) })]
            }
    }

    public func method(_ text: ReportText) -> [String] {
        SocialText(text.language).pageMethod(kmCost: plan.inputs.policy.kmCost.value)
    }

    public func checks(_ text: ReportText) -> [CheckItem] {
        let checks = plan.checks
        let words = SocialText(text.language)
        return [
            (checks.demandBalances, words.pageDemandBalances), (checks.capacityHolds, words.capacityHolds),
            (checks.existingKept, words.existingKept), (checks.relaxationMatches, words.pageRelaxationMatches),
        ]
        .map { holds, sentence in CheckItem(holds ? .passed : .failed, sentence) }
    }

    public func illustrative(_ text: ReportText) -> [String] {
        plan.inputs.illustrativeFigures.map(text.illustrative)
    }

    public var inputFiles: [InputFile] { plan.inputs.files }
}
