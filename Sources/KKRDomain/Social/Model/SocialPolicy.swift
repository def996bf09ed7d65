/// One policy number with where it comes from (`km_cost: {value: 250, illustrative: true, source: …}`).
public struct PolicyFigure: Hashable, Sendable {
    /// The number.
    public var value: Double
    /// Source and illustrative mark.
    public var provenance: Provenance

    /// Creates a figure.
    public init(_ value: Double, provenance: Provenance) {
        self.value = value
        self.provenance = provenance
    }
}

/// The weights the council agrees on: what distance, empty places and unmet demand are worth.
///
/// All amounts are kr per year, so they add up with the tariffs in one
/// objective: the collective yearly cost of the municipalities.
public struct SocialPolicy: Hashable, Sendable {
    /// Kr per km of distance (buyer to offer) per citizen per year: follow-up visits, family contact, transport.
    public var kmCost: PolicyFigure
    /// Kr per citizen who gets no place at all; much larger than any tariff, so this is a last resort.
    public var unmetPenalty: PolicyFigure
    /// The share of an offer's tariff charged per empty place below its occupancy bound (1 = the whole tariff).
    public var emptyPlaceCostShare: PolicyFigure
    /// The default lowest budgeted occupancy as a fraction (0.95), for offers that do not state their own.
    public var minimumOccupancy: PolicyFigure

    /// Creates a policy.
    public init(
        kmCost: PolicyFigure,
        unmetPenalty: PolicyFigure,
        emptyPlaceCostShare: PolicyFigure,
        minimumOccupancy: PolicyFigure
    ) {
        self.kmCost = kmCost
        self.unmetPenalty = unmetPenalty
        self.emptyPlaceCostShare = emptyPlaceCostShare
        self.minimumOccupancy = minimumOccupancy
    }
}
