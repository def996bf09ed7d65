/// The price per citizen per year of buying a place outside the region, for a target group (and optionally one section).
///
/// Without a price for a target group and section, citizens who find no
/// place in the region are unmet demand.
public struct OutsidePrice: Hashable, Sendable {
    /// The target group.
    public var targetGroupID: String
    /// The law section, or nil for every section of the target group.
    public var sectionID: String?
    /// Kr per citizen per year (all included: the model adds no distance cost).
    public var price: Double
    /// Source and illustrative mark.
    public var provenance: Provenance

    /// Creates a price.
    public init(targetGroupID: String, sectionID: String?, price: Double, provenance: Provenance) {
        self.targetGroupID = targetGroupID
        self.sectionID = sectionID
        self.price = price
        self.provenance = provenance
    }
}
