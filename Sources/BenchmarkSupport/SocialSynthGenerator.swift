import Allocation
import KKRDomain

/// Generates Socialaftale inputs shaped like the benchmark LP `social_synth` (issue 14): 98 municipalities, 2,000
/// offers in 36 kinds (12 target groups × 3 sections), a demand cell per municipality and kind with probability
/// 0.98 and 1–20 citizens, no existing placements.
///
/// The figures follow the LP's generator: 5–60 places per offer, tariffs 300,000–2,000,000 kr in steps of 1,000,
/// a 90 % occupancy bound whose empty places cost half the tariff, 100 kr per km, road km 0–300 drawn per pair of
/// municipalities (0 within one), 2,500,000 kr outside the region and a 5,000,000 kr penalty per unmet citizen. At
/// the national size the model has about 7,460 rows and 200,000 columns, like the LP. The numbers are drawn with
/// ``Xorshift64Star`` (not Python's generator), so the instance is the same shape, not the same LP. The same seed
/// gives the same inputs on every machine; nothing here is real data.
public struct SocialSynthGenerator: Sendable {
    /// Municipalities (buyers).
    public var municipalities: Int
    /// Offers.
    public var offers: Int
    /// Target groups (each with three sections: 36 kinds for 12).
    public var targetGroups: Int
    /// The seed.
    public var seed: UInt64

    /// Creates a generator; the defaults are the national size of `social_synth`.
    public init(municipalities: Int = 98, offers: Int = 2_000, targetGroups: Int = 12, seed: UInt64 = 2027) {
        self.municipalities = municipalities
        self.offers = offers
        self.targetGroups = targetGroups
        self.seed = seed
    }

    /// The share of (municipality, kind) pairs with demand.
    static let demandShare = 0.98
    /// The occupancy bound of every offer.
    static let occupancy = 0.9

    /// The instance.
    public func generate() -> SocialInputs {
        var random = Xorshift64Star(seed: seed)
        let here = SourceLocation(file: "generated")
        let provenance = Provenance(
            illustrative: true,
            source: "generated like social_synth (seed \(seed))",
            location: here
        )
        let parties = (0..<municipalities).map { Party(code: String(101 + $0), name: "Kommune \(101 + $0)") }
        let groups = (0..<targetGroups)
            .map {
                TargetGroup(id: "g\($0 + 1)", nameDanish: "Målgruppe \($0 + 1)", nameEnglish: "Target group \($0 + 1)")
            }
        let sections = SocialInstanceGenerator.sectionBases.map(\.section)
        let kinds = groups.flatMap { group in sections.map { (group: group.id, section: $0.id) } }
        var generated: [SocialOffer] = []
        generated.reserveCapacity(offers)
        for index in 0..<offers {
            let kind = kinds[random.below(kinds.count)]
            let location = parties[random.below(parties.count)]
            generated.append(
                SocialOffer(
                    id: "o\(index + 1)",
                    name: "Tilbud \(index + 1)",
                    operatorParty: location,
                    location: location,
                    targetGroupID: kind.group,
                    sectionID: kind.section,
                    places: 5 + random.below(56),
                    tariff: Double(300 + random.below(1_701)) * 1_000,
                    minimumOccupancy: Self.occupancy,
                    provenance: provenance
                )
            )
        }
        var demand: [SocialDemand] = []
        for party in parties {
            for kind in kinds where random.uniform(0, 1) < Self.demandShare {
                demand.append(
                    SocialDemand(
                        buyer: party,
                        targetGroupID: kind.group,
                        sectionID: kind.section,
                        citizens: 1 + random.below(20),
                        provenance: provenance
                    )
                )
            }
        }
        let distances = DistanceMatrix(codes: parties.map(\.code)) { _, _ in Double(random.below(301)) }
        return SocialInputs(
            year: 2027,
            municipalities: parties,
            targetGroups: groups,
            sections: sections,
            offers: generated,
            demand: demand,
            outsidePrices: groups.map {
                OutsidePrice(targetGroupID: $0.id, sectionID: nil, price: 2_500_000, provenance: provenance)
            },
            distances: distances,
            distanceRules: DistanceRules(roadFactor: PolicyFigure(1, provenance: provenance)),
            policy: SocialPolicy(
                kmCost: PolicyFigure(100, provenance: provenance),
                unmetPenalty: PolicyFigure(5_000_000, provenance: provenance),
                emptyPlaceCostShare: PolicyFigure(0.5, provenance: provenance),
                minimumOccupancy: PolicyFigure(Self.occupancy, provenance: provenance)
            )
        )
    }
}
