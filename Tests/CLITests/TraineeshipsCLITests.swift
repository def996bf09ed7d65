import Foundation
import TestSupport
import Testing

/// `kkr-plan`, `kkr-plan plan` and `kkr-plan traineeships` end to end: exit codes, stdout, stderr, files.
@Suite struct TraineeshipsCLITests {
    static let allReports = [
        "traineeships.json", "traineeships.md", "traineeships_paedagog.csv", "traineeships_paedagog_model.lp",
        "traineeships_paedagog_specialisation.csv", "traineeships_paedagog_start.csv", "traineeships_pau.csv",
        "traineeships_pau_model.lp", "traineeships_sosu_model.lp", "traineeships_ssa.csv", "traineeships_ssh.csv",
    ]
    /// SSA's change limit of ±1 place: 625 places cannot be reached (at most 611).
    static func limitSSAChangeToOnePlace(_ workspace: TraineeshipsWorkspace) throws {
        try workspace.edit(
            "traineeships.yaml",
            "max_change: {places: 3, percent: 20}\n    targets:\n      - year: 2027\n        places: 618",
            "max_change: {places: 1}\n    targets:\n      - year: 2027\n        places: 618"
        )
    }

    /// The default plan also writes the HTML meeting page and the Socialaftale balance.
    static let planReports = ["rapport.html"] + SocialCLITests.reports + allReports

    @Test func defaultPlanWritesEveryReportIdentically() throws {
        let workspace = try TraineeshipsWorkspace()
        defer { workspace.remove() }
        let first = try workspace.run([])
        #expect(first.exitCode == 0, "\(first.stderr)")
        #expect(workspace.reports() == Self.planReports)
        #expect(first.stdout.contains("I alt") && first.stdout.contains("Aalborg (851)"))
        #expect(first.stderr.contains("wrote Reports/2027/traineeships.md"))
        #expect(first.stderr.contains("wrote Reports/2027/rapport.html"))
        let before = try Self.planReports.map { try workspace.read("Reports/2027/\($0)") }
        let markdown = try #require(Self.planReports.firstIndex(of: "traineeships.md"))
        #expect(String(decoding: before[markdown], as: UTF8.self).hasPrefix("# Praktikpladser 2027"))
        #expect(String(decoding: before[0], as: UTF8.self).contains("<html lang=\"da\">"))
        let second = try workspace.run(["plan"])
        #expect(second.exitCode == 0)
        #expect(try Self.planReports.map { try workspace.read("Reports/2027/\($0)") } == before)
    }

    /// `--language en` writes the English page as report.html; `traineeships` alone writes no page.
    @Test func englishPageAndNoPageFromTraineeships() throws {
        let workspace = try TraineeshipsWorkspace()
        defer { workspace.remove() }
        #expect(try workspace.run(["traineeships"]).exitCode == 0)
        #expect(workspace.reports() == Self.allReports)
        let result = try workspace.run(["--language", "en"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(workspace.reports() == ["report.html"] + SocialCLITests.reports + Self.allReports)
        let page = String(decoding: try workspace.read("Reports/2027/report.html"), as: UTF8.self)
        #expect(page.contains("<html lang=\"en\">") && page.contains("Decision asked for"))
    }

    /// An impossible plan still gives the meeting a page: the conflicts in plain words, and exit 1.
    @Test func infeasiblePlanPageNamesTheConflict() throws {
        let workspace = try TraineeshipsWorkspace()
        defer { workspace.remove() }
        try Self.limitSSAChangeToOnePlace(workspace)
        #expect(try workspace.run([]).exitCode == 1)
        #expect(workspace.reports() == ["rapport.html"] + SocialCLITests.reports + ["traineeships_infeasible.md"])
        let page = String(decoding: try workspace.read("Reports/2027/rapport.html"), as: UTF8.self)
        #expect(page.contains("Praktikpladser 2027: ingen mulig fordeling"))
        #expect(page.contains("højst 611 pladser"))
    }

    @Test func jsonOnStdoutAndEnglishReport() throws {
        let workspace = try TraineeshipsWorkspace()
        defer { workspace.remove() }
        let result = try workspace.run(["traineeships", "--format", "json", "--language", "en"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(document["year"] as? Int == 2027)
        #expect((document["programmes"] as? [[String: Any]])?.count == 4)
        #expect(try workspace.read("Reports/2027/traineeships.json") == Data(result.stdout.utf8))
        let markdown = String(decoding: try workspace.read("Reports/2027/traineeships.md"), as: UTF8.self)
        #expect(markdown.hasPrefix("# Training places 2027"))
    }

    /// Hamilton on the default inputs gives the optimiser's places (no binding limit beyond what the bounded quota handles).
    @Test func hamiltonMatchesTheOptimiserOnTheDefaultInputs() throws {
        let workspace = try TraineeshipsWorkspace()
        defer { workspace.remove() }
        let optimal = try workspace.run(["traineeships", "--format", "json"])
        let hamilton = try workspace.run([
            "traineeships", "--format", "json", "--method", "hamilton", "--output", "Other",
        ])
        #expect(optimal.exitCode == 0 && hamilton.exitCode == 0)
        func places(_ json: String) throws -> [[Int]] {
            let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
            let programmes = try #require(document["programmes"] as? [[String: Any]])
            return programmes.map { ($0["allocations"] as? [[String: Any]] ?? []).compactMap { $0["places"] as? Int } }
        }
        #expect(try places(optimal.stdout) == places(hamilton.stdout))
        #expect(hamilton.stdout.contains("\"method\" : \"hamilton\""))
    }

    /// A bad input: exit 65, every problem on stderr, nothing written.
    @Test func badInputWritesNothing() throws {
        let workspace = try TraineeshipsWorkspace()
        defer { workspace.remove() }
        try workspace.edit("distribution_keys.csv", "age_65_plus;773;5467", "age_65_plus;773;-5")
        try workspace.edit("bounds.csv", "ssa;2027;851;2;224;", "ssa;2027;851;300;224;")
        let result = try workspace.run(["traineeships", "--language", "en"])
        #expect(result.exitCode == 65)
        #expect(result.stderr.contains("Inputs/distribution_keys.csv:46:3: error: -5 in column 'weight' is negative"))
        #expect(result.stderr.contains("Inputs/bounds.csv:33:5: error: the floor 300 is above the cap 224"))
        #expect(result.stderr.contains("2 errors in the inputs; nothing was written."))
        #expect(result.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: workspace.folder.appendingPathComponent("Reports").path))
    }

    @Test func goodReportsSurviveABadRun() throws {
        let workspace = try TraineeshipsWorkspace()
        defer { workspace.remove() }
        #expect(try workspace.run([]).exitCode == 0)
        let before = try workspace.read("Reports/2027/traineeships_ssa.csv")
        try workspace.edit("traineeships.yaml", "kind: exact", "kind: precise")
        #expect(try workspace.run([]).exitCode == 65)
        #expect(try workspace.read("Reports/2027/traineeships_ssa.csv") == before)
        #expect(workspace.reports() == Self.planReports)
    }

    @Test func missingInputsExit66() throws {
        let workspace = try TraineeshipsWorkspace()
        defer { workspace.remove() }
        let result = try workspace.run(["traineeships", "--inputs", "Nowhere", "--language", "en"])
        #expect(result.exitCode == 66)
        #expect(result.stderr.contains("Nowhere: error: the input folder does not exist"))
        try FileManager.default.removeItem(at: workspace.folder.appendingPathComponent("Inputs/distribution_keys.csv"))
        #expect(try workspace.run([]).exitCode == 66)
    }

    /// A change limit of ±1 place cannot reach SSA's 625 places: exit 1, a Danish explanation naming the programme.
    @Test func infeasiblePlanExits1WithExplanation() throws {
        let workspace = try TraineeshipsWorkspace()
        defer { workspace.remove() }
        try Self.limitSSAChangeToOnePlace(workspace)
        let result = try workspace.run(["traineeships"])
        #expect(result.exitCode == 1, "\(result.stderr)")
        #expect(
            result.stderr.contains(
                "Social- og sundhedsassistent (SSA): der skal fordeles 618 pladser (minimum) plus 7 overførte = 625, men kommunernes lofter og ændringsgrænser giver tilsammen højst 611 pladser."
            )
        )
        #expect(workspace.reports() == ["traineeships_infeasible.md"])
    }

    @Test(arguments: [
        ["traineeships", "--method", "nope"], ["traineeships", "--method", "hamilton", "--first-divisor", "1.4"],
        ["traineeships", "--language", "de"], ["traineeships", "--format", "xml"],
    ])
    func usageErrorsExit64(arguments: [String]) throws {
        let workspace = try TraineeshipsWorkspace()
        defer { workspace.remove() }
        let result = try workspace.run(arguments)
        #expect(result.exitCode == 64, "\(result.stderr)")
        #expect(workspace.reports().isEmpty)
    }
}
