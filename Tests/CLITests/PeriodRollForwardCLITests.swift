import Foundation
import TestSupport
import Testing

/// Roll-forward with two agreement periods, and the period messages on stdout and stderr: the frozen fixtures
/// with SSA planned over 2027–2028 and PAU over 2027–2029 (both contain 2027).
@Suite struct PeriodRollForwardCLITests {
    /// The fixtures with SSA over 2027–2028 (618 places a year) and PAU over 2027–2029 (175 a year); SSA's joint
    /// capacity with SSH is dropped (programmes sharing one must share their period).
    static func twoPeriods() throws -> TraineeshipsWorkspace {
        let workspace = try PeriodCLITests.fixtureWithPeriod()
        try workspace.edit(
            "traineeships.yaml",
            "    key: age_65_plus\n",
            "    key: age_65_plus\n    period: {from: 2027, to: 2028}\n"
        )
        try workspace.edit(
            "traineeships.yaml",
            "      - year: 2027\n        places: 618\n",
            "      - {year: 2028, places: 618, kind: minimum}\n      - year: 2027\n        places: 618\n"
        )
        let settings = String(decoding: try workspace.read("Inputs/traineeships.yaml"), as: UTF8.self)
        let capacities = try #require(settings.range(of: "joint_capacities:"))
        try workspace.write(
            String(settings[..<capacities.lowerBound]) + "joint_capacities: []\n",
            to: "Inputs/traineeships.yaml"
        )
        try FileManager.default.removeItem(at: workspace.folder.appendingPathComponent("Inputs/joint_capacity.csv"))
        return workspace
    }

    /// One year of a period report: decided, carried over, total and the places by code.
    static func year(_ workspace: TraineeshipsWorkspace, _ folder: String, _ year: Int) throws
        -> PeriodCLITests.YearFigures
    {
        let json = try JSONSerialization.jsonObject(
            with: try workspace.read("Reports/\(folder)/traineeships_period.json")
        )
        let programmes = try #require((json as? [String: Any])?["programmes"] as? [[String: Any]])
        let years = try #require(programmes.first?["years"] as? [[String: Any]])
        let entry = try #require(years.first { $0["year"] as? Int == year })
        return PeriodCLITests.YearFigures(
            decided: entry["decided"] as? Bool ?? false,
            carryOver: entry["carry_over"] as? Int ?? -1,
            total: entry["total"] as? Int ?? -1,
            allocations: PeriodCLITests.places(entry["allocations"] as? [[String: Any]] ?? [])
        )
    }

    /// The rows of `history.csv` as `programme;year;code` → `allocated;realised`.
    static func history(_ workspace: TraineeshipsWorkspace) throws -> [String: String] {
        let text = String(decoding: try workspace.read("Inputs/history.csv"), as: UTF8.self)
        var rows: [String: String] = [:]
        for line in text.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
            rows[fields[0...2].joined(separator: ";")] = fields[3...4].joined(separator: ";")
        }
        return rows
    }

    /// Every period containing 2027 is rolled: PAU's and SSA's 2027 rows (allocated as in each period report,
    /// realised as given) are in `history.csv`, the row of the pædagog programme (no period) stays, both
    /// reports mark 2027 decided, and SSA's 2028 carries Morsø's shortfall of 4.
    @Test func rollsEveryPeriodAndKeepsEveryOtherRow() throws {
        let workspace = try Self.twoPeriods()
        defer { workspace.remove() }
        try workspace.write(
            "programme;year;code;allocated;realised\npaedagog;2026;773;33;30\n",
            to: "Inputs/history.csv"
        )
        #expect(try workspace.run(["traineeships", "--period"]).exitCode == 0)
        let ssa = try Self.year(workspace, "2027-2028", 2027).allocations
        let pau = try Self.year(workspace, "2027-2029", 2027).allocations
        let ssaMorso = try #require(ssa["773"])
        let pauMorso = try #require(pau["773"])
        try workspace.write(
            "programme;code;realised\npau;773;\(pauMorso - 1)\nssa;773;\(ssaMorso - 4)\n",
            to: "realised.csv"
        )
        let result = try workspace.run(["roll-forward", "--year", "2027", "--realised", "realised.csv"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let history = try Self.history(workspace)
        #expect(history.count == 1 + 11 + 11)
        #expect(history["paedagog;2026;773"] == "33;30")
        for (code, places) in pau {
            #expect(history["pau;2027;\(code)"] == "\(places);" + (code == "773" ? "\(places - 1)" : ""))
        }
        for (code, places) in ssa {
            #expect(history["ssa;2027;\(code)"] == "\(places);" + (code == "773" ? "\(places - 4)" : ""))
        }
        #expect(try Self.year(workspace, "2027-2029", 2027).decided)
        let ssa2028 = try Self.year(workspace, "2027-2028", 2028)
        #expect(try Self.year(workspace, "2027-2028", 2027).decided && !ssa2028.decided)
        #expect(ssa2028.carryOver == 4 && ssa2028.total == 618 + 4)
        let lastYear = String(decoding: try workspace.read("Inputs/last_year.csv"), as: UTF8.self)
        #expect(lastYear.contains("\nssa;2027;773;\(ssaMorso);\(ssaMorso - 4);no;"))
        #expect(lastYear.contains("\npau;2027;773;\(pauMorso);\(pauMorso - 1);no;"))
    }

    /// Rolling the same year again without realised numbers, then with a file giving PAU's Morsø only, keeps
    /// SSA's recorded realised number (a missing row is "not known yet", not "none"), so the carry-over stays 4.
    @Test func rollingAgainKeepsRecordedRealisedNumbers() throws {
        let workspace = try Self.twoPeriods()
        defer { workspace.remove() }
        #expect(try workspace.run(["traineeships", "--period"]).exitCode == 0)
        let ssaMorso = try #require(try Self.year(workspace, "2027-2028", 2027).allocations["773"])
        let pauMorso = try #require(try Self.year(workspace, "2027-2029", 2027).allocations["773"])
        try workspace.write("programme;code;realised\nssa;773;\(ssaMorso - 4)\n", to: "realised.csv")
        #expect(try workspace.run(["roll-forward", "--year", "2027", "--realised", "realised.csv"]).exitCode == 0)
        let again = try workspace.run(["roll-forward", "--year", "2027"])
        #expect(again.exitCode == 0, "\(again.stderr)")
        #expect(try Self.history(workspace)["ssa;2027;773"] == "\(ssaMorso);\(ssaMorso - 4)")
        #expect(try Self.year(workspace, "2027-2028", 2028).carryOver == 4)
        try workspace.write("programme;code;realised\npau;773;\(pauMorso)\n", to: "realised.csv")
        #expect(try workspace.run(["roll-forward", "--year", "2027", "--realised", "realised.csv"]).exitCode == 0)
        let history = try Self.history(workspace)
        #expect(history["ssa;2027;773"] == "\(ssaMorso);\(ssaMorso - 4)")
        #expect(history["pau;2027;773"] == "\(pauMorso);\(pauMorso)")
        #expect(try Self.year(workspace, "2027-2028", 2028).carryOver == 4)
    }

    /// Aalborg realising none of its SSA places carries them all into 2028, beyond what the change limits allow
    /// (at most 20 % more per municipality): the re-plan is infeasible, exit 1, and no input or report changed.
    @Test func infeasibleReplanWritesNothing() throws {
        let workspace = try Self.twoPeriods()
        defer { workspace.remove() }
        #expect(try workspace.run(["traineeships", "--period"]).exitCode == 0)
        let lastYear = try workspace.read("Inputs/last_year.csv")
        let report = try workspace.read("Reports/2027-2029/traineeships_period.json")
        try workspace.write("programme;code;realised\nssa;851;0\n", to: "realised.csv")
        let result = try workspace.run(["roll-forward", "--year", "2027", "--realised", "realised.csv"])
        #expect(result.exitCode == 1)
        #expect(result.stderr.contains("error: with 2027 decided the period has no plan; nothing was written"))
        #expect(!result.stderr.contains("wrote "))
        #expect(try workspace.read("Inputs/last_year.csv") == lastYear)
        #expect(try workspace.read("Reports/2027-2029/traineeships_period.json") == report)
        #expect(
            !FileManager.default.fileExists(atPath: workspace.folder.appendingPathComponent("Inputs/history.csv").path)
        )
    }

    /// A report that cannot be written (a folder in its place) stops the run with 73, and the inputs are as
    /// they were.
    @Test func unwritableReportWritesNoInput() throws {
        let workspace = try Self.twoPeriods()
        defer { workspace.remove() }
        #expect(try workspace.run(["traineeships", "--period"]).exitCode == 0)
        let lastYear = try workspace.read("Inputs/last_year.csv")
        let page = workspace.folder.appendingPathComponent("Reports/2027-2029/rapport.html")
        try FileManager.default.removeItem(at: page)
        try FileManager.default.createDirectory(at: page, withIntermediateDirectories: false)
        let result = try workspace.run(["roll-forward", "--year", "2027"])
        #expect(result.exitCode == 73)
        #expect(result.stderr.contains("cannot write Reports/2027-2029/rapport.html"))
        #expect(try workspace.read("Inputs/last_year.csv") == lastYear)
        #expect(
            !FileManager.default.fileExists(atPath: workspace.folder.appendingPathComponent("Inputs/history.csv").path)
        )
    }

    /// `--format json` prints one JSON document: `{"periods":[…]}` with each period's report in period order,
    /// and with one period that period's report byte for byte.
    @Test func periodJSONIsOneDocument() throws {
        let workspace = try Self.twoPeriods()
        defer { workspace.remove() }
        let result = try workspace.run(["traineeships", "--period", "--format", "json"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let periods = try #require(json["periods"] as? [[String: Any]])
        #expect(
            periods.map { $0["period"] as? [String: Int] } == [
                ["from": 2027, "to": 2028], ["from": 2027, "to": 2029],
            ]
        )
        for (entry, folder) in zip(periods, ["2027-2028", "2027-2029"]) {
            let written = try JSONSerialization.jsonObject(
                with: try workspace.read("Reports/\(folder)/traineeships_period.json")
            )
            #expect(NSDictionary(dictionary: entry).isEqual(written))
        }
        let single = try PeriodCLITests.fixtureWithPeriod()
        defer { single.remove() }
        let one = try single.run(["traineeships", "--period", "--format", "json"])
        #expect(Data(one.stdout.utf8) == (try single.read("Reports/2027-2029/traineeships_period.json")))
    }

    /// A broken `period:` block (a year without a target) stops `kkr-plan traineeships` as bad input, instead of
    /// the year being planned without the period's places.
    @Test func traineeshipsStopsOnABrokenPeriod() throws {
        let workspace = try PeriodCLITests.fixtureWithPeriod()
        defer { workspace.remove() }
        try workspace.edit("traineeships.yaml", "period: {from: 2027, to: 2029}", "period: {from: 2027, to: 2030}")
        let result = try workspace.run(["traineeships", "--language", "en"])
        #expect(result.exitCode == 65)
        #expect(result.stderr.contains("error: programme 'pau' has no target for 2030, a year of its period 2027–2030"))
        #expect(!FileManager.default.fileExists(atPath: workspace.folder.appendingPathComponent("Reports").path))
    }

    /// One period planned and one infeasible: the planned period's files are listed as written, and the note
    /// names its own file, relative to the output folder as spelled.
    @Test func plannedAndInfeasiblePeriodsOnStderr() throws {
        let workspace = try Self.twoPeriods()
        defer { workspace.remove() }
        try workspace.edit(
            "traineeships.yaml",
            "    period: {from: 2027, to: 2028}\n    carry_over: true\n    max_change: {places: 3, percent: 20}",
            "    period: {from: 2027, to: 2028}\n    carry_over: true\n    max_change: {places: 1}"
        )
        let result = try workspace.run(["traineeships", "--period"])
        #expect(result.exitCode == 1)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(
            lines.filter { $0.hasPrefix("wrote ") } == [
                "wrote Reports/2027-2029/traineeships_period.md", "wrote Reports/2027-2029/traineeships_period.json",
                "wrote Reports/2027-2029/rapport.html", "wrote Reports/2027-2029/traineeships_period_pau_model.lp",
            ]
        )
        #expect(lines.last == "(written to Reports/2027-2028/traineeships_period_infeasible.md)")
        #expect(lines.filter { $0.hasPrefix("(written to") }.count == 1)
    }

    /// `--period` without a period: the usual error line, the file named as `--inputs` was spelled.
    @Test func noPeriodMessage() throws {
        let workspace = try TraineeshipsWorkspace()
        defer { workspace.remove() }
        let result = try workspace.run(["traineeships", "--period", "--inputs", "Inputs/", "--language", "en"])
        #expect(result.exitCode == 65)
        #expect(result.stderr.hasPrefix("Inputs/traineeships.yaml: error: no agreement period is declared — hint:"))
    }

    /// A warning both parts find (a PAU bound for the region, which PAU does not include) is printed once by
    /// the default plan.
    @Test func defaultPlanPrintsAWarningOnce() throws {
        let workspace = try PeriodCLITests.fixtureWithPeriod()
        defer { workspace.remove() }
        let bounds = String(decoding: try workspace.read("Inputs/bounds.csv"), as: UTF8.self)
        try workspace.write(bounds + "pau;2027;1081;;3;yes;a region row\n", to: "Inputs/bounds.csv")
        let result = try workspace.run(["--language", "en"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let warnings = result.stderr.split(separator: "\n").filter { $0.contains("warning:") }
        #expect(warnings.count == 1)
        #expect(warnings.first?.contains("programme 'pau' does not include Region Nordjylland") == true)
    }
    /// Compare's per-municipality columns for the plan year are the period plan's year (one truth, as in the
    /// default plan): with 2027 decided as A 3, B 0 in `history.csv`, the base and the scenario show 3 and 0, not
    /// the single-year rounding of 1.5 and 1.5 (2 and 1).
    @Test func compareTakesThePlanYearFromThePeriod() throws {
        let workspace = try PeriodYearCLITests.twoMunicipalities()
        defer { workspace.remove() }
        try workspace.write(
            "programme;year;code;allocated;realised\npau;2027;101;3;3\npau;2027;102;0;0\n",
            to: "Inputs/history.csv"
        )
        try FileManager.default.createDirectory(
            at: workspace.folder.appendingPathComponent("Inputs/scenarios"),
            withIntermediateDirectories: true
        )
        try workspace.write("name: Same\ndescription: no change\nchanges: []\n", to: "Inputs/scenarios/same.yaml")
        let result = try workspace.run(["compare", "same"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let json = try PeriodScenarioCLITests.json(workspace, "Reports/2027/scenarios.json")
        let scenarios = try #require(json["scenarios"] as? [[String: Any]])
        for variant in [json["base"] as? [String: Any], scenarios.first] {
            let programmes = try #require(variant?["programmes"] as? [[String: Any]])
            let pau = try #require(programmes.first { $0["programme"] as? String == "pau" })
            #expect(PeriodCLITests.places(pau["allocations"] as? [[String: Any]] ?? []) == ["101": 3, "102": 0])
        }
    }
}
