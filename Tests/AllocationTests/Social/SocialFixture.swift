import Allocation
import KKRDomain

/// Small in-memory Socialaftale inputs for hand-computed tests: municipalities 101 A, 102 B, 103 C,
/// one target group `g` with section `s` (a second, `t`, for mismatch tests), distances given directly.
enum SocialFixture {
    static let here = SourceLocation(file: "test")
    static let a = Party(code: "101", name: "A")
    static let b = Party(code: "102", name: "B")
    static let c = Party(code: "103", name: "C")
    static let region = Party(code: "1081", name: "Region", kind: .region)

    static func provenance() -> Provenance { Provenance(illustrative: false, source: "test", location: here) }

    static func figure(_ value: Double) -> PolicyFigure { PolicyFigure(value, provenance: provenance()) }

    static func offer(
        _ id: String,
        at location: Party,
        places: Int,
        tariff: Double,
        minimumOccupancy: Double = 0,
        group: String = "g",
        section: String = "s",
        operatorParty: Party? = nil
    ) -> SocialOffer {
        SocialOffer(
            id: id,
            name: id,
            operatorParty: operatorParty ?? location,
            location: location,
            targetGroupID: group,
            sectionID: section,
            places: places,
            tariff: tariff,
            minimumOccupancy: minimumOccupancy,
            provenance: provenance()
        )
    }

    static func demand(_ buyer: Party, _ citizens: Int, group: String = "g", section: String = "s") -> SocialDemand {
        SocialDemand(
            buyer: buyer,
            targetGroupID: group,
            sectionID: section,
            citizens: citizens,
            provenance: provenance()
        )
    }

    static func placement(_ buyer: Party, in offerID: String, _ citizens: Int) -> ExistingPlacement {
        ExistingPlacement(buyer: buyer, offerID: offerID, citizens: citizens, provenance: provenance())
    }

    static func price(_ price: Double, group: String = "g", section: String? = nil) -> OutsidePrice {
        OutsidePrice(targetGroupID: group, sectionID: section, price: price, provenance: provenance())
    }

    /// Inputs with distances from `kilometres` (unordered pairs "101-102"; missing pairs are 0 km).
    static func inputs(
        offers: [SocialOffer],
        demand: [SocialDemand],
        placements: [ExistingPlacement] = [],
        prices: [OutsidePrice] = [],
        kilometres: [String: Double] = [:],
        kmCost: Double = 0,
        unmetPenalty: Double = 1_000,
        emptyShare: Double = 1
    ) -> SocialInputs {
        let parties = [a, b, c]
        let distances = DistanceMatrix(codes: parties.map(\.code)) { from, to in
            kilometres["\(from)-\(to)"] ?? kilometres["\(to)-\(from)"] ?? 0
        }
        return SocialInputs(
            year: 2027,
            municipalities: parties,
            region: region,
            targetGroups: [
                TargetGroup(id: "g", nameDanish: "G", nameEnglish: "G"),
                TargetGroup(id: "h", nameDanish: "H", nameEnglish: "H"),
            ],
            sections: [
                LawSection(id: "s", citation: "§ S", nameDanish: "S", nameEnglish: "S"),
                LawSection(id: "t", citation: "§ T", nameDanish: "T", nameEnglish: "T"),
            ],
            offers: offers,
            demand: demand,
            placements: placements,
            outsidePrices: prices,
            distances: distances,
            distanceRules: DistanceRules(roadFactor: figure(1)),
            policy: SocialPolicy(
                kmCost: figure(kmCost),
                unmetPenalty: figure(unmetPenalty),
                emptyPlaceCostShare: figure(emptyShare),
                minimumOccupancy: figure(0)
            )
        )
    }

    /// Citizens of `buyer` in offer `offerID` in `plan` (0 when none).
    static func citizens(_ plan: SocialPlan, _ buyer: Party, _ offerID: String) -> Int {
        plan.purchases.first { $0.buyer == buyer && $0.offer.id == offerID }?.citizens ?? 0
    }
}
