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
        text.pick("Socialaftale: specialiserede pladser", "Socialaftale: specialised social places")
    }

    public func decision(_ text: ReportText) -> [String] {
        let totals = plan.totals
        return [
            text.pick(
                "KKR vurderer, om udbuddet af specialiserede pladser i \(plan.year) svarer til efterspørgslen: \(text.number(totals.citizens)) borgere, hvoraf \(text.number(totals.placed)) kan placeres i regionens tilbud, \(text.number(totals.outside)) må købes uden for regionen og \(text.number(totals.unmet)) står uden plads. Anbefalingerne bygger på modellens skyggepriser.",
                "KKR assesses whether the supply of specialised places in \(plan.year) matches the demand: \(text.number(totals.citizens)) citizens, of whom \(text.number(totals.placed)) can be placed in the region's offers, \(text.number(totals.outside)) must be bought outside the region and \(text.number(totals.unmet)) are left without a place. The recommendations rest on the model's shadow prices."
            )
        ]
    }

    public func keyFigures(_ text: ReportText) -> [KeyFigure] {
        let totals = plan.totals
        let illustrative = plan.inputs.demand.contains { $0.provenance.illustrative }
        return [
            KeyFigure(
                label: text.pick("Borgere med behov", "Citizens in need"),
                value: text.number(totals.citizens),
                illustrative: illustrative
            ),
            KeyFigure(
                label: text.pick("Købt uden for regionen", "Bought outside the region"),
                value: text.number(totals.outside),
                illustrative: illustrative
            ),
            KeyFigure(
                label: text.pick("Uden plads", "Without a place"),
                value: text.number(totals.unmet),
                illustrative: illustrative
            ),
            KeyFigure(
                label: text.pick("Tilbud under belægningsgrænsen", "Offers below the occupancy bound"),
                value: text.number(plan.offersUnderBound.count),
                note: text.pick("af \(text.number(plan.offers.count))", "of \(text.number(plan.offers.count))"),
                illustrative: illustrative
            ),
            KeyFigure(
                label: text.pick("Betalt om året", "Paid a year"),
                value: text.millions(plan.costs.payments),
                note: text.pick("takster, køb udenfor, tomme pladser", "tariffs, outside purchases, empty places"),
                illustrative: plan.inputs.offers.contains { $0.provenance.illustrative }
            ),
        ]
    }

    public func sections(_ text: ReportText) -> [HTMLSection] {
        let charts = SocialCharts(text: text, plan: plan)
        return [
            HTMLSection(
                id: "social-recommendations",
                heading: text.pick("Anbefalinger", "Recommendations"),
                content: recommendations(text)
            ),
            HTMLSection(
                id: "social-demand",
                heading: text.pick("Efterspørgsel pr. målgruppe", "Demand per target group"),
                content: [charts.demand().node]
            ),
            HTMLSection(
                id: "social-occupancy",
                heading: text.pick("Tilbud med tomme pladser", "Offers with empty places"),
                content: [charts.occupancy().node]
            ),
            HTMLSection(
                id: "social-place-values",
                heading: text.pick("Værdien af én plads mere", "The value of one more place"),
                content: [charts.placeValues().node]
            ),
        ]
    }

    /// Three lists, as in the Markdown report: where a place pays, offers with empty places, shortages.
    func recommendations(_ text: ReportText) -> [HTMLNode] {
        let limit = SocialReport.listedRecommendations / 2
        var places: [String] = []
        var empty: [String] = []
        var shortages: [String] = []
        for recommendation in plan.recommendations {
            let sentence = text.recommendation(recommendation, inputs: plan.inputs)
                .replacingOccurrences(of: "**", with: "")
            switch recommendation {
            case .addPlace: if places.count < limit { places.append(sentence) }
            case .emptyPlaces: if empty.count < limit { empty.append(sentence) }
            case .shortage: shortages.append(sentence)
            }
        }
        let lists: [(String, [String])] = [
            (text.pick("Hvor én plads mere betaler sig", "Where one more place pays"), places),
            (text.pick("Tilbud med tomme pladser", "Offers with empty places"), empty),
            (text.pick("Hvor regionens pladser ikke rækker", "Where the region's places do not suffice"), shortages),
        ]
        return lists.filter { !$0.1.isEmpty }
            .flatMap { heading, items -> [HTMLNode] in
                [.element("h3", text: heading), .element("ul", [], items.map { .element("li", text: $0) })]
            }
    }

    public func method(_ text: ReportText) -> [String] {
        [
            text.pick(
                "Hver borger placeres i et tilbud med samme målgruppe og paragraf, købes uden for regionen eller står som sidste udvej uden plads; eksisterende placeringer fastholdes. Modellen minimerer takster, afstand (\(text.kroner(plan.inputs.policy.kmCost.value)) pr. km pr. borger om året), køb uden for regionen, tomme pladser under belægningsgrænsen og en straf pr. borger uden plads.",
                "Every citizen is placed in an offer of the same target group and section, bought outside the region or, as a last resort, left without a place; existing placements are kept. The model minimises tariffs, distance (\(text.kroner(plan.inputs.policy.kmCost.value)) per km per citizen a year), outside purchases, empty places below the occupancy bound and a penalty per citizen without a place."
            ),
            text.pick(
                "Placeringerne er heltalsløsningen; værdien af én plads og én borger mere er skyggepriser fra LP-relaksationen, som har samme optimum.",
                "The placements are the integer solution; the values of one more place and one more citizen are shadow prices of the LP relaxation, which has the same optimum."
            ),
        ]
    }

    public func checks(_ text: ReportText) -> [CheckItem] {
        let checks = plan.checks
        func item(_ holds: Bool, _ danish: String, _ english: String) -> CheckItem {
            CheckItem(holds ? .passed : .failed, text.pick(danish, english))
        }
        return [
            item(
                checks.demandBalances,
                "Placeret + uden for regionen + uden plads = efterspørgsel for hver køber, målgruppe og paragraf.",
                "Placed + outside the region + unmet = demand for every buyer, target group and section."
            ),
            item(
                checks.capacityHolds,
                "Intet tilbud har flere borgere end pladser.",
                "No offer has more citizens than places."
            ),
            item(
                checks.existingKept,
                "Alle eksisterende placeringer er fastholdt.",
                "Every existing placement is kept."
            ),
            item(
                checks.relaxationMatches,
                "LP-relaksationens optimum er lig heltalsoptimum.",
                "The LP relaxation's optimum equals the integer optimum."
            ),
        ]
    }

    public func illustrative(_ text: ReportText) -> [String] {
        plan.inputs.illustrativeFigures.map(text.illustrative)
    }

    public var inputFiles: [InputFile] { plan.inputs.files }
}
