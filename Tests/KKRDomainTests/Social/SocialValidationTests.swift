import Foundation
import KKRDomain
import Testing

/// Every Socialaftale input problem is reported where it is, in the user's words, all at once.
@Suite struct SocialValidationTests {
    /// Reads the fixture's folder as Socialaftale inputs; the diagnostics' descriptions (empty when valid),
    /// the warnings of a valid read, and whether only files were missing.
    static func problems(_ fixture: InputFixture, year: Int? = nil) -> (
        lines: [String], warnings: [String], missing: Bool
    ) {
        defer { try? FileManager.default.removeItem(at: fixture.folder) }
        do {
            let inputs = try SocialInputReader.read(folder: fixture.folder, displayName: "In", year: year)
            return ([], inputs.warnings.map(\.description), false)
        } catch {
            return (error.diagnostics.map(\.description), [], error.isMissingInput)
        }
    }

    static let offers = "social/offers.csv"

    /// `--inputs In/` names files `In/social/offers.csv`, not `In//social/offers.csv`.
    @Test func aTrailingSlashInTheFolderNameIsNotDoubled() throws {
        let fixture = try InputFixture()
        defer { try? FileManager.default.removeItem(at: fixture.folder) }
        try fixture.replace(
            ";787;787;udviklingshaemning;sel108;30",
            with: ";787;1081;udviklingshaemning;sel108;30",
            in: Self.offers
        )
        do {
            _ = try SocialInputReader.read(folder: fixture.folder, displayName: "In/", year: nil)
            Issue.record("the region as a location was accepted")
        } catch {
            let lines = error.diagnostics.map(\.description)
            #expect(lines.contains { $0.hasPrefix("In/social/offers.csv:5:4: error:") }, "\(lines)")
            #expect(!lines.contains { $0.contains("//") })
        }
    }

    @Test func offerProblemsAreAllReported() throws {
        let fixture = try InputFixture()
        try fixture.replace(
            "aal-uh-108;Aalborg: længerevarende botilbud, udviklingshæmning;851;851;udviklingshaemning",
            with: "aal-uh-108;Aalborg: længerevarende botilbud, udviklingshæmning;851;851;udviklingshæmning",
            in: Self.offers
        )
        try fixture.replace(
            "hjo-uh-108;Hjørring: længerevarende botilbud, udviklingshæmning;860;860;udviklingshaemning;sel108;45",
            with: "hjo-uh-108;Hjørring: længerevarende botilbud, udviklingshæmning;860;860;udviklingshaemning;sel108;0",
            in: Self.offers
        )
        try fixture.replace(
            ";787;787;udviklingshaemning;sel108;30",
            with: ";787;1081;udviklingshaemning;sel108;30",
            in: Self.offers
        )
        try fixture.append("aal-uh-108;Kopi;851;851;udviklingshaemning;sel108;5;900000;;yes;x", to: Self.offers)
        let lines = Self.problems(fixture).lines
        #expect(
            lines.contains(
                "In/social/offers.csv:3:5: error: unknown target group 'udviklingshæmning' — hint: use one of: fysisk, hjerneskade, autisme, udviklingshaemning, kognitiv, sindslidelse, multipel, sjaelden, hjemloeshed, vold, misbrug, sociale_problemer (declared in In/social/socialaftale.yaml)"
            ),
            "\(lines)"
        )
        #expect(
            lines.contains(
                "In/social/offers.csv:4:7: error: 0 in column 'places' is below the smallest allowed value 1 — hint: write a number ≥ 1"
            )
        )
        #expect(
            lines.contains(
                "In/social/offers.csv:5:4: error: Region Nordjylland (1081) is the region; the location must be a municipality — hint: write the DST code of a municipality"
            )
        )
        #expect(
            lines.contains(
                "In/social/offers.csv:69: error: duplicate row: offer 'aal-uh-108' already appears on line 3 — hint: keep one of the two rows"
            )
        )
        #expect(lines.count == 4, "\(lines)")
    }

    /// More existing placements than places is an input error (the model would be infeasible), not exit 1.
    @Test func placementsAbovePlaces() throws {
        let fixture = try InputFixture()
        try fixture.replace(
            ";787;787;udviklingshaemning;sel108;30",
            with: ";787;787;udviklingshaemning;sel108;20",
            in: Self.offers
        )
        #expect(
            Self.problems(fixture).lines == [
                "In/social/offers.csv:5:7: error: offer 'thi-uh-108' has 22 existing placements in In/social/placements.csv but only 20 places — hint: raise 'places' to at least 22 or correct the placements"
            ]
        )
    }

    @Test func placementsAboveDemand() throws {
        let fixture = try InputFixture()
        try fixture.replace(
            "773;udviklingshaemning;sel108;12",
            with: "773;udviklingshaemning;sel108;5",
            in: "social/demand.csv"
        )
        #expect(
            Self.problems(fixture).lines == [
                "In/social/placements.csv:2:3: error: the existing placements of Morsø (773) in udviklingshaemning, sel108 add up to 7, more than its demand of 5 in In/social/demand.csv — hint: the demand includes the citizens already placed: raise it to at least 7 or correct the placements"
            ]
        )
    }

    @Test func demandAndPlacementRows() throws {
        let fixture = try InputFixture()
        try fixture.append("1081;fysisk;sel108;2;yes;x", to: "social/demand.csv")
        try fixture.append("773;udviklingshaemning;sel108;1;yes;x", to: "social/demand.csv")
        try fixture.append("851;nope;1;yes;x", to: "social/placements.csv")
        let lines = Self.problems(fixture).lines
        #expect(
            lines.contains(
                "In/social/demand.csv:211:1: error: Region Nordjylland (1081) is the region; the buyer must be a municipality — hint: write the DST code of a municipality"
            ),
            "\(lines)"
        )
        #expect(
            lines.contains(
                "In/social/demand.csv:212: error: duplicate row: Morsø (773), udviklingshaemning, sel108 already appears on line 2 — hint: keep one of the two rows"
            )
        )
        #expect(
            lines.contains(
                "In/social/placements.csv:181:2: error: unknown offer 'nope' — hint: use an id from In/social/offers.csv"
            )
        )
        #expect(lines.count == 3, "\(lines)")
    }

    @Test func settingsProblems() throws {
        let fixture = try InputFixture()
        try fixture.replace("  km_cost:", with: "  km_cots:", in: "social/socialaftale.yaml")
        try fixture.replace("    value: 1.3", with: "    value: 0.9", in: "social/socialaftale.yaml")
        let lines = Self.problems(fixture).lines
        #expect(
            lines.contains {
                $0.hasPrefix("In/social/socialaftale.yaml:37:3: error: unknown setting 'km_cots' in 'policy'")
            },
            "\(lines)"
        )
        #expect(lines.contains { $0.hasPrefix("In/social/socialaftale.yaml:37:3: error: 'policy' has no 'km_cost'") })
        #expect(
            lines.contains {
                $0.hasPrefix(
                    "In/social/socialaftale.yaml:57:12: error: 'distances.road_factor.value' is 0.9, below the smallest allowed value 1"
                )
            }
        )
        #expect(lines.count == 3, "\(lines)")
    }

    @Test func anotherYearIsAnError() throws {
        let lines = Self.problems(try InputFixture(), year: 2028).lines
        #expect(
            lines == [
                "In/social/socialaftale.yaml:6:12: error: the Socialaftale inputs are for 2027, not 2028 — hint: run with --year 2027, or update In/social/socialaftale.yaml and the social files for 2028"
            ]
        )
    }

    @Test func missingFileIsMissingInput() throws {
        let fixture = try InputFixture()
        try FileManager.default.removeItem(at: fixture.folder.appendingPathComponent(Self.offers))
        let result = Self.problems(fixture)
        #expect(
            result.lines == [
                "In/social/offers.csv: error: the file is missing — hint: create it (see Inputs/README.md for its columns) or point --inputs at the right folder"
            ]
        )
        #expect(result.missing)
    }

    @Test func missingCoordinates() throws {
        let fixture = try InputFixture()
        try fixture.replace(
            "860;57.464;9.982;no;administrative seat, approx. ±1-2 km (shared/data/nordjylland/municipalities.csv)\n",
            with: "",
            in: "social/coordinates.csv"
        )
        #expect(
            Self.problems(fixture).lines == [
                "In/social/coordinates.csv: error: no coordinates for Hjørring (860), so 10 distances cannot be derived — hint: add a row '860;<latitude>;<longitude>' or give the distances in distances.csv"
            ]
        )
    }

    /// Warnings do not stop the run: a day tariff, a low occupancy bound, a penalty below the dearest place, demand nobody serves.
    @Test func warnings() throws {
        let fixture = try InputFixture()
        try fixture.replace(";sel108;28;860000;", with: ";sel108;28;3187;", in: Self.offers)
        try fixture.replace(
            "hjo-vol-109;Hjørring: krisecenter;860;860;vold;sel109;10;610000;90",
            with: "hjo-vol-109;Hjørring: krisecenter;860;860;vold;sel109;10;610000;80 %",
            in: Self.offers
        )
        try fixture.replace("    value: 5000000", with: "    value: 1000000", in: "social/socialaftale.yaml")
        try fixture.replace("sjaelden;;2200000", with: "misbrug;sel108;2200000", in: "social/outside_prices.csv")
        let result = Self.problems(fixture)
        #expect(result.lines.isEmpty, "\(result.lines)")
        #expect(
            result.warnings == [
                "In/social/demand.csv:146:4: warning: no offer and no outside price serves sjaelden, sel108: its demand will be unmet — hint: add an offer to In/social/offers.csv or a price to outside_prices.csv",
                "In/social/offers.csv:6:8: warning: the tariff 3187 kr looks like a day tariff — hint: tariffs are per place per year: multiply a day tariff by 365",
                "In/social/offers.csv:63:9: warning: the occupancy bound 80 % is below 90 % — hint: the Styringsaftale budgets 95–100 % occupancy (acute and short-stay offers at least 90 %)",
                "In/social/socialaftale.yaml:42:5: warning: the unmet penalty 1000000 kr is not above the dearest place (2200000 kr a year), so leaving a citizen without a place can look cheaper — hint: set policy.unmet_penalty in In/social/socialaftale.yaml well above every tariff and outside price",
            ]
        )
    }
}
