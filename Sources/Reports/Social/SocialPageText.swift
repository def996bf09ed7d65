import Allocation
import KKRDomain

/// The words of the Socialaftale part of the meeting page (`rapport.html`): headings, key figures, chart labels.
extension SocialText {
    // MARK: - Part

    var pageTitle: String { pick("Socialaftale: specialiserede pladser", "Socialaftale: specialised social places") }

    func decision(_ totals: (citizens: Int, placed: Int, outside: Int, unmet: Int), year: Int) -> String {
        let number = common.number as (Int) -> String
        return pick(
            "KKR vurderer, om udbuddet af specialiserede pladser i \(year) svarer til efterspørgslen: \(number(totals.citizens)) borgere, hvoraf \(number(totals.placed)) kan placeres i regionens tilbud, \(number(totals.outside)) må købes uden for regionen og \(number(totals.unmet)) står uden plads. Anbefalingerne bygger på modellens skyggepriser.",
            "KKR assesses whether the supply of specialised places in \(year) matches the demand: \(number(totals.citizens)) citizens, of whom \(number(totals.placed)) can be placed in the region's offers, \(number(totals.outside)) must be bought outside the region and \(number(totals.unmet)) are left without a place. The recommendations rest on the model's shadow prices."
        )
    }

    var citizensInNeed: String { pick("Borgere med behov", "Citizens in need") }
    var offersBelowBound: String { pick("Tilbud under belægningsgrænsen", "Offers below the occupancy bound") }
    func ofOffers(_ count: Int) -> String { pick("af \(common.number(count))", "of \(common.number(count))") }
    var paidAYear: String { pick("Betalt om året", "Paid a year") }
    var paidNote: String { pick("takster, køb udenfor, tomme pladser", "tariffs, outside purchases, empty places") }
    var demandPerGroupHeading: String { pick("Efterspørgsel pr. målgruppe", "Demand per target group") }
    var placeValueHeading: String { pick("Værdien af én plads mere", "The value of one more place") }
    var shortagePageHeading: String {
        pick("Hvor regionens pladser ikke rækker", "Where the region's places do not suffice")
    }

    func pageMethod(kmCost: Double) -> [String] {
        [
            pick(
                "Hver borger placeres i et tilbud med samme målgruppe og paragraf, købes uden for regionen eller står som sidste udvej uden plads; eksisterende placeringer fastholdes. Modellen minimerer takster, afstand (\(kroner(kmCost)) pr. km pr. borger om året), køb uden for regionen, tomme pladser under belægningsgrænsen og en straf pr. borger uden plads.",
                "Every citizen is placed in an offer of the same target group and section, bought outside the region or, as a last resort, left without a place; existing placements are kept. The model minimises tariffs, distance (\(kroner(kmCost)) per km per citizen a year), outside purchases, empty places below the occupancy bound and a penalty per citizen without a place."
            ),
            pick(
                "Placeringerne er heltalsløsningen; værdien af én plads og én borger mere er den præcise ændring i udgiften ved én enhed mere, den samme uanset løser.",
                "The placements are the integer solution; the values of one more place and one more citizen are the exact change of the cost for one unit more, the same whatever the solver."
            ),
        ]
    }

    var pageDemandBalances: String {
        pick(
            "Placeret + uden for regionen + uden plads = efterspørgsel for hver køber, målgruppe og paragraf.",
            "Placed + outside the region + unmet = demand for every buyer, target group and section."
        )
    }
    var pageRelaxationMatches: String {
        pick(
            "LP-relaksationens optimum er lig heltalsoptimum.",
            "The LP relaxation's optimum equals the integer optimum."
        )
    }

    // MARK: - Charts

    func demandChart(year: Int) -> ChartLabels {
        ChartLabels(
            id: "chart-social-demand",
            title: pick("Borgere pr. målgruppe \(year)", "Citizens per target group \(year)"),
            description: pick(
                "Hver bjælke er målgruppens efterspørgsel: placeret i regionens tilbud, købt uden for regionen og uden plads.",
                "Each bar is the target group's demand: placed in the region's offers, bought outside the region and without a place."
            ),
            valueAxis: pick("Borgere", "Citizens"),
            categoryAxis: pick("Målgruppe", "Target group")
        )
    }

    var placedSeries: String { pick("Placeret", "Placed") }

    var occupancyChart: ChartLabels {
        ChartLabels(
            id: "chart-social-occupancy",
            title: pick("Belægning af tilbud med tomme pladser", "Occupancy of offers with empty places"),
            description: pick(
                "Brugte pladser i procent af pladserne ved den planlagte efterspørgsel; stiplet: tilbuddets belægningsgrænse.",
                "Used places as a percentage of the places at the planned demand; dashed: the offer's occupancy bound."
            ),
            valueAxis: pick("Belægning (%)", "Occupancy (%)"),
            categoryAxis: pick("Tilbud", "Offer")
        )
    }

    var occupancySeries: String { pick("Belægning", "Occupancy") }
    var boundSeries: String { pick("Grænse", "Bound") }
    var aboveBound: String { pick("Over grænsen", "Above the bound") }
    var belowBound: String { pick("Under grænsen", "Below the bound") }
    var placesSeries: String { pick("Pladser", "Places") }
    var emptySeries: String { pick("Tomme", "Empty") }

    var placeValueChart: ChartLabels {
        ChartLabels(
            id: "chart-social-place-values",
            title: pick("Hvad én plads mere sparer om året", "What one more place saves a year"),
            description: pick(
                "Besparelsen ved én plads mere i kr. (belægningsgrænsen uændret); de ti højeste.",
                "The saving from one more place in kr (occupancy bound unchanged); the ten highest."
            ),
            valueAxis: pick("Kr. om året", "Kr a year"),
            categoryAxis: pick("Tilbud", "Offer")
        )
    }

    var oneMorePlaceSeries: String { pick("Én plads mere", "One more place") }
}
