import Allocation
import Foundation
import KKRDomain
import LinearProgramming
import Planning
import Reports
import TestSupport
import Testing

/// The Socialaftale reports of the default inputs against golden files, the JSON contract, and what happens
/// without duals or without a feasible placement.
@Suite struct SocialReportTests {
    static let folder = GoldenFile.inputs

    static func defaultPlan(solver: any LinearSolver = TestSolver.make()) throws -> SocialPlan {
        let inputs = try SocialInputReader.read(folder: folder, displayName: "Inputs")
        guard case .planned(let plan) = try SocialPlanner(solver: solver).plan(inputs) else {
            throw PlanningError(reason: "default Socialaftale plan infeasible")
        }
        return plan
    }

    @Test func danishMarkdown() throws {
        try GoldenFile.check(
            SocialMarkdown(language: .danish).render(try Self.defaultPlan()),
            against: "socialaftale.da.md"
        )
    }

    @Test func englishMarkdown() throws {
        try GoldenFile.check(
            SocialMarkdown(language: .english).render(try Self.defaultPlan()),
            against: "socialaftale.en.md"
        )
    }

    @Test func json() throws {
        try GoldenFile.check(try SocialJSON.render(try Self.defaultPlan()), against: "socialaftale.json")
    }

    @Test func csvFiles() throws {
        let files = try SocialReportSet.files(for: try Self.defaultPlan(), language: .danish)
        #expect(
            files.map(\.relativePath) == [
                "2027/socialaftale.md", "2027/socialaftale.json", "2027/socialaftale_purchases.csv",
                "2027/socialaftale_offers.csv", "2027/socialaftale_demand.csv", "2027/socialaftale_buyers.csv",
            ]
        )
        for file in files where file.relativePath.hasSuffix(".csv") {
            #expect(file.contents.starts(with: [0xEF, 0xBB, 0xBF]), "Excel needs the byte-order mark")
        }
        let offers = try #require(files.first { $0.relativePath.hasSuffix("_offers.csv") })
        try GoldenFile.check(
            String(decoding: offers.contents.dropFirst(3), as: UTF8.self),
            against: "socialaftale_offers.csv"
        )
    }

    /// The keys the issue names, with the types it shows; codes are strings; every offer and demand row is there.
    @Test func jsonContract() throws {
        let plan = try Self.defaultPlan()
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(try SocialJSON.render(plan).utf8)) as? [String: Any]
        )
        #expect(document["termination"] as? String == "optimal")
        #expect(document["total_cost"] is Double)
        let purchases = try #require(document["purchases"] as? [[String: Any]])
        let first = try #require(purchases.first)
        #expect(first["buyer"] is String && first["offer"] is String && first["target_group"] is String)
        #expect(first["citizens"] is Int)
        let offers = try #require(document["offers"] as? [[String: Any]])
        #expect(offers.count == 67)
        for key in ["id", "places", "used", "occupancy", "place_value"] {
            #expect(offers.allSatisfy { $0[key] != nil }, "offers[].\(key)")
        }
        let demand = try #require(document["demand"] as? [[String: Any]])
        #expect(demand.count == 209)
        for key in ["buyer", "target_group", "citizens", "placed", "outside_region", "unmet"] {
            #expect(demand.allSatisfy { $0[key] != nil }, "demand[].\(key)")
        }
        // The JSON sums agree with the plan's: 2,406 citizens = placed + outside + unmet.
        let sum = { (key: String) in demand.reduce(0) { $0 + ($1[key] as? Int ?? 0) } }
        #expect(sum("citizens") == 2_406 && sum("placed") + sum("outside_region") + sum("unmet") == 2_406)
        #expect(purchases.reduce(0) { $0 + ($1["citizens"] as? Int ?? 0) } == sum("placed"))
    }

    /// JSON is data: each recommendation is its kind, its offer or demand cell and its amounts, not a sentence.
    @Test func recommendationsAreData() throws {
        let plan = try Self.defaultPlan()
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(try SocialJSON.render(plan).utf8)) as? [String: Any]
        )
        let recommendations = try #require(document["recommendations"] as? [[String: Any]])
        #expect(recommendations.count == plan.recommendations.count)
        let offers = Set(plan.offers.map(\.offer.id))
        for (item, recommendation) in zip(recommendations, plan.recommendations) {
            switch recommendation {
            case .addPlace(let offer, let saving, let avoidsUnmet):
                #expect(item["kind"] as? String == "add_place" && item["offer"] as? String == offer.id)
                #expect(item["saving"] as? Double == saving.rounded() && item["avoids_unmet"] as? Bool == avoidsUnmet)
            case .emptyPlaces(let offer, let empty, let belowBound, _):
                #expect(item["kind"] as? String == "empty_places" && item["offer"] as? String == offer.id)
                #expect(item["empty"] as? Int == empty && item["below_bound"] as? Int == belowBound)
            case .shortage(let group, let section, let outside, let unmet, _, _):
                #expect(item["kind"] as? String == "shortage" && item["target_group"] as? String == group)
                #expect(item["section"] as? String == section)
                #expect(item["outside"] as? Int == outside && item["unmet"] as? Int == unmet)
            }
            if let offer = item["offer"] as? String { #expect(offers.contains(offer)) }
        }
        let illustrative = try #require(document["illustrative"] as? [[String: Any]])
        let demand = try #require(illustrative.first { $0["subject"] as? String == "demand" })
        #expect(demand["illustrative_count"] as? Int == 209 && demand["total_count"] as? Int == 209)
    }

    /// Without LP duals the values are `null` in the JSON and "–" in the report, not 0.
    @Test func missingDualsAreNull() throws {
        let plan = try Self.defaultPlan(solver: SocialWithoutDuals())
        #expect(plan.offers.allSatisfy { $0.placeValue == nil })
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(try SocialJSON.render(plan).utf8)) as? [String: Any]
        )
        let offers = try #require(document["offers"] as? [[String: Any]])
        #expect(offers.allSatisfy { $0["place_value"] is NSNull })
        #expect(!plan.recommendations.contains { if case .addPlace = $0 { return true } else { return false } })
    }

    /// A solver that proves infeasibility: the job writes only the note, and says so.
    @Test func infeasibleWritesANote() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("social-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let job = SocialJob(inputs: Self.folder, inputsDisplayName: "Inputs", output: output)
        let outcome = try job.plan(try job.validate(), solver: SocialInfeasibleSolver())
        guard case .infeasible = outcome else {
            Issue.record("expected the infeasible outcome")
            return
        }
        let set = try job.reportSet(outcome)
        let note = String(decoding: try #require(set.files.first).contents, as: UTF8.self)
        #expect(note.hasPrefix("# Socialaftale 2027: ingen mulig placering"))
        let url = try set.write(to: output).first
        #expect(url?.lastPathComponent == "socialaftale_infeasible.md")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent("2027").path).sorted()
                == [
                    ".kkr-plan-files", "socialaftale_infeasible.md",
                ]
        )
    }

    /// Identical inputs give identical bytes.
    @Test func deterministic() throws {
        let one = try SocialReportSet.files(for: try Self.defaultPlan(), language: .english)
        let two = try SocialReportSet.files(for: try Self.defaultPlan(), language: .english)
        #expect(one == two)
    }
}

/// GLPK, but the LP relaxation comes back without duals.
struct SocialWithoutDuals: LinearSolver {
    func solve(_ model: LinearModel, options: SolverOptions) throws -> Solution {
        var solution = try TestSolver.make().solve(model, options: options)
        solution.rowDuals = nil
        return solution
    }
}

/// A solver that finds every model infeasible.
struct SocialInfeasibleSolver: LinearSolver {
    func solve(_ model: LinearModel, options: SolverOptions) throws -> Solution {
        Solution(termination: .infeasible, hasSolution: false, objectiveValue: nil)
    }
}
