import Allocation
import Foundation
import KKRDomain
import Planning
import Reports
import TestSupport
import Testing

/// The `compare` and `sweep` pages: well-formed, and every bar and point is the plan's number.
@Suite struct ScenarioPageTests {
    static let settings = ScenarioJobSettings(
        inputs: GoldenFile.inputs,
        inputsDisplayName: "Inputs",
        output: FileManager.default.temporaryDirectory,
        jobs: 2
    )

    static func comparison() throws -> ScenarioSet {
        let prepared = try CompareJob(settings: settings, scenarios: ["minimum_plus_10", "offer_closes"]).prepare()
        return try ScenarioRunner(solver: TestSolver.make(), jobs: 2)
            .compare(
                base: prepared.base,
                scenarios: prepared.scenarios
            )
    }

    static func sweep(
        _ path: String = "traineeships.ssa.target",
        from: Double,
        to: Double,
        steps: Int
    ) throws -> SweepRun {
        let parameter = try SweepParameter.parse(path).get()
        let job = SweepJob(settings: settings, parameter: parameter, from: from, to: to, steps: steps)
        let prepared = try job.prepare()
        return try ScenarioRunner(solver: TestSolver.make(), jobs: 2)
            .sweepRun(
                parameter,
                from: from,
                to: to,
                steps: steps,
                base: nil,
                inputs: prepared.inputs
            )
    }

    /// Base and scenarios side by side: each bar is that variant's places; each Δ cell is scenario minus base.
    @Test func comparisonBarsAndDeltas() throws {
        let set = try Self.comparison()
        let file = ComparisonReportSet.pageFile(for: set, language: .danish)
        #expect(file.relativePath == "2027/scenarier.html")
        #expect(ComparisonReportSet.pageFile(for: set, language: .english).relativePath == "2027/scenarios.html")
        let root = try XMLTree.parse(String(decoding: file.contents, as: UTF8.self))
        #expect(root.elements("h1").first?.fullText == "Scenarier 2027: sammenligning med basis")
        let variants = [set.base] + set.scenarios
        let names = ["Basis"] + set.scenarios.map { $0.scenario?.scenario.name ?? "?" }
        let plans = try variants.map { try #require($0.outcome.plan?.traineeships) }
        let charts = root.elements("svg")
        #expect(!charts.isEmpty)
        for svg in charts where svg.attributes["id"] != "chart-scenarios-social" {
            let id = try #require(svg.attributes["id"]?.replacingOccurrences(of: "chart-scenarios-", with: ""))
            let bars = svg.all.filter { $0.hasClass("bar") }
            let base = try #require(plans[0].programmes.first { $0.programme.id == id })
            var shown: [Int] = []
            for (index, (variant, plan)) in zip(names, plans).enumerated() {
                let programme = try #require(plan.programmes.first { $0.programme.id == id })
                let drawn = bars.filter { $0.attributes["data-series"] == variant }
                let changes = zip(programme.rows, base.rows).contains { $0.places != $1.places }
                #expect(drawn.isEmpty == (index > 0 && !changes), "\(id) \(variant): drawn only when it changes")
                guard !drawn.isEmpty else { continue }
                shown.append(index)
                #expect(drawn.compactMap { $0.attributes["data-category"] } == programme.rows.map(\.party.name))
                #expect(drawn.map(\.dataValue) == programme.rows.map { Double($0.places) }, "\(id) \(variant)")
            }
            let figure = try #require(svg.parent?.parent)
            let body = try #require(figure.elements("tbody").first).elements("tr")
            #expect(body.map { $0.children[1].dataValue } == base.rows.map { Double($0.places) })
            for (position, index) in shown.dropFirst().enumerated() {
                let programme = try #require(plans[index].programmes.first { $0.programme.id == id })
                let places = body.map { $0.children[2 + 2 * position].dataValue }
                let deltas = body.map { $0.children[3 + 2 * position].dataValue }
                #expect(places == programme.rows.map { Double($0.places) })
                #expect(deltas == zip(programme.rows, base.rows).map { Double($0.places - $1.places) })
            }
        }
        let social = try #require(charts.first { $0.attributes["id"] == "chart-scenarios-social" })
        let closes = try #require(set.scenarios.last)
        let before = try #require(set.base.result.socialPlan)
        let after = try #require(closes.result.socialPlan)
        let drawn = social.all.filter { $0.hasClass("bar") }
        #expect(
            Set(drawn.compactMap { $0.attributes["data-series"] }) == [names[2]],
            "only the scenario that moves money"
        )
        for bar in drawn {
            let buyer = try #require(before.buyers.first { $0.buyer.name == bar.attributes["data-category"] })
            let payments = after.buyers.first { $0.buyer == buyer.buyer }?.payments ?? 0
            #expect(abs((bar.dataValue ?? .nan) - (payments - buyer.payments) / 1e6) < 1e-6, "\(buyer.buyer.name)")
        }
        let ssa = try #require(charts.first { $0.attributes["id"] == "chart-scenarios-ssa" })
        #expect(ssa.elements("desc").first?.fullText.contains("Største ændring") == true)
        #expect(root.elements("section").contains { $0.attributes["id"] == "scenarios" })
    }

    /// Every point of the sweep chart is the step's places; the table shows a spread of the steps.
    @Test func sweepPointsEqualThePlans() throws {
        let run = try Self.sweep(from: 600, to: 640, steps: 21)
        let file = SweepReportSet.pageFile(for: run, language: .danish)
        #expect(file.relativePath == "2027/sweep_traineeships.ssa.target.html")
        let root = try XMLTree.parse(String(decoding: file.contents, as: UTF8.self))
        let svg = try #require(root.elements("svg").first { $0.attributes["id"] == "chart-sweep-ssa" })
        for series in run.analysis.series where series.programme.id == "ssa" {
            let points = svg.all.filter { $0.hasClass("point") && $0.attributes["data-series"] == series.party.name }
            #expect(points.map(\.dataValue) == series.places.map { $0.map(Double.init) }, "\(series.party.name)")
            #expect(points.compactMap { $0.attributes["data-parameter"].flatMap(Double.init) } == run.analysis.values)
        }
        let header = try #require(root.elements("thead").first).elements("th").map(\.fullText)
        #expect(header.count == 12 && header.first == "Kommune", "the municipality and 11 of the 21 steps")
        #expect(header.last == "640")
        #expect(root.elements("h1").first?.fullText == "Følsomhed 2027: Regionalt tal for SSA fra 600 til 640")
    }

    /// A Socialaftale parameter: one line per municipality whose payments move, each point its payments in million kr.
    @Test func socialSweepLinesArePayments() throws {
        let run = try Self.sweep("social.demand.autisme.scale", from: 1, to: 1.4, steps: 5)
        let root = try XMLTree.parse(
            String(decoding: SweepReportSet.pageFile(for: run, language: .danish).contents, as: UTF8.self)
        )
        let svg = try #require(root.elements("svg").first { $0.attributes["id"] == "chart-sweep-social" })
        let drawn = Set(svg.all.filter { $0.hasClass("series") }.compactMap { $0.attributes["data-series"] })
        let moving = run.analysis.socialSeries.filter { series in
            let paid = series.payments.compactMap { $0 }
            return (paid.max() ?? 0) - (paid.min() ?? 0) >= 1
        }
        #expect(drawn == Set(moving.map(\.buyer.name)))
        #expect(!drawn.isEmpty)
        for series in moving {
            let points = svg.all.filter { $0.hasClass("point") && $0.attributes["data-series"] == series.buyer.name }
            let expected = series.payments.map { $0.map { $0 / 1e6 } }
            #expect(zip(points.map(\.dataValue), expected).allSatisfy { abs(($0 ?? .nan) - ($1 ?? .nan)) < 1e-6 })
            #expect(points.count == expected.count)
        }
    }

    @Test func sweepPageInEnglish() throws {
        let run = try Self.sweep(from: 610, to: 630, steps: 3)
        let page = String(decoding: SweepReportSet.pageFile(for: run, language: .english).contents, as: UTF8.self)
        let root = try XMLTree.parse(page)
        #expect(root.attributes["lang"] == "en")
        #expect(root.elements("h1").first?.fullText == "Sensitivity 2027: Regional number for SSA from 610 to 630")
    }
}
