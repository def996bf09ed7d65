import Foundation
import KKRDomain
import Testing

/// The shipped Socialaftale inputs read without problems, and distances come out as hand-computed.
@Suite struct SocialInputTests {
    static func defaultInputs() throws -> SocialInputs {
        try SocialInputReader.read(folder: DefaultInputsTests.inputs, displayName: "Inputs")
    }

    @Test func defaultInputsAreValid() throws {
        let inputs = try Self.defaultInputs()
        #expect(inputs.year == 2027)
        #expect(inputs.warnings.isEmpty, "\(inputs.warnings)")
        #expect(inputs.municipalities.count == 11 && inputs.region?.code == "1081")
        #expect(inputs.targetGroups.count == 12 && inputs.sections.count == 9)
        #expect(inputs.offers.count == 67 && inputs.demand.count == 209 && inputs.placements.count == 179)
        #expect(inputs.outsidePrices.count == 15)
        #expect(
            inputs.files.map(\.displayName) == [
                "Inputs/municipalities.csv", "Inputs/social/socialaftale.yaml", "Inputs/social/offers.csv",
                "Inputs/social/demand.csv", "Inputs/social/placements.csv", "Inputs/social/outside_prices.csv",
                "Inputs/social/coordinates.csv",
            ]
        )
        // The region's Specialsektoren offers named in FACTS.md, run by the region.
        let regional = inputs.offers.filter { $0.operatorParty.kind == .region }.map(\.name)
        #expect(regional == ["Sødisbakke", "Kompasset", "Østerskoven", "Forsorgshjemmet Aas"])
        #expect(inputs.offers.allSatisfy { $0.provenance.illustrative })
        #expect(inputs.policy.minimumOccupancy.value == 0.95 && inputs.policy.kmCost.value == 250)
        // Acute offers (§ 109, § 110) have a 90 % bound in offers.csv; the others the 95 % default.
        let acute = inputs.offers.filter { ["sel109", "sel110"].contains($0.sectionID) }
        #expect(!acute.isEmpty && acute.allSatisfy { $0.minimumOccupancy == 0.9 })
        let oesterskoven = try #require(inputs.offers.first { $0.id == "rn-oesterskoven" })
        #expect(oesterskoven.tariff == 1_163_255)  // 3,187 kr a day × 365
    }

    /// Aalborg (57.049, 9.922) – Hjørring (57.464, 9.982), by the flat-earth approximation (accurate to
    /// 0.01 % at 50 km): north 0.415° × 111.195 km = 46.146 km, east 0.06° × 111.195 × cos 57.2565° = 3.608 km,
    /// straight line 46.287 km; × 1.3 = 60.17 km of road.
    @Test func roadDistanceFromCoordinates() throws {
        let inputs = try Self.defaultInputs()
        let km = try #require(inputs.distances.kilometres(from: "851", to: "860"))
        #expect(abs(km - 60.17) < 0.05)
        #expect(inputs.distances.kilometres(from: "860", to: "851") == km)
        #expect(inputs.distances.kilometres(from: "851", to: "851") == 0)
    }

    /// Læsø is reached through Frederikshavn plus 120 km for the ferry. Frederikshavn (57.441, 10.537) – Aalborg:
    /// north 43.588 km, east 0.615° × 111.195 × cos 57.245° = 36.997 km, straight line 57.17 km, road 74.33 km.
    @Test func ferryMunicipalityGoesThroughItsPort() throws {
        let inputs = try Self.defaultInputs()
        #expect(inputs.distances.kilometres(from: "825", to: "813") == 120)
        let viaPort = try #require(inputs.distances.kilometres(from: "825", to: "851"))
        #expect(abs(viaPort - 194.33) < 0.1)
        #expect(abs(viaPort - 120 - (inputs.distances.kilometres(from: "813", to: "851") ?? 0)) < 1e-9)
    }

    /// A pair given directly replaces the derived distance both ways; the others stay derived.
    @Test func overridesReplaceDerivedDistances() {
        let here = SourceLocation(file: "test")
        let origin = Provenance(illustrative: false, source: "", location: here)
        let coordinates = [
            "1": Coordinate(latitude: 56, longitude: 10), "2": Coordinate(latitude: 57, longitude: 10),
            "3": Coordinate(latitude: 56, longitude: 10),
        ]
        let matrix = DistanceMatrix.derived(
            codes: ["1", "2", "3"],
            coordinates: coordinates,
            rules: DistanceRules(roadFactor: PolicyFigure(2, provenance: origin)),
            overrides: [DistanceOverride(from: "2", to: "1", kilometres: 99, provenance: origin)]
        )
        #expect(matrix.kilometres(from: "1", to: "2") == 99 && matrix.kilometres(from: "2", to: "1") == 99)
        // One degree of latitude is 2π·6371.0088/360 = 111.195 km; × 2.
        #expect(abs((matrix.kilometres(from: "3", to: "2") ?? 0) - 222.390) < 0.001)
        #expect(matrix.kilometres(from: "1", to: "3") == 0 && matrix.kilometres(from: "1", to: "9") == nil)
    }
}
