import Foundation
import TestSupport
import Testing

/// A later year of an agreement period planned alone (`kkr-plan traineeships --year 2028`) is that year of the
/// period plan, with the years decided in `history.csv` fixed (issue 12: one truth).
@Suite struct PeriodYearCLITests {
    /// Two municipalities A (101) and B (102) with equal weights, 3 places a year over 2027–2028: each one's quota is 1.5 a year.
    static func twoMunicipalities() throws -> TraineeshipsWorkspace {
        let source = FileManager.default.temporaryDirectory.appendingPathComponent("period-year-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: source, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: source) }
        let files = [
            "municipalities.csv": "code;name\n101;A\n102;B\n",
            "distribution_keys.csv": "key;code;weight\nk;101;1\nk;102;1\n",
            "traineeships.yaml": """
            plan_year: 2027
            keys:
              - {id: k, name_da: K, name_en: K}
            programmes:
              - id: pau
                name_da: PAU
                name_en: PAU
                key: k
                period: {from: 2027, to: 2028}
                targets:
                  - {year: 2027, places: 3, kind: exact}
                  - {year: 2028, places: 3, kind: exact}

            """,
        ]
        for (name, text) in files {
            try text.write(to: source.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return try TraineeshipsWorkspace(inputs: source)
    }

    static func places(_ workspace: TraineeshipsWorkspace, year: Int) throws -> [String: Int] {
        let json = try JSONSerialization.jsonObject(with: try workspace.read("Reports/\(year)/traineeships.json"))
        let programmes = try #require((json as? [String: Any])?["programmes"] as? [[String: Any]])
        return PeriodCLITests.places(programmes.first?["allocations"] as? [[String: Any]] ?? [])
    }

    /// 2027 decided as A 3, B 0 (history.csv): by the end of 2028 each one's share is 3, so the only plan within
    /// one place gives 2028 A 0, B 3 — which year-by-year rounding (A 2, B 1 or A 1, B 2) never gives.
    @Test func laterYearReadsHistory() throws {
        let workspace = try Self.twoMunicipalities()
        defer { workspace.remove() }
        try workspace.write(
            "programme;year;code;allocated;realised\npau;2027;101;3;3\npau;2027;102;0;0\n",
            to: "Inputs/history.csv"
        )
        let result = try workspace.run(["traineeships", "--year", "2028", "--language", "en"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(try Self.places(workspace, year: 2028) == ["101": 0, "102": 3])
        let report = String(decoding: try workspace.read("Reports/2028/traineeships.md"), as: UTF8.self)
        #expect(
            report.contains(
                "The distribution of PAU for 2028 is year 2028 of the distribution over the agreement period 2027–2028"
            )
        )
        #expect(report.contains("The years already decided are kept as in history.csv: 2027."))
        // The period report, planned with the same history, has the same 2028.
        #expect(try workspace.run(["traineeships", "--period"]).exitCode == 0)
        let period = String(decoding: try workspace.read("Reports/2027-2028/traineeships_period.json"), as: UTF8.self)
        #expect(period.contains("\"decided\" : true"))
    }

    /// Without history the period is planned whole: 2027 gives one municipality 2 and the other 1 (quota 1.5
    /// each), so 2028 must give each what makes its two years add up to its share of 3 — and the yearly plans of
    /// 2027 and 2028 are those two years (Danish report says so).
    @Test func laterYearWithoutHistoryIsThePeriodsYear() throws {
        let workspace = try Self.twoMunicipalities()
        defer { workspace.remove() }
        #expect(try workspace.run(["traineeships", "--year", "2027"]).exitCode == 0)
        #expect(try workspace.run(["traineeships", "--year", "2028"]).exitCode == 0)
        let first = try Self.places(workspace, year: 2027)
        let second = try Self.places(workspace, year: 2028)
        #expect(Set(first.values) == [1, 2])
        #expect(first["101"].flatMap { a in second["101"].map { a + $0 } } == 3)
        #expect(first["102"].flatMap { a in second["102"].map { a + $0 } } == 3)
        let report = String(decoding: try workspace.read("Reports/2028/traineeships.md"), as: UTF8.self)
        #expect(report.contains("Intet år i perioden er besluttet endnu (history.csv)"))
    }
}
