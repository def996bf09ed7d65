/// Citizens of a buyer who already live in (or attend) an offer and stay there in the plan year.
///
/// Fixed in the model as a lower bound on the buyer's purchases in the
/// offer; they count against the offer's places and the buyer's demand.
public struct ExistingPlacement: Hashable, Sendable {
    /// The buyer.
    public var buyer: Party
    /// The offer's id.
    public var offerID: String
    /// The number of citizens (≥ 0).
    public var citizens: Int
    /// Source and illustrative mark.
    public var provenance: Provenance

    /// Creates a placement.
    public init(buyer: Party, offerID: String, citizens: Int, provenance: Provenance) {
        self.buyer = buyer
        self.offerID = offerID
        self.citizens = citizens
        self.provenance = provenance
    }
}
