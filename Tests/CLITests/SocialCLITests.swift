import Foundation
import TestSupport
import Testing

/// `kkr-plan social`, and the Socialaftale in `kkr-plan` and `kkr-plan validate`, end to end.
@Suite struct SocialCLITests {
    /// The files `kkr-plan social` writes, sorted.
    static let reports = [
        "socialaftale.json", "socialaftale.md", "socialaftale_buyers.csv", "socialaftale_demand.csv",
        "socialaftale_model.lp", "socialaftale_offers.csv", "socialaftale_purchases.csv",
    ]

    @Test func socialWritesEveryReportIdentically() throws {
        let workspace = try TraineeshipsWorkspace()
        defer { workspace.remove() }
        let first = try workspace.run(["social"])
        #expect(first.exitCode == 0, "\(first.stderr)")
        #expect(workspace.reports() == Self.reports)
        #expect(first.stdout.hasPrefix("Socialaftale 2027 – placering af borgere i specialiserede tilbud"))
        #expect(first.stdout.contains("I alt") && first.stdout.contains("2.406"))
        #expect(first.stderr.contains("wrote Reports/2027/socialaftale.md"))
        let before = try Self.reports.map { try workspace.read("Reports/2027/\($0)") }
        #expect(String(decoding: before[1], as: UTF8.self).hasPrefix("# Socialaftale 2027: balance"))
        #expect(try workspace.run(["social"]).exitCode == 0)
        #expect(try Self.reports.map { try workspace.read("Reports/2027/\($0)") } == before)
    }

    @Test func jsonOnStdoutAndEnglishReport() throws {
        let workspace = try TraineeshipsWorkspace()
        defer { workspace.remove() }
        let result = try workspace.run(["social", "--format", "json", "--language", "en"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(document["termination"] as? String == "optimal")
        #expect((document["offers"] as? [[String: Any]])?.count == 67)
        #expect(try workspace.read("Reports/2027/socialaftale.json") == Data(result.stdout.utf8))
        let markdown = String(decoding: try workspace.read("Reports/2027/socialaftale.md"), as: UTF8.self)
        #expect(markdown.hasPrefix("# Socialaftale 2027: supply and demand"))
    }

    /// Placements above an offer's places and above a buyer's demand: exit 65, both problems, nothing written.
    @Test func badInputWritesNothing() throws {
        let workspace = try TraineeshipsWorkspace()
        defer { workspace.remove() }
        try workspace.edit(
            "social/offers.csv",
            ";787;787;udviklingshaemning;sel108;30",
            ";787;787;udviklingshaemning;sel108;20"
        )
        try workspace.edit("social/demand.csv", "773;udviklingshaemning;sel108;12", "773;udviklingshaemning;sel108;5")
        let result = try workspace.run(["social", "--language", "en"])
        #expect(result.exitCode == 65)
        #expect(
            result.stderr.contains("Inputs/social/offers.csv:5:7: error: offer 'thi-uh-108' has 22 existing placements")
        )
        #expect(
            result.stderr.contains("Inputs/social/placements.csv:2:3: error: the existing placements of Morsø (773)")
        )
        #expect(result.stderr.contains("2 errors in the inputs; nothing was written."))
        #expect(result.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: workspace.folder.appendingPathComponent("Reports").path))
    }

    @Test func missingInputExit66() throws {
        let workspace = try TraineeshipsWorkspace()
        defer { workspace.remove() }
        try FileManager.default.removeItem(at: workspace.folder.appendingPathComponent("Inputs/social/demand.csv"))
        let result = try workspace.run(["social", "--language", "en"])
        #expect(result.exitCode == 66)
        #expect(result.stderr.contains("Inputs/social/demand.csv: error: the file is missing"))
        #expect(try workspace.run(["social", "--inputs", "Nowhere"]).exitCode == 66)
    }

    @Test func anotherYearExit65() throws {
        let workspace = try TraineeshipsWorkspace()
        defer { workspace.remove() }
        let result = try workspace.run(["social", "--year", "2028", "--language", "en"])
        #expect(result.exitCode == 65)
        #expect(result.stderr.contains("error: the Socialaftale inputs are for 2027, not 2028"))
    }

    @Test(arguments: [
        ["social", "--format", "xml"], ["social", "--language", "de"], ["social", "--method", "hamilton"],
    ])
    func usageErrorsExit64(arguments: [String]) throws {
        let workspace = try TraineeshipsWorkspace()
        defer { workspace.remove() }
        #expect(try workspace.run(arguments).exitCode == 64)
        #expect(workspace.reports().isEmpty)
    }

    /// The default plan runs the Socialaftale next to the training places.
    @Test func defaultPlanIncludesTheSocialaftale() throws {
        let workspace = try TraineeshipsWorkspace()
        defer { workspace.remove() }
        let result = try workspace.run([])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(Set(Self.reports).isSubset(of: workspace.reports()))
        #expect(workspace.reports().contains("traineeships.md"))
        #expect(result.stdout.contains("Praktikpladser 2027") && result.stdout.contains("Socialaftale 2027"))
    }

    /// A bad Socialaftale file stops the whole default plan before anything is written.
    @Test func badSocialInputStopsTheDefaultPlan() throws {
        let workspace = try TraineeshipsWorkspace()
        defer { workspace.remove() }
        try workspace.edit("social/socialaftale.yaml", "  km_cost:", "  km_cots:")
        let result = try workspace.run(["--language", "en"])
        #expect(result.exitCode == 65)
        #expect(
            result.stderr.contains("Inputs/social/socialaftale.yaml:37:3: error: unknown setting 'km_cots' in 'policy'")
        )
        #expect(!FileManager.default.fileExists(atPath: workspace.folder.appendingPathComponent("Reports").path))
    }

    @Test func validateChecksTheSocialaftale() throws {
        let workspace = try TraineeshipsWorkspace()
        defer { workspace.remove() }
        let valid = try workspace.run(["validate"])
        #expect(valid.exitCode == 0, "\(valid.stderr)")
        #expect(
            valid.stdout.contains(
                "Inputs: Socialaftale valid (7 files, plan year 2027, 67 offers, 209 demand figures)\n"
            )
        )
        try workspace.edit("social/offers.csv", "rn-kompasset;Kompasset;1081;810", "rn-kompasset;Kompasset;1081;999")
        let invalid = try workspace.run(["validate", "--language", "en"])
        #expect(invalid.exitCode == 65)
        #expect(invalid.stderr.contains("Inputs/social/offers.csv:25:4: error: unknown municipality code '999'"))
        #expect(invalid.stdout.hasPrefix("Inputs: valid (6 files"))
    }
}
