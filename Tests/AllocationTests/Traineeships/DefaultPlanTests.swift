import Allocation
import Foundation
import KKRDomain
import LinearProgramming
import TestSupport
import Testing

/// The default `Inputs/` planned end to end with GLPK, against an independent Hamilton computation.
@Suite struct DefaultPlanTests {
    static let inputsFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Inputs")

    static func plan() throws -> TraineeshipPlan {
        let inputs = try TraineeshipInputReader.read(folder: inputsFolder, displayName: "Inputs")
        guard case .planned(let plan) = try TraineeshipPlanner(solver: TestSolver.make()).plan(inputs) else {
            throw PlanningError(reason: "default plan infeasible")
        }
        return plan
    }

    /// Expected places computed outside this code base (exact fractions, largest remainder on
    /// quota = T·w/Σw + shortfall, a Python script with `fractions`), in DST code order 773 787 810 813 820 825 840 846 849 851 860.
    @Test func matchesIndependentHamilton() throws {
        let plan = try Self.plan()
        let places = Dictionary(uniqueKeysWithValues: plan.programmes.map { ($0.programme.id, $0.rows.map(\.places)) })
        #expect(places["paedagog"] == [34, 73, 61, 100, 62, 3, 51, 70, 65, 365, 108])
        #expect(places["pau"] == [5, 12, 11, 15, 11, 0, 10, 12, 11, 70, 18])
        // With carry-over: SSA 618 + 7 (Morsø 2, Frederikshavn 4, Læsø 1), SSH 309 + 4 (Aalborg 2, Hjørring 2).
        #expect(places["ssa"] == [29, 53, 38, 82, 43, 4, 29, 51, 44, 177, 75])
        #expect(places["ssh"] == [14, 27, 18, 40, 21, 2, 13, 25, 22, 91, 40])
    }

    /// The tie-break stage makes the plan independent of the simplex path: primal without presolve gives the same.
    @Test func sameResultWhateverTheSimplexPath() throws {
        let inputs = try TraineeshipInputReader.read(folder: Self.inputsFolder, displayName: "Inputs")
        let solver = TestSolver.make(presolve: false, method: .primal)
        guard case .planned(let other) = try TraineeshipPlanner(solver: solver).plan(inputs)
        else {
            throw PlanningError(reason: "default plan infeasible")
        }
        let plan = try Self.plan()
        #expect(other.programmes.map { $0.rows.map(\.places) } == plan.programmes.map { $0.rows.map(\.places) })
        #expect(other.programmes.map { $0.splits.map(\.cells) } == plan.programmes.map { $0.splits.map(\.cells) })
    }

    @Test func everyCheckPasses() throws {
        let plan = try Self.plan()
        #expect(plan.allChecksPass)
        for programme in plan.programmes {
            #expect(programme.checks.quotaPropertyHolds, "\(programme.programme.id)")
            #expect(programme.checks.splitsAddUp)
            #expect(programme.rows.reduce(0) { $0 + $1.places } == programme.total)
        }
        #expect(plan.programmes.first { $0.programme.id == "ssa" }?.total == 618 + 7)
        #expect(plan.programmes.first { $0.programme.id == "ssh" }?.solvedWith == ["ssa"])
    }
}
