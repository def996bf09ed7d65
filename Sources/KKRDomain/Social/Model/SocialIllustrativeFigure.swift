/// A group of Socialaftale input figures that are assumptions rather than published numbers.
///
/// The Socialaftale counterpart of ``IllustrativeFigure``, grouped by what
/// they are (the offers' places and tariffs, the demand, the existing
/// placements, the prices outside the region, each policy weight, the
/// distance rules).
public typealias SocialIllustrativeFigure = IllustrativeGroup<SocialFigureSubject>

/// What a group of illustrative Socialaftale figures is.
public enum SocialFigureSubject: Hashable, Sendable {
    /// Places, tariffs and occupancy bounds of the offers (one figure per offer row).
    case offers
    /// Citizens per buyer, target group and section.
    case demand
    /// Existing placements.
    case placements
    /// Prices outside the region.
    case outsidePrices
    /// A policy weight (`km_cost`, `unmet_penalty`, `empty_place_cost_share`, `min_occupancy_percent`).
    case policy(key: String)
    /// The road factor.
    case roadFactor
    /// The ferry rules.
    case ferries
    /// Distances given directly.
    case distanceOverrides
}

extension IllustrativeGroup where Subject == SocialFigureSubject {
    /// The illustrative groups of `inputs`, in a fixed order; groups without an illustrative figure are left out.
    static func collect(from inputs: SocialInputs) -> [SocialIllustrativeFigure] {
        let policy = inputs.policy
        let parts: [(Subject, [Provenance])] = [
            (.offers, inputs.offers.map(\.provenance)),
            (.demand, inputs.demand.map(\.provenance)),
            (.placements, inputs.placements.map(\.provenance)),
            (.outsidePrices, inputs.outsidePrices.map(\.provenance)),
            (.policy(key: "km_cost"), [policy.kmCost.provenance]),
            (.policy(key: "unmet_penalty"), [policy.unmetPenalty.provenance]),
            (.policy(key: "empty_place_cost_share"), [policy.emptyPlaceCostShare.provenance]),
            (.policy(key: "min_occupancy_percent"), [policy.minimumOccupancy.provenance]),
            (.roadFactor, [inputs.distanceRules.roadFactor.provenance]),
            (.ferries, inputs.distanceRules.ferries.map(\.provenance)),
            (.distanceOverrides, inputs.distanceOverrides.map(\.provenance)),
        ]
        return parts.compactMap { subject, provenances in
            SocialIllustrativeFigure(subject: subject, provenances: provenances, skippingEmptySources: true)
        }
    }
}
