/// A specialised social offer (tilbud): who runs it, where, for whom, how many places, at what tariff.
public struct SocialOffer: Hashable, Sendable {
    /// The offer's id in `offers.csv` (letters, digits, `_`, `-`, `.`).
    public var id: String
    /// The offer's name.
    public var name: String
    /// The operator (driftsherre): a municipality or the region.
    public var operatorParty: Party
    /// The municipality where the offer lies (distances are measured to it).
    public var location: Party
    /// The target group served.
    public var targetGroupID: String
    /// The law section of its places.
    public var sectionID: String
    /// The number of places (≥ 1).
    public var places: Int
    /// The tariff in kr per place per year.
    public var tariff: Double
    /// The lowest budgeted occupancy as a fraction (0.95 = 95 %); fewer used places are penalised.
    public var minimumOccupancy: Double
    /// Source and illustrative mark.
    public var provenance: Provenance

    /// Creates an offer.
    public init(
        id: String,
        name: String,
        operatorParty: Party,
        location: Party,
        targetGroupID: String,
        sectionID: String,
        places: Int,
        tariff: Double,
        minimumOccupancy: Double,
        provenance: Provenance
    ) {
        self.id = id
        self.name = name
        self.operatorParty = operatorParty
        self.location = location
        self.targetGroupID = targetGroupID
        self.sectionID = sectionID
        self.places = places
        self.tariff = tariff
        self.minimumOccupancy = minimumOccupancy
        self.provenance = provenance
    }

    /// The used places the occupancy bound asks for: ⌈minimumOccupancy · places⌉.
    ///
    /// A tolerance of 10⁻⁹ keeps 0.95 · 20 = 19 from rounding up to 20 through
    /// binary floating point.
    public var occupancyFloor: Int {
        Int((minimumOccupancy * Double(places) - 1e-9).rounded(.up))
    }
}
