import Allocation
import KKRDomain

extension ComparisonMarkdown {
    /// The Socialaftale side by side: totals, payments per buyer and the offers whose use changes.
    func socialSection(_ set: ScenarioSet) -> [String] {
        guard set.base.inputs.social != nil else {
            return [
                text.pick("## Socialaftalen", "## The Socialaftale"), "",
                text.pick(
                    "Socialaftalen indgår ikke: inputmappen har ingen `social/`.",
                    "The Socialaftale is not included: the input folder has no `social/`."
                ), "",
            ]
        }
        let columns = [set.base] + set.scenarios
        let figures = columns.map { $0.result.socialPlan.map(SocialFigures.init) }
        var lines = [
            text.pick("## Socialaftalen", "## The Socialaftale"), "",
            text.pick(
                "Beløb i mio. kr. om året. »Betalt« er takster, køb uden for regionen og tomme pladser under belægningsgrænsen; den samlede omkostning lægger modellens værdier for afstand og for borgere uden plads til.",
                "Amounts in million kr a year. “Paid” is tariffs, places bought outside the region and empty places below the occupancy bound; the total cost adds the model's values for distance and for citizens without a place."
            ), "",
            header(set, first: text.pick("Nøgletal", "Key figure")), separator(set),
        ]
        lines.append(amountRow(text.pick("Betalt i alt", "Paid in total"), figures.map { $0?.payments }))
        lines.append(amountRow(text.pick("Samlet omkostning", "Total cost"), figures.map { $0?.totalCost }))
        lines.append(row(text.pick("Borgere uden plads", "Citizens without a place"), figures.map { $0?.unmet }))
        lines.append(row(text.pick("Købt uden for regionen", "Bought outside the region"), figures.map { $0?.outside }))
        lines.append(
            row(
                text.pick("Tilbud under belægningsgrænsen", "Offers under the occupancy bound"),
                figures.map { $0?.offersUnderBound }
            )
        )
        lines += [
            "", text.pick("### Betalt pr. køber (mio. kr. om året)", "### Paid per buyer (million kr a year)"), "",
        ]
        lines += [header(set, first: text.pick("Køber", "Buyer")), separator(set)]
        let plans = columns.map(\.result.socialPlan)
        for buyer in SocialRows.buyers(plans) {
            let payments = plans.map { plan in plan.map { $0.buyers.first { $0.buyer == buyer }?.payments ?? 0 } }
            lines.append(amountRow(text.party(buyer), payments))
        }
        lines.append(amountRow(text.pick("**I alt**", "**Total**"), figures.map { $0?.payments }))
        lines += offerTable(set, plans: plans)
        return lines + [""]
    }

    /// The offers whose used places change in any scenario: places and used places, with Δ.
    func offerTable(_ set: ScenarioSet, plans: [SocialPlan?]) -> [String] {
        let ids = SocialRows.changedOffers(set)
        guard !ids.isEmpty else { return [] }
        var lines = [
            "",
            text.pick(
                "### Tilbud, hvis belægning ændres (brugte pladser)",
                "### Offers whose use changes (used places)"
            ),
            "",
            text.pick(
                "»lukket« betyder, at scenariet lukker tilbuddet; tallet i parentes er tilbuddets pladser.",
                "“closed” means the scenario closes the offer; the number in brackets is the offer's places."
            ), "", header(set, first: text.pick("Tilbud", "Offer")), separator(set),
        ]
        for id in ids {
            let uses = plans.map { plan in plan?.offers.first { $0.offer.id == id } }
            let name = uses.compactMap { $0?.offer.name }.first ?? id
            var cells = [name, useCell(uses.first ?? nil)]
            for use in uses.dropFirst() {
                cells.append(useCell(use))
                if let base = uses.first ?? nil {
                    cells.append(text.highlightedChange((use?.used ?? 0) - base.used))
                } else {
                    cells.append("–")
                }
            }
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        return lines
    }

    func useCell(_ use: OfferUse?) -> String {
        guard let use else { return text.pick("lukket", "closed") }
        return "\(text.number(use.used)) (\(text.number(use.offer.places)))"
    }

    func header(_ set: ScenarioSet, first: String) -> String {
        "| " + ([first, name(set.base)] + set.scenarios.flatMap { [name($0), "Δ"] }).joined(separator: " | ") + " |"
    }

    func separator(_ set: ScenarioSet) -> String {
        "|---|--:|" + String(repeating: "--:|--:|", count: set.scenarios.count)
    }

    /// A row of amounts in million kr with 1 decimal, and Δ in bold when it is not 0,0.
    func amountRow(_ label: String, _ amounts: [Double?]) -> String {
        var cells = [label, (amounts.first ?? nil).map(text.millionsNumber) ?? "–"]
        for amount in amounts.dropFirst() {
            cells.append(amount.map(text.millionsNumber) ?? "–")
            guard let amount, let base = amounts.first ?? nil else {
                cells.append("–")
                continue
            }
            let delta = text.millionsChange(amount - base)
            cells.append(delta == "0" ? delta : "**\(delta)**")
        }
        return "| " + cells.joined(separator: " | ") + " |"
    }
}
