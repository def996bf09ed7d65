import Allocation
import Foundation
import KKRDomain

/// The Socialaftale part of a scenario's `delta`: totals, payments per buyer and changed offers, scenario minus base.
///
/// Amounts in kr per year rounded to 0.01 kr, as in `socialaftale.json`.
struct SocialDeltaDocument: Encodable {
    let comparison: SocialComparison

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: StringKey.self)
        let base = comparison.base
        let scenario = comparison.scenario
        try container.encode(SocialJSON.rounded(scenario.totalCost - base.totalCost), forKey: StringKey("total_cost"))
        try container.encode(SocialJSON.rounded(scenario.payments - base.payments), forKey: StringKey("payments"))
        try container.encode(scenario.unmet - base.unmet, forKey: StringKey("unmet"))
        try container.encode(scenario.outside - base.outside, forKey: StringKey("outside_region"))
        try container.encode(
            scenario.offersUnderBound - base.offersUnderBound,
            forKey: StringKey("offers_under_bound")
        )
        try container.encode(comparison.buyers.map(BuyerDeltaDocument.init), forKey: StringKey("buyers"))
        try container.encode(comparison.offers.map(OfferDeltaDocument.init), forKey: StringKey("offers"))
    }
}

struct BuyerDeltaDocument: Encodable {
    let row: BuyerDelta

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: StringKey.self)
        try container.encode(row.buyer.code, forKey: StringKey("code"))
        try container.encode(row.buyer.name, forKey: StringKey("municipality"))
        try container.encode(row.base.map { SocialJSON.rounded($0.payments) }, forKey: StringKey("base_payments"))
        try container.encode(
            row.scenario.map { SocialJSON.rounded($0.payments) },
            forKey: StringKey("scenario_payments")
        )
        try container.encode(SocialJSON.rounded(row.paymentsDelta), forKey: StringKey("payments"))
        try container.encode(row.base?.unmet, forKey: StringKey("base_unmet"))
        try container.encode(row.scenario?.unmet, forKey: StringKey("scenario_unmet"))
        try container.encode(row.unmetDelta, forKey: StringKey("unmet"))
    }
}

struct OfferDeltaDocument: Encodable {
    let row: OfferDelta

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: StringKey.self)
        try container.encode(row.offer.id, forKey: StringKey("offer"))
        try container.encode(row.base?.offer.places, forKey: StringKey("base_places"))
        try container.encode(row.scenario?.offer.places, forKey: StringKey("scenario_places"))
        try container.encode(row.base?.used, forKey: StringKey("base_used"))
        try container.encode(row.scenario?.used, forKey: StringKey("scenario_used"))
        try container.encode((row.scenario?.used ?? 0) - (row.base?.used ?? 0), forKey: StringKey("used"))
        try container.encode(row.scenario == nil, forKey: StringKey("closed"))
    }
}
