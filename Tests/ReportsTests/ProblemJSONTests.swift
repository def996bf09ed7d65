import Allocation
import Foundation
import KKRDomain
import Testing

@testable import Reports

/// A variant without a plan says why in data: each conflict's kind, ids and numbers, each input problem's place.
@Suite struct ProblemJSONTests {
    typealias Object = [String: Any]

    func object(_ problem: ProblemDocument) throws -> Object {
        let json = try ReportJSON.render(problem)
        return try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? Object)
    }

    @Test func conflictsAreData() throws {
        let programme = PlanConflictFixture.programme
        let above = try object(
            .conflict(
                ConflictDocument(
                    conflict: .totalAboveCaps(
                        programme: programme,
                        target: programme.targets[0],
                        carryOver: 7,
                        capSum: 611
                    )
                )
            )
        )
        #expect(above["kind"] as? String == "total_above_caps" && above["programme"] as? String == "ssa")
        #expect(above["target"] as? Int == 618 && above["carry_over"] as? Int == 7 && above["cap_sum"] as? Int == 611)
        let cross = try object(
            .conflict(
                ConflictDocument(
                    conflict: .limitsCross(
                        programme: programme,
                        party: Party(code: "825", name: "Læsø"),
                        floor: 5,
                        cap: nil,
                        lastYear: 2,
                        allowance: 1
                    )
                )
            )
        )
        #expect(cross["kind"] as? String == "limits_cross" && cross["municipality"] as? String == "825")
        #expect(cross["floor"] as? Int == 5 && cross["cap"] is NSNull && cross["change_allowance"] as? Int == 1)
    }

    @Test func inputProblemsAreData() throws {
        let diagnostic = Diagnostic(
            .error,
            at: SourceLocation(file: "Inputs/scenarios/x.yaml", line: 8, column: 5),
            "the caps of 'ssa' add up to 220",
            hint: "raise a cap"
        )
        let problem = try object(.diagnostic(DiagnosticDocument(diagnostic: diagnostic)))
        #expect(
            problem["kind"] as? String == "invalid_input" && problem["file"] as? String == "Inputs/scenarios/x.yaml"
        )
        #expect(problem["line"] as? Int == 8 && problem["column"] as? Int == 5 && problem["field"] is NSNull)
        #expect(problem["message"] as? String == "the caps of 'ssa' add up to 220")
    }
}
