import KKRDomain

/// A plain-language recommendation drawn from the plan and the LP relaxation's duals.
///
/// The values are language-free; `Reports` words them in Danish or English.
public enum SocialRecommendation: Sendable, Hashable {
    /// One more place in the offer lowers the yearly cost by `saving` kr (``OfferUse/placeSaving``, the exact
    /// difference of two LP solves; the capacity row's dual only where that is missing).
    ///
    /// `avoidsUnmet` is true when citizens of the offer's target group and
    /// section are left without a place: the saving then mostly is the agreed
    /// penalty for an unmet citizen, a policy value rather than money.
    case addPlace(offer: SocialOffer, saving: Double, avoidsUnmet: Bool)
    /// The offer has `empty` empty places at the planned demand; `belowBound` of them are below its occupancy bound,
    /// costing `cost` kr a year.
    case emptyPlaces(offer: SocialOffer, empty: Int, belowBound: Int, cost: Double)
    /// Citizens of a target group and section find no place in the region: `outside` are bought outside, `unmet`
    /// get none; one more such citizen costs up to `citizenValue` kr a year (the largest demand-row dual);
    /// `outsidePrice` is the price outside the region, if there is one.
    case shortage(
        targetGroupID: String,
        sectionID: String,
        outside: Int,
        unmet: Int,
        citizenValue: Double?,
        outsidePrice: Double?
    )

    /// The smallest saving worth recommending a place for, as a share of the offer's tariff (1 %).
    ///
    /// Relative, so that it means the same for a 90,000 kr day offer and a
    /// 1.4 million kr residential place, and filters out values that are
    /// rounding noise of the LP.
    public static let smallestSavingShare = 0.01

    /// The recommendations for a plan's offers and demand, most valuable first within each kind.
    ///
    /// Places saving at least ``smallestSavingShare`` of their tariff a year, then every offer with
    /// empty places (by the yearly cost of its places below the bound, then by
    /// number of empty places), then every target group and section with citizens outside
    /// the region or without a place.
    public static func derive(
        offers: [OfferUse],
        demand: [DemandOutcome],
        emptyPlaceCostShare: Double
    ) -> [SocialRecommendation] {
        var unmetKinds: Set<String> = []
        for outcome in demand where outcome.unmet > 0 {
            unmetKinds.insert(outcome.demand.targetGroupID + "|" + outcome.demand.sectionID)
        }
        let places = offers.map { ($0, $0.placeSaving ?? $0.placeValue ?? 0) }
            .filter { $0.1 >= smallestSavingShare * $0.0.offer.tariff }
            .sorted { ($0.1, $1.0.offer.id) > ($1.1, $0.0.offer.id) }
            .map { use, saving in
                SocialRecommendation.addPlace(
                    offer: use.offer,
                    saving: saving,
                    avoidsUnmet: unmetKinds.contains(use.offer.targetGroupID + "|" + use.offer.sectionID)
                )
            }
        let empty = offers.filter { $0.empty > 0 }
            .map { ($0, Double($0.belowFloor) * $0.offer.tariff * emptyPlaceCostShare) }
            .sorted { ($0.1, $0.0.empty, $1.0.offer.id) > ($1.1, $1.0.empty, $0.0.offer.id) }
            .map { use, cost in
                SocialRecommendation.emptyPlaces(
                    offer: use.offer,
                    empty: use.empty,
                    belowBound: use.belowFloor,
                    cost: cost
                )
            }
        var kinds: [String] = []
        var cellsByKind: [String: [DemandOutcome]] = [:]
        for outcome in demand {
            let key = outcome.demand.targetGroupID + "|" + outcome.demand.sectionID
            if cellsByKind[key] == nil { kinds.append(key) }
            cellsByKind[key, default: []].append(outcome)
        }
        let shortages = kinds.compactMap { key -> SocialRecommendation? in
            guard let cells = cellsByKind[key], let first = cells.first else { return nil }
            let outside = cells.reduce(0) { $0 + $1.outside }
            let unmet = cells.reduce(0) { $0 + $1.unmet }
            guard outside + unmet > 0 else { return nil }
            return .shortage(
                targetGroupID: first.demand.targetGroupID,
                sectionID: first.demand.sectionID,
                outside: outside,
                unmet: unmet,
                citizenValue: cells.compactMap(\.citizenValue).max(),
                outsidePrice: first.outsidePrice
            )
        }
        return places + empty + shortages
    }
}
