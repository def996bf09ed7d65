/// A group of Socialaftale input figures that are assumptions rather than published numbers.
///
/// The Socialaftale counterpart of ``IllustrativeFigure``: reports list these
/// under "Illustrative tal", grouped by what they are (the offers' places and
/// tariffs, the demand, the existing placements, the prices outside the
/// region, each policy weight, the distance rules).
public struct SocialIllustrativeFigure: Hashable, Sendable {
    /// What the figures are.
    public enum Subject: Hashable, Sendable {
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

    /// What the figures are.
    public var subject: Subject
    /// How many figures of the group are illustrative.
    public var illustrativeCount: Int
    /// How many figures the group has.
    public var totalCount: Int
    /// The distinct source texts of the illustrative figures, in first-seen order.
    public var sources: [String]

    /// Creates a group.
    public init(subject: Subject, illustrativeCount: Int, totalCount: Int, sources: [String]) {
        self.subject = subject
        self.illustrativeCount = illustrativeCount
        self.totalCount = totalCount
        self.sources = sources
    }

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
            guard let tally = provenances.illustrativeTally(skippingEmptySources: true) else { return nil }
            return SocialIllustrativeFigure(
                subject: subject,
                illustrativeCount: tally.count,
                totalCount: provenances.count,
                sources: tally.sources
            )
        }
    }
}
