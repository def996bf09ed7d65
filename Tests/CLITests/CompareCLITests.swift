import Foundation
import TestSupport
import Testing

/// `kkr-plan compare` end to end: files, stdout, exit codes, and the same answers for any `--jobs`.
@Suite struct CompareCLITests {
    static let reports = ["scenarier.html", "scenarios.csv", "scenarios.json", "scenarios.md", "scenarios_social.csv"]

    @Test func comparesTheShippedScenariosIdenticallyForAnyJobs() throws {
        let workspace = try TraineeshipsWorkspace()
        defer { workspace.remove() }
        let one = try workspace.run(["compare", "--jobs", "1"])
        #expect(one.exitCode == 0, "\(one.stderr)")
        #expect(workspace.reports() == Self.reports)
        #expect(one.stderr.contains("wrote Reports/2027/scenarios.md"))
        #expect(one.stdout.contains("minimum_plus_10: Minimumstal +10 %"))
        #expect(one.stdout.contains("Uændret i alle scenarier: Pædagoguddannelsen."))
        #expect(one.stdout.contains("Betalt, mio. kr./år"))
        let before = try Self.reports.map { try workspace.read("Reports/2027/\($0)") }
        let four = try workspace.run(["compare", "--jobs", "4"])
        #expect(four.exitCode == 0)
        #expect(four.stdout == one.stdout)
        #expect(try Self.reports.map { try workspace.read("Reports/2027/\($0)") } == before)
    }

    @Test func jsonOnStdout() throws {
        let workspace = try TraineeshipsWorkspace()
        defer { workspace.remove() }
        let result = try workspace.run(["compare", "minimum_plus_10", "laeso_no_sosu", "--format", "json"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let scenarios = try #require(document["scenarios"] as? [[String: Any]])
        #expect(scenarios.map { $0["id"] as? String } == ["minimum_plus_10", "laeso_no_sosu"])
        #expect(
            scenarios.allSatisfy {
                $0["programmes"] is [Any] && $0["delta"] is [String: Any] && $0.keys.contains("social")
            }
        )
        #expect(scenarios[1]["builds_on"] as? String == "minimum_plus_10")
        #expect((scenarios[1]["changes"] as? [Any])?.count == 3)
        #expect(document["base"] is [String: Any])
        #expect((document["base"] as? [String: Any])?["social"] is [String: Any])
        #expect(try workspace.read("Reports/2027/scenarios.json") == Data(result.stdout.utf8))
    }

    /// A planner's own scenario file with a mistake on line 5: exit 65, the line on stderr, nothing written.
    @Test func aBadScenarioFileWritesNothing() throws {
        let workspace = try TraineeshipsWorkspace()
        defer { workspace.remove() }
        try workspace.write(
            "name: Mit scenarie\ndescription: Test.\nchanges:\n  - scale_target: {programme: ssa, factor: 1.1}\n  - set_cap: {programme: sosu, municipality: 851, places: 5}\n",
            to: "mine.yaml"
        )
        let result = try workspace.run(["compare", "mine.yaml", "minimum_plus_10", "--language", "en"])
        #expect(result.exitCode == 65)
        #expect(
            result.stderr.contains(
                "mine.yaml:5:5: error: the programme 'sosu' does not exist — hint: the programmes are: paedagog, pau, ssh, ssa"
            )
        )
        #expect(workspace.reports().isEmpty)
    }

    @Test func aMissingScenarioIsExit66() throws {
        let workspace = try TraineeshipsWorkspace()
        defer { workspace.remove() }
        let result = try workspace.run(["compare", "no_such_scenario", "--language", "en"])
        #expect(result.exitCode == 66)
        #expect(result.stderr.contains("Inputs/scenarios/no_such_scenario.yaml: error: the scenario file is missing"))
        #expect(
            result.stderr.contains(
                "autism_demand_plus_15, key_80_plus, laeso_no_sosu, minimum_plus_10, offer_closes, population_key"
            )
        )
    }

    /// Læsø had 3 SSA places last year and may change by at most 3: a floor of 7 cannot be met. Exit 1, explained, report written.
    @Test func anInfeasibleScenarioIsExit1WithTheReason() throws {
        let workspace = try TraineeshipsWorkspace()
        defer { workspace.remove() }
        try workspace.write(
            "name: Flere SSA på Læsø\ndescription: Test.\nchanges:\n  - set_floor: {programme: ssa, municipality: 825, places: 7}\n",
            to: "Inputs/scenarios/more_ssa_laeso.yaml"
        )
        let result = try workspace.run(["compare", "more_ssa_laeso"])
        #expect(result.exitCode == 1, "\(result.stderr)")
        // stderr speaks the report language (Danish by default), like the report.
        #expect(result.stderr.contains("ingen mulig plan for 'more_ssa_laeso':"), "\(result.stderr)")
        #expect(result.stderr.contains("Læsø kan ikke få et antal pladser, der opfylder alle grænser"))
        #expect(!result.stderr.contains("no possible plan"))
        let english = try workspace.run(["compare", "more_ssa_laeso", "--language", "en", "--output", "English"])
        #expect(english.exitCode == 1, "\(english.stderr)")
        #expect(english.stderr.contains("no possible plan for 'more_ssa_laeso':"))
        #expect(english.stderr.contains("no number of places for Læsø meets every limit: the floor is 7"))
        let markdown = String(decoding: try workspace.read("Reports/2027/scenarios.md"), as: UTF8.self)
        #expect(markdown.contains("## Scenarier uden mulig fordeling"))
    }

    /// `--base` without scenarios compares every other scenario in the folder with that one.
    @Test func allOtherScenariosAgainstABase() throws {
        let workspace = try TraineeshipsWorkspace()
        defer { workspace.remove() }
        let result = try workspace.run(["compare", "--base", "minimum_plus_10", "--format", "json"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect((document["base"] as? [String: Any])?["id"] as? String == "minimum_plus_10")
        #expect(
            (document["scenarios"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == [
                "autism_demand_plus_15", "key_80_plus", "laeso_no_sosu", "offer_closes", "population_key",
            ]
        )
    }

    /// Without `Inputs/social` the comparison covers the training places; a Socialaftale change is then an error at its line.
    @Test func withoutSocialInputs() throws {
        let workspace = try TraineeshipsWorkspace()
        defer { workspace.remove() }
        try FileManager.default.removeItem(at: workspace.folder.appendingPathComponent("Inputs/social"))
        let training = try workspace.run(["compare", "minimum_plus_10"])
        #expect(training.exitCode == 0, "\(training.stderr)")
        #expect(!workspace.reports().contains("scenarios_social.csv"))
        let markdown = String(decoding: try workspace.read("Reports/2027/scenarios.md"), as: UTF8.self)
        #expect(markdown.contains("Socialaftalen indgår ikke: inputmappen har ingen `social/`."))
        let social = try workspace.run(["compare", "offer_closes", "--language", "en"])
        #expect(social.exitCode == 65)
        #expect(
            social.stderr.contains(
                "Inputs/scenarios/offer_closes.yaml:9:5: error: the change 'close_offer' needs the Socialaftale inputs"
            )
        )
    }

    @Test(arguments: [["compare", "--jobs", "0"], ["compare", "a", "a"], ["compare", "a", "--base", "a"]])
    func usageErrorsAreExit64(arguments: [String]) throws {
        let workspace = try TraineeshipsWorkspace()
        defer { workspace.remove() }
        #expect(try workspace.run(arguments).exitCode == 64)
    }
}
