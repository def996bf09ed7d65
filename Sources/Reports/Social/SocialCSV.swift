import Allocation
import KKRDomain

/// The spreadsheets of a Socialaftale balance: purchases, offers, demand and buyers, for Danish Excel.
public struct SocialCSV: Sendable {
    /// The texts (headers in the report language; numbers always with the decimal comma).
    public var text: ReportText

    /// Creates a renderer for `language`.
    public init(language: Language) {
        text = ReportText(language)
    }

    /// One row per non-zero purchase.
    public func purchases(_ plan: SocialPlan) -> SpreadsheetCSV {
        var csv = SpreadsheetCSV(
            header: text.language == .danish
                ? [
                    "Køberkode", "Køber", "Tilbud (id)", "Tilbud", "Driftsherre", "Beliggenhed", "Målgruppe",
                    "Paragraf",
                    "Borgere", "Heraf eksisterende", "Km", "Takst", "Takster i alt", "Afstand (værdisat)",
                ]
                : [
                    "Buyer code", "Buyer", "Offer (id)", "Offer", "Operator", "Location", "Target group", "Section",
                    "Citizens", "Of which existing", "Km", "Tariff", "Tariffs in all", "Distance (valued)",
                ]
        )
        let kmCost = plan.inputs.policy.kmCost.value
        for purchase in plan.purchases {
            let offer = purchase.offer
            csv.append([
                purchase.buyer.code, purchase.buyer.name, offer.id, offer.name, offer.operatorParty.name,
                offer.location.name, text.targetGroup(offer.targetGroupID, in: plan.inputs),
                text.citation(offer.sectionID, in: plan.inputs), cell(purchase.citizens), cell(purchase.existing),
                cell(purchase.kilometres, decimals: 1), cell(offer.tariff, decimals: 0),
                cell(purchase.tariffCost, decimals: 0), cell(purchase.distanceCost(kmCost: kmCost), decimals: 0),
            ])
        }
        return csv
    }

    /// One row per offer: places, use, occupancy, bound, the value of one more place.
    public func offers(_ plan: SocialPlan) -> SpreadsheetCSV {
        var csv = SpreadsheetCSV(
            header: text.language == .danish
                ? [
                    "Tilbud (id)", "Tilbud", "Driftsherre (kode)", "Driftsherre", "Beliggenhed", "Målgruppe",
                    "Paragraf",
                    "Pladser", "Brugt", "Heraf eksisterende", "Tomme", "Belægning (%)", "Grænse (%)", "Under grænsen",
                    "Takst", "Én plads mere (kr./år)",
                ]
                : [
                    "Offer (id)", "Offer", "Operator (code)", "Operator", "Location", "Target group", "Section",
                    "Places",
                    "Used", "Of which existing", "Empty", "Occupancy (%)", "Bound (%)", "Below the bound", "Tariff",
                    "One more place (kr/year)",
                ]
        )
        for use in plan.offers {
            let offer = use.offer
            csv.append([
                offer.id, offer.name, offer.operatorParty.code, offer.operatorParty.name, offer.location.name,
                text.targetGroup(offer.targetGroupID, in: plan.inputs), text.citation(offer.sectionID, in: plan.inputs),
                cell(offer.places), cell(use.used), cell(use.existing), cell(use.empty),
                cell(use.occupancy * 100, decimals: 1), cell(offer.minimumOccupancy * 100, decimals: 1),
                use.isUnderBound ? text.pick("ja", "yes") : text.pick("nej", "no"), cell(offer.tariff, decimals: 0),
                use.placeValue.map { cell($0, decimals: 0) } ?? "",
            ])
        }
        return csv
    }

    /// One row per demand cell: demand, placed, outside, unmet, outside price, the value of one more citizen.
    public func demand(_ plan: SocialPlan) -> SpreadsheetCSV {
        var csv = SpreadsheetCSV(
            header: text.language == .danish
                ? [
                    "Køberkode", "Køber", "Målgruppe", "Paragraf", "Efterspørgsel", "Placeret", "Heraf eksisterende",
                    "Uden for regionen", "Uden plads", "Pris uden for regionen", "Én borger mere koster (kr./år)",
                ]
                : [
                    "Buyer code", "Buyer", "Target group", "Section", "Demand", "Placed", "Of which existing",
                    "Outside the region", "Unmet", "Outside price", "One more citizen costs (kr/year)",
                ]
        )
        for outcome in plan.demand {
            let demand = outcome.demand
            csv.append([
                demand.buyer.code, demand.buyer.name, text.targetGroup(demand.targetGroupID, in: plan.inputs),
                text.citation(demand.sectionID, in: plan.inputs), cell(demand.citizens), cell(outcome.placed),
                cell(outcome.existing), cell(outcome.outside), cell(outcome.unmet),
                outcome.outsidePrice.map { cell($0, decimals: 0) } ?? "",
                outcome.citizenValue.map { cell($0, decimals: 0) } ?? "",
            ])
        }
        return csv
    }

    /// One row per buyer and a total row.
    public func buyers(_ plan: SocialPlan) -> SpreadsheetCSV {
        var csv = SpreadsheetCSV(
            header: text.language == .danish
                ? [
                    "Kode", "Kommune", "Borgere", "Placeret", "Uden for regionen", "Uden plads", "Takster",
                    "Køb uden for regionen", "Betalt i alt", "Afstand (værdisat)",
                ]
                : [
                    "Code", "Municipality", "Citizens", "Placed", "Outside the region", "Unmet", "Tariffs",
                    "Outside purchases", "Paid in all", "Distance (valued)",
                ]
        )
        for row in plan.buyers {
            csv.append([
                row.buyer.code, row.buyer.name, cell(row.citizens), cell(row.placed), cell(row.outside),
                cell(row.unmet),
                cell(row.tariffs, decimals: 0), cell(row.outsideCost, decimals: 0), cell(row.payments, decimals: 0),
                cell(row.distance, decimals: 0),
            ])
        }
        let sum = { (value: (BuyerCost) -> Double) in plan.buyers.reduce(0) { $0 + value($1) } }
        let whole = { (value: (BuyerCost) -> Int) in plan.buyers.reduce(0) { $0 + value($1) } }
        csv.append([
            "", text.pick("I alt", "Total"), cell(whole(\.citizens)), cell(whole(\.placed)), cell(whole(\.outside)),
            cell(whole(\.unmet)), cell(sum(\.tariffs), decimals: 0), cell(sum(\.outsideCost), decimals: 0),
            cell(sum(\.payments), decimals: 0), cell(sum(\.distance), decimals: 0),
        ])
        return csv
    }
}
