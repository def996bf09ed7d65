import Allocation
import KKRDomain

/// The "Anbefalinger" section: where one more place pays, which offers stand empty, where the region's places do not suffice.
struct SocialMarkdownRecommendations {
    let text: ReportText

    func render(_ plan: SocialPlan) -> [String] {
        var places: [SocialRecommendation] = []
        var empty: [SocialRecommendation] = []
        var shortages: [SocialRecommendation] = []
        for recommendation in plan.recommendations {
            switch recommendation {
            case .addPlace: places.append(recommendation)
            case .emptyPlaces: empty.append(recommendation)
            case .shortage: shortages.append(recommendation)
            }
        }
        let limit = SocialMarkdown.listedRecommendations
        var lines = [
            text.pick("## Anbefalinger", "## Recommendations"), "",
            text.pick(
                "Værdierne er skyggepriser fra modellens LP-relaksation: hvor meget den samlede årlige udgift ændres, når ét tal ændres med én, alt andet lige. En plads' skyggepris ligger mellem besparelsen ved én plads mere og udgiften ved én plads mindre (de er ens, medmindre flere placeringer er lige gode). Værdierne gælder for små ændringer; større ændringer bør regnes igen.",
                "The values are shadow prices from the model's LP relaxation: how much the total yearly cost changes when one figure changes by one, all else equal. A place's shadow price lies between the saving from one more place and the cost of one place less (they agree unless several placements are equally good). The values hold for small changes; larger changes should be computed again."
            ),
            "",
            text.pick("### Hvor én plads mere betaler sig", "### Where one more place pays"), "",
        ]
        lines += bullets(
            places,
            limit: limit,
            plan: plan,
            none: text.pick(
                "Intet tilbud: én plads mere sparer under 1 % af taksten om året.",
                "No offer: one more place saves less than 1 % of its tariff a year."
            ),
            more: { count in
                text.pick(
                    "… og \(text.number(count)) tilbud mere (se »Belægning pr. tilbud«).",
                    "… and \(text.number(count)) more offers (see “Occupancy per offer”)."
                )
            }
        )
        lines += [text.pick("### Tilbud med tomme pladser", "### Offers with empty places"), ""]
        lines += bullets(
            empty,
            limit: limit,
            plan: plan,
            none: text.pick("Alle tilbud er fuldt belagt.", "Every offer is full."),
            more: { count in
                text.pick(
                    "… og \(text.number(count)) tilbud mere med tomme pladser (se »Belægning pr. tilbud«).",
                    "… and \(text.number(count)) more offers with empty places (see “Occupancy per offer”)."
                )
            }
        )
        lines += [
            text.pick(
                "### Målgrupper, hvor regionens pladser ikke rækker",
                "### Where the region's places do not suffice"
            ),
            "",
        ]
        lines += bullets(
            shortages,
            limit: shortages.count,
            plan: plan,
            none: text.pick(
                "Alle borgere får en plads i regionens tilbud.",
                "Every citizen gets a place in the region's offers."
            ),
            more: { _ in "" }
        )
        return lines
    }

    private func bullets(
        _ items: [SocialRecommendation],
        limit: Int,
        plan: SocialPlan,
        none: String,
        more: (Int) -> String
    ) -> [String] {
        guard !items.isEmpty else { return [none, ""] }
        var lines = items.prefix(limit).map { "- " + text.recommendation($0, inputs: plan.inputs) }
        if items.count > limit { lines.append("- " + more(items.count - limit)) }
        return lines + [""]
    }
}
