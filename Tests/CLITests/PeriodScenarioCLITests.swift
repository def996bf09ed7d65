import Foundation
import TestSupport
import Testing

/// `kkr-plan compare` and `sweep` on inputs that declare an agreement period (issue 12 item 5): each scenario's
/// changes apply to every year of the period, and the reports give the period total and the largest cumulative
/// deviation per scenario (and per step).
///
/// The inputs are the two municipalities of ``PeriodYearCLITests`` (equal weights, PAU 2027–2028, 3 places a
/// year, so each one's quota is 1.5 a year): every answer below is worked out by hand in the test's comment.
@Suite struct PeriodScenarioCLITests {
    static func json(_ workspace: TraineeshipsWorkspace, _ path: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: try workspace.read(path)) as? [String: Any])
    }

    static func periodFigures(_ variant: [String: Any]?) throws -> (total: Int?, deviation: Double?, within: Bool?) {
        let programmes = try #require(variant?["period_programmes"] as? [[String: Any]])
        #expect(programmes.count == 1)
        let pau = try #require(programmes.first)
        #expect(pau["programme"] as? String == "pau")
        #expect(pau["period"] as? [String: Int] == ["from": 2027, "to": 2028])
        return (
            pau["period_total"] as? Int, pau["max_cumulative_deviation"] as? Double, pau["within_one_place"] as? Bool
        )
    }

    /// Base: 3 + 3 = 6 places; 2027 gives one municipality 2 and the other 1 (deviation 0.5), 2028 evens out.
    /// `five` sets the regional number to 5 — in both years, so 5 + 5 = 10 places (only the plan year would give
    /// 8); quota 2.5 a year: 3/2 then 2/3, deviation 0.5 again. The single-year table is unchanged in shape.
    @Test func compareShowsPeriodTotalsAndDeviation() throws {
        let workspace = try PeriodYearCLITests.twoMunicipalities()
        defer { workspace.remove() }
        try FileManager.default.createDirectory(
            at: workspace.folder.appendingPathComponent("Inputs/scenarios"),
            withIntermediateDirectories: true
        )
        try workspace.write(
            "name: Fem\ndescription: fem pladser om året\nchanges:\n  - set_target: {programme: pau, places: 5}\n",
            to: "Inputs/scenarios/five.yaml"
        )
        let result = try workspace.run(["compare", "five"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let json = try Self.json(workspace, "Reports/2027/scenarios.json")
        let periods = try #require(json["periods"] as? [[String: Any]])
        #expect(periods.map { "\($0["programme"] ?? "") \($0["from"] ?? "")–\($0["to"] ?? "")" } == ["pau 2027–2028"])
        let base = try Self.periodFigures(json["base"] as? [String: Any])
        #expect(base.total == 6 && base.deviation == 0.5 && base.within == true)
        let scenarios = try #require(json["scenarios"] as? [[String: Any]])
        let five = try Self.periodFigures(scenarios.first)
        #expect(five.total == 10 && five.deviation == 0.5 && five.within == true)
        let delta = (scenarios.first?["period_programmes"] as? [[String: Any]])?.first?["period_total_delta"] as? Int
        #expect(delta == 4)
        let markdown = String(decoding: try workspace.read("Reports/2027/scenarios.md"), as: UTF8.self)
        #expect(markdown.contains("## Aftaleperioder"))
        #expect(markdown.contains("| PAU 2027–2028: pladser i perioden | 6 | 10 | **+4** |"))
        #expect(markdown.contains("| PAU 2027–2028: største kumulerede afvigelse | 0,50 | 0,50 | 0,00 |"))
        let csv = String(decoding: try workspace.read("Reports/2027/scenarios_periods.csv"), as: UTF8.self)
        #expect(csv.contains("pau;2027–2028;pladser i perioden;6;10;4"))
        let page = String(decoding: try workspace.read("Reports/2027/scenarier.html"), as: UTF8.self)
        #expect(page.contains("id=\"scenarios-periods\""))
        #expect(page.contains("PAU 2027–2028: største kumulerede afvigelse"))
    }

    /// With 2027 decided as A 3, B 0 and 1 place in 2028, each one's share by the end of 2028 is (3 + 1) / 2 = 2:
    /// A already has 3, so the best is B 1 in 2028 (A 0), leaving both exactly 1 place from their share — which
    /// the decided year causes. The comparison says so, in English with `--language en`.
    @Test func compareNamesTheLimitAtOnePlace() throws {
        let workspace = try PeriodYearCLITests.twoMunicipalities()
        defer { workspace.remove() }
        try workspace.edit(
            "traineeships.yaml",
            "{year: 2028, places: 3, kind: exact}",
            "{year: 2028, places: 1, kind: exact}"
        )
        try workspace.write(
            "programme;year;code;allocated;realised\npau;2027;101;3;3\npau;2027;102;0;0\n",
            to: "Inputs/history.csv"
        )
        try FileManager.default.createDirectory(
            at: workspace.folder.appendingPathComponent("Inputs/scenarios"),
            withIntermediateDirectories: true
        )
        try workspace.write("name: Same\ndescription: no change\nchanges: []\n", to: "Inputs/scenarios/same.yaml")
        let result = try workspace.run(["compare", "same", "--language", "en"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let json = try Self.json(workspace, "Reports/2027/scenarios.json")
        let base = try Self.periodFigures(json["base"] as? [String: Any])
        #expect(base.total == 4 && base.deviation == 1 && base.within == false)
        let programmes = (json["base"] as? [String: Any])?["period_programmes"] as? [[String: Any]]
        let limits = try #require(programmes?.first?["binding_limits"] as? [[String: Any]])
        #expect(
            limits.map { "\($0["code"] ?? "") \($0["kind"] ?? "") \($0["limit_year"] ?? "")" } == [
                "101 decided_year 2027", "102 decided_year 2027",
            ]
        )
        let markdown = String(decoding: try workspace.read("Reports/2027/scenarios.md"), as: UTF8.self)
        #expect(markdown.contains("| PAU 2027–2028: largest cumulative deviation | 1.00 | 1.00 | 0.00 |"))
        #expect(markdown.contains("- **Base**, PAU 2027–2028: Over 2027–2028 not every municipality can stay within"))
        #expect(
            markdown.contains(
                "B: the allocation already decided for 2027 (0 places) keeps the municipality 1.00 places below"
            )
        )
    }

    /// 2 places in 2027 (quota 1 each) and 10 in 2028, with at most 1 place of change from one year to the next:
    /// 2028 can give each at most 1 + 1 = 2, 4 < 10, so the period has no plan (each year alone has one, there
    /// being no last year). The comparison says why, in the period section and among the scenarios without a
    /// plan, and exits 1 (as the default plan does for a period without a plan).
    @Test func comparePeriodWithoutPlan() throws {
        let workspace = try PeriodYearCLITests.twoMunicipalities()
        defer { workspace.remove() }
        try workspace.edit("traineeships.yaml", "    key: k\n", "    key: k\n    max_change: {places: 1, percent: 0}\n")
        try workspace.edit(
            "traineeships.yaml",
            "{year: 2027, places: 3, kind: exact}",
            "{year: 2027, places: 2, kind: exact}"
        )
        try workspace.edit(
            "traineeships.yaml",
            "{year: 2028, places: 3, kind: exact}",
            "{year: 2028, places: 10, kind: exact}"
        )
        try FileManager.default.createDirectory(
            at: workspace.folder.appendingPathComponent("Inputs/scenarios"),
            withIntermediateDirectories: true
        )
        try workspace.write("name: Same\ndescription: no change\nchanges: []\n", to: "Inputs/scenarios/same.yaml")
        let result = try workspace.run(["compare", "same", "--language", "en"])
        #expect(result.exitCode == 1, "\(result.stderr)")
        let reason = "PAU 2027–2028: PAU: each year can be distributed on its own, but the change limits (max_change)"
        #expect(result.stderr.contains("  - " + reason))
        let json = try Self.json(workspace, "Reports/2027/scenarios.json")
        let base = try Self.periodFigures(json["base"] as? [String: Any])
        #expect(base.total == nil && base.deviation == nil)
        let programmes = (json["base"] as? [String: Any])?["period_programmes"] as? [[String: Any]]
        #expect(programmes?.first?["status"] as? String == "infeasible")
        let problems = programmes?.first?["problems"] as? [[String: Any]]
        #expect(problems?.map { $0["kind"] as? String } == ["change_limits_across_years"])
        let markdown = String(decoding: try workspace.read("Reports/2027/scenarios.md"), as: UTF8.self)
        #expect(markdown.contains("| PAU 2027–2028: places in the period | – | – | – |"))
        #expect(markdown.contains("- " + reason))
    }

    /// A sweep of PAU's regional number 3, 4, 5 (every year): period totals 6, 8, 10; deviations 0.5 (1.5 a year),
    /// 0 (2 a year, whole), 0.5 (2.5 a year) — in the JSON per step, the CSV's last two columns and the report.
    @Test func sweepShowsPeriodPerStep() throws {
        let workspace = try PeriodYearCLITests.twoMunicipalities()
        defer { workspace.remove() }
        let result = try workspace.run([
            "sweep", "--parameter", "traineeships.pau.target", "--from", "3", "--to", "5", "--steps", "3",
            "--language", "en",
        ])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let json = try Self.json(workspace, "Reports/2027/sweep_traineeships.pau.target.json")
        let period = try #require(json["period"] as? [String: Any])
        #expect("\(period["programme"] ?? "") \(period["from"] ?? "")–\(period["to"] ?? "")" == "pau 2027–2028")
        let steps = try #require(json["steps"] as? [[String: Any]])
        #expect(steps.map { $0["period_total"] as? Int } == [6, 8, 10])
        #expect(steps.map { $0["max_cumulative_deviation"] as? Double } == [0.5, 0, 0.5])
        let csv = String(decoding: try workspace.read("Reports/2027/sweep_traineeships.pau.target.csv"), as: UTF8.self)
        let lines = csv.split(whereSeparator: \.isNewline).map(String.init)
        #expect(
            lines.first?.hasSuffix(";PAU 2027–2028: places in the period;PAU 2027–2028: largest cumulative deviation")
                == true
        )
        #expect(
            lines.dropFirst().map { $0.split(separator: ";").suffix(2).joined(separator: ";") } == [
                "6;0,50", "8;0,00", "10;0,50",
            ]
        )
        let markdown = String(
            decoding: try workspace.read("Reports/2027/sweep_traineeships.pau.target.md"),
            as: UTF8.self
        )
        #expect(markdown.contains("## PAU over the agreement period 2027–2028"))
        #expect(markdown.contains("| 4 | 8 | 0.00 | – |"))
    }
}
