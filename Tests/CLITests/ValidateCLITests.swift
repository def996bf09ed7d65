import Foundation
import TestSupport
import Testing

/// `kkr-plan validate`: 0 valid, 65 invalid, 66 missing; never writes.
@Suite struct ValidateCLITests {
    /// The one test that reads the shipped `Inputs/` (every other test reads the frozen `Tests/Fixtures/Inputs/`):
    /// whatever this year's figures are, `kkr-plan validate` accepts them, and says nothing is wrong.
    @Test func shippedInputsAreValid() throws {
        let root = Fixtures.shippedInputs.deletingLastPathComponent()
        let result = try KKRPlanBinary.run(["validate"], currentDirectory: root)
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Inputs: valid ("), "\(result.stdout)")
        #expect(result.stdout.contains("Inputs: Socialaftale valid ("), "\(result.stdout)")
        #expect(!result.stderr.contains("error:"), "\(result.stderr)")
    }

    @Test func validInputs() throws {
        let workspace = try TraineeshipsWorkspace()
        defer { workspace.remove() }
        let result = try workspace.run(["validate"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(
            result.stdout == "Inputs: valid (6 files, plan year 2027, 4 programmes, 11 municipalities)\n"
                + "Inputs: Socialaftale valid (7 files, plan year 2027, 67 offers, 209 demand figures)\n"
                + "Inputs: 6 scenarios valid (autism_demand_plus_15, key_80_plus, laeso_no_sosu, minimum_plus_10, "
                + "offer_closes, population_key)\n"
        )
        #expect(!FileManager.default.fileExists(atPath: workspace.folder.appendingPathComponent("Reports").path))
    }

    /// A scenario file with a change to a programme that does not exist: exit 65, the line on stderr.
    @Test func aBadScenarioIsInvalid() throws {
        let workspace = try TraineeshipsWorkspace()
        defer { workspace.remove() }
        try workspace.write(
            "name: N\ndescription: D\nchanges:\n  - set_target: {programme: sosu, places: 5}\n",
            to: "Inputs/scenarios/bad.yaml"
        )
        let result = try workspace.run(["validate", "--language", "en"])
        #expect(result.exitCode == 65)
        #expect(
            result.stderr.contains(
                "Inputs/scenarios/bad.yaml:4:5: error: the programme 'sosu' does not exist — hint: the programmes are: paedagog, pau, ssh, ssa"
            )
        )
        #expect(!result.stdout.contains("scenarios valid"))
    }

    @Test func invalidInputsListEveryProblem() throws {
        let workspace = try TraineeshipsWorkspace()
        defer { workspace.remove() }
        try workspace.edit("distribution_keys.csv", "population_2020;825;1786", "population_2020;999;1786")
        try workspace.edit("traineeships.yaml", "percent: 20}", "percent: 25}")
        let result = try workspace.run(["validate", "--language", "en"])
        #expect(result.exitCode == 65)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(
            lines.contains { $0.hasPrefix("Inputs/distribution_keys.csv:7:2: error: unknown municipality code '999'") }
        )
        #expect(
            lines.contains {
                $0.hasPrefix(
                    "Inputs/traineeships.yaml:53:9: error: the percentages of split 'specialisation' add up to 105"
                )
            }
        )
        #expect(lines.last == "3 errors in the inputs; nothing was written.")
        #expect(!FileManager.default.fileExists(atPath: workspace.folder.appendingPathComponent("Reports").path))
    }

    @Test func missingFolder() throws {
        let workspace = try TraineeshipsWorkspace()
        defer { workspace.remove() }
        let result = try workspace.run(["validate", "--inputs", "Elsewhere"])
        #expect(result.exitCode == 66)
    }
}
