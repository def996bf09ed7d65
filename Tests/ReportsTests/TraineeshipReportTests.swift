import Allocation
import Foundation
import KKRDomain
import Reports
import TestSupport
import Testing

/// The reports of the default plan against golden files, plus properties every report must have.
@Suite struct TraineeshipReportTests {
    static func defaultPlan() throws -> TraineeshipPlan {
        let folder = GoldenFile.inputs
        let inputs = try TraineeshipInputReader.read(folder: folder, displayName: "Inputs")
        guard case .planned(let plan) = try TraineeshipPlanner(solver: TestSolver.make()).plan(inputs) else {
            throw PlanningError(reason: "default plan infeasible")
        }
        return plan
    }

    @Test func danishMarkdown() throws {
        try GoldenFile.check(
            TraineeshipMarkdown(language: .danish).render(try Self.defaultPlan()),
            against: "traineeships.da.md"
        )
    }

    @Test func englishMarkdown() throws {
        try GoldenFile.check(
            TraineeshipMarkdown(language: .english).render(try Self.defaultPlan()),
            against: "traineeships.en.md"
        )
    }

    @Test func json() throws {
        try GoldenFile.check(try TraineeshipJSON.render(try Self.defaultPlan()), against: "traineeships.json")
    }

    @Test func csvFiles() throws {
        let files = try TraineeshipReportSet.files(for: try Self.defaultPlan(), language: .danish)
        for name in ["traineeships_ssa.csv", "traineeships_paedagog_specialisation.csv"] {
            let file = try #require(files.first { $0.relativePath == "2027/\(name)" })
            #expect(file.contents.starts(with: [0xEF, 0xBB, 0xBF]), "Excel needs the byte-order mark")
            try GoldenFile.check(String(decoding: file.contents.dropFirst(3), as: UTF8.self), against: name)
        }
    }

    /// The JSON contract: keys of the issue present, `null` for missing bounds, codes as strings.
    @Test func jsonContract() throws {
        let data = Data(try TraineeshipJSON.render(try Self.defaultPlan()).utf8)
        let document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(document["year"] as? Int == 2027)
        let programmes = try #require(document["programmes"] as? [[String: Any]])
        #expect(programmes.map { $0["programme"] as? String } == ["paedagog", "pau", "ssh", "ssa"])
        let ssa = try #require(programmes.last)
        #expect(ssa["target"] as? Int == 618 && ssa["target_kind"] as? String == "minimum")
        let allocations = try #require(ssa["allocations"] as? [[String: Any]])
        let aalborg = try #require(allocations.first { $0["code"] as? String == "851" })
        for key in ["code", "municipality", "weight", "quota", "places", "floor", "cap", "last_year"] {
            #expect(aalborg[key] != nil, "missing \(key)")
        }
        #expect(aalborg["municipality"] as? String == "Aalborg" && aalborg["places"] as? Int == 177)
        let paedagog = try #require(programmes.first?["allocations"] as? [[String: Any]])
        #expect(paedagog.allSatisfy { $0["floor"] is NSNull && $0["cap"] is NSNull })
    }

    /// JSON is data: the tie rule and the illustrative figures are identifiers and counts, not sentences.
    @Test func jsonCarriesNoProse() throws {
        let plan = try Self.defaultPlan()
        let data = Data(try TraineeshipJSON.render(plan).utf8)
        let document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(document["tie_rule"] as? [String] == ["larger_remainder", "larger_weight", "lower_code"])
        let illustrative = try #require(document["illustrative"] as? [[String: Any]])
        // One group per illustrative figure group of the inputs: the SSA target is 1 of 1, its key 11 of 11.
        #expect(illustrative.count == plan.inputs.illustrativeFigures.count)
        let target = try #require(
            illustrative.first { $0["subject"] as? String == "target" && $0["programme"] as? String == "ssa" }
        )
        #expect(target["illustrative_count"] as? Int == 1 && target["total_count"] as? Int == 1)
        let key = try #require(illustrative.first { $0["subject"] as? String == "key" && $0["key"] != nil })
        #expect(key["illustrative_count"] as? Int == 11 && key["total_count"] as? Int == 11)
        #expect(illustrative.allSatisfy { ($0["sources"] as? [String])?.isEmpty == false })
    }

    /// Identical inputs give identical bytes (no timestamps, no locale).
    @Test func deterministic() throws {
        let first = try TraineeshipReportSet.files(for: try Self.defaultPlan(), language: .danish)
        let second = try TraineeshipReportSet.files(for: try Self.defaultPlan(), language: .danish)
        #expect(first == second)
        // The report, the JSON and six CSV files; the three model files are the planning layer's artifacts.
        #expect(first.count == 8)
    }

    @Test func infeasibilityNote() throws {
        let programme = PlanConflictFixture.programme
        let note = TraineeshipReportSet.infeasibilityNote(
            [
                .totalAboveCaps(programme: programme, target: programme.targets[0], carryOver: 7, capSum: 611),
                .limitsCross(
                    programme: programme,
                    party: Party(code: "825", name: "Læsø"),
                    floor: 5,
                    cap: nil,
                    lastYear: 2,
                    allowance: 1
                ),
            ],
            year: 2027,
            language: .danish
        )
        try GoldenFile.check(note, against: "infeasible.da.md")
    }
}

enum PlanConflictFixture {
    static let programme = Programme(
        id: "ssa",
        nameDanish: "Social- og sundhedsassistent (SSA)",
        nameEnglish: "Social and health care assistant (SSA)",
        keyID: "k",
        targets: [
            Target(
                year: 2027,
                places: 618,
                kind: .minimum,
                provenance: Provenance(illustrative: true, source: "", location: SourceLocation(file: "x"))
            )
        ],
        location: SourceLocation(file: "x")
    )
}
