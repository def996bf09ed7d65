import Allocation
import KKRDomain

/// The tables of the Socialaftale report: purchases per target group, occupancy per offer, demand, cost per buyer.
struct SocialMarkdownTables {
    let text: ReportText

    // MARK: - Purchase matrix

    /// Per target group: buyers (rows) × operators (columns), plus outside the region, unmet and total.
    func purchaseMatrices(_ plan: SocialPlan) -> [String] {
        var lines = [
            text.pick("## Køb pr. målgruppe", "## Purchases per target group"), "",
            text.pick(
                "Antal borgere, som hver kommune (række) køber plads til hos hver driftsherre (kolonne), alle paragraffer i målgruppen tilsammen.",
                "Citizens each municipality (row) buys places for from each operator (column), all sections of the target group together."
            ),
            "",
        ]
        for group in plan.inputs.targetGroups {
            let cells = plan.demand.filter { $0.demand.targetGroupID == group.id }
            let buyers = plan.inputs.municipalities.filter { buyer in
                cells.contains { $0.demand.buyer == buyer && $0.demand.citizens > 0 }
            }
            guard !buyers.isEmpty else { continue }
            let operators = Set(plan.offers.filter { $0.offer.targetGroupID == group.id }.map(\.offer.operatorParty))
                .sorted()
            let purchases = plan.purchases.filter { $0.offer.targetGroupID == group.id }
            lines += ["### \(group.name(in: text.language))", ""]
            let header =
                [text.pick("Køber", "Buyer")] + operators.map(text.operatorName)
                + [
                    text.pick("Uden for regionen", "Outside the region"), text.pick("Uden plads", "Unmet"),
                    text.pick("I alt", "Total"),
                ]
            lines.append("| " + header.joined(separator: " | ") + " |")
            lines.append("|---|" + String(repeating: "--:|", count: operators.count + 3))
            var columnTotals = [Int](repeating: 0, count: operators.count + 3)
            for buyer in buyers {
                let own = cells.filter { $0.demand.buyer == buyer }
                let values =
                    operators.map { party in
                        purchases.filter { $0.buyer == buyer && $0.offer.operatorParty == party }
                            .reduce(0) { $0 + $1.citizens }
                    } + [
                        own.reduce(0) { $0 + $1.outside }, own.reduce(0) { $0 + $1.unmet },
                        own.reduce(0) { $0 + $1.demand.citizens },
                    ]
                for (index, value) in values.enumerated() { columnTotals[index] += value }
                lines.append("| \(text.party(buyer)) | " + values.map(count).joined(separator: " | ") + " |")
            }
            lines.append(
                "| **\(text.pick("I alt", "Total"))** | "
                    + columnTotals.map { "**\(text.number($0))**" }.joined(separator: " | ")
                    + " |"
            )
            lines.append("")
        }
        return lines
    }

    // MARK: - Occupancy

    /// Every offer: places, used, empty, occupancy (⚠ under the bound), bound, value of one more place.
    func occupancy(_ plan: SocialPlan) -> [String] {
        var lines = [
            text.pick("## Belægning pr. tilbud", "## Occupancy per offer"), "",
            text.pick(
                "⚠ = brugt under belægningsgrænsen ved den planlagte efterspørgsel. »Én plads mere« er skyggeprisen på tilbuddets kapacitet i kr. om året.",
                "⚠ = used below the occupancy bound at the planned demand. “One more place” is the shadow price of the offer's capacity in kr a year."
            ),
            "",
            text.pick(
                "| Tilbud | Driftsherre | Beliggenhed | Målgruppe | Paragraf | Pladser | Brugt | Tomme | Belægning | Grænse | Én plads mere |",
                "| Offer | Operator | Location | Target group | Section | Places | Used | Empty | Occupancy | Bound | One more place |"
            ),
            "|---|---|---|---|---|--:|--:|--:|--:|--:|--:|",
        ]
        for use in plan.offers {
            let offer = use.offer
            let flag = use.isUnderBound ? "⚠ " : ""
            let value = use.placeValue.map { text.number($0.rounded()) } ?? "–"
            lines.append(
                "| \(offer.name) (`\(offer.id)`) | \(offer.operatorParty.name) | \(offer.location.name) | "
                    + "\(text.targetGroup(offer.targetGroupID, in: plan.inputs)) | \(text.citation(offer.sectionID, in: plan.inputs)) | "
                    + "\(text.number(offer.places)) | \(text.number(use.used)) | \(text.number(use.empty)) | "
                    + "\(flag)\(text.percent(use.occupancy, decimals: 1)) | \(text.percent(offer.minimumOccupancy, decimals: 0)) | "
                    + "\(value) |"
            )
        }
        let places = plan.offers.reduce(0) { $0 + $1.offer.places }
        let used = plan.offers.reduce(0) { $0 + $1.used }
        lines.append(
            "| **\(text.pick("I alt", "Total"))** | | | | | **\(text.number(places))** | **\(text.number(used))** | "
                + "**\(text.number(places - used))** | **\(text.percent(places > 0 ? Double(used) / Double(places) : 0, decimals: 1))** | | |"
        )
        return lines + [""]
    }

    // MARK: - Demand

    /// Per target group and section: demand, placed, outside, unmet, outside price, value of one more citizen (range over buyers).
    func demand(_ plan: SocialPlan) -> [String] {
        var lines = [
            text.pick(
                "## Efterspørgsel, køb uden for regionen og borgere uden plads",
                "## Demand, purchases outside the region and unmet demand"
            ),
            "",
            text.pick(
                "»Én borger mere koster« er skyggeprisen på efterspørgslen: den laveste og højeste blandt kommunerne, i kr. om året.",
                "“One more citizen costs” is the shadow price of the demand: the lowest and highest among the municipalities, in kr a year."
            ),
            "",
            text.pick(
                "| Målgruppe | Paragraf | Efterspørgsel | Placeret | Uden for regionen | Uden plads | Pris uden for regionen | Én borger mere koster |",
                "| Target group | Section | Demand | Placed | Outside the region | Unmet | Outside price | One more citizen costs |"
            ),
            "|---|---|--:|--:|--:|--:|--:|--:|",
        ]
        for group in plan.inputs.targetGroups {
            for section in plan.inputs.sections {
                let cells = plan.demand.filter {
                    $0.demand.targetGroupID == group.id && $0.demand.sectionID == section.id
                }
                guard !cells.isEmpty else { continue }
                let values = cells.filter { $0.demand.citizens > 0 }.compactMap(\.citizenValue).map { $0.rounded() }
                let range: String
                if let low = values.min(), let high = values.max() {
                    range = low == high ? text.number(low) : "\(text.number(low))–\(text.number(high))"
                } else {
                    range = "–"
                }
                let price = cells.first?.outsidePrice.map { text.number($0) } ?? "–"
                lines.append(
                    "| \(group.name(in: text.language)) | \(section.citation) | "
                        + "\(text.number(cells.reduce(0) { $0 + $1.demand.citizens })) | \(text.number(cells.reduce(0) { $0 + $1.placed })) | "
                        + "\(count(cells.reduce(0) { $0 + $1.outside })) | \(count(cells.reduce(0) { $0 + $1.unmet })) | \(price) | \(range) |"
                )
            }
        }
        return lines + [""]
    }

    // MARK: - Buyers

    /// Per buyer: citizens, placed, outside, unmet, tariffs, outside purchases, payments, distance valuation.
    func buyers(_ plan: SocialPlan) -> [String] {
        var lines = [
            text.pick("## Udgift pr. køber", "## Cost per buyer"), "",
            text.pick(
                "Beløb i kr. om året. Afstand er modellens værdisætning (kr. pr. km pr. borger), ikke en betaling. Udgiften til tomme pladser under belægningsgrænsen (\(text.kroner(plan.costs.emptyPlaces))) er fælles og ikke fordelt på køberne.",
                "Amounts in kr a year. Distance is the model's valuation (kr per km per citizen), not a payment. The cost of empty places below the occupancy bound (\(text.kroner(plan.costs.emptyPlaces))) is shared and not split between the buyers."
            ),
            "",
            text.pick(
                "| Kommune | Borgere | Placeret | Uden for regionen | Uden plads | Takster | Køb uden for regionen | Betalt i alt | Afstand |",
                "| Municipality | Citizens | Placed | Outside the region | Unmet | Tariffs | Outside purchases | Paid in all | Distance |"
            ),
            "|---|--:|--:|--:|--:|--:|--:|--:|--:|",
        ]
        for row in plan.buyers {
            lines.append(
                "| \(text.party(row.buyer)) | \(text.number(row.citizens)) | \(text.number(row.placed)) | \(count(row.outside)) | "
                    + "\(count(row.unmet)) | \(text.number(row.tariffs)) | \(text.number(row.outsideCost)) | "
                    + "\(text.number(row.payments)) | \(text.number(row.distance)) |"
            )
        }
        let sum = { (value: (BuyerCost) -> Double) in plan.buyers.reduce(0) { $0 + value($1) } }
        let whole = { (value: (BuyerCost) -> Int) in plan.buyers.reduce(0) { $0 + value($1) } }
        lines.append(
            "| **\(text.pick("I alt", "Total"))** | **\(text.number(whole(\.citizens)))** | **\(text.number(whole(\.placed)))** | "
                + "**\(text.number(whole(\.outside)))** | **\(text.number(whole(\.unmet)))** | **\(text.number(sum(\.tariffs)))** | "
                + "**\(text.number(sum(\.outsideCost)))** | **\(text.number(sum(\.payments)))** | **\(text.number(sum(\.distance)))** |"
        )
        return lines + [""]
    }

    /// A count, with "–" for 0 so that the few non-zero cells stand out.
    private func count(_ value: Int) -> String {
        value == 0 ? "–" : text.number(value)
    }
}
