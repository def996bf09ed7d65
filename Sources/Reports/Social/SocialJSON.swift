import Allocation
import Foundation
import KKRDomain

/// The machine-readable balance: `{"termination", "total_cost", "purchases", "offers", "demand"}` (the contract) and more.
///
/// Keys are sorted and amounts rounded to 0.01 kr, occupancy to 4 decimals,
/// so identical inputs give identical bytes. Values without a dual are
/// `null`, not left out.
public enum SocialJSON {
    /// The JSON text (pretty-printed, sorted keys, trailing newline).
    public static func render(_ plan: SocialPlan) throws -> String {
        try ReportJSON.render(SocialDocument(plan: plan))
    }

    /// `value` rounded to 1/`scale` (0.01 kr by default); dividing last gives the double nearest the decimal.
    static func rounded(_ value: Double, _ scale: Double = 100) -> Double {
        ReportJSON.rounded(value, toScale: scale)
    }
}

// MARK: - Document

struct SocialDocument: Encodable {
    let plan: SocialPlan

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: StringKey.self)
        func put<Value: Encodable>(_ value: Value, _ key: String) throws {
            try container.encode(value, forKey: StringKey(key))
        }
        let summary = plan.summary
        let costs = plan.costs
        try put(plan.year, "year")
        try put(summary.termination.rawValue, "termination")
        try put(summary.relaxationTermination.rawValue, "relaxation_termination")
        try put(summary.path.rawValue, "solve_path")
        try put(summary.solver.map { ["name": $0.name, "version": $0.version] }, "solver")
        try put(summary.solverRuns, "solver_runs")
        try put(SocialJSON.rounded(costs.total), "total_cost")
        try put(summary.relaxationObjective.map { SocialJSON.rounded($0) }, "relaxation_total_cost")
        try put(
            [
                "tariffs": costs.tariffs, "distance": costs.distance, "outside_region": costs.outside,
                "empty_places": costs.emptyPlaces, "unmet_penalty": costs.unmetPenalty, "payments": costs.payments,
            ]
            .mapValues { SocialJSON.rounded($0) },
            "costs"
        )
        try put(plan.purchases.map(PurchaseDocument.init), "purchases")
        try put(plan.offers.map(OfferDocument.init), "offers")
        try put(plan.demand.map(DemandDocument.init), "demand")
        try put(plan.buyers.map(BuyerDocument.init), "buyers")
        try put(plan.recommendations.map(RecommendationDocument.init), "recommendations")
        try put(
            [
                "demand_balances": plan.checks.demandBalances, "capacity_holds": plan.checks.capacityHolds,
                "existing_kept": plan.checks.existingKept, "integral": plan.checks.integral,
                "relaxation_matches": plan.checks.relaxationMatches,
            ],
            "checks"
        )
        try put(
            [
                "rows": summary.rows, "columns": summary.columns, "integer_columns": summary.integerColumns,
                "entries": summary.entries,
            ],
            "model"
        )
        let policy = plan.inputs.policy
        try put(
            [
                "km_cost": policy.kmCost.value, "unmet_penalty": policy.unmetPenalty.value,
                "empty_place_cost_share": policy.emptyPlaceCostShare.value,
                "min_occupancy": policy.minimumOccupancy.value,
                "road_factor": plan.inputs.distanceRules.roadFactor.value,
            ],
            "policy"
        )
        try put(plan.inputs.files.map { ["file": $0.displayName, "sha256": $0.sha256] }, "inputs")
        try put(plan.inputs.illustrativeFigures.map(IllustrativeDocument.init), "illustrative")
    }
}

struct PurchaseDocument: Encodable {
    let purchase: SocialPurchase

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: StringKey.self)
        try container.encode(purchase.buyer.code, forKey: StringKey("buyer"))
        try container.encode(purchase.offer.id, forKey: StringKey("offer"))
        try container.encode(purchase.offer.targetGroupID, forKey: StringKey("target_group"))
        try container.encode(purchase.offer.sectionID, forKey: StringKey("section"))
        try container.encode(purchase.citizens, forKey: StringKey("citizens"))
        try container.encode(purchase.existing, forKey: StringKey("existing"))
        try container.encode(SocialJSON.rounded(purchase.kilometres, 10), forKey: StringKey("km"))
    }
}

struct OfferDocument: Encodable {
    let use: OfferUse

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: StringKey.self)
        let offer = use.offer
        try container.encode(offer.id, forKey: StringKey("id"))
        try container.encode(offer.name, forKey: StringKey("name"))
        try container.encode(offer.operatorParty.code, forKey: StringKey("operator"))
        try container.encode(offer.location.code, forKey: StringKey("location"))
        try container.encode(offer.targetGroupID, forKey: StringKey("target_group"))
        try container.encode(offer.sectionID, forKey: StringKey("section"))
        try container.encode(offer.places, forKey: StringKey("places"))
        try container.encode(use.used, forKey: StringKey("used"))
        try container.encode(use.existing, forKey: StringKey("existing"))
        try container.encode(use.empty, forKey: StringKey("empty"))
        try container.encode(SocialJSON.rounded(use.occupancy, 10_000), forKey: StringKey("occupancy"))
        try container.encode(SocialJSON.rounded(offer.minimumOccupancy, 10_000), forKey: StringKey("min_occupancy"))
        try container.encode(use.isUnderBound, forKey: StringKey("under_bound"))
        try container.encode(offer.tariff, forKey: StringKey("tariff"))
        try container.encode(use.placeValue.map { SocialJSON.rounded($0) }, forKey: StringKey("place_value"))
    }
}

struct DemandDocument: Encodable {
    let outcome: DemandOutcome

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: StringKey.self)
        try container.encode(outcome.demand.buyer.code, forKey: StringKey("buyer"))
        try container.encode(outcome.demand.targetGroupID, forKey: StringKey("target_group"))
        try container.encode(outcome.demand.sectionID, forKey: StringKey("section"))
        try container.encode(outcome.demand.citizens, forKey: StringKey("citizens"))
        try container.encode(outcome.placed, forKey: StringKey("placed"))
        try container.encode(outcome.existing, forKey: StringKey("existing"))
        try container.encode(outcome.outside, forKey: StringKey("outside_region"))
        try container.encode(outcome.unmet, forKey: StringKey("unmet"))
        try container.encode(outcome.outsidePrice, forKey: StringKey("outside_price"))
        try container.encode(outcome.citizenValue.map { SocialJSON.rounded($0) }, forKey: StringKey("citizen_value"))
    }
}

struct BuyerDocument: Encodable {
    let row: BuyerCost

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: StringKey.self)
        try container.encode(row.buyer.code, forKey: StringKey("buyer"))
        try container.encode(row.buyer.name, forKey: StringKey("municipality"))
        try container.encode(row.citizens, forKey: StringKey("citizens"))
        try container.encode(row.placed, forKey: StringKey("placed"))
        try container.encode(row.outside, forKey: StringKey("outside_region"))
        try container.encode(row.unmet, forKey: StringKey("unmet"))
        try container.encode(SocialJSON.rounded(row.tariffs), forKey: StringKey("tariffs"))
        try container.encode(SocialJSON.rounded(row.outsideCost), forKey: StringKey("outside_cost"))
        try container.encode(SocialJSON.rounded(row.payments), forKey: StringKey("payments"))
        try container.encode(SocialJSON.rounded(row.distance), forKey: StringKey("distance"))
    }
}
