import Foundation
import TestSupport
import Testing

/// `kkr-plan sweep` end to end: files, thresholds, exit codes, and the same answers for any `--jobs`.
@Suite struct SweepCLITests {
    static let reports = [
        "sweep_traineeships.ssa.target.csv", "sweep_traineeships.ssa.target.html",
        "sweep_traineeships.ssa.target.json", "sweep_traineeships.ssa.target.md",
    ]
    static let sweep = [
        "sweep", "--parameter", "traineeships.ssa.target", "--from", "600", "--to", "630", "--steps", "16",
    ]

    @Test func sweepsIdenticallyForAnyJobs() throws {
        let workspace = try TraineeshipsWorkspace()
        defer { workspace.remove() }
        let one = try workspace.run(Self.sweep + ["--jobs", "1"])
        #expect(one.exitCode == 0, "\(one.stderr)")
        #expect(workspace.reports() == Self.reports)
        #expect(one.stderr.contains("planned 16 steps in"))
        #expect(one.stdout.hasPrefix("Følsomhed 2027: traineeships.ssa.target – 16 trin"))
        let before = try Self.reports.map { try workspace.read("Reports/2027/\($0)") }
        let four = try workspace.run(Self.sweep + ["--jobs", "4"])
        #expect(four.exitCode == 0)
        #expect(four.stdout == one.stdout)
        #expect(try Self.reports.map { try workspace.read("Reports/2027/\($0)") } == before)
    }

    /// SSA places may change by at most 3 or 20 % from last year, which holds 760 (+ 7 carried over) out of reach;
    /// the shipped SSA caps add up to 809 (Inputs/bounds.csv), so 810 makes the inputs invalid.
    @Test func stepsWithoutPlanAreExit1AndExplained() throws {
        let workspace = try TraineeshipsWorkspace()
        defer { workspace.remove() }
        let result = try workspace.run([
            "sweep", "--parameter", "traineeships.ssa.target", "--from", "710", "--to", "810", "--steps", "3",
            "--format", "json",
        ])
        #expect(result.exitCode == 1, "\(result.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let steps = try #require(document["steps"] as? [[String: Any]])
        #expect(steps.map { $0["status"] as? String } == ["planned", "infeasible", "invalid"])
        let markdown = String(decoding: try workspace.read("Reports/2027/\(Self.reports[3])"), as: UTF8.self)
        #expect(markdown.contains("## Trin uden mulig fordeling"))
        #expect(
            markdown.contains("- **760** (1 trin): Social- og sundhedsassistent (SSA): der skal fordeles 760 pladser")
        )
        let invalid = "- **810** (1 trin): Inputtene er ugyldige: with this change, the caps of 'ssa' add up to 809"
        #expect(markdown.contains(invalid))
    }

    /// A Socialaftale parameter: every buyer's payments per step, the same for any `--jobs`, the training places unchanged.
    @Test func socialSweepIdenticallyForAnyJobs() throws {
        let workspace = try TraineeshipsWorkspace()
        defer { workspace.remove() }
        let sweep = [
            "sweep", "--parameter", "social.demand.autisme.scale", "--from", "1", "--to", "1.3", "--steps", "4",
            "--format", "json",
        ]
        let one = try workspace.run(sweep + ["--jobs", "1"])
        #expect(one.exitCode == 0, "\(one.stderr)")
        let four = try workspace.run(sweep + ["--jobs", "4"])
        #expect(four.stdout == one.stdout)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(one.stdout.utf8)) as? [String: Any])
        let buyers = try #require(document["social_series"] as? [[String: Any]])
        #expect(buyers.count == 11)
        // More autism demand never makes a buyer pay less.
        for buyer in buyers {
            let payments = try #require(buyer["payments"] as? [Double])
            #expect(zip(payments, payments.dropFirst()).allSatisfy { $0 <= $1 + 0.01 }, "\(buyer["code"] ?? "")")
        }
        let series = try #require(document["series"] as? [[String: Any]])
        #expect(series.allSatisfy { ($0["change_points"] as? [Any])?.isEmpty == true })
        let markdown = String(
            decoding: try workspace.read("Reports/2027/sweep_social.demand.autisme.scale.md"),
            as: UTF8.self
        )
        #expect(markdown.contains("## Socialaftalen: betalt pr. køber (mio. kr. om året)"))
    }

    @Test func onTopOfAScenario() throws {
        let workspace = try TraineeshipsWorkspace()
        defer { workspace.remove() }
        let result = try workspace.run([
            "sweep", "--parameter", "traineeships.ssh.cap.825", "--from", "0", "--to", "3", "--steps", "4",
            "--scenario", "laeso_no_sosu", "--format", "json",
        ])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(document["builds_on"] as? String == "laeso_no_sosu")
        let laeso = (document["series"] as? [[String: Any]])?
            .first { $0["programme"] as? String == "ssh" && $0["code"] as? String == "825" }
        #expect((laeso?["places"] as? [Int])?.first == 0)
    }

    @Test(arguments: [
        ["sweep", "--parameter", "traineeships.xyz.target", "--from", "1", "--to", "2", "--steps", "2"],
        ["sweep", "--parameter", "traineeships.ssa.colour", "--from", "1", "--to", "2", "--steps", "2"],
        ["sweep", "--parameter", "traineeships.ssa.target", "--from", "-1", "--to", "2", "--steps", "2"],
        ["sweep", "--parameter", "traineeships.ssa.target", "--from", "1", "--to", "2", "--steps", "1"],
        ["sweep", "--parameter", "traineeships.ssa.cap.999", "--from", "1", "--to", "2", "--steps", "2"],
    ])
    func usageErrorsAreExit64(arguments: [String]) throws {
        let workspace = try TraineeshipsWorkspace()
        defer { workspace.remove() }
        let result = try workspace.run(arguments)
        #expect(result.exitCode == 64, "\(result.stderr)")
        #expect(workspace.reports().isEmpty)
    }

    /// A parameter naming something the inputs lack is said in the report language, like an input problem.
    @Test func anUnknownProgrammeInTheParameterIsSaidInDanishOrEnglish() throws {
        let workspace = try TraineeshipsWorkspace()
        defer { workspace.remove() }
        let arguments = ["sweep", "--parameter", "traineeships.xyz.target", "--from", "1", "--to", "2", "--steps", "2"]
        let danish = try workspace.run(arguments)
        #expect(danish.exitCode == 64)
        #expect(danish.stderr.contains("uddannelsen 'xyz' findes ikke — hint: uddannelserne er: "), "\(danish.stderr)")
        let english = try workspace.run(arguments + ["--language", "en"])
        #expect(english.exitCode == 64)
        #expect(english.stderr.contains("the programme 'xyz' does not exist — hint: the programmes are: "))
    }
}
