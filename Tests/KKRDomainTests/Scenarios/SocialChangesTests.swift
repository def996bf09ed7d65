import Foundation
import KKRDomain
import Testing

/// Each Socialaftale change kind on the shipped inputs (Inputs/social), with hand-counted expectations.
@Suite struct SocialChangesTests {
    static let base = ScenarioFixture.shipped

    static func apply(_ actions: [ScenarioChange.Action]) throws -> SocialInputs {
        let base = try #require(Self.base)
        let changed = try ScenarioFixture.apply(actions, to: base)
        return try #require(changed.social)
    }

    static func problems(_ actions: [ScenarioChange.Action]) throws -> [String] {
        ScenarioFixture.problems(actions, base: try #require(Self.base))
    }

    static func demand(_ inputs: SocialInputs, _ buyer: String, _ group: String, _ section: String) -> Int? {
        inputs.demand.first { $0.buyer.code == buyer && $0.targetGroupID == group && $0.sectionID == section }?
            .citizens
    }

    /// Kompasset: 24 places at 1.250.000 kr (offers.csv); × 1.05 = 1.312.500 kr.
    @Test func changeOfferSetsPlacesAndTariff() throws {
        let changed = try Self.apply([
            .changeOffer(offerIDs: ["rn-kompasset"], places: 30, tariff: nil, tariffFactor: 1.05),
            .changeOffer(offerIDs: ["hjo-aut-107"], places: nil, tariff: 1_000_000, tariffFactor: nil),
        ])
        let kompasset = try #require(changed.offers.first { $0.id == "rn-kompasset" })
        #expect(kompasset.places == 30 && kompasset.tariff == 1_312_500)
        #expect(kompasset.provenance.illustrative && kompasset.provenance.source == "scenario change (S/x.yaml:5:5)")
        #expect(changed.offers.first { $0.id == "hjo-aut-107" }?.tariff == 1_000_000)
        #expect(changed.offers.first { $0.id == "hjo-aut-107" }?.places == 20)
    }

    /// Kompasset houses 4 citizens of Brønderslev and 7 of Hjørring (placements.csv); closing it frees them.
    @Test func closeOfferRemovesTheOfferAndItsPlacements() throws {
        let base = try #require(Self.base?.social)
        let changed = try Self.apply([.closeOffer(offerIDs: ["rn-kompasset"])])
        #expect(changed.offers.count == base.offers.count - 1)
        #expect(!changed.offers.contains { $0.id == "rn-kompasset" })
        #expect(changed.placements.count == base.placements.count - 2)
        #expect(changed.demand == base.demand)
    }

    /// Aalborg's autism demand: 44 (§ 108) and 26 (§ 107); × 1.15 = 50.6 → 51 and 29.9 → 30.
    /// Already placed: 26 in aal-aut-108 and 15 in aal-aut-107, the floor when scaling to 0.
    @Test func scaleDemandRoundsAndKeepsThosePlaced() throws {
        let up = try Self.apply([.scaleDemand(targetGroupIDs: ["autisme"], buyers: .all, factor: 1.15)])
        #expect(Self.demand(up, "851", "autisme", "sel108") == 51)
        #expect(Self.demand(up, "851", "autisme", "sel107") == 30)
        // Other target groups are untouched: Aalborg's § 108 demand for udviklingshæmning stays at demand.csv's 130.
        let base = try #require(Self.base?.social)
        #expect(Self.demand(up, "851", "udviklingshaemning", "sel108") == 130)
        #expect(Self.demand(base, "851", "udviklingshaemning", "sel108") == 130)
        let zero = try Self.apply([.scaleDemand(targetGroupIDs: ["autisme"], buyers: .codes(["851"]), factor: 0)])
        #expect(Self.demand(zero, "851", "autisme", "sel108") == 26)
        #expect(Self.demand(zero, "851", "autisme", "sel107") == 15)
        #expect(Self.demand(zero, "773", "autisme", "sel108") == 4)
    }

    /// Offers at the default 95 % follow a new default; the acute offers' own 90 % stays.
    @Test func setPolicyMovesTheDefaultOccupancy() throws {
        let changed = try Self.apply([
            .setPolicy(weight: .minOccupancyPercent, value: 97), .setPolicy(weight: .kmCost, value: 300),
        ])
        #expect(changed.policy.minimumOccupancy.value == 0.97 && changed.policy.kmCost.value == 300)
        #expect(changed.offers.first { $0.id == "aal-aut-108" }?.minimumOccupancy == 0.97)
        #expect(changed.offers.first { $0.id == "rn-aas" }?.minimumOccupancy == 0.9)
    }

    /// aal-aut-108 houses 2 + 5 + 4 + 3 + 4 + 4 + 26 = 48 citizens (placements.csv): 40 places cannot hold them.
    @Test func errorsAreReportedAtTheChange() throws {
        let problems = try Self.problems([
            .closeOffer(offerIDs: ["rn-kompas"]),
            .scaleDemand(targetGroupIDs: ["autism"], buyers: .codes(["999"]), factor: 2),
        ])
        #expect(
            problems == [
                "S/x.yaml:5:5: error: the offer 'rn-kompas' does not exist — hint: similar ids in Inputs/social/offers.csv: rn-soedisbakke, rn-kompasset, rn-oesterskoven, rn-aas",
                "S/x.yaml:6:5: error: the target group 'autism' does not exist — hint: the target groups are: fysisk, hjerneskade, autisme, udviklingshaemning, kognitiv, sindslidelse, multipel, sjaelden, hjemloeshed, vold, misbrug, sociale_problemer",
                "S/x.yaml:6:5: error: '999' is not a buyer municipality — hint: use the DST code of one of: 773 Morsø, 787 Thisted, 810 Brønderslev, 813 Frederikshavn, 820 Vesthimmerland, 825 Læsø, 840 Rebild, 846 Mariagerfjord, 849 Jammerbugt, 851 Aalborg, 860 Hjørring",
            ]
        )
        let tooSmall = try Self.problems([
            .changeOffer(offerIDs: ["aal-aut-108"], places: 40, tariff: nil, tariffFactor: nil)
        ])
        #expect(
            tooSmall == [
                "S/x.yaml:5:5: error: with this change, offer 'aal-aut-108' has 48 existing placements in Inputs/social/placements.csv but only 40 places — hint: raise 'places' to at least 48 or correct the placements"
            ]
        )
    }
}
