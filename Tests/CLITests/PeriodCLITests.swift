import Foundation
import TestSupport
import Testing

/// `kkr-plan traineeships --period` and the period part of the default plan.
///
/// The first two tests are about the shipped PAU period 2027–2029 (issue 12's "done when") and run on a copy
/// of the shipped `Inputs/`; the others on the frozen fixtures with a period added.
@Suite struct PeriodCLITests {
    /// The frozen fixtures with PAU planned over 2027–2029 (175 places a year).
    static func fixtureWithPeriod() throws -> TraineeshipsWorkspace {
        let workspace = try TraineeshipsWorkspace()
        try workspace.edit(
            "traineeships.yaml",
            "    key: age_0_5\n",
            "    key: age_0_5\n    period: {from: 2027, to: 2029}\n"
        )
        try workspace.edit(
            "traineeships.yaml",
            "      - year: 2027\n        places: 175\n",
            "      - {year: 2028, places: 175, kind: minimum}\n      - {year: 2029, places: 175, kind: minimum}\n"
                + "      - year: 2027\n        places: 175\n"
        )
        return workspace
    }

    /// The shipped PAU period 2027–2029: every municipality within one place of its cumulative share, Læsø
    /// included, and each year's places add up to the year's number (checked from the JSON).
    @Test func shippedPeriodStaysWithinOnePlace() throws {
        let workspace = try TraineeshipsWorkspace(inputs: Fixtures.shippedInputs)
        defer { workspace.remove() }
        let result = try workspace.run(["traineeships", "--period", "--format", "json"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stderr.contains("wrote Reports/2027-2029/traineeships_period.md"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let period = try #require(json["period"] as? [String: Int])
        #expect(period == ["from": 2027, "to": 2029])
        let programmes = try #require(json["programmes"] as? [[String: Any]])
        #expect(programmes.map { $0["programme"] as? String } == ["pau"])
        let years = try #require(programmes.first?["years"] as? [[String: Any]])
        #expect(years.map { $0["year"] as? Int } == [2027, 2028, 2029])
        var laesoSeen = 0
        for year in years {
            let allocations = try #require(year["allocations"] as? [[String: Any]])
            let places = allocations.compactMap { $0["places"] as? Int }
            #expect(places.reduce(0, +) == year["total"] as? Int)
            for allocation in allocations {
                let cumulative = try #require(allocation["cumulative_places"] as? Int)
                let quota = try #require(allocation["cumulative_quota"] as? Double)
                #expect(abs(Double(cumulative) - quota) < 1)
                if allocation["code"] as? String == "825" { laesoSeen += 1 }
            }
        }
        #expect(laesoSeen == 3)
        #expect(!workspace.reports(2027).contains("traineeships.md"))
    }

    /// The default plan writes the period report beside the yearly one; the yearly PAU places are the period
    /// plan's first year (one truth), and the yearly report says so.
    @Test func defaultPlanWritesBoth() throws {
        let workspace = try TraineeshipsWorkspace(inputs: Fixtures.shippedInputs)
        defer { workspace.remove() }
        let result = try workspace.run(["--language", "en"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(workspace.reports(2027).contains("traineeships.md"))
        let period = try FileManager.default.contentsOfDirectory(
            atPath: workspace.folder.appendingPathComponent("Reports/2027-2029").path
        )
        #expect(Set(period).isSuperset(of: ["traineeships_period.md", "traineeships_period.json", "report.html"]))
        #expect(result.stdout.contains("Over 2027–2029 every municipality stays within one place of its share"))
        let yearly = String(decoding: try workspace.read("Reports/2027/traineeships.md"), as: UTF8.self)
        #expect(yearly.contains("for 2027 is the first year of the distribution over the agreement period 2027–2029"))
        #expect(try pauPlaces2027(yearly: workspace) == (try pauPlaces2027(period: workspace)))
    }

    func pauPlaces2027(yearly workspace: TraineeshipsWorkspace) throws -> [String: Int] {
        let json = try JSONSerialization.jsonObject(with: try workspace.read("Reports/2027/traineeships.json"))
        let programmes = try #require((json as? [String: Any])?["programmes"] as? [[String: Any]])
        let pau = try #require(programmes.first { $0["programme"] as? String == "pau" })
        return Self.places(try #require(pau["allocations"] as? [[String: Any]]))
    }

    func pauPlaces2027(period workspace: TraineeshipsWorkspace) throws -> [String: Int] {
        let json = try JSONSerialization.jsonObject(
            with: try workspace.read("Reports/2027-2029/traineeships_period.json")
        )
        let programmes = try #require((json as? [String: Any])?["programmes"] as? [[String: Any]])
        let years = try #require(programmes.first?["years"] as? [[String: Any]])
        return Self.places(try #require(years.first?["allocations"] as? [[String: Any]]))
    }

    static func places(_ allocations: [[String: Any]]) -> [String: Int] {
        var result: [String: Int] = [:]
        for allocation in allocations {
            if let code = allocation["code"] as? String, let places = allocation["places"] as? Int {
                result[code] = places
            }
        }
        return result
    }

    /// A bad `history.csv` is reported with file, line and column; nothing is written.
    @Test func badHistoryIsReportedAndNothingWritten() throws {
        let workspace = try Self.fixtureWithPeriod()
        defer { workspace.remove() }
        try workspace.write(
            "programme;year;code;allocated;realised\npau;2027;999;5;5\n",
            to: "Inputs/history.csv"
        )
        let result = try workspace.run(["traineeships", "--period", "--language", "en"])
        #expect(result.exitCode == 65)
        #expect(result.stderr.contains("Inputs/history.csv:2:3: error: unknown municipality code '999'"))
        #expect(!FileManager.default.fileExists(atPath: workspace.folder.appendingPathComponent("Reports").path))
    }

    /// `--period` without a declared period is a data error that says what to add.
    @Test func periodFlagWithoutPeriod() throws {
        let workspace = try TraineeshipsWorkspace()
        defer { workspace.remove() }
        let result = try workspace.run(["traineeships", "--period", "--language", "en"])
        #expect(result.exitCode == 65)
        #expect(result.stderr.contains("no agreement period is declared"))
    }

    /// A period year without a target stops `validate` and the default plan (exit 65, nothing written).
    @Test func periodYearWithoutTarget() throws {
        let workspace = try Self.fixtureWithPeriod()
        defer { workspace.remove() }
        try workspace.edit("traineeships.yaml", "period: {from: 2027, to: 2029}", "period: {from: 2027, to: 2030}")
        let validate = try workspace.run(["validate", "--language", "en"])
        #expect(validate.exitCode == 65)
        #expect(
            validate.stderr.contains("error: programme 'pau' has no target for 2030, a year of its period 2027–2030")
        )
        #expect(try workspace.run([]).exitCode == 65)
        #expect(!FileManager.default.fileExists(atPath: workspace.folder.appendingPathComponent("Reports").path))
    }

    /// Roll-forward: 2027 becomes history with Morsø realising 3 of its 5 places; with carry_over the 2 missing
    /// places are added to 2028 (total 175 + 2), and 2027 is kept as decided.
    @Test func rollForwardCarriesTheShortfallOver() throws {
        let workspace = try Self.fixtureWithPeriod()
        defer { workspace.remove() }
        try workspace.edit(
            "traineeships.yaml",
            "    period: {from: 2027, to: 2029}\n    carry_over: false",
            "    period: {from: 2027, to: 2029}\n    carry_over: true"
        )
        #expect(try workspace.run(["traineeships", "--period"]).exitCode == 0)
        let before = try Self.years(workspace)
        let morso = try #require(before.first?.allocations["773"])
        try workspace.write("programme;code;realised\npau;773;\(morso - 2)\n", to: "realised.csv")
        let result = try workspace.run(["roll-forward", "--year", "2027", "--realised", "realised.csv"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stderr.contains("wrote Inputs/history.csv"))
        let history = String(decoding: try workspace.read("Inputs/history.csv"), as: UTF8.self)
        #expect(history.contains("pau;2027;773;\(morso);\(morso - 2);"))
        let after = try Self.years(workspace)
        #expect(after.map(\.decided) == [true, false, false])
        #expect(after[0].allocations == before[0].allocations)
        #expect(after[1].carryOver == 2 && after[1].total == 177)
    }

    /// Roll-forward puts 2027's decided places into `last_year.csv` too: the 11 PAU rows of 2027 (allocated as in
    /// the period report, Morsø's realised 3 below, the others unknown) replace the stale row of 2027, and every
    /// other row (2026 for all four programmes) stays byte for byte where it was.
    @Test func rollForwardWritesLastYear() throws {
        let workspace = try Self.fixtureWithPeriod()
        defer { workspace.remove() }
        let original = String(decoding: try workspace.read("Inputs/last_year.csv"), as: UTF8.self)
        try workspace.write(original + "pau;2027;851;1;1;yes;a stale row\n", to: "Inputs/last_year.csv")
        #expect(try workspace.run(["traineeships", "--period"]).exitCode == 0)
        let planned = try #require(try Self.years(workspace).first).allocations
        let morso = try #require(planned["773"])
        try workspace.write("programme;code;realised\npau;773;\(morso - 3)\n", to: "realised.csv")
        let result = try workspace.run(["roll-forward", "--year", "2027", "--realised", "realised.csv"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stderr.contains("wrote Inputs/last_year.csv"))
        let written = String(decoding: try workspace.read("Inputs/last_year.csv"), as: UTF8.self)
        #expect(written.hasPrefix(original))
        let added = written.dropFirst(original.count).split(separator: "\n").map(String.init)
        let codes = ["773", "787", "810", "813", "820", "825", "840", "846", "849", "851", "860"]
        #expect(added.map { $0.split(separator: ";", omittingEmptySubsequences: false)[2] }.map(String.init) == codes)
        for line in added {
            let fields = line.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
            let code = fields[2]
            #expect(fields[0] == "pau" && fields[1] == "2027" && fields[5] == "no")
            #expect(fields[3] == planned[code].map(String.init))
            #expect(fields[4] == (code == "773" ? String(morso - 3) : ""))
        }
        // 175 places in 2027, however the period plan spread them.
        #expect(added.compactMap { Int($0.split(separator: ";")[3]) }.reduce(0, +) == 175)
        #expect(!written.contains("a stale row"))
    }

    /// A bad realised file is reported with file, line and column, and changes nothing.
    @Test func badRealisedFileChangesNothing() throws {
        let workspace = try Self.fixtureWithPeriod()
        defer { workspace.remove() }
        #expect(try workspace.run(["traineeships", "--period"]).exitCode == 0)
        let report = try workspace.read("Reports/2027-2029/traineeships_period.json")
        let lastYear = try workspace.read("Inputs/last_year.csv")
        try workspace.write("programme;code;realised\npau;773;-1\n", to: "realised.csv")
        let result = try workspace.run(["roll-forward", "--year", "2027", "--realised", "realised.csv"])
        #expect(result.exitCode == 65)
        #expect(result.stderr.contains("realised.csv:2:3: error:"))
        #expect(
            !FileManager.default.fileExists(atPath: workspace.folder.appendingPathComponent("Inputs/history.csv").path)
        )
        #expect(try workspace.read("Reports/2027-2029/traineeships_period.json") == report)
        #expect(try workspace.read("Inputs/last_year.csv") == lastYear)
    }

    /// A realised file that is a folder is bad input (65, as for every input file), not a missing one.
    @Test func realisedFileThatIsAFolder() throws {
        let workspace = try Self.fixtureWithPeriod()
        defer { workspace.remove() }
        #expect(try workspace.run(["traineeships", "--period"]).exitCode == 0)
        try FileManager.default.createDirectory(
            at: workspace.folder.appendingPathComponent("realised.csv"),
            withIntermediateDirectories: false
        )
        let arguments = ["roll-forward", "--year", "2027", "--realised", "realised.csv"]
        let result = try workspace.run(arguments + ["--language", "en"])
        #expect(result.exitCode == 65)
        #expect(result.stderr.contains("realised.csv: error: this is a folder, not a file — hint: "))
        #expect(try workspace.run(["roll-forward", "--year", "2027", "--realised", "absent.csv"]).exitCode == 66)
    }

    struct YearFigures {
        var decided: Bool
        var carryOver: Int
        var total: Int
        var allocations: [String: Int]
    }

    static func years(_ workspace: TraineeshipsWorkspace) throws -> [YearFigures] {
        let json = try JSONSerialization.jsonObject(
            with: try workspace.read("Reports/2027-2029/traineeships_period.json")
        )
        let programmes = try #require((json as? [String: Any])?["programmes"] as? [[String: Any]])
        let years = try #require(programmes.first?["years"] as? [[String: Any]])
        return years.map { year in
            var places: [String: Int] = [:]
            for allocation in year["allocations"] as? [[String: Any]] ?? [] {
                if let code = allocation["code"] as? String, let value = allocation["places"] as? Int {
                    places[code] = value
                }
            }
            return YearFigures(
                decided: year["decided"] as? Bool ?? false,
                carryOver: year["carry_over"] as? Int ?? -1,
                total: year["total"] as? Int ?? -1,
                allocations: places
            )
        }
    }
}
