import KKRDomain

/// The differences between a scenario's Socialaftale balance and the base's: the totals, and per buyer what it pays.
///
/// Amounts are kr per year. "Payments" are what the municipalities pay
/// (tariffs to the region's offers and places bought outside the region);
/// the total cost adds the valuations the model also weighs (distance,
/// empty places below the occupancy bound, the penalty for unmet demand).
public struct SocialComparison: Sendable {
    /// The base's totals.
    public var base: SocialFigures
    /// The scenario's totals.
    public var scenario: SocialFigures
    /// One row per buyer, in the base's order, then buyers only the scenario has.
    public var buyers: [BuyerDelta]
    /// The offers whose used places change, or that exist on one side only, in the base's order.
    public var offers: [OfferDelta]

    /// Compares `scenario` with `base`.
    public init(base: SocialPlan, scenario: SocialPlan) {
        self.base = SocialFigures(base)
        self.scenario = SocialFigures(scenario)
        var parties = base.buyers.map(\.buyer)
        for row in scenario.buyers where !parties.contains(row.buyer) { parties.append(row.buyer) }
        buyers = parties.map { party in
            BuyerDelta(
                buyer: party,
                base: base.buyers.first { $0.buyer == party },
                scenario: scenario.buyers.first { $0.buyer == party }
            )
        }
        var ids = base.offers.map(\.offer.id)
        for use in scenario.offers where !ids.contains(use.offer.id) { ids.append(use.offer.id) }
        offers = ids.compactMap { id in
            let before = base.offers.first { $0.offer.id == id }
            let after = scenario.offers.first { $0.offer.id == id }
            guard let offer = after?.offer ?? before?.offer,
                before?.used != after?.used || before?.offer.places != after?.offer.places
            else { return nil }
            return OfferDelta(offer: offer, base: before, scenario: after)
        }
    }
}

/// The totals of one Socialaftale balance.
public struct SocialFigures: Sendable, Hashable {
    /// The model's total cost (payments plus distance, empty places and unmet penalty).
    public var totalCost: Double
    /// What the municipalities pay: tariffs, outside purchases and empty places below the occupancy bound.
    public var payments: Double
    /// Citizens without a place.
    public var unmet: Int
    /// Citizens placed outside the region.
    public var outside: Int
    /// Offers used below their occupancy bound.
    public var offersUnderBound: Int

    /// The figures of `plan`.
    public init(_ plan: SocialPlan) {
        totalCost = plan.costs.total
        payments = plan.costs.payments
        unmet = plan.totals.unmet
        outside = plan.totals.outside
        offersUnderBound = plan.offersUnderBound.count
    }
}

/// One buyer's payments and unmet demand in the base and the scenario.
public struct BuyerDelta: Sendable, Hashable {
    /// The buyer.
    public var buyer: Party
    /// The base's row (nil: no demand there).
    public var base: BuyerCost?
    /// The scenario's row (nil: no demand there).
    public var scenario: BuyerCost?

    /// Scenario payments − base payments (a missing side counts as 0).
    public var paymentsDelta: Double { (scenario?.payments ?? 0) - (base?.payments ?? 0) }

    /// Scenario unmet − base unmet.
    public var unmetDelta: Int { (scenario?.unmet ?? 0) - (base?.unmet ?? 0) }
}

/// One offer whose use changes.
public struct OfferDelta: Sendable, Hashable {
    /// The offer (as the scenario has it, else the base).
    public var offer: SocialOffer
    /// Its use in the base (nil: it does not exist there).
    public var base: OfferUse?
    /// Its use in the scenario (nil: closed).
    public var scenario: OfferUse?
}
