import Allocation
import Foundation
import KKRDomain
import Reports
import TestSupport
import Testing

/// The period report against golden files, from a small frozen input folder (`Golden/period-inputs/`).
@Suite struct PeriodReportTests {
    static func plan() throws -> PeriodPlan {
        let folder = GoldenFile.folder.appendingPathComponent("period-inputs")
        let periods = try PeriodInputReader.read(folder: folder, displayName: "period-inputs")
        let inputs = try #require(periods.first)
        guard case .planned(let plan) = try PeriodPlanner(solver: TestSolver.make()).plan(inputs) else {
            throw PlanningError(reason: "period infeasible")
        }
        return plan
    }

    @Test func danishMarkdown() throws {
        try GoldenFile.check(PeriodMarkdown(language: .danish).render(try Self.plan()), against: "period.da.md")
    }

    @Test func englishMarkdown() throws {
        try GoldenFile.check(PeriodMarkdown(language: .english).render(try Self.plan()), against: "period.en.md")
    }

    @Test func json() throws {
        try GoldenFile.check(try PeriodJSON.render(try Self.plan()), against: "period.json")
    }

    /// The paragraph the issue quotes, and Læsø (cap 0 in 2027) named with the year of its place.
    @Test func paragraphNamesTheSmallMunicipality() throws {
        let plan = try Self.plan()
        let programme = try #require(plan.programmes.first)
        let english = PeriodMarkdown(language: .english).render(plan)
        #expect(english.contains("Over 2027–2029 every municipality stays within one place of its share in every year"))
        let laeso = try #require(programme.rows.first { $0.party.code == "825" })
        #expect(laeso.places[0] == 0)
        if let year = laeso.firstYearWithPlace {
            #expect(english.contains("Læsø (share") && english.contains("in \(programme.years[year].year)"))
        } else {
            #expect(english.contains("Læsø's share over the period"))
        }
    }

    /// The chart page: one line chart per programme with the cumulative deviation, and its table.
    @Test func htmlPageHasTheDeviationChart() throws {
        let file = PeriodReportSet.pageFile(for: try Self.plan(), language: .english)
        #expect(file.relativePath == "2027-2029/report.html")
        let page = String(decoding: file.contents, as: UTF8.self)
        #expect(page.contains("<svg") && page.contains("cumulative places minus cumulative share, 2027–2029"))
    }
}
