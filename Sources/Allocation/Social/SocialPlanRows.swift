import KKRDomain

/// Citizens of one buyer placed in one offer.
public struct SocialPurchase: Sendable, Hashable {
    /// The buyer.
    public var buyer: Party
    /// The offer.
    public var offer: SocialOffer
    /// Citizens placed (existing ones included).
    public var citizens: Int
    /// Of these, citizens already placed before the plan year.
    public var existing: Int
    /// Road km from the buyer to the offer.
    public var kilometres: Double

    /// The tariffs paid: citizens × tariff.
    public var tariffCost: Double { Double(citizens) * offer.tariff }

    /// The distance cost at `kmCost` kr per km per citizen per year.
    public func distanceCost(kmCost: Double) -> Double { Double(citizens) * kilometres * kmCost }
}

/// How one offer is used in the plan.
public struct OfferUse: Sendable, Hashable {
    /// The offer.
    public var offer: SocialOffer
    /// Places used.
    public var used: Int
    /// Of these, places held by existing placements.
    public var existing: Int
    /// What one more place is worth, in kr per year (−dual of the capacity row of the LP relaxation); nil without duals.
    public var placeValue: Double?
    /// What one more place saves, in kr per year, computed exactly by solving the LP again with one place more
    /// (capacity and occupancy bound both moved); set for the offers that may be recommended (full in the plan,
    /// `placeValue`, an upper bound of the saving, at least ``SocialRecommendation/smallestSavingShare`` of the
    /// tariff), nil for the others or when that solve failed.
    public var placeSaving: Double? = nil

    /// Places not used.
    public var empty: Int { offer.places - used }
    /// Used places / places.
    public var occupancy: Double { Double(used) / Double(offer.places) }
    /// Used places the occupancy bound asks for.
    public var floor: Int { offer.occupancyFloor }
    /// Places missing to reach the occupancy bound (0 when it is met).
    public var belowFloor: Int { max(0, floor - used) }
    /// True when fewer places are used than the occupancy bound asks for.
    public var isUnderBound: Bool { used < floor }
}

/// How one demand cell (buyer, target group, section) is met.
public struct DemandOutcome: Sendable, Hashable {
    /// The demand.
    public var demand: SocialDemand
    /// Citizens placed in the region's offers.
    public var placed: Int
    /// Citizens bought outside the region.
    public var outside: Int
    /// Citizens without a place.
    public var unmet: Int
    /// Citizens already placed (part of `placed`).
    public var existing: Int
    /// The price outside the region, if there is one.
    public var outsidePrice: Double?
    /// What one more citizen costs, in kr per year (dual of the demand row of the LP relaxation); nil without duals.
    public var citizenValue: Double?
}

/// What one buyer pays and gets.
public struct BuyerCost: Sendable, Hashable {
    /// The buyer.
    public var buyer: Party
    /// Citizens in the demand.
    public var citizens: Int
    /// Placed in the region.
    public var placed: Int
    /// Bought outside the region.
    public var outside: Int
    /// Without a place.
    public var unmet: Int
    /// Tariffs paid to the region's offers.
    public var tariffs: Double
    /// The distance cost (a valuation, not a payment).
    public var distance: Double
    /// Paid for places outside the region.
    public var outsideCost: Double

    /// Tariffs + outside purchases: what the buyer pays.
    public var payments: Double { tariffs + outsideCost }
}
