import KKRDomain
import LinearProgramming

/// Turns a solution of a ``SocialModel`` and its place and citizen values (``SocialMarginalValues``) into a
/// ``SocialPlan``.
struct SocialPlanInterpreter {
    let inputs: SocialInputs
    let model: SocialModel

    /// Values closer than this to a whole number count as whole.
    static let integralityTolerance = 1e-6
    /// Duals smaller than this (kr) are solver noise and read as 0.
    static let dualNoise = 1e-6

    /// - Parameters:
    ///   - values: the place and citizen values (nil without duals: the plan then states none).
    ///   - placeSavings: the exact saving of one more place per offer index (``OfferUse/placeSaving``).
    func plan(
        _ solution: Solution,
        values: SocialMarginalValues?,
        placeSavings: [Int: Double] = [:],
        summary: SocialSolveSummary
    ) -> SocialPlan {
        let count = { (value: Double) in Int(value.rounded()) }
        var integral = true
        func whole(_ value: Double) -> Int {
            if abs(value - value.rounded()) > Self.integralityTolerance { integral = false }
            return count(value)
        }

        var used = [Int](repeating: 0, count: inputs.offers.count)
        var existingInOffer = [Int](repeating: 0, count: inputs.offers.count)
        var placed = [Int](repeating: 0, count: inputs.demand.count)
        var existingInCell = [Int](repeating: 0, count: inputs.demand.count)
        var purchases: [SocialPurchase] = []
        var existingKept = true
        for purchase in model.purchases {
            let citizens = whole(solution[purchase.column])
            if citizens < purchase.existing { existingKept = false }
            used[purchase.offerIndex] += citizens
            existingInOffer[purchase.offerIndex] += purchase.existing
            placed[purchase.demandIndex] += citizens
            existingInCell[purchase.demandIndex] += purchase.existing
            guard citizens > 0 else { continue }
            purchases.append(
                SocialPurchase(
                    buyer: inputs.demand[purchase.demandIndex].buyer,
                    offer: inputs.offers[purchase.offerIndex],
                    citizens: citizens,
                    existing: purchase.existing,
                    kilometres: purchase.kilometres
                )
            )
        }
        let offerOrder = Dictionary(
            inputs.offers.enumerated().map { ($1.id, $0) },
            uniquingKeysWith: { first, _ in first }
        )
        purchases.sort { lhs, rhs in
            lhs.buyer.code != rhs.buyer.code
                ? Party.codeOrder(lhs.buyer.code, rhs.buyer.code)
                : (offerOrder[lhs.offer.id] ?? 0) < (offerOrder[rhs.offer.id] ?? 0)
        }

        let offers = inputs.offers.enumerated()
            .map { index, offer in
                OfferUse(
                    offer: offer,
                    used: used[index],
                    existing: existingInOffer[index],
                    placeValue: values?.places[index],
                    placeSaving: placeSavings[index]
                )
            }
        let demand = inputs.demand.enumerated()
            .map { index, cell in
                DemandOutcome(
                    demand: cell,
                    placed: placed[index],
                    outside: model.outsideColumns[index].map { whole(solution[$0]) } ?? 0,
                    unmet: whole(solution[model.unmetColumns[index]]),
                    existing: existingInCell[index],
                    outsidePrice: inputs.outsidePrice(targetGroupID: cell.targetGroupID, sectionID: cell.sectionID)?
                        .price,
                    citizenValue: values?.citizens[index]
                )
            }
        let policy = inputs.policy
        let costs = SocialCosts(
            tariffs: purchases.reduce(0) { $0 + $1.tariffCost },
            distance: purchases.reduce(0) { $0 + $1.distanceCost(kmCost: policy.kmCost.value) },
            outside: demand.reduce(0) { $0 + Double($1.outside) * ($1.outsidePrice ?? 0) },
            emptyPlaces: offers.reduce(0) {
                $0 + Double($1.belowFloor) * $1.offer.tariff * policy.emptyPlaceCostShare.value
            },
            unmetPenalty: demand.reduce(0) { $0 + Double($1.unmet) * policy.unmetPenalty.value }
        )
        let checks = SocialChecks(
            demandBalances: demand.allSatisfy { $0.placed + $0.outside + $0.unmet == $0.demand.citizens },
            capacityHolds: offers.allSatisfy { $0.used <= $0.offer.places },
            existingKept: existingKept,
            integral: integral,
            relaxationMatches: summary.relaxationMatches
        )
        return SocialPlan(
            year: inputs.year,
            inputs: inputs,
            summary: summary,
            purchases: purchases,
            offers: offers,
            demand: demand,
            buyers: buyerCosts(purchases: purchases, demand: demand),
            costs: costs,
            recommendations: SocialRecommendation.derive(
                offers: offers,
                demand: demand,
                emptyPlaceCostShare: policy.emptyPlaceCostShare.value
            ),
            checks: checks,
            model: model.model
        )
    }

    func buyerCosts(purchases: [SocialPurchase], demand: [DemandOutcome]) -> [BuyerCost] {
        let kmCost = inputs.policy.kmCost.value
        return inputs.municipalities.compactMap { buyer in
            let cells = demand.filter { $0.demand.buyer == buyer }
            guard !cells.isEmpty else { return nil }
            let bought = purchases.filter { $0.buyer == buyer }
            return BuyerCost(
                buyer: buyer,
                citizens: cells.reduce(0) { $0 + $1.demand.citizens },
                placed: cells.reduce(0) { $0 + $1.placed },
                outside: cells.reduce(0) { $0 + $1.outside },
                unmet: cells.reduce(0) { $0 + $1.unmet },
                tariffs: bought.reduce(0) { $0 + $1.tariffCost },
                distance: bought.reduce(0) { $0 + $1.distanceCost(kmCost: kmCost) },
                outsideCost: cells.reduce(0) { $0 + Double($1.outside) * ($1.outsidePrice ?? 0) }
            )
        }
    }
}
