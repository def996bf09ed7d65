/// The whole validated input for one Socialaftale balance: offers, demand, placements, prices, distances, policy.
///
/// Built by ``SocialInputReader`` from `Inputs/municipalities.csv` and
/// `Inputs/social/`, or in memory (tests, the national-size generator).
/// Collections keep file order; the model's order is derived from them, so
/// identical inputs give identical plans.
public struct SocialInputs: Sendable {
    /// The plan year.
    public var year: Int
    /// The municipalities (the buyers), in code order.
    public var municipalities: [Party]
    /// The region, when the inputs name one (an operator, never a buyer).
    public var region: Party?
    /// The target groups, in settings order.
    public var targetGroups: [TargetGroup]
    /// The law sections, in settings order.
    public var sections: [LawSection]
    /// The offers, in file order.
    public var offers: [SocialOffer]
    /// The demand figures, in file order.
    public var demand: [SocialDemand]
    /// The existing placements, in file order.
    public var placements: [ExistingPlacement]
    /// The prices outside the region.
    public var outsidePrices: [OutsidePrice]
    /// Road km between municipalities.
    public var distances: DistanceMatrix
    /// How the distances were derived (for the report).
    public var distanceRules: DistanceRules
    /// The number of pairs given directly in `distances.csv`.
    public var distanceOverrides: [DistanceOverride]
    /// The policy weights.
    public var policy: SocialPolicy
    /// The files read, in a fixed order, with their SHA-256.
    public var files: [InputFile]
    /// Warnings found while reading (the inputs are usable).
    public var warnings: [Diagnostic] = []

    /// Creates the inputs.
    public init(
        year: Int,
        municipalities: [Party],
        region: Party? = nil,
        targetGroups: [TargetGroup],
        sections: [LawSection],
        offers: [SocialOffer],
        demand: [SocialDemand],
        placements: [ExistingPlacement] = [],
        outsidePrices: [OutsidePrice] = [],
        distances: DistanceMatrix,
        distanceRules: DistanceRules,
        distanceOverrides: [DistanceOverride] = [],
        policy: SocialPolicy,
        files: [InputFile] = []
    ) {
        self.year = year
        self.municipalities = municipalities
        self.region = region
        self.targetGroups = targetGroups
        self.sections = sections
        self.offers = offers
        self.demand = demand
        self.placements = placements
        self.outsidePrices = outsidePrices
        self.distances = distances
        self.distanceRules = distanceRules
        self.distanceOverrides = distanceOverrides
        self.policy = policy
        self.files = files
    }

    // MARK: - Lookups

    /// The target group with `id`, if declared.
    public func targetGroup(_ id: String) -> TargetGroup? {
        targetGroups.first { $0.id == id }
    }

    /// The section with `id`, if declared.
    public func section(_ id: String) -> LawSection? {
        sections.first { $0.id == id }
    }

    /// The price outside the region for a target group and section: the section's own price, else the group's.
    public func outsidePrice(targetGroupID: String, sectionID: String) -> OutsidePrice? {
        outsidePrices.first { $0.targetGroupID == targetGroupID && $0.sectionID == sectionID }
            ?? outsidePrices.first { $0.targetGroupID == targetGroupID && $0.sectionID == nil }
    }

    /// Road km from the buyer `from` to the offer location `to` (0 when unknown; validation prevents that).
    public func kilometres(from: String, to: String) -> Double {
        distances.kilometres(from: from, to: to) ?? 0
    }

    /// Every figure marked illustrative, grouped for reports.
    public var illustrativeFigures: [SocialIllustrativeFigure] {
        SocialIllustrativeFigure.collect(from: self)
    }
}
