/// The citizens of one buyer municipality who need a place of one target group and law section in the plan year.
///
/// The number includes the citizens already placed (``ExistingPlacement``):
/// they stay where they are and count against both this demand and the
/// offer's places.
public struct SocialDemand: Hashable, Sendable {
    /// The buyer (handlekommune).
    public var buyer: Party
    /// The target group.
    public var targetGroupID: String
    /// The law section.
    public var sectionID: String
    /// The number of citizens (≥ 0).
    public var citizens: Int
    /// Source and illustrative mark.
    public var provenance: Provenance

    /// Creates a demand figure.
    public init(buyer: Party, targetGroupID: String, sectionID: String, citizens: Int, provenance: Provenance) {
        self.buyer = buyer
        self.targetGroupID = targetGroupID
        self.sectionID = sectionID
        self.citizens = citizens
        self.provenance = provenance
    }
}
